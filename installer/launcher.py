"""Entry script for the PyInstaller build (installer/fupin-assets.spec): the same as ``fupin-assets``."""

from desktop.cli import main

raise SystemExit(main())
