import sys

from special_ed.cli import main

sys.exit(main())
