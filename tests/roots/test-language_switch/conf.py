extensions = ["signals_docs.i18n.language_switch"]
templates_path = ["_templates"]
