"""`python -m app`: the window with no command, or one of the bulk commands."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
