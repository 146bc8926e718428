import pathlib
import sys

# Lets tests import helpers that live beside them (seed_runner...).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import pytest

from browser.needs import required  # noqa: E402 - the one reading of AUTOGRAD_TUTOR_REQUIRE_ALL


# `make test` sets AUTOGRAD_TUTOR_REQUIRE_ALL=1 after installing every tool the suite uses
# (dot, chromium, playwright, torch). There a skip means a missing install step, not a
# choice, so it fails the run instead of passing quietly (browser/needs.py does the same for
# skips at import time). Tests whose skip depends on the machine itself (not on what was
# installed) carry the `machine_dependent` mark.
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and required() and item.get_closest_marker("machine_dependent") is None:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under AUTOGRAD_TUTOR_REQUIRE_ALL=1 (make test installs everything): {reason}"
