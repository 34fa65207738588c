"""Entry point of the frozen build (PyInstaller): the same CLI as `python -m digituki`."""

import sys

from digituki.launch import main

if __name__ == "__main__":
    sys.exit(main())
