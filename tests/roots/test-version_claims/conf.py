extensions = ["myst_parser", "signals_docs.examples.version_claims"]
exclude_patterns = ["checks"]
