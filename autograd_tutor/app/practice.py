"""The learner's own exercise notebooks, made by ``autograd-tutor lab`` from the sources.

``notebooks/exercises/`` holds the exercise sources with their solutions (what instructors
release and grade). A learner who starts the lab on the bundled notebooks works in
``notebooks/practice/`` instead: student versions made from the sources (solutions replaced,
outputs cleared), created only where missing, so a learner's work is never overwritten. The
lab hides the sources' folder from its file browser, so the solutions are not one click away.
"""
from pathlib import Path

SOURCES = "exercises"
PRACTICE = "practice"


def prepare_practice(notebook_dir, sources=None):
    """Creates ``practice/<name>.ipynb`` for every exercise source without one; returns them.

    The sources are ``notebook_dir/exercises/`` unless ``sources`` names another folder (the
    installed package's, when the learner's folder is elsewhere)."""
    import nbformat

    from ..exercises.release import release_notebook

    root = Path(notebook_dir)
    created = []
    for source in sorted(Path(sources or root / SOURCES).glob("*.ipynb")):
        target = root / PRACTICE / source.name
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(release_notebook(nbformat.read(str(source), as_version=4)), str(target))
        created.append(target)
    return created


def hidden_in_lab():
    """``ContentsManager.hide_globs`` for the lab: Jupyter's defaults plus the sources' folder."""
    from jupyter_server.services.contents.manager import ContentsManager

    return list(ContentsManager.class_traits()["hide_globs"].default()) + [SOURCES]
