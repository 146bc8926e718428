"""`python -m autograd_tutor ...`: the `autograd-tutor` command, for when pip's scripts folder is
not on PATH (a `pip install --user`, a venv that is not activated)."""
import sys

from .app.cli import main

sys.exit(main())
