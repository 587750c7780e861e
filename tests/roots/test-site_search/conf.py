extensions = ["signals_docs.search.site_search"]
