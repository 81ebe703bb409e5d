"""Checks on an applicant's materials before a viewer renders them (Qt-free)."""
