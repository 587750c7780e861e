extensions = ["signals_docs.chrome.color_scheme"]
html_theme = "sphinx_rtd_theme"
