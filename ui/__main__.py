"""``python -m ui``: the desktop program (with a sub-command: the command line), as ``special-ed``."""

import sys

from ui.launcher import main

sys.exit(main())
