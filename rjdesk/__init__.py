"""rjdesk core: the Qt-free heart of the victims and restorative justice desk.

Everything here runs headless (CLI, tests, the desktop shell's worker threads). It never imports Qt.
"""

__version__ = "0.1.0"
