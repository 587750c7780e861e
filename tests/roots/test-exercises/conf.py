extensions = ["myst_parser", "signals_docs.exercises.directive"]
exclude_patterns = ["_build", "exercises", "runtime"]
# The proof is proof.run()'s (tests/exercises); the extension's tests give it a canned result.
verified_examples_run = False
# A stand-in runtime (only its manifest is read at build time): the Check buttons need one.
runnable_runtime = "runtime"
