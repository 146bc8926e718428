"""The install commands the README and the docs show in their code blocks work as written. The
package is not on the package index, so a first install names what is on disk: the clone's
folder or the wheel file `pip wheel --no-deps -w dist .` builds for this version."""
import re
import shlex
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
WHEEL = f"autograd_tutor-{VERSION}-py3-none-any.whl"
_BLOCK = re.compile(r"^\s*```(?:bash|sh|shell|console|dockerfile)\n(.*?)^\s*```", re.S | re.M)


def _pip_installs():
    """(page, what it installs) for every `pip install` of the project in a shell or Dockerfile block."""
    found = []
    for page in PAGES:
        for block in _BLOCK.findall(page.read_text()):
            for line in block.splitlines():
                command = line.split(" #", 1)[0]
                if "pip install" not in command:
                    continue
                words = shlex.split(command.split("pip install", 1)[1])
                found += [(page.name, w) for w in words if not w.startswith("-") and "autograd" in w]
    return found


def test_every_install_of_the_package_names_a_folder_or_this_versions_wheel():
    installs = _pip_installs()
    assert {"README.md", "getting-started.md", "running-a-course.md"} <= {page for page, _ in installs}
    for page, what in installs:
        target = re.sub(r"\[[a-z,]+\]$", "", what)
        assert target in (".", "./") or Path(target).name == WHEEL, (page, what)


def test_the_wheel_the_docs_name_is_the_one_pip_wheel_builds():
    # The same name the built wheel has in test_installed_wheel: pyproject's name and version.
    named = {m for page in PAGES for m in re.findall(r"autograd_tutor-[\w.]+?-py3-none-any\.whl", page.read_text())}
    assert named == {WHEEL}
