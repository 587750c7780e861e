"""Claims about a recorded dispatch: what a "predict the output" choice says, checked against the run.

A claim is one line, ``<kind> <subject>: <value>``; a choice may join several with ``;`` (it holds
when all of them do). The record is a test's trace as ``testing_signals.dispatch_trace`` writes it
(``DispatchTrace.as_dict()``), so the correct choice is whatever the test really did:

``order <signal>: <receiver>, <receiver>, ...``
    the receivers the first send of ``<signal>`` that reached any, in the order they ran;
``returns <signal>: [<value>, ...]``
    what that send returned, one value per receiver in order: a Python literal (``'emailed'``,
    ``None``) compared with the receiver's ``repr``, or an exception's class name (``ValueError``);
``count <receiver>: <n>``
    how many times ``<receiver>`` ran in the whole test;
``ran|discarded|pending <callback>: <n>``
    how many ``on_commit`` callbacks of that name ended so.

Names are short: ``post_save`` means ``django.db.models.signals.post_save`` and ``welcome_on_commit``
means ``transactions.welcome.welcome_on_commit`` and the ``<locals>`` it defines (its ``lambda``): a
name matches every dotted label that ends with its parts (or with them, then ``<locals>``). A name
that matches nothing in the record is a typo, not a wrong choice: ``ClaimError``, as is a line
that is not a claim. No Sphinx here: ``predict`` renders the questions, the tests import this.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

KINDS = ("order", "returns", "count", "ran", "discarded", "pending")
_CLAIM = re.compile(r"^\s*(\w+)\s+(\S+)\s*:\s*(.*?)\s*$")


class ClaimError(ValueError):
    """A claim that cannot be checked: not a claim, or naming what the record does not have."""


@dataclass(frozen=True)
class Claim:
    kind: str
    subject: str
    value: str

    def __str__(self) -> str:
        return f"{self.kind} {self.subject}: {self.value}"


def parse(text: str) -> list[Claim]:
    """The claims of a choice (``;`` between them); ``ClaimError`` for anything else."""
    claims = []
    for line in filter(str.strip, text.split(";")):
        match = _CLAIM.match(line)
        if not match or match[1] not in KINDS or not match[3]:
            raise ClaimError(
                f"{line.strip()!r} is not a claim: write '<kind> <name>: <value>', kind one of {', '.join(KINDS)}"
            )
        claims.append(Claim(*match.groups()))
    if not claims:
        raise ClaimError("a choice needs a claim: '<kind> <name>: <value>'")
    return claims


def matches(name: str, label: str) -> bool:
    """Whether the short ``name`` names the dotted ``label`` (its last parts, or those before ``<locals>``)."""
    want, parts = name.split("."), label.split(".")
    for end in range(len(parts), len(want) - 1, -1):
        if parts[end - len(want) : end] == want and (end == len(parts) or parts[end] == "<locals>"):
            return True
    return False


def walk(items: list[dict]) -> Iterator[dict]:
    """Every send, query and callback of the record, in the order they happened."""
    for item in items:
        yield item
        for call in item.get("receivers", ()):
            yield from walk(call["children"])


def _calls(record: dict) -> Iterator[dict]:
    for item in walk(record["children"]):
        yield from item.get("receivers", ())


def first_send(record: dict, signal: str) -> dict:
    sends = [item for item in walk(record["children"]) if item["type"] == "send" and matches(signal, item["signal"])]
    if not sends:
        raise ClaimError(f"the recording has no send of {signal}")
    reached = [item for item in sends if item["receivers"]]
    if not reached:
        raise ClaimError(f"no send of {signal} reached a receiver in the recording")
    return reached[0]


def _known(name: str, labels: list[str], what: str) -> None:
    if not any(matches(name, label) for label in labels):
        raise ClaimError(f"the recording has no {what} named {name}")


def _response(call: dict) -> str:
    return call["result"] if call["exception"] is None else call["exception"].split(":", 1)[0]


def _value(node: ast.expr) -> str:
    """A claimed response: an exception's class name, or a literal's ``repr`` (as the record labels it)."""
    if isinstance(node, ast.Name):
        return node.id
    try:
        return repr(ast.literal_eval(node))
    except ValueError:
        raise ClaimError(f"{ast.unparse(node)} is neither a literal nor an exception's name") from None


def recorded(claim: Claim, record: dict) -> str:
    """What the record says about the claim's subject, written as the claim's value would be."""
    if claim.kind in ("order", "returns"):
        send = first_send(record, claim.subject)
        if claim.kind == "order":
            return ", ".join(call["receiver"] for call in send["receivers"])
        return "[" + ", ".join(_response(call) for call in send["receivers"]) + "]"
    if claim.kind == "count":
        labels = [call["receiver"] for call in _calls(record)]
        _known(claim.subject, labels, "receiver")
        return str(sum(matches(claim.subject, label) for label in labels))
    callbacks = [item for item in walk(record["children"]) if item["type"] == "on_commit"]
    _known(claim.subject, [item["callback"] for item in callbacks], "on_commit callback")
    return str(sum(matches(claim.subject, i["callback"]) and i["state"] == claim.kind for i in callbacks))


def holds(claim: Claim, record: dict) -> bool:
    """Whether the record bears the claim out (``ClaimError`` if it cannot say)."""
    if claim.kind == "order":
        names = [name.strip() for name in claim.value.split(",")]
        labels = [call["receiver"] for call in first_send(record, claim.subject)["receivers"]]
        every_receiver = [call["receiver"] for call in _calls(record)]
        for name in names:
            _known(name, every_receiver, "receiver")
        return len(names) == len(labels) and all(map(matches, names, labels))
    actual = recorded(claim, record)
    if claim.kind == "returns":
        try:
            tree = ast.parse(claim.value, mode="eval").body
        except SyntaxError:
            tree = None
        if not isinstance(tree, ast.List):
            raise ClaimError(f"'{claim}': the value must be a list, e.g. ['emailed', ValueError]")
        return "[" + ", ".join(map(_value, tree.elts)) + "]" == actual
    if not claim.value.isdigit():
        raise ClaimError(f"'{claim}': the value must be a number")
    return int(claim.value) == int(actual)


def correct(choices: list[str], record: dict) -> int:
    """The index of the one choice whose claims all hold; ``ClaimError`` saying why when none or several do."""
    parsed = [parse(text) for text in choices]
    right = [index for index, claims in enumerate(parsed) if all(holds(claim, record) for claim in claims)]
    if len(right) == 1:
        return right[0]
    asked = dict.fromkeys(Claim(claim.kind, claim.subject, "") for claims in parsed for claim in claims)
    said = "; ".join(f"{claim.kind} {claim.subject}: {recorded(claim, record)}" for claim in asked)
    if not right:
        raise ClaimError(f"none of its {len(choices)} choices matches the recording, which says: {said}")
    numbers = ", ".join(str(index + 1) for index in right)
    raise ClaimError(f"choices {numbers} all match the recording ({said}): exactly one must")
