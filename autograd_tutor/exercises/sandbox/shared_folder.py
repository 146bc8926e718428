"""The one folder a sandbox shares with the grader (`sockets`: the connection file and the
ZeroMQ IPC sockets) lies on the grader's own disk, and the sandbox can write to it: the
file-size limit caps each file, not how many. A kernel once wrote 30 files of 8 MiB there
in a second, and could have gone on until the grader's disk was full, failing every other
submission graded meanwhile and the CSV.

What belongs there takes a few kilobytes, so the grader looks at the folder every
POLL_SECONDS while a sandbox runs and stops the sandbox once it holds more than LIMIT_BYTES
or MAX_ENTRIES entries, deleting what it wrote.
"""

import os

LIMIT_BYTES = 16 * 1024 * 1024
MAX_ENTRIES = 1000
POLL_SECONDS = 0.1


def overflowing(folder, limit=LIMIT_BYTES, max_entries=MAX_ENTRIES):
    """A sentence saying how `folder` outgrew its bounds, or "" (blocks on disk, so a sparse
    file counts for what it takes). Walked through folder descriptors: a path beyond
    PATH_MAX must not hide what lies deep down."""
    used, entries = 0, 0
    try:
        folders = [os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)]
    except OSError:
        return ""
    while folders:
        current = folders.pop()
        try:
            for entry in os.scandir(current):
                entries += 1
                try:
                    used += entry.stat(follow_symlinks=False).st_blocks * 512
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(os.open(entry.name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=current))
                except OSError:
                    continue
        except OSError:
            pass
        finally:
            os.close(current)
        if used > limit or entries > max_entries:
            break
    for left in folders:
        os.close(left)
    if used > limit:
        return f"it wrote more than {limit >> 20} MiB into the folder it shares with the grader"
    if entries > max_entries:
        return f"it made more than {max_entries} files in the folder it shares with the grader"
    return ""


def empty(folder):
    """Delete everything in `folder` (the sandbox is stopped): the disk is freed at once."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        remove_tree(entry.path)


def remove_tree(path):
    """Delete `path` and all it holds, however deeply nested, never following a symlink.
    shutil.rmtree recurses once per level: 1,000 nested folders, made in milliseconds,
    raised a RecursionError out of the workspace's clean-up."""
    try:
        top = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        _ignore(os.unlink, path)
        return
    stack, finished = [(top, "")], set()  # (descriptor of a folder, its name in its parent)
    while stack:
        folder, _ = stack[-1]
        child = _next_folder(folder, finished)
        if child is not None:
            stack.append(child)
            continue
        finished.add(_identity(folder))
        os.close(folder)
        _, name = stack.pop()
        if stack:
            _ignore(os.rmdir, name, dir_fd=stack[-1][0])
    _ignore(os.rmdir, path)


def _next_folder(folder, finished):
    """Unlink the files of `folder`; return (descriptor, name) of a sub-folder to empty, or None."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return None
    for entry in entries:
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if not is_folder:
            _ignore(os.unlink, entry.name, dir_fd=folder)
            continue
        try:
            inner = os.open(entry.name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=folder)
        except OSError:
            continue
        if _identity(inner) in finished:  # emptied before, yet not removable: leave it
            os.close(inner)
            continue
        return inner, entry.name
    return None


def _identity(descriptor):
    info = os.fstat(descriptor)
    return info.st_dev, info.st_ino


def _ignore(operation, *args, **kwargs):
    try:
        operation(*args, **kwargs)
    except OSError:
        pass
