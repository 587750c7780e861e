extensions = ["signals_docs.i18n.labels"]
language = "fa"
