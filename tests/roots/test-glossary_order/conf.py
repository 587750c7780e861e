extensions = ["signals_docs.persian.glossary_order"]
language = "fa"
locale_dirs = ["locale"]
gettext_compact = False
