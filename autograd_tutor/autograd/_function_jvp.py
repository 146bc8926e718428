"""Forward-mode AD through a custom ``autograd.Function``: its ``jvp`` static method, called with
one tangent per ``forward`` argument, gives the tangents of the outputs (as PyTorch does it).

``forward`` itself runs without forward AD (its ops give no tangents); ``ctx.saved_tensors``
reads what ``ctx.save_for_forward`` kept while ``jvp`` runs.
"""
import numpy as np

from ..ops import _record
from ..tensor import Tensor


def any_tangent(args):
    return any(isinstance(a, Tensor) and a._tangent is not None for a in args)


def run_forward(call):
    """``forward`` (or forward + setup_context) with forward AD off."""
    _record.dual_active = False
    try:
        return call()
    finally:
        _record.dual_active = True


def apply_jvp(cls, ctx, args, result):
    from ..ops import _tangents

    tangents = []
    for a in args:
        if not isinstance(a, Tensor):
            tangents.append(None)
        elif a._tangent is not None:
            tangents.append(a._tangent)
        else:  # materialized, as PyTorch does by default
            tangents.append(Tensor._make(np.zeros(a._data.shape, a._data.dtype), False, None))
    if "saved_for_forward" in ctx.__dict__:
        ctx._jvp_saved = ctx.saved_for_forward
    _record.dual_active = False
    try:
        out_tangents = cls.jvp(ctx, *tangents)
    finally:
        _record.dual_active = True
        ctx.__dict__.pop("_jvp_saved", None)
    outputs = result if isinstance(result, tuple) else (result,)
    if not isinstance(out_tangents, tuple):
        out_tangents = (out_tangents,)
    if len(out_tangents) != len(outputs):
        raise RuntimeError("Function's jvp returned an invalid number of forward gradients (expected "
                           f"{len(outputs)} but got {len(out_tangents)})")
    for out, tangent in zip(outputs, out_tangents):
        if not isinstance(out, Tensor) or tangent is None or out._data.dtype.kind != "f":
            continue
        if tangent._data.shape != out._data.shape:
            raise RuntimeError("Trying to set a forward gradient that has a different size than that of the "
                               f"original Tensor, this is not supported. Tensor is of size {list(out._data.shape)} "
                               f"while the given forward gradient is of size {list(tangent._data.shape)}.")
        _tangents.set_tangent(out, tangent)
    return result
