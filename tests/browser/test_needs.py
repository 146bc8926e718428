"""Missing tools skip a test, except under AUTOGRAD_TUTOR_REQUIRE_ALL=1 (`make test`), where
they fail it: after make test's installs, a missing tool is a broken install step."""
import needs
import pytest

NOWHERE = "/nonexistent/chromium"


@pytest.fixture
def require_all(monkeypatch):
    monkeypatch.setenv("AUTOGRAD_TUTOR_REQUIRE_ALL", "1")


@pytest.fixture
def optional(monkeypatch):
    monkeypatch.delenv("AUTOGRAD_TUTOR_REQUIRE_ALL", raising=False)


@pytest.mark.parametrize("check", [
    lambda: needs.browser_tools(NOWHERE),
    lambda: needs.module("no_such_module_for_autograd_tutor"),
    lambda: needs.program("no-such-program-for-autograd-tutor", "apt-get install it"),
], ids=["chromium", "module", "program"])
def test_a_missing_tool_fails_when_everything_is_required(require_all, check):
    with pytest.raises(pytest.fail.Exception, match="AUTOGRAD_TUTOR_REQUIRE_ALL=1"):
        check()


def test_a_missing_tool_skips_otherwise(optional):
    with pytest.raises(pytest.skip.Exception, match="chromium is not installed"):
        needs.browser_tools(NOWHERE)


def test_present_tools_pass_either_way(require_all):
    assert needs.module("pytest") is pytest
    assert needs.program("python3", "apt-get install python3")
