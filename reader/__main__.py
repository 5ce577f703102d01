"""`python -m reader` runs the same entry point as the `newsreader` script."""

from reader.cli import main

raise SystemExit(main())
