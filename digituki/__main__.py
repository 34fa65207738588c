import sys

from digituki.launch import main

sys.exit(main())
