extensions = ["signals_docs.assets.html_indent"]
html_theme = "sphinx_rtd_theme"
