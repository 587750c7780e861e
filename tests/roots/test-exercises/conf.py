extensions = ["myst_parser", "signals_docs.exercises.directive"]
exclude_patterns = ["_build", "exercises"]
# The proof is proof.run()'s (tests/exercises); the extension's tests give it a canned result.
verified_examples_run = False
