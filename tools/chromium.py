"""Where Chromium is and how it starts: the browser the scripts and the browser tests drive.

Why here: the PDF (scripts/make_pdf.py), the benchmarks and the browser tests launch it;
no Sphinx extension does, so these facts live with the tools and tests, not in
``signals_docs.site``. The environment variables of the same names override the paths.
"""

import os
from pathlib import Path

#: Debian's Chromium (``apt-get install chromium``), a reader's browser: it prints the PDF
#: edition, and Lighthouse and the benchmarks measure the pages in it.
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
#: Its headless shell (``apt-get install chromium-headless-shell``): the same engine without
#: the desktop browser around it, which Playwright's own headless mode runs. The browser
#: tests drive it where it is installed: a page there costs a third of the CPU.
CHROMIUM_HEADLESS_SHELL = Path(os.environ.get("CHROMIUM_HEADLESS_SHELL", "/usr/bin/chromium-headless-shell"))
#: How every script and test starts either (no sandbox: CI runs as root in a container).
CHROMIUM_ARGS = (
    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic",
)  # fmt: skip
