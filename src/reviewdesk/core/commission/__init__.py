"""The commission's room: roster, round set-up, assignment, packages, result import, publication."""
