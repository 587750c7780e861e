extensions = ["signals_docs.assets.css_bundle"]
html_theme = "sphinx_rtd_theme"
html_static_path = ["_static"]
# one.css and sub/two.css join the theme's stylesheets in the bundle; print.css keeps its own link.
html_css_files = ["one.css", "sub/two.css", ("print.css", {"media": "print"})]
