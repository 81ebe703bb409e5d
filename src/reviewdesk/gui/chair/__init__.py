"""The panel chair's desk: the panel matrix, drill-down, decisions, imports, the meeting view."""
