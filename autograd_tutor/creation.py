"""Creating tensors: ``tensor``, ``ones``, ``zeros``, ``full``, ``arange``, ``*_like``, ``from_numpy``..."""
import numbers
import warnings

import numpy as np

from . import _dtypes, _nested
from .autograd import errors, grad_mode
from .device import default_device, require_available
from .tensor import Tensor

_make = Tensor._make


def _np_dtype(dtype, caller="tensor"):
    dtype = _dtypes.checked(dtype, caller)
    return None if dtype is None else dtype.np


def _finish(data, requires_grad, device=None):
    if device is not None or default_device[0] is not None:
        require_available(device if device is not None else default_device[0])
    if requires_grad:
        if data.dtype.kind != "f":
            raise RuntimeError(errors.NON_FLOAT_REQUIRES_GRAD)
    return grad_mode.mark_inference(_make(data, bool(requires_grad), None))


_NO_DATA = object()


def tensor(data=_NO_DATA, *, dtype=None, device=None, requires_grad=False, pin_memory=False):
    """Copies ``data`` (numbers, nested lists, arrays, tensors) into a new leaf tensor."""
    if data is _NO_DATA:  # PyTorch's wording (its argument parser's), not Python's
        raise TypeError('tensor() missing 1 required positional arguments: "data"')
    if isinstance(data, Tensor):
        warnings.warn(
            "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() "
            "or sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor).",
            UserWarning,
            stacklevel=2,
        )
        arr = data._data.astype(_np_dtype(dtype) or data._data.dtype, copy=True)
        return _finish(arr, requires_grad, device)
    if isinstance(data, np.generic):  # a NumPy number keeps its dtype, as a 0-dim array would
        data = np.asarray(data)
    if isinstance(data, np.ndarray):
        _dtypes.from_numpy_dtype(data.dtype)
        arr = np.array(data, dtype=_np_dtype(dtype) or _dtypes.from_numpy_dtype(data.dtype).np, copy=True)
        return _finish(arr, requires_grad, device)
    if isinstance(data, str):
        raise TypeError(f"new(): invalid data type '{type(data).__name__}'")
    shape = _nested.sizes(data)
    target = _np_dtype(dtype) or _nested.infer_dtype(data).np
    if 0 in shape:  # nothing to store: PyTorch checks nothing more
        return _finish(np.zeros(shape, dtype=target), requires_grad, device)
    arr = _checked_array(_nested.store(data, shape, target), target)
    return _finish(arr, requires_grad, device)


def _checked_array(values, np_dtype):
    """``np.array(values, np_dtype)`` with PyTorch's overflow rule for integer dtypes: a value out
    of range is an error, except negative values for uint8, which wrap around (-1 -> 255)."""
    try:
        return np.array(values, dtype=np_dtype)
    except OverflowError:
        wide = np.array(values, dtype=np.int64)
        info = np.iinfo(np_dtype)
        low = -info.max if info.min == 0 else info.min
        if wide.min() < low or wide.max() > info.max:
            name = _dtypes.from_numpy_dtype(np.dtype(np_dtype)).name
            raise RuntimeError(f"value cannot be converted to type {name} without overflow") from None
        return wide.astype(np_dtype)


def as_tensor(data, dtype=None, device=None):
    if isinstance(data, Tensor):  # the tensor itself, or a converted copy on its graph (ToCopyBackward0)
        return data if dtype is None or data.dtype is dtype else data.to(dtype)
    if isinstance(data, np.ndarray) and (dtype is None or _np_dtype(dtype) == data.dtype):
        return from_numpy(data)
    return tensor(data, dtype=dtype)


def from_numpy(array):
    """A tensor sharing memory with ``array``: changes to one show in the other."""
    if not isinstance(array, np.ndarray):
        raise TypeError(f"expected np.ndarray (got {type(array).__name__})")
    _dtypes.from_numpy_dtype(array.dtype)
    return _make(array, False, None)


def _size(size, caller="tensor"):
    """Accepts ``f(2, 3)``, ``f((2, 3))``, ``f([2, 3])`` and ``f(torch.Size([2, 3]))``."""
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        size = tuple(size[0])
    elif len(size) > 1 and isinstance(size[0], (tuple, list)):  # ones((2, 3), 4): size given whole, then more
        raise TypeError(f"{caller}() takes 1 positional argument but {len(size)} were given")
    elif len(size) == 1 and (isinstance(size[0], bool) or not isinstance(size[0], (int, np.integer, Tensor))):
        raise TypeError(
            f"{caller}(): argument 'size' (position 1) must be tuple of ints, not {type(size[0]).__name__}"
        )
    out = []
    for s in size:
        if isinstance(s, Tensor):
            s = int(s)
        if not isinstance(s, (int, np.integer)) or isinstance(s, bool):
            raise TypeError(
                f"{caller}(): argument 'size' failed to unpack the object at pos {len(out) + 1} with "
                f'error "type must be tuple of ints,but got {type(s).__name__}"'
            )
        if s < 0:
            if caller == "zeros":
                raise RuntimeError("zeros: Dimension size must be non-negative.")
            raise RuntimeError(f"Trying to create tensor with negative dimension {s}: {list(size)}")
        out.append(int(s))
    return tuple(out)


def _filled(value_fn, name, size, kw, dtype, requires_grad, device):
    kwsize = kw.pop("size", None)
    if not size and kwsize is None:  # torch.zeros() without a size (torch.zeros(()) is 0-dim)
        raise TypeError(f'{name}() missing 1 required positional arguments: "size"')
    shape = _size(size if kwsize is None else (kwsize,), name)
    np_dtype = _np_dtype(dtype, name) or _dtypes.default_np_float()
    return _finish(value_fn(shape, np_dtype), requires_grad, device)


def ones(*size, dtype=None, device=None, requires_grad=False, **kw):
    return _filled(np.ones, "ones", size, kw, dtype, requires_grad, device)


def zeros(*size, dtype=None, device=None, requires_grad=False, **kw):
    return _filled(np.zeros, "zeros", size, kw, dtype, requires_grad, device)


def empty(*size, dtype=None, device=None, requires_grad=False, **kw):
    return _filled(np.zeros, "empty", size, kw, dtype, requires_grad, device)


def full(size, fill_value, *, dtype=None, device=None, requires_grad=False):
    if not isinstance(size, (tuple, list)):  # full(2, 1.0): unlike ones(2), the size must be a sequence
        raise TypeError(f"full(): argument 'size' (position 1) must be tuple of ints, not {type(size).__name__}")
    bad = [i for i, s in enumerate(size) if not isinstance(s, (int, np.integer)) or isinstance(s, bool)]
    if bad and not isinstance(size[bad[0]], Tensor):
        raise TypeError(
            f"full(): argument 'size' (position 1) must be tuple of ints, but found element of type "
            f"{type(size[bad[0]]).__name__} at pos {bad[0]}"
        )
    dtype = _dtypes.checked(dtype, "full")
    if dtype is None:
        dtype = _dtypes.bool_ if isinstance(fill_value, bool) else (
            _dtypes.int64 if isinstance(fill_value, numbers.Integral) else _dtypes.get_default_dtype()
        )
    return _finish(np.full(_size((size,)), fill_value, dtype=dtype.np), requires_grad, device)


def _like(fn):
    def like(input, *, dtype=None, device=None, requires_grad=False, memory_format=None):
        np_dtype = _np_dtype(dtype, fn.__name__ + "_like") or input._data.dtype
        return _finish(fn(input._data.shape, np_dtype), requires_grad, device)

    like.__name__ = fn.__name__ + "_like"
    return like


ones_like = _like(np.ones)
zeros_like = _like(np.zeros)
empty_like = _like(np.zeros)


def full_like(input, fill_value, *, dtype=None, device=None, requires_grad=False):
    np_dtype = _np_dtype(dtype, "full_like") or input._data.dtype
    return _finish(np.full(input._data.shape, fill_value, dtype=np_dtype), requires_grad, device)


def arange(start, end=None, step=1, *, dtype=None, device=None, requires_grad=False):
    if end is None:
        start, end = 0, start
    values = [v.item() if isinstance(v, Tensor) else v for v in (start, end, step)]
    if values[2] == 0:
        raise RuntimeError("step must be nonzero")
    if not all(np.isfinite(v) for v in values):
        raise RuntimeError(f"unsupported range: {values[0]} -> {values[1]}")
    if (values[1] - values[0]) * values[2] < 0:
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    dtype = _dtypes.checked(dtype, "arange")
    if dtype is None:
        is_float = any(isinstance(v, float) for v in values)
        dtype = _dtypes.get_default_dtype() if is_float else _dtypes.int64
    start, end, step = values
    n = max(0, int(np.ceil((end - start) / step)))
    if dtype.np in (np.float32, np.float64):
        return _finish(_arange_like_kernel(start, step, n, dtype.np), requires_grad, device)
    data = (start + step * np.arange(n, dtype=np.float64)).astype(dtype.np)
    return _finish(data, requires_grad, device)


# PyTorch's CPU arange kernel (AVX2): vectors of 8 float32 / 4 float64, two per step; each vector
# starts from base = start + step * i (fused, in double, then rounded to the dtype) and adds
# k * step (fused, in double); the last few elements are start + step * i, fused. Reproducing it
# gives the same last bits (a plain start + step * i differs in up to ~20% of the elements).
def _arange_like_kernel(start, step, n, np_dtype):
    from ._mt19937 import _fma64

    width = 8 if np_dtype == np.float32 else 4
    idx = np.arange(n, dtype=np.int64)
    vectorised = (n // (2 * width)) * (2 * width)
    first = np.where(idx < vectorised, (idx // width) * width, idx)
    base = _fma64(np.float64(step), first.astype(np.float64), np.float64(start)).astype(np_dtype)
    out = _fma64(np.float64(step), (idx - first).astype(np.float64), base.astype(np.float64))
    return out.astype(np_dtype)


def _linspace_like_kernel(start, end, steps, np_dtype):
    """PyTorch's CPU linspace: step = (end - start) / (steps - 1) in the dtype, the first half
    start + step * i and the second half end - step * (steps - 1 - i), each fused (one rounding)."""
    from ._mt19937 import _fma64

    t = np_dtype.type
    start, end = t(start), t(end)
    if steps == 1:
        return np.array([start], np_dtype)
    step = t((end - start) / t(steps - 1))
    idx = np.arange(steps, dtype=np.float64)
    lo = _fma64(np.float64(step), idx, np.float64(start))
    hi = _fma64(-np.float64(step), (steps - 1) - idx, np.float64(end))
    return np.where(idx < steps // 2, lo, hi).astype(np_dtype)


def linspace(start, end, steps=None, *, dtype=None, device=None, requires_grad=False):
    if steps is None or not isinstance(steps, (int, np.integer)):
        given = [type(v).__name__ for v in (start, end, steps) if v is not None]
        given += [f"{k}={type(v).__module__.replace('autograd_tutor._dtypes', 'torch')}.{type(v).__name__}"
                  for k, v in (("dtype", dtype),) if v is not None]
        raise TypeError(
            f"linspace() received an invalid combination of arguments - got ({', '.join(given)}), but expected one of:"
        )
    if steps < 0:
        raise RuntimeError("number of steps must be non-negative")
    dtype = _dtypes.checked(dtype, "linspace") or _dtypes.get_default_dtype()
    if dtype.np in (np.float32, np.float64) and steps > 0 and not isinstance(start, Tensor) \
            and not isinstance(end, Tensor):
        return _finish(_linspace_like_kernel(start, end, steps, np.dtype(dtype.np)), requires_grad, device)
    return _finish(np.linspace(start, end, steps).astype(dtype.np), requires_grad, device)


def eye(n, m=None, *, dtype=None, device=None, requires_grad=False):
    for name, value in (("n", n), ("m", m)):
        if value is not None and value < 0:
            raise RuntimeError(f"{name} must be greater or equal to 0, got {value}")
    dtype = _dtypes.checked(dtype, "eye") or _dtypes.get_default_dtype()
    return _finish(np.eye(n, m, dtype=dtype.np), requires_grad, device)


def _tensor_constructor(*args, **kwargs):
    """``torch.Tensor(...)``: sizes give an uninitialised float tensor, data gives a copy."""
    if len(args) == 1 and isinstance(args[0], (list, tuple, np.ndarray)) and not all(
        isinstance(a, int) for a in args[0]
    ) or (len(args) == 1 and isinstance(args[0], (list, np.ndarray))):
        return tensor(args[0], dtype=_dtypes.get_default_dtype())
    if len(args) == 1 and isinstance(args[0], Tensor):
        return args[0]
    return zeros(*args)


FUNCTIONS = {
    "tensor": tensor, "as_tensor": as_tensor, "from_numpy": from_numpy, "ones": ones,
    "zeros": zeros, "empty": empty, "full": full, "ones_like": ones_like,
    "zeros_like": zeros_like, "empty_like": empty_like, "full_like": full_like,
    "arange": arange, "linspace": linspace, "eye": eye,
}
