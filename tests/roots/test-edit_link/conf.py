extensions = ["signals_docs.chrome.edit_link"]
