"""The commission's desk: keys and roster, round set-up, panels and assignment, building
packages, result import and publication, over ``core/commission``."""
