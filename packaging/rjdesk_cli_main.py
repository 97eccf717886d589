"""The frozen command line's entry point: administrators' `rjdesk-cli` beside the app (db upgrade,
migrate-to, backups, imports)."""

import sys

from rjdesk.cli import main

sys.exit(main())
