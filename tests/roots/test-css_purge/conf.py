extensions = ["signals_docs.assets.css_purge"]
html_theme = "sphinx_rtd_theme"
html_theme_options = {"style_external_links": True}
