extensions = ["signals_docs.i18n.absolute_alternates"]
templates_path = ["_templates"]
absolute_alternates_base_url = "https://example.org/docs/"
