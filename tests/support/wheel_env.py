"""A fresh virtual environment outside the checkout, with the package installed from its wheel.

Building: `python -m build` makes the sdist, then the wheel from the unpacked sdist (so both are
checked). Installing: the dependencies come from a wheelhouse cached in the repository's .venv
(filled from the package index on first use, then offline), the package from the new wheel;
nothing of the checkout is on the new environment's path.
"""
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import tomllib
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
WHEELHOUSE = Path(sys.prefix) / "wheelhouse"  # the test venv's cache: gone with `make clean`


def build(outdir):
    """(sdist, wheel) paths built from the checkout into ``outdir``."""
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(REPO)],
                   check=True, capture_output=True, text=True)
    (sdist,), (wheel,) = sorted(Path(outdir).glob("*.tar.gz")), sorted(Path(outdir).glob("*.whl"))
    return sdist, wheel


def create(path, base=None):
    """A new venv without pip (this interpreter's pip installs into it: faster), of this Python
    or of the interpreter ``base``."""
    if base is None:
        venv.EnvBuilder(with_pip=False, clear=True).create(str(path))
    else:
        subprocess.run([str(base), "-m", "venv", "--without-pip", "--clear", str(path)], check=True)
    return Path(path) / "bin" / "python"


def oldest_python_version():
    """The oldest Python version pyproject's requires-python admits, as (major, minor)."""
    requires = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["requires-python"]
    return tuple(int(part) for part in requires.removeprefix(">=").split("."))


def oldest_python():
    """An interpreter of the oldest version pyproject's requires-python admits, or None: on PATH as
    pythonX.Y, or among pyenv's versions (its shims answer only for the selected version)."""
    version = ".".join(map(str, oldest_python_version()))
    candidates = [shutil.which(f"python{version}")]
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates += sorted(str(p) for p in pyenv.glob(f"{version}.*/bin/python{version}"))
    for candidate in filter(None, candidates):
        ran = subprocess.run([candidate, "-c", "import sys, venv; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True)
        if ran.returncode == 0 and ran.stdout.strip() == version:
            return Path(candidate)
    return None


def floors(extras=("notebook", "grade", "lab")):
    """``name==lowest`` for every direct requirement of the core and ``extras`` (pyproject's ``>=``)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    requirements = [*project["dependencies"], *(r for e in extras for r in project["optional-dependencies"][e])]
    pins = {}
    for text in requirements:
        requirement = Requirement(text)
        if requirement.name == project["name"]:
            continue  # an extra naming other extras
        (lowest,) = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        pins[requirement.name] = f"{requirement.name}=={lowest}"
    return sorted(pins.values())


def install(python, requirement, constraints=None):
    """Installs ``requirement`` (e.g. ``/x/pkg.whl[grade]``) into ``python``'s environment,
    within ``constraints`` (a constraints file) when given."""
    pins = ["-c", str(constraints)] if constraints else []
    command = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-compile", *pins]
    offline = subprocess.run([*command, "--no-index", "--find-links", str(WHEELHOUSE), requirement],
                             capture_output=True, text=True)
    if offline.returncode == 0:
        return
    # A dependency not yet in the wheelhouse (first run, or a new requirement): fetch, then install.
    # --python: the files for the target interpreter's version (another Python than this one's).
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "download", "-q", "-d", str(WHEELHOUSE),
                    *pins, requirement], check=True, capture_output=True, text=True)
    subprocess.run([*command, "--no-index", "--find-links", str(WHEELHOUSE), requirement],
                   check=True, capture_output=True, text=True)


def installed_versions(python, names):
    """{name: version} of ``names`` in ``python``'s environment."""
    code = ("import sys, importlib.metadata as m; "
            "print(*(f'{n}=={m.version(n)}' for n in sys.argv[1:]), sep='\\n')")
    out = subprocess.run([str(python), "-c", code, *names], check=True, capture_output=True, text=True).stdout
    return dict(line.split("==") for line in out.split())


def clean_env(home):
    """Environment for commands in the new venv: no PYTHONPATH, Jupyter state under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "JUPYTER", "VIRTUAL_ENV"))}
    home = Path(home)
    env.update(JUPYTER_CONFIG_DIR=str(home / "config"), JUPYTER_DATA_DIR=str(home / "data"),
               JUPYTER_RUNTIME_DIR=str(home / "runtime"), JUPYTER_PLATFORM_DIRS="1",
               IPYTHONDIR=str(home / "ipython"), PYTHONNOUSERSITE="1", PYTHONUNBUFFERED="1")
    return env
