"""Student versions of source notebooks: solutions replaced, outputs cleared, hidden-test and
instructor-only cells removed. Code between `### BEGIN SOLUTION` and `### END SOLUTION`
becomes `# YOUR CODE HERE` + `raise NotImplementedError()`, at the marker's indentation."""

import re
from pathlib import Path

import nbformat

BEGIN_SOLUTION = re.compile(r"^(\s*)#+\s*BEGIN SOLUTION\s*$", re.IGNORECASE)
END_SOLUTION = re.compile(r"^\s*#+\s*END SOLUTION\s*$", re.IGNORECASE)
BEGIN_HIDDEN = re.compile(r"^\s*#+\s*BEGIN HIDDEN TESTS?\s*$", re.IGNORECASE)
END_HIDDEN = re.compile(r"^\s*#+\s*END HIDDEN TESTS?\s*$", re.IGNORECASE)
REMOVED_TAGS = {"hidden-test", "hidden-tests", "instructor-only"}
CODE_STUB = ["# YOUR CODE HERE", "raise NotImplementedError()"]
MARKDOWN_STUB = ["YOUR ANSWER HERE"]


class ReleaseError(ValueError):
    """A source notebook whose solution markers do not pair up."""


def release_notebook(nb):
    """Return the student version of a notebook (the input is not modified)."""
    student = nbformat.from_dict(nbformat.from_dict(nb))  # deep copy
    kept = []
    for index, cell in enumerate(student.cells):
        if _is_instructor_only(cell):
            continue
        where = f"cell {index}"
        if cell.cell_type == "code":
            source = _strip_blocks(cell.source, BEGIN_HIDDEN, END_HIDDEN, None, where)
            cell.source = _strip_blocks(source, BEGIN_SOLUTION, END_SOLUTION, CODE_STUB, where)
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)
        elif cell.cell_type == "markdown":
            cell.source = _strip_blocks(cell.source, BEGIN_SOLUTION, END_SOLUTION, MARKDOWN_STUB, where)
        kept.append(cell)
    student.cells = kept
    student.metadata.pop("widgets", None)
    return student


def release_paths(source, out_dir):
    """Release one notebook or every notebook under a directory into `out_dir`,
    keeping relative paths. Returns the written paths."""
    return write_converted(source, out_dir, lambda nb, path: release_notebook(nb))


def write_converted(source, out_dir, convert):
    """``convert(notebook, path)`` for one notebook or every notebook under a directory, each
    result written into `out_dir` at the same relative path. A ReleaseError names the notebook;
    a source is never overwritten. Returns the written paths."""
    source, out_dir = Path(source), Path(out_dir)
    if source.is_dir():
        pairs = [(path, out_dir / path.relative_to(source)) for path in _notebooks_under(source)]
    else:
        pairs = [(source, out_dir / source.name)]
    written = []
    for src, dst in pairs:
        if src.resolve() == dst.resolve():
            raise ReleaseError(f"{src}: refusing to overwrite a source notebook with its release")
        nb = nbformat.read(src, as_version=4)
        try:
            converted = convert(nb, src)
        except ReleaseError as error:
            raise ReleaseError(f"{src}: {error}") from None
        dst.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(converted, dst)
        written.append(dst)
    return written


def _notebooks_under(directory):
    return sorted(
        path for path in directory.rglob("*.ipynb") if ".ipynb_checkpoints" not in path.parts
    )


def _is_instructor_only(cell):
    tags = set(cell.get("metadata", {}).get("tags", []))
    return bool(tags & REMOVED_TAGS)


def _strip_blocks(source, begin, end, stub, where):
    lines = source.splitlines()
    result, inside = [], False
    for line in lines:
        opened = begin.match(line)
        if opened:
            if inside:
                raise ReleaseError(f"{where}: a BEGIN marker inside an open block")
            inside = True
            if stub:
                result.extend(opened.group(1) + stub_line for stub_line in stub)
        elif end.match(line):
            if not inside:
                raise ReleaseError(f"{where}: an END marker without its BEGIN")
            inside = False
        elif not inside:
            result.append(line)
    if inside:
        raise ReleaseError(f"{where}: a BEGIN marker without its END")
    return "\n".join(result)
