extensions = ["signals_docs.persian.rtl"]
html_theme = "sphinx_rtd_theme"
language = "fa"
