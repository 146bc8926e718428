"""Lists every notebook in notebooks/tutorials/ under "Tutorials" in the site's nav, in file
name order, titled by its first heading: a new tutorial appears in the docs without editing
mkdocs.yml (the strict build fails on pages left out of the nav)."""
import json
import re
from pathlib import Path

SECTION = "Tutorials"
FOLDER = "tutorials"  # inside docs/, a link to notebooks/tutorials


def on_config(config):
    folder = Path(config["docs_dir"]) / FOLDER
    section = _section(config["nav"] or [])
    if section is None:
        return config
    listed = {_target(item) for item in section}
    for notebook in sorted(folder.glob("*.ipynb")):
        path = f"{FOLDER}/{notebook.name}"
        if path not in listed:
            section.append({_title(notebook): path})
    return config


def _section(nav):
    for item in nav:
        if isinstance(item, dict) and SECTION in item and isinstance(item[SECTION], list):
            return item[SECTION]
    return None


def _target(item):
    return next(iter(item.values())) if isinstance(item, dict) else item


def _title(notebook):
    """"1 · Tensors and requires_grad" from the first `# ...` line of a markdown cell."""
    try:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        cells = []
    for cell in cells:
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else source
        for line in text.splitlines():
            if line.startswith("# "):
                return re.sub(r"[`*]", "", line[2:]).strip()
    return notebook.stem.replace("_", " ")
