extensions = ["signals_docs.i18n.bilingual_glossary"]
locale_dirs = ["locale"]
gettext_compact = False
