"""torch.range(start, end, step=1): deprecated in PyTorch (its end is included, unlike Python's
range), with PyTorch's warning on every call; values as PyTorch's CPU kernel writes them:
start + i * step in double (in int64 for an integer dtype), then stored in the dtype, which is
the default float dtype unless ``dtype`` says otherwise (integers given do not make it int64)."""
import os
import sys
import warnings

import numpy as np

from ... import _dtypes
from ...tensor import Tensor
from .._arg_checks import missing_positional
from .._registry import op, tables

_DEPRECATED = ("torch.range is deprecated and will be removed in a future release because its behavior is "
               "inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in "
               "[start, end).")
_PACKAGE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_REQUIRED = object()


def _outside_the_package():
    """The stacklevel of the first caller outside autograd_tutor (the user's line, where Python
    attributes PyTorch's warning)."""
    frame, level = sys._getframe(2), 2
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame, level = frame.f_back, level + 1
    return level


@op("range", method=False)
def range(start, end=_REQUIRED, step=1, *, dtype=None, device=None, requires_grad=False, out=None):
    if end is _REQUIRED:
        raise missing_positional("range", ["end"])
    for position, (name, value) in enumerate((("start", start), ("end", end), ("step", step)), start=1):
        if not isinstance(value, (int, float, np.number, Tensor)):
            raise TypeError(f"range(): argument '{name}' (position {position}) must be Number, not "
                            f"{type(value).__name__}")
    warnings.warn(_DEPRECATED, UserWarning, stacklevel=_outside_the_package())
    dtype = _dtypes.checked(dtype, "range") or _dtypes.get_default_dtype()
    values = [v.item() if isinstance(v, Tensor) else v for v in (start, end, step)]
    integral = dtype.np.kind in "iub"
    start, end, step = (int(v) for v in values) if integral else (float(v) for v in values)
    if step == 0:
        raise RuntimeError("step must be nonzero")
    if not (np.isfinite(start) and np.isfinite(end)):
        raise RuntimeError(f"unsupported range: {values[0]:g} -> {values[1]:g}")
    if (step > 0 and end < start) or (step < 0 and end > start):
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    size = int((end - start) / step + 1) if not integral else (end - start) // step + 1
    index = np.arange(size, dtype=np.int64 if integral else np.float64)
    data = (start + index * step).astype(dtype.np)
    if requires_grad and data.dtype.kind != "f":
        raise RuntimeError("Only Tensors of floating point and complex dtype can require gradients")
    result = Tensor._make(data, False, None)
    return result.requires_grad_() if requires_grad else result


FUNCTIONS, METHODS = tables(__name__)
