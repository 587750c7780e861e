extensions = ["signals_docs.chrome.image_sizes"]
