"""docs/architecture.md's package map is drawn from the code: the committed picture is current."""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_the_package_map_is_current():
    script = ROOT / "scripts" / "package_map.py"
    run = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_architecture_page_shows_the_map():
    page = (ROOT / "docs" / "architecture.md").read_text()
    assert "images/package_map.svg" in page and (ROOT / "docs" / "images" / "package_map.svg").exists()
