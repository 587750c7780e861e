extensions = ["signals_docs.examples.dispatch_traces"]
exclude_patterns = ["_build", "examples", "tests"]
dispatch_traces_tracer = "testing_signals.dispatch_trace"  # the examples' tracer (on PYTHONPATH)
