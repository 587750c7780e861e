extensions = ["signals_docs.i18n.copybutton_labels"]
