"""Build the tutorial notebooks from their text sources, run them, and save them with outputs.

The sources are `notebooks/tutorials/.source/*.py`, in the "percent" cell format most editors
know (`# %%` starts a code cell, `# %% [markdown]` a markdown cell whose lines start with `# `,
`# %% tags=["raises-exception"]` a tagged code cell). IPython magics are written as comments
(`# %load_ext autograd_tutor`, `# %%stepthrough`) so the sources stay valid Python.

Each notebook is executed top to bottom in a fresh `python3` kernel from the repository's .venv,
with the notebook's own folder as working directory, and saved with its outputs so it reads well
before anyone runs it. Cells tagged `raises-exception` are meant to fail; any other error stops
the build. Cells tagged `remove-output` run but are saved without outputs (a question the learner
should answer before seeing the result).

    .venv/bin/python scripts/build_tutorials.py             # build and run all
    .venv/bin/python scripts/build_tutorials.py 03 --no-execute
"""
import argparse
import json
import os
import re
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "notebooks" / "tutorials" / ".source"  # hidden: the lab lists only notebooks
# The start page is built like the tutorials but lives one folder up, where a learner looks first.
START_HERE = "00_start_here"
REMOVE_OUTPUT = "remove-output"  # the tag nbconvert's TagRemovePreprocessor also knows
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
SIZE_BUDGET = 300_000  # bytes per saved notebook; the inline SVG graphs are what grows it

_CELL_MARKER = re.compile(r"^# %%(?: (?P<rest>.*))?$")
_MAGIC_COMMENT = re.compile(r"^# (%%?[A-Za-z_]\w*.*)$")
_KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def parse_cells(text):
    """The notebook cells written in percent-format `text`."""
    cells, kind, tags, lines = [], None, [], []

    def flush():
        if kind is None:
            return
        while lines and not lines[-1].strip():
            lines.pop()
        if kind == "markdown":
            cells.append(new_markdown_cell("\n".join(_unquote(line) for line in lines)))
        else:
            cell = new_code_cell("\n".join(_magic(line) for line in lines))
            if tags:
                cell.metadata["tags"] = list(tags)
            cells.append(cell)

    for line in text.splitlines():
        marker = _CELL_MARKER.match(line)
        if marker is None:
            if kind is not None:
                lines.append(line)
            continue
        flush()
        kind, tags, lines = _cell_header(marker.group("rest") or "")
    flush()
    return cells


def _cell_header(rest):
    """(kind, tags, []) from what follows `# %%`: `[markdown]` and/or `tags=[...]`."""
    kind = "markdown" if rest.startswith("[markdown]") else "code"
    tags_text = rest.partition("tags=")[2].strip()
    tags = json.loads(tags_text) if tags_text else []
    return kind, tags, []


def _unquote(line):
    if line == "#":
        return ""
    if not line.startswith("# "):
        raise ValueError(f"markdown lines must start with '# ': {line!r}")
    return line[2:]


def _magic(line):
    """`# %graph out` in a code cell is the magic `%graph out`."""
    match = _MAGIC_COMMENT.match(line)
    return match.group(1) if match else line


def notebook_from_source(path):
    nb = new_notebook(cells=parse_cells(Path(path).read_text(encoding="utf-8")))
    nb.metadata["kernelspec"] = dict(_KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def target_of(source):
    """Where the notebook built from `source` is saved."""
    if source.stem == START_HERE:
        return ROOT / "notebooks" / "START_HERE.ipynb"
    return ROOT / "notebooks" / "tutorials" / f"{source.stem}.ipynb"


def execute(nb, cwd, timeout=120):
    """Run `nb` in place in a fresh python3 kernel whose working directory is `cwd`."""
    from nbclient import NotebookClient

    # The kernel imports this checkout's autograd_tutor, whatever is installed elsewhere.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
    )
    client = NotebookClient(
        nb, kernel_name="python3", timeout=timeout, record_timing=False,
        resources={"metadata": {"path": str(cwd)}},
    )
    client.execute()
    _relative_paths(nb)
    _remove_tagged_outputs(nb)
    _static_widgets(nb)
    return nb


def _static_widgets(nb):
    """Saved widgets keep only their static picture (text/html), shown until the cell is run again.

    A saved widget view needs a kernel (or JavaScript from the internet) to draw, and shows an
    error or nothing without one; the StepThrough widget's own HTML fallback reads well anywhere.
    """
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW in data and "text/html" in data:
                del data[WIDGET_VIEW]
    nb.metadata.pop("widgets", None)


def _remove_tagged_outputs(nb):
    """Cells tagged `remove-output` (questions to answer before running) are saved unanswered."""
    for cell in nb.cells:
        if REMOVE_OUTPUT in cell.get("metadata", {}).get("tags", ()):
            cell["outputs"], cell["execution_count"] = [], None


def _relative_paths(nb):
    """Tracebacks name library files relative to the repository, not the machine that built them."""
    prefix = str(ROOT) + os.sep
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                output["traceback"] = [line.replace(prefix, "") for line in output["traceback"]]
            elif output.get("output_type") == "stream":
                output["text"] = output["text"].replace(prefix, "")


def build(source, run=True):
    nb = notebook_from_source(source)
    target = target_of(source)
    if run:
        execute(nb, target.parent)
    nbformat.validate(nb)
    nbformat.write(nb, target)
    return target


def sources(selected=()):
    found = sorted(SOURCES.glob("*.py"))
    if selected:
        found = [s for s in found if any(s.stem.startswith(prefix) for prefix in selected)]
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="build only sources whose name starts with these")
    parser.add_argument("--no-execute", action="store_true", help="write the cells without outputs")
    args = parser.parse_args(argv)
    chosen = sources(args.names)
    if not chosen:
        parser.error(f"no source in {SOURCES} matches {args.names}")
    too_large = []
    for source in chosen:
        target = build(source, run=not args.no_execute)
        size = target.stat().st_size
        print(f"{target.relative_to(ROOT)}  {size / 1000:.0f} KB")
        if size > SIZE_BUDGET:
            too_large.append(target.name)
    if too_large:
        print(f"over the {SIZE_BUDGET // 1000} KB budget: {', '.join(too_large)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
