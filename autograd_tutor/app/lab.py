"""`autograd-tutor lab [DIR]`: the learner's notebooks copied into DIR once, then JupyterLab there.

DIR (default ``autograd-tutor-notebooks`` in the current directory) receives ``START_HERE.ipynb``,
``tutorials/`` and ``practice/`` (student versions of the exercises, see practice). A file that
is already there is never replaced: it is the learner's work. Deleting one brings a fresh copy
at the next start. Options the command does not know go to JupyterLab unchanged.
"""
import filecmp
import importlib.util
import os
import shutil
import sys
from pathlib import Path

from . import lab_trust, practice

DEFAULT_DIR = "autograd-tutor-notebooks"
LAB_HINT = "autograd-tutor lab needs JupyterLab: pip install 'autograd-tutor[lab]'"


def bundled_notebooks():
    """The shipped notebooks: inside the installed package, or the checkout's notebooks/ folder."""
    package = Path(__file__).resolve().parents[1]
    inside = package / "notebooks"  # where the wheel puts them
    if inside.is_dir():
        return inside
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "notebooks").is_dir():
        return checkout / "notebooks"  # an editable install or a source tree
    raise FileNotFoundError(f"the bundled notebooks are missing (looked in {inside}); reinstall autograd-tutor")


def prepare(target, source=None):
    """Copies what is missing of the learner's notebooks into ``target``; returns the new files.

    ``target`` may be the bundled folder itself (``make lab`` on a checkout): then only the
    practice copies are made. Raises OSError when ``target`` cannot be written.
    """
    source = Path(source) if source is not None else bundled_notebooks()
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    created = []
    if not _same_dir(source, target):
        for path in lab_trust.bundled_tutorials(source):
            copy = target / path.relative_to(source)
            if not copy.exists():
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)
                created.append(copy)
    created += practice.prepare_practice(target, sources=source / practice.SOURCES)
    return created


def trust_unchanged(target, source=None):
    """Signs the tutorials in ``target`` that are still exactly as shipped (see lab_trust)."""
    source = Path(source) if source is not None else bundled_notebooks()
    unchanged = [copy for copy in lab_trust.bundled_tutorials(target)
                 if (source / copy.relative_to(target)).is_file()
                 and filecmp.cmp(copy, source / copy.relative_to(target), shallow=False)]
    return lab_trust.trust_notebooks(unchanged)


def hidden_options(target, source=None):
    """Lab options hiding the exercise sources, when ``target`` is the folder that holds them."""
    source = Path(source) if source is not None else bundled_notebooks()
    if not _same_dir(source, Path(target)):
        return []  # the sources were not copied: nothing to hide
    return [f"--ContentsManager.hide_globs={pattern}" for pattern in practice.hidden_in_lab()]


def lab_command(notebook_dir, port=None, no_browser=False, extra=()):
    """The jupyter lab command line and environment `autograd-tutor lab` runs."""
    command = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={Path(notebook_dir).resolve()}"]
    if port:
        command.append(f"--port={port}")
    if no_browser:
        command.append("--no-browser")
    if os.geteuid() == 0:
        command.append("--allow-root")  # containers often run as root; jupyter refuses otherwise
    # No "get notified about Jupyter news?" pop-up over a learner's first notebook: news_url
    # stops the fetching, and the settings folder answers the consent question (see below).
    command.append("--LabApp.news_url=None")
    command.append(f"--LabApp.app_settings_dir={quiet_app_settings(notebook_dir)}")
    command += list(extra)
    env = dict(os.environ)
    # Kernels started by the lab import this copy of autograd_tutor (and its extension) when it
    # is a source tree. An installed copy is importable already, and its folder (site-packages)
    # holds this Python's compiled packages: on PYTHONPATH, they would break the numpy of a
    # kernel of another Python that the lab offers.
    root = Path(__file__).resolve().parents[2]
    if root.name not in ("site-packages", "dist-packages"):
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    return command, env


# Defaults (not locks: a learner's own settings still win) for JupyterLab's notification
# plugin. Without fetchNews answered, JupyterLab 4 asks about Jupyter news in a pop-up over
# the first notebook, whatever news_url says.
QUIET_NOTIFICATIONS = {"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False}}


def quiet_app_settings(notebook_dir):
    """A copy of this environment's JupyterLab app settings folder, in ``notebook_dir`` under a
    hidden folder, whose overrides.json also answers the news question. The environment's own
    overrides are kept and win; nothing outside ``notebook_dir`` is written."""
    import json

    from jupyterlab.commands import get_app_dir

    original = Path(get_app_dir()) / "settings"
    folder = Path(notebook_dir) / ".autograd-tutor" / "lab-settings"
    folder.mkdir(parents=True, exist_ok=True)
    overrides = json.loads(json.dumps(QUIET_NOTIFICATIONS))
    if original.is_dir():
        for item in original.iterdir():
            if item.is_file() and item.name != "overrides.json":
                shutil.copyfile(item, folder / item.name)
        theirs = original / "overrides.json"
        if theirs.is_file():
            for plugin, values in json.loads(theirs.read_text()).items():
                overrides.setdefault(plugin, {}).update(values)
    (folder / "overrides.json").write_text(json.dumps(overrides, indent=2) + "\n")
    return folder.resolve()


def run(directory=None, port=None, no_browser=False, extra=(), copy_only=False):
    """Prepares ``directory`` and replaces this process by JupyterLab serving it (or, with
    ``copy_only``, returns once the notebooks are there: a JupyterHub start-up hook)."""
    if not copy_only and importlib.util.find_spec("jupyterlab") is None:
        print(LAB_HINT, file=sys.stderr)
        return 1
    target = Path(directory or DEFAULT_DIR)
    try:
        created = prepare(target)
    except OSError as err:
        print(f"autograd-tutor lab: cannot write the notebooks into {target} ({err}); "
              "name a writable folder: autograd-tutor lab DIR", file=sys.stderr)
        return 1
    try:
        trust_unchanged(target)
    except Exception as err:  # noqa: BLE001 - an unwritable signature database must not stop the lab
        print(f"autograd-tutor: could not mark the tutorials as trusted ({err}); "
              "run their cells to see the saved graphs", file=sys.stderr)
    print(f"autograd-tutor lab: your notebooks are in {target.resolve()} ({len(created)} new; "
          "files already there are never replaced)", file=sys.stderr)
    if copy_only:
        return 0
    command, env = lab_command(target, port, no_browser, [*hidden_options(target), *extra])
    os.execvpe(command[0], command, env)


def _same_dir(a, b):
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False
