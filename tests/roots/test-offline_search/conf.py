extensions = ["signals_docs.chrome.offline_search"]
html_theme = "sphinx_rtd_theme"
