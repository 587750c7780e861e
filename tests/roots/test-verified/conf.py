extensions = ["signals_docs.examples.verified"]
exclude_patterns = ["_build", "examples", "tests"]
