"""Trusting the bundled tutorials, so JupyterLab shows their saved pictures at once.

The tutorials ship with their outputs, so they read well before anything runs. JupyterLab
refuses to show a saved SVG ("Cannot display an untrusted SVG") of a notebook the user has not
run or trusted. ``autograd-tutor lab`` therefore signs the learner's copies of the bundled
tutorials, as ``jupyter trust`` would, in the user's own signature database. Only those
notebooks, and only while they are byte for byte as shipped (see lab.trust_unchanged): never a
notebook the learner brought, and an edited copy is not trusted until the learner runs it.
"""
from pathlib import Path

BUNDLED = ("START_HERE.ipynb", "tutorials/*.ipynb")


def bundled_tutorials(notebook_dir):
    """The shipped tutorial notebooks under ``notebook_dir`` (sorted paths)."""
    root = Path(notebook_dir)
    return sorted(path for pattern in BUNDLED for path in root.glob(pattern))


def trust_notebooks(paths):
    """Signs every notebook in ``paths`` not yet trusted; returns how many it signed."""
    import nbformat
    from nbformat.sign import NotebookNotary

    notary = NotebookNotary()
    signed = 0
    for path in paths:
        notebook = nbformat.read(str(path), as_version=4)
        if not notary.check_signature(notebook):
            notary.sign(notebook)
            signed += 1
    return signed
