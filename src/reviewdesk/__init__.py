"""reviewdesk: offline expert review of Beijing's International S&T Cooperation Bases."""

__version__ = "0.1.0"
