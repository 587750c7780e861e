extensions = ["signals_docs.persian.index_order"]
language = "fa"
