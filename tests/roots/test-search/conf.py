extensions = ["signals_docs.persian.search"]
html_theme = "sphinx_rtd_theme"
language = "fa"
