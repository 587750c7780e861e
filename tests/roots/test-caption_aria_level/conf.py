extensions = ["signals_docs.chrome.caption_aria_level"]
html_theme = "sphinx_rtd_theme"
