extensions = ["signals_docs.search.search_page_labels"]
language = "fa"
locale_dirs = ["locale"]
