"""Gradient clipping, in place on the ``.grad`` arrays, as PyTorch computes it."""
import math

import numpy as np

from ...tensor import Tensor


def _as_list(parameters):
    return [parameters] if isinstance(parameters, Tensor) else list(parameters)


def _norm(values, norm_type):
    """The p-norm of an array (inf: the largest absolute value), in the array's dtype."""
    if values.size == 0:
        return values.dtype.type(0)
    if norm_type == math.inf:
        return np.abs(values).max()
    if norm_type == -math.inf:
        return np.abs(values).min()
    if norm_type == 2:
        return np.sqrt(np.sum(values * values, dtype=values.dtype))
    if norm_type == 1:
        return np.sum(np.abs(values), dtype=values.dtype)
    if norm_type == 0:
        return values.dtype.type(np.count_nonzero(values))
    return np.sum(np.abs(values) ** norm_type, dtype=values.dtype) ** (1.0 / norm_type)


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    """Scales all gradients together so that their joint norm is at most ``max_norm``; returns
    the norm they had (a tensor)."""
    parameters = _as_list(parameters)
    grads = [p._grad._data for p in parameters if p._grad is not None]
    norm_type = float(norm_type)
    if not grads:
        return Tensor._make(np.asarray(0.0, np.float32), False, None)
    norms = np.asarray([_norm(g, norm_type) for g in grads])
    total = np.asarray(_norm(norms, norm_type), dtype=grads[0].dtype)
    if error_if_nonfinite and not np.isfinite(total):
        raise RuntimeError(
            f"The total norm of order {norm_type} for gradients from `parameters` is non-finite, so it cannot be "
            "clipped. To disable this error and scale the gradients by the non-finite norm anyway, set "
            "`error_if_nonfinite=False`"
        )
    coef = np.minimum(np.asarray(max_norm / (total + 1e-6), dtype=total.dtype), 1.0)
    for p in parameters:
        if p._grad is not None:
            p._grad._data *= coef.astype(p._grad._data.dtype)
            p._grad._vc[0] += 1
    return Tensor._make(total, False, None)


def clip_grad_value_(parameters, clip_value, foreach=None):
    """Clamps every gradient element into [-clip_value, clip_value], in place."""
    clip_value = float(clip_value)
    for p in _as_list(parameters):
        if p._grad is not None:
            np.clip(p._grad._data, -clip_value, clip_value, out=p._grad._data)
            p._grad._vc[0] += 1
