extensions = ["signals_docs.assets.minify"]
html_theme = "sphinx_rtd_theme"
html_static_path = ["_static"]
html_css_files = ["site.css"]
html_js_files = ["site.js"]
