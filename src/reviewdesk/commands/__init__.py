"""Sub-commands of the CLI, one module per area; each adds its parsers to ``cli.py``'s."""
