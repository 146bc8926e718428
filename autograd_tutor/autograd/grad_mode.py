"""Grad modes: whether new operations are recorded in the graph.

A single module-level flag (read on every op, so it must be cheap); notebooks run user code on
one thread, as PyTorch's own default mode does per thread.
"""
import functools
import inspect
import sys
import warnings

from .._torch_names import TorchNamed, torch_path

enabled = True
inference = False  # inside inference_mode(): also off, and reported by is_inference_mode_enabled


def is_grad_enabled():
    return enabled


def is_inference_mode_enabled():
    return inference


INFERENCE_SAVED = (
    "Inference tensors cannot be saved for backward. Please do not use Tensors created in inference "
    "mode in computation tracked by autograd. To work around this, you can make a clone to get a normal "
    "tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`."
)


class InferenceVersion(list):
    """The version counter of a tensor made in inference mode (``is_inference()``), shared by its
    views. PyTorch's inference tensors keep no version, so autograd cannot save them: a node
    recorded with grad mode on reads the version of each tensor it saves, and this refuses then."""

    __slots__ = ()

    def __getitem__(self, index):
        if enabled:
            raise RuntimeError(INFERENCE_SAVED)
        return list.__getitem__(self, index)


def mark_inference(t):
    """Called on tensors made while grad mode is off: inside inference mode they are inference tensors."""
    if inference:
        t._vc = InferenceVersion(t._vc)
    return t


class _GradMode(metaclass=TorchNamed):
    """Base of the grad-mode switches: usable as context manager and as decorator.

    Like PyTorch's, ``no_grad`` and ``enable_grad`` also decorate without parentheses
    (``@torch.no_grad``): called with a function, the class returns it wrapped.
    """

    mode = True

    def __new__(cls, orig_func=None):
        if orig_func is None or cls is set_grad_enabled:
            return super().__new__(cls)
        return cls()(orig_func)

    def __repr__(self):
        return f"<{torch_path(type(self))} object at {id(self):#x}>"

    def __enter__(self):
        global enabled
        self._prev = enabled
        enabled = self.mode

    def __exit__(self, *exc):
        global enabled
        enabled = self._prev
        return False

    def __call__(self, func):
        if inspect.isclass(func):
            # PyTorch wraps a decorated class in a lambda (and warns): calling it makes an
            # instance inside the mode; the class itself is not changed.
            warnings.warn(
                "Decorating classes is deprecated and will be disabled in future versions. You "
                "should only decorate functions or methods. To preserve the current behavior of "
                "class decoration, you can directly decorate the `__init__` method and nothing else.",
                FutureWarning, stacklevel=2,
            )
            cls = func
            func = lambda *args, **kwargs: cls(*args, **kwargs)  # noqa: E731
            func.__qualname__ = "_DecoratorContextManager.__call__.<locals>.<lambda>"
        make = self.clone  # a fresh context manager per call (and per generator step)
        if inspect.isgeneratorfunction(func):
            return _wrap_generator(make, func)

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with make():
                return func(*args, **kwargs)

        return wrapper

    def clone(self):
        return self.__class__()


def _wrap_generator(mode, func):
    """A decorated generator runs each step (not just its creation) inside the mode, and the
    caller's code between steps outside it, as PyTorch's _wrap_generator does."""

    @functools.wraps(func)
    def generator_context(*args, **kwargs):
        gen = func(*args, **kwargs)
        try:
            with mode():
                response = gen.send(None)
            while True:
                try:
                    request = yield response
                except GeneratorExit:
                    with mode():
                        gen.close()
                    raise
                except BaseException:
                    with mode():
                        response = gen.throw(*sys.exc_info())
                else:
                    with mode():
                        response = gen.send(request)
        except StopIteration as e:
            return e.value

    return generator_context


class no_grad(_GradMode):
    """Context manager / decorator: operations inside are not recorded."""

    mode = False


class enable_grad(_GradMode):
    """Context manager / decorator: operations inside are recorded, even inside no_grad."""

    mode = True


class inference_mode(_GradMode):
    """Like no_grad (PyTorch also makes the tensors created inside read-only; not modelled)."""

    def __new__(cls, mode=True):
        if callable(mode):  # @torch.inference_mode without parentheses
            return cls()(mode)
        return object.__new__(cls)

    def __init__(self, mode=True):
        self.inference = bool(mode)
        self.mode = not self.inference

    def __enter__(self):
        global inference
        self._prev_inference = inference
        inference = self.inference
        super().__enter__()

    def __exit__(self, *exc):
        global inference
        inference = self._prev_inference
        return super().__exit__(*exc)

    def clone(self):
        return self.__class__(self.inference)


class set_grad_enabled(_GradMode):
    """Turns recording on or off: as a function call right away, or as a context manager."""

    def __init__(self, mode):
        global enabled
        if not isinstance(mode, bool):
            raise TypeError(
                f"set_grad_enabled(): argument 'enabled' (position 1) must be bool, not {type(mode).__name__}"
            )
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

    def __repr__(self):
        return f"{torch_path(type(self))[:-len('set_grad_enabled')]}set_grad_enabled(mode={self.mode})"
