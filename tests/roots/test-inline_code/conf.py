# code_breaks also rewrites inline code in the translator: the two must compose, in either order.
extensions = ["signals_docs.chrome.inline_code", "signals_docs.chrome.code_breaks"]
