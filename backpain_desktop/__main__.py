"""`python -m backpain_desktop` starts the app."""

import sys

from backpain_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
