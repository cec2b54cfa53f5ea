"""``python -m special_ed_launcher``: the desktop program (with a sub-command: the command line), as ``special-ed``."""

import sys

from special_ed_launcher import main

sys.exit(main())
