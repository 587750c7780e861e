"""The breaking edits a reader would make, on small sources: what each edit changes, and nothing else."""

import ast
import textwrap

from signals_docs.examples.breaking_edits import RAISED, breaking_edits, shown_snippets
from signals_docs.site import ROOT

SOURCE = textwrap.dedent('''\
    """A module."""
    from django.dispatch import receiver


    @receiver(ping, dispatch_uid="pong")  # a comment the edits keep
    def pong(sender, **kwargs):
        """Reply."""

        # say it
        return "pong"


    class Counter:
        def receive(self, **kwargs):
            self.count += 1


    def one_liner(): return 1
''')


def edits_by_label():
    return {(e.kind, e.function): e.source for e in breaking_edits(SOURCE)}


def test_every_function_and_method_gets_a_raise_and_the_receiver_loses_its_decorator():
    assert list(edits_by_label()) == [
        ("raise", "pong"),
        ("no-effect", "pong"),
        ("no-decorator", "pong"),
        ("raise", "Counter.receive"),
        ("no-effect", "Counter.receive"),
    ]  # a one-line def has no line of its own to edit


def test_raise_is_the_first_statement_after_the_docstring_and_keeps_the_rest():
    edited = edits_by_label()[("raise", "pong")]
    raised = "    " + RAISED.format(name="pong") + "\n"
    assert edited == SOURCE.replace("    # say it\n", f"    # say it\n{raised}")
    body = next(n for n in ast.parse(edited).body if isinstance(n, ast.FunctionDef)).body
    assert isinstance(body[1], ast.Raise)


def test_no_effect_leaves_the_docstring_and_returns_none():
    edited = edits_by_label()[("no-effect", "Counter.receive")]
    assert "self.count += 1" not in edited
    assert "    def receive(self, **kwargs):\n        return None\n" in edited
    assert edited.replace("        return None\n", "        self.count += 1\n") == SOURCE


def test_dropping_the_decorator_removes_its_lines_only():
    edited = edits_by_label()[("no-decorator", "pong")]
    assert edited == SOURCE.replace('@receiver(ping, dispatch_uid="pong")  # a comment the edits keep\n', "")


def test_a_decorator_over_several_lines_goes_whole():
    source = "@receiver(\n    ping,\n    sender=None,\n)\ndef pong(**kwargs):\n    return 1\n"
    [edit] = [e for e in breaking_edits(source) if e.kind == "no-decorator"]
    assert edit.source == "def pong(**kwargs):\n    return 1\n"


def test_every_edit_still_parses_on_every_shown_snippet():
    snippets = shown_snippets(ROOT / "docs")
    assert "custom_signals/receivers.py" in snippets
    for snippet in snippets:
        source = (ROOT / "examples" / snippet).read_text(encoding="utf-8")
        for edit in breaking_edits(source):
            ast.parse(edit.source)  # raises on a broken edit
            assert edit.source != source, f"{snippet}: {edit.label} changes nothing"
