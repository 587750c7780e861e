extensions = ["signals_docs.examples.project_zip"]
exclude_patterns = ["_build", "examples", "tests"]
# The snippet tests are examples/verified's to run; here only the mirror test must exist.
verified_examples_run = False
