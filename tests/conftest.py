import pathlib
import sys

# Lets tests import helpers that live beside them (seed_runner...).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
