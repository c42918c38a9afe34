"""`python -m app`: the window with no command, or one of the bulk commands."""

import multiprocessing
import sys

from app.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen build's import workers start through here
    sys.exit(main())
