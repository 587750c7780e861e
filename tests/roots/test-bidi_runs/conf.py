extensions = ["signals_docs.persian.bidi_runs"]
language = "fa"
