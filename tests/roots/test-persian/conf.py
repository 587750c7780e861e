extensions = ["signals_docs.search.persian"]
html_theme = "sphinx_rtd_theme"
language = "fa"
