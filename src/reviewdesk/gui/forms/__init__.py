"""Generated Designer forms (see packaging/build_assets.py)."""
