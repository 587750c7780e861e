extensions = ["signals_docs.search.offline_search"]
html_theme = "sphinx_rtd_theme"
