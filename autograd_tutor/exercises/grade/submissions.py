"""Finding submissions and reading them without trusting the file system.

A submission folder is the students' to fill: a FIFO named like a notebook would hang the
grader, a symlink could point at /dev/zero, at a root-only file or at the solution. So:
- directories are walked without following symlinks; a path given that does not exist is
  an error, not an empty grade;
- every candidate is checked with `lstat` (regular file, not a symlink, at most
  MAX_NOTEBOOK_BYTES) and opened with O_NOFOLLOW | O_NONBLOCK and checked again on the open
  file, so a swap between the check and the open changes nothing;
- its real folder must lie inside the folder it was found in (or named with).
A refused file still becomes a submission: its rows say why, and the batch goes on.
"""

import os
import stat
from pathlib import Path

import nbformat

MAX_NOTEBOOK_BYTES = 32 * 1024 * 1024
SUFFIX = ".ipynb"


class MissingInput(ValueError):
    """A path named on the command line does not exist."""


def find_notebooks(paths):
    """Notebook paths named directly or found under directories, sorted; a named path that
    does not exist raises MissingInput. Symlinks, FIFOs and devices with a notebook's name
    are included (read_notebook refuses them, and the grade says so)."""
    found = set()
    missing = []
    for path in map(Path, paths):
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            missing.append(str(path))
            continue
        if stat.S_ISDIR(info.st_mode):
            found.update(_walk(path))
        else:
            found.add(path)
    if missing:
        raise MissingInput(f"no such file or directory: {', '.join(missing)}")
    return sorted(found, key=str)


def _walk(root):
    """Notebook-named entries under `root`, as os.walk lists them (a symlink to a folder is
    a folder, and is not entered), but with a stack of its own: os.walk recursed once per
    level, so a submission of 1,000 nested folders ended the whole run in a RecursionError."""
    folders = [Path(root)]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:  # unreadable, vanished, or a path too long: as os.walk, skipped
            continue
        for entry in sorted(entries, key=lambda entry: entry.name, reverse=True):
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            if is_folder:
                if entry.name != ".ipynb_checkpoints" and not entry.is_symlink():
                    folders.append(Path(entry.path))
            elif entry.name.endswith(SUFFIX):
                yield Path(entry.path)


def read_notebook(path, root=None, max_bytes=MAX_NOTEBOOK_BYTES):
    """(notebook node, "") or (None, why it was refused or could not be read). `root`: the
    folder the path was found under; the file's real folder must be inside it."""
    path = Path(path)
    try:
        data = _read_regular_file(path, root, max_bytes)
    except RefusedInput as refused:
        return None, f"not graded: {refused}"
    except OSError as error:
        return None, f"the notebook could not be opened: {error.strerror or type(error).__name__}"
    try:
        nb = nbformat.reads(data.decode("utf-8"), as_version=4)
    except Exception as error:  # nbformat raises many kinds; the text may quote the file
        return None, f"the notebook could not be read: {type(error).__name__}"
    malformed = _malformed_cell(nb)
    if malformed:
        return None, f"the notebook could not be read: {malformed}"
    return nb, ""


def _malformed_cell(nb):
    """Why the notebook's cells cannot be run, or "". nbformat only warns about a cell without
    a type or whose source is not text; running one used to end as "the kernel broke the
    Jupyter protocol" or an internal grader error."""
    cells = nb.get("cells")
    if not isinstance(cells, list):
        return "its cells are not a list"
    for number, cell in enumerate(cells, 1):
        if not (
            isinstance(cell, dict) and isinstance(cell.get("cell_type"), str)
            and isinstance(cell.get("source"), str)
        ):
            return f"cell {number} is not a well-formed cell (it needs a type and its source as text)"
    return ""


class RefusedInput(Exception):
    """The path is not a regular notebook file inside its folder."""


def _read_regular_file(path, root, max_bytes):
    info = os.lstat(path)
    _check_kind(info, max_bytes)
    if root is not None:
        real_root = os.path.realpath(root)
        real_parent = os.path.realpath(path.parent)
        if real_parent != real_root and not real_parent.startswith(real_root.rstrip("/") + "/"):
            raise RefusedInput(f"{path} lies outside {root} (through a symlinked folder)")
    descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        opened = os.fstat(descriptor)
        _check_kind(opened, max_bytes)
        if (opened.st_dev, opened.st_ino) != (info.st_dev, info.st_ino):
            raise RefusedInput("the file changed while it was opened")
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(descriptor, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:
            raise RefusedInput(f"larger than {max_bytes >> 20} MiB")
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _check_kind(info, max_bytes):
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        raise RefusedInput("a symbolic link, not a notebook file")
    if not stat.S_ISREG(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise RefusedInput(f"{kind}, not a notebook file")
    if info.st_size > max_bytes:
        raise RefusedInput(f"larger than {max_bytes >> 20} MiB")


def roots_of(paths, given):
    """{notebook path: the given folder it was found under, or None if named directly}."""
    folders = [Path(entry) for entry in given if os.path.isdir(entry) and not os.path.islink(entry)]
    result = {}
    for path in paths:
        result[path] = next((folder for folder in folders if _under(path, folder)), None)
    return result


def _under(path, folder):
    try:
        Path(path).relative_to(folder)
        return True
    except ValueError:
        return False
