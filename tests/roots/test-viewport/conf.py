extensions = ["signals_docs.chrome.viewport"]
html_theme = "sphinx_rtd_theme"
