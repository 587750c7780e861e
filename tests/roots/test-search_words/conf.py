extensions = ["signals_docs.chrome.site_search"]
locale_dirs = ["locale"]
