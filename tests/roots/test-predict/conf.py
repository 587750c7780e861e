extensions = ["signals_docs.examples.dispatch_traces", "signals_docs.exercises.predict"]
exclude_patterns = ["_build", "examples", "tests"]
dispatch_traces_tracer = "testing_signals.dispatch_trace"  # the examples' tracer (on PYTHONPATH)
