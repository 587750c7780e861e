"""The tiny projects of tests/extensions: sources to build, not tests to collect.

(test-verified holds a tests/ folder of its own, which its build runs.)
"""

collect_ignore_glob = ["test-*"]
