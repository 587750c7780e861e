extensions = ["signals_docs.persian.bidi"]
language = "fa"
