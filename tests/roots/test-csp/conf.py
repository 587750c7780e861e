extensions = ["signals_docs.chrome.csp"]
html_theme = "sphinx_rtd_theme"
