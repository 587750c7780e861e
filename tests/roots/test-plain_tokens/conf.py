extensions = ["signals_docs.assets.plain_tokens"]
html_theme = "sphinx_rtd_theme"
pygments_style = "default"  # names (n) and punctuation (p) have no colour of their own
