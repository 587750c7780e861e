extensions = ["signals_docs.chrome.paper"]
html_theme = "sphinx_rtd_theme"
