"""Examples: every snippet a file under examples/, verified by its tests, runnable by readers."""
