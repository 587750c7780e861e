extensions = ["signals_docs.assets.icon_font"]
html_theme = "sphinx_rtd_theme"
html_theme_options = {"style_external_links": True}
