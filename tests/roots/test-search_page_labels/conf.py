extensions = ["signals_docs.i18n.search_page_labels"]
language = "fa"
locale_dirs = ["locale"]
