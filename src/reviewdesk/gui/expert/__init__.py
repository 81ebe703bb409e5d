"""The expert desk in the GUI: first run, opening a package, declarations, the workspace,
submitting and printing — every step asks ``core.expert.desk`` and ``first_run``."""
