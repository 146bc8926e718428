"""A tool a test needs is missing: a skip on a developer's machine, a failure under `make test`.

`make test` sets AUTOGRAD_TUTOR_REQUIRE_ALL=1 after installing everything the suite uses
(chromium, graphviz's dot, playwright, jupyterlab, notebook, torch). There a missing tool means
an install step broke, and a skip would let the run pass without testing anything.

Usable inside a test or fixture and at module level (a failure there is a collection error).
The views' tests import it as ``browser.needs`` (the tests folder is on sys.path).
"""
import importlib
import os
import shutil

import pytest

INSTALL = "pip install -e '.[test]'"


def required():
    """True when every tool must be there (read on each call: tests may set the variable)."""
    return os.environ.get("AUTOGRAD_TUTOR_REQUIRE_ALL") == "1"


def missing(reason):
    """Skip with ``reason``, or fail with it when everything is required."""
    if required():
        pytest.fail(f"{reason}; AUTOGRAD_TUTOR_REQUIRE_ALL=1 says it must be installed "
                    "(make test installs it)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def module(name, install=INSTALL):
    """The imported module ``name``, or ``missing(...)``."""
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(f"{name} is not installed ({install})")


def program(name, install):
    """The path of the executable ``name``, or ``missing(...)``."""
    path = shutil.which(name)
    if path is None:
        missing(f"{name} is not installed ({install})")
    return path


def browser_tools(chromium):
    """Everything a browser test drives: Debian's chromium, dot, playwright and JupyterLab."""
    if not os.path.exists(chromium):
        missing(f"{chromium} is not installed (apt-get install chromium)")
    program("dot", "apt-get install graphviz")
    module("playwright.sync_api")
    module("jupyterlab")
