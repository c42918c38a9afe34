"""The command line: extract, validate, import, approve, export, and starting the window."""
