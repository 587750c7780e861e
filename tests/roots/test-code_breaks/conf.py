extensions = ["signals_docs.chrome.code_breaks", "signals_docs.chrome.table_wrappers"]
