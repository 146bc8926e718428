"""One line saying which extra to install, instead of a ModuleNotFoundError traceback."""

# The top-level module -> the extra of pyproject.toml that declares it.
EXTRA_OF = {
    "nbformat": "grade", "nbclient": "grade", "ipykernel": "grade", "jupyter_client": "grade",
    "zmq": "grade", "tqdm": "grade",
    "IPython": "notebook", "traitlets": "notebook", "ipywidgets": "notebook",
    "jupyterlab": "lab", "jupyter_server": "lab",
    "dask": "dask", "distributed": "dask",
    "matplotlib": "report",
}


def missing_module_hint(error, command):
    """``autograd-tutor COMMAND needs X: pip install ...``, or None for a module no extra provides."""
    module = (getattr(error, "name", None) or "").split(".")[0]
    extra = EXTRA_OF.get(module)
    if extra is None:
        return None
    return f"autograd-tutor {command} needs {module}, which is not installed: pip install 'autograd-tutor[{extra}]'"
