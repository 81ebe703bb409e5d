"""The expert's scoring form: generated from a template, autosaved through the core."""

from reviewdesk.gui.scoring.scoring_form import ScoringForm

__all__ = ["ScoringForm"]
