"""Qt item models over core objects (STYLE §6)."""
