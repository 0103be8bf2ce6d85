import sys

from enrollment_app.cli import main

sys.exit(main())
