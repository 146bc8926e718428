"""Who submitted a notebook: the student id from its path.

By default the first folder under the folder all graded notebooks share (`subs/alice/hw.ipynb`
and `subs/bob/hw.ipynb` give alice and bob; nbgrader's `submitted/alice/ps1/hw.ipynb` gives
alice), or the file name when the notebooks lie side by side (`subs/alice.ipynb`). A
`--student-id` pattern is searched in the path (with `/` separators): its group named `id`,
else its first group, else the whole match is the id.
"""

import os
import re
from pathlib import PurePath


class StudentIdError(ValueError):
    """A `--student-id` pattern that is not a valid regular expression or misses a path."""


def student_ids(notebooks, pattern=None):
    """{notebook path string: student id} for every notebook."""
    notebooks = [str(path) for path in notebooks]
    if pattern:
        return {path: _by_pattern(path, _compiled(pattern)) for path in notebooks}
    return _by_folder(notebooks)


def _compiled(pattern):
    try:
        return re.compile(pattern)
    except re.error as error:
        raise StudentIdError(f"--student-id {pattern!r}: {error}") from None


def _by_pattern(path, regex):
    match = regex.search(PurePath(path).as_posix())
    if not match:
        raise StudentIdError(f"--student-id {regex.pattern!r} does not match {path}")
    if "id" in regex.groupindex:
        return match.group("id")
    return match.group(1) if regex.groups else match.group(0)


def _by_folder(notebooks):
    parts = {path: PurePath(os.path.abspath(path)).parts for path in notebooks}
    if len(notebooks) == 1:  # nothing to compare with: the folder holding the notebook
        (path,) = notebooks
        return {path: parts[path][-2] if len(parts[path]) > 2 else PurePath(path).stem}
    common = len(PurePath(os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in notebooks])).parts)
    ids = {}
    for path in notebooks:
        first = parts[path][common]
        ids[path] = PurePath(first).stem if common == len(parts[path]) - 1 else first
    return ids
