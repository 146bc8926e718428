"""The watch on the folder a sandbox shares with the grader, and removing folders nested
deeper than Python's recursion limit or PATH_MAX, without following symlinks."""

import os

from autograd_tutor.exercises.sandbox.shared_folder import LIMIT_BYTES, MAX_ENTRIES, overflowing, remove_tree


def _nest(top, depth, name="d" * 200):
    """`depth` folders of 200-character names (far past PATH_MAX) under `top`; returns the
    deepest one's descriptor."""
    folder = os.open(top, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir(name, dir_fd=folder)
        inner = os.open(name, os.O_RDONLY, dir_fd=folder)
        os.close(folder)
        folder = inner
    return folder


def test_what_a_kernel_needs_there_is_not_an_overflow(tmp_path):
    (tmp_path / "kernel.json").write_text("{}" * 100)
    (tmp_path / "sparse").write_bytes(b"")
    os.truncate(tmp_path / "sparse", 1 << 40)  # a terabyte that takes no disk
    assert overflowing(tmp_path) == ""


def test_bytes_and_entries_deep_below_path_max_count(tmp_path):
    deepest = _nest(tmp_path, 40)
    try:
        with open(os.open("fill", os.O_CREAT | os.O_WRONLY, 0o600, dir_fd=deepest), "wb") as handle:
            handle.write(b"0" * (LIMIT_BYTES + 1))
    finally:
        os.close(deepest)
    assert "more than 16 MiB" in overflowing(tmp_path)
    remove_tree(tmp_path)
    assert not tmp_path.exists()


def test_more_entries_than_allowed_overflow(tmp_path):
    os.close(_nest(tmp_path, MAX_ENTRIES + 1, name="d"))
    assert f"more than {MAX_ENTRIES} files" in overflowing(tmp_path)
    remove_tree(tmp_path / "d")  # 1,001 levels: shutil.rmtree raised a RecursionError
    assert os.listdir(tmp_path) == []


def test_remove_tree_never_follows_a_symlink(tmp_path):
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "file").write_text("x")
    doomed = tmp_path / "doomed"
    doomed.mkdir()
    os.symlink(kept, doomed / "link")
    os.close(_nest(doomed, 1_200, name="d"))
    remove_tree(doomed)
    assert not doomed.exists() and (kept / "file").read_text() == "x"
