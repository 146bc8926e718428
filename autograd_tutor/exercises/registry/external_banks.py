"""Exercise banks outside the package: an instructor's answer key that never ships to students.

A bank is a directory of Python modules, each registering exercises as the built-in ones in
`bank/` do, but with absolute imports (`from autograd_tutor.exercises.registry import Case,
Exercise, register`). `grade --bank DIR` (or `AUTOGRAD_TUTOR_BANK=DIR[:DIR...]`) loads them
after the built-in bank: an exercise with a built-in one's id, assignment and answer variable
replaces it (e.g. the same exercise with hidden cases), any other id adds an exercise.
"""

import hashlib
import importlib.util
import os
import sys
from pathlib import Path

BANK_ENV = "AUTOGRAD_TUTOR_BANK"

_requested: list = []  # resolved directories, in the order asked for
_loaded: set = set()


class BankError(ValueError):
    """A bank directory that does not exist, holds no module, or whose module failed."""


def add_bank(directory):
    """Use the exercises of `directory` too; loaded at once if the registry already is."""
    from . import catalog

    directory = _checked(directory)
    if directory not in _requested:
        _requested.append(directory)
    if catalog._loaded:
        load_requested()
    return directory


def requested_dirs():
    """The bank directories of this process: AUTOGRAD_TUTOR_BANK's, then add_bank's."""
    from_env = [_checked(entry) for entry in os.environ.get(BANK_ENV, "").split(os.pathsep) if entry]
    return list(dict.fromkeys([*from_env, *_requested]))


def load_requested():
    """Import every requested bank not imported yet (the registry calls this once loaded)."""
    for directory in requested_dirs():
        if directory not in _loaded:
            _import_bank(directory)
            _loaded.add(directory)


def bank_sources(directories):
    """{file name: source text} of the banks' modules, to rebuild them on another machine."""
    sources = {}
    for directory in directories:
        for path in _modules(Path(directory)):
            sources[f"{_package_name(Path(directory))}/{path.name}"] = path.read_text()
    return sources


def _checked(directory):
    path = Path(directory).expanduser().resolve()
    if not path.is_dir():
        raise BankError(f"exercise bank {directory}: no such directory")
    if not _modules(path):
        raise BankError(f"exercise bank {directory}: no exercise modules (*.py) in it")
    return path


def _modules(directory):
    return sorted(path for path in directory.glob("*.py") if not path.name.startswith("_"))


def _package_name(directory):
    # One name per directory: two banks may both have a `week1.py`.
    return "autograd_tutor_bank_" + hashlib.sha256(str(directory).encode()).hexdigest()[:12]


def _import_bank(directory):
    prefix = _package_name(directory)
    for path in _modules(directory):
        name = f"{prefix}_{path.stem}"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as error:
            del sys.modules[name]
            raise BankError(f"exercise bank module {path}: {type(error).__name__}: {error}") from error
