extensions = ["signals_docs.examples.runnable"]
exclude_patterns = ["_build", "examples", "tests", "runtime"]
# The snippet tests are verified_examples' to run; here only the mirror test must exist.
verified_examples_run = False
# A stand-in runtime (only its manifest is read at build time) and a recorded browser run.
runnable_runtime = "runtime"
runnable_results = "results.json"
