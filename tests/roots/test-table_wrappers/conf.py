extensions = ["signals_docs.chrome.table_wrappers"]
