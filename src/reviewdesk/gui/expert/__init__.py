"""The expert desk in the GUI: first run, opening a package, declarations, the workspace,
submitting and printing — every step asks ``core.services.expert_desk`` and ``first_run``."""
