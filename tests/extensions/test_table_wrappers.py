"""table_wrappers: tables written with a named scroll box and cells labelled by their column."""

import re

import pytest


@pytest.fixture
def body(built):
    html = built("index.html")
    return html[html.index('<section id="tables">') :]


@pytest.mark.sphinx("html", testroot="table_wrappers")
def test_each_table_is_wrapped_once_in_a_named_region(body):
    wrappers = re.findall(r'<div class="wy-table-responsive"([^>]*)>\s*<table', body)
    assert wrappers == [
        ' role="region" aria-label="Table: Operation, Sends pre_save?"',
        ' role="region" aria-label="Signals &amp; senders"',  # a caption names its table
        ' role="region" aria-label="Table"',  # no header row
    ]
    assert body.count('<div class="wy-table-responsive"') == body.count("</table>") == 3


@pytest.mark.sphinx("html", testroot="table_wrappers")
def test_body_cells_carry_their_column_header(body):
    labels = re.findall(r'<(t[dh])(?=[\s>])( data-label="[^"]*")?', body)
    assert labels[:4] == [
        ("th", ""),
        ("th", ""),
        ("td", ' data-label="Operation"'),
        ("td", ' data-label="Sends pre_save?"'),
    ]
    assert '<td data-label="A"><p>x</p>' in body
    assert (
        "data-label" not in body[body.index("<table", body.index("Signals &amp; senders")) + 10 :].split("<table", 1)[1]
    )  # no header, no label
