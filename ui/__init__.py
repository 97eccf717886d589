"""rjdesk desktop shell (PySide6): the only code that imports Qt."""
