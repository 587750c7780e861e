extensions = ["signals_docs.chrome.code_breaks", "table_wrappers"]
