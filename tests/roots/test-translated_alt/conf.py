extensions = ["signals_docs.i18n.translated_alt"]
language = "fa"
locale_dirs = ["locale"]
gettext_compact = False
translation_progress_classes = True
