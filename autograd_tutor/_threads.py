"""torch.get_num_threads and friends. NumPy's kernels here run as NumPy runs them; the count a
program sets is kept, so that a tutorial printing it sees its own value."""
import os

_intra = []  # the count set by set_num_threads, once set


def get_num_interop_threads():
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def get_num_threads():
    return _intra[-1] if _intra else get_num_interop_threads()


def set_num_threads(int):
    if type(int).__name__ != "int":  # bool is refused too
        raise RuntimeError(f"set_num_threads expects an int, but got {type(int).__name__}")
    if int <= 0:
        raise RuntimeError("set_num_threads expects a positive integer")
    _intra[:] = [int]
