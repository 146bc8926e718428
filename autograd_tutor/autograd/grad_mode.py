"""Grad modes: whether new operations are recorded in the graph.

A single module-level flag (read on every op, so it must be cheap); notebooks run user code on
one thread, as PyTorch's own default mode does per thread.
"""
import functools

enabled = True


def is_grad_enabled():
    return enabled


class _GradMode:
    """Base of the grad-mode switches: usable as context manager and as decorator."""

    mode = True

    def __enter__(self):
        global enabled
        self._prev = enabled
        enabled = self.mode

    def __exit__(self, *exc):
        global enabled
        enabled = self._prev
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self.__class__():
                return func(*args, **kwargs)

        return wrapper

    def clone(self):
        return self.__class__()


class no_grad(_GradMode):
    """Context manager / decorator: operations inside are not recorded."""

    mode = False


class enable_grad(_GradMode):
    """Context manager / decorator: operations inside are recorded, even inside no_grad."""

    mode = True


class inference_mode(no_grad):
    def __init__(self, mode=True):
        self.mode = bool(mode)


class set_grad_enabled(_GradMode):
    """Turns recording on or off: as a function call right away, or as a context manager."""

    def __init__(self, mode):
        global enabled
        if not isinstance(mode, bool):
            raise TypeError(f"set_grad_enabled() argument must be bool, not {type(mode).__name__}")
        self.mode = mode
        self._prev = enabled
        enabled = mode

    def __enter__(self):
        pass

    def __exit__(self, *exc):
        global enabled
        enabled = self._prev
        return False

    def __call__(self, func):
        global enabled
        enabled = self._prev  # used as a decorator: only switch while the function runs
        mode = self.mode

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            global enabled
            prev, enabled = enabled, mode
            try:
                return func(*args, **kwargs)
            finally:
                enabled = prev

        return wrapper

    def clone(self):
        return self.__class__(self.mode)
