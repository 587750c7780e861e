extensions = ["signals_docs.persian.font_preload"]
html_static_path = ["_static"]
html_css_files = ["fonts/face.css"]
