"""The frozen desktop app's entry point (PyInstaller runs a script, not a console_scripts entry)."""

import sys

from ui.app import main

sys.exit(main())
