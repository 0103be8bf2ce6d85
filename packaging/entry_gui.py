"""PyInstaller entry point of the windowed ``enrollment-app`` executable."""

import sys

from enrollment_app.ui.app import main

sys.exit(main())
