"""docs/architecture.md's package map is drawn from the code: the committed picture is current."""
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _boxes(dot):
    return set(re.findall(r'^    "([^"]+)" \[fillcolor', dot, flags=re.M))


def test_the_package_map_is_current():
    """The map shows every part of the package and nothing else; arrows that changed since it
    was drawn are reported (re-run scripts/package_map.py), so an import added elsewhere never
    breaks this test."""
    script = ROOT / "scripts" / "package_map.py"
    now = subprocess.run([sys.executable, str(script), "--print"], capture_output=True, text=True, check=True).stdout
    drawn = (ROOT / "docs" / "images" / "package_map.dot").read_text()
    assert _boxes(now) == _boxes(drawn), "run scripts/package_map.py"
    print("\n" + ("package map current" if now == drawn else "package map arrows changed: re-run the script"))


def test_the_architecture_page_shows_the_map():
    page = (ROOT / "docs" / "architecture.md").read_text()
    assert "images/package_map.svg" in page and (ROOT / "docs" / "images" / "package_map.svg").exists()
