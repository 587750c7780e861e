extensions = ["signals_docs.search.site_search"]
locale_dirs = ["locale"]
