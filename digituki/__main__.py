import sys

from digituki.cli import main

sys.exit(main())
