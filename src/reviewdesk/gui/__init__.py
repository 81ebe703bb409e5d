"""The PySide6 layer: a thin shell over ``reviewdesk.core`` services. No rules live here."""
