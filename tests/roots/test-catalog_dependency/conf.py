extensions = ["signals_docs.i18n.catalog_dependency"]
language = "fa"
locale_dirs = ["locale"]
gettext_compact = False
