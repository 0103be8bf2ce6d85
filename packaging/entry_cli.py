"""PyInstaller entry point of the console ``enrollment`` executable."""

import sys

from enrollment_app.cli import main

sys.exit(main())
