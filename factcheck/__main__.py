"""``python -m factcheck`` runs the command line."""

import sys

from factcheck.cli import main

sys.exit(main())
