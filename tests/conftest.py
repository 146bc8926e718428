import pathlib
import sys

# Tests import their helpers (ops_oracle, seed_runner, the fixtures...) from tests/support/, and
# browser/ from tests/.
_HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(_HERE / "support"), str(_HERE)]

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


def pytest_sessionstart(session):
    """pytest collects tests inside warnings.catch_warnings(), so the filter autograd_tutor adds
    when first imported there (autograd_tutor/_fp_warnings.py) ends with the collection. Put it
    in the process's own filters, where a notebook's import leaves it: the tests then see the
    warnings a learner sees."""
    from autograd_tutor import _fp_warnings

    _fp_warnings.install()
