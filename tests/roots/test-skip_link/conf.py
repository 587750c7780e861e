extensions = ["signals_docs.chrome.skip_link"]
templates_path = ["_templates"]
html_theme = "sphinx_rtd_theme"
