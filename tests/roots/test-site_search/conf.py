extensions = ["signals_docs.chrome.site_search"]
