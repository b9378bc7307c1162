"""``python -m desktop`` — same as the ``fupin-assets`` console script."""

import sys

from desktop.cli import main

sys.exit(main())
