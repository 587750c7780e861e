extensions = ["table_wrappers"]
