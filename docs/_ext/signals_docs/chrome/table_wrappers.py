"""Write tables that a phone can read: a named scroll box and cells labelled by their column.

Why: sphinx-rtd-theme's script wraps every ``table.docutils`` in
``div.wy-table-responsive`` after the page has loaded, so on a phone everything
below the first table moved once the script ran (Lighthouse: a layout shift of
0.28), and the box it scrolls had no name. On a phone a table of several
columns is also far wider than the screen. This extension writes, through an
HTML translator built on the builder's own (``app.set_translator``):

* the wrapper, present at the first paint (assets/static/js/theme.js skips
  tables already wrapped), as a region named by the table's caption or by its
  columns, so the box the keyboard can focus to scroll has a name;
* ``data-label`` on every body cell: the text of its column's header. At phone
  width signals.css stacks each row into a card and shows the label before
  each cell (a reflowing table instead of a sideways-scrolling one).

Field lists (also tables in some writers) are left alone.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx

from signals_docs.chrome import mix_into_translator
from signals_docs.i18n.labels import _


def column_labels(table: nodes.table) -> list[str]:
    """The header text of each column of ``table`` (the last header row), "" where there is none."""
    tgroup = next(iter(table.findall(nodes.tgroup)), None)
    if tgroup is None:
        return []
    labels = [""] * sum(1 for child in tgroup.children if isinstance(child, nodes.colspec))
    thead = next((child for child in tgroup.children if isinstance(child, nodes.thead)), None)
    if thead is None or not thead.children:
        return labels
    column = 0
    for entry in thead.children[-1].children:
        span = entry.get("morecols", 0) + 1
        text = " ".join(entry.astext().split())
        for index in range(column, min(column + span, len(labels))):
            labels[index] = text
        column += span
    return labels


def region_name(table: nodes.table, labels: list[str]) -> str:
    """The accessible name of a table's scroll box: its caption, else its columns."""
    title = next((child for child in table.children if isinstance(child, nodes.title)), None)
    if title is not None:
        return " ".join(title.astext().split())
    columns = str(_(", ")).join(label for label in labels if label)
    return f"{_('Table')}: {columns}" if columns else str(_("Table"))


class TableMixin:
    """Wraps each outermost table and labels its body cells; mixed into the builder's translator."""

    def visit_table(self, node: nodes.table) -> None:
        labels = column_labels(node)
        stack = getattr(self, "_signals_table_labels", [])
        self._signals_table_labels = [*stack, labels]
        if len(stack) == 0:
            name = self.attval(region_name(node, labels))
            self.body.append(f'<div class="wy-table-responsive" role="region" aria-label="{name}">')
        super().visit_table(node)

    def depart_table(self, node: nodes.table) -> None:
        super().depart_table(node)
        self._signals_table_labels = self._signals_table_labels[:-1]
        if not self._signals_table_labels:
            self.body.append("</div>\n")

    def visit_entry(self, node: nodes.entry) -> None:
        column = node.parent.column  # the translator counts columns per row (visit_row)
        super().visit_entry(node)
        labels = self._signals_table_labels[-1] if getattr(self, "_signals_table_labels", None) else []
        if isinstance(node.parent.parent, nodes.tbody) and column < len(labels) and labels[column]:
            tag = self.body[-1]
            name = tag[1:3]  # "td" or "th"
            if tag.startswith(f"<{name}"):
                self.body[-1] = f'<{name} data-label="{self.attval(labels[column])}"' + tag[3:]


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.i18n.labels")
    app.connect("builder-inited", lambda app: mix_into_translator(app, TableMixin))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
