"""layer_norm and batch_norm: normalize by a mean and a variance, then scale and shift.

Both record one node as PyTorch does (NativeLayerNormBackward0, NativeBatchNormBackward0).
Their backward runs on arrays, or on Tensors under ``create_graph=True``: there the mean and
the inverse standard deviation are recomputed from the input with recorded ops, so that second
derivatives see how they depend on the input.
"""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .._arg_checks import require_tensor
from .._record import record


def _stats(x, axes, eps):
    """Mean and 1 / sqrt(biased variance + eps) over ``axes`` (kept as size-1 dims)."""
    mean = x.mean(axis=axes, keepdims=True)
    centered = x - mean
    return mean, 1 / np.sqrt((centered * centered).mean(axis=axes, keepdims=True) + eps)


def _tensor(array):
    return Tensor._make(np.asarray(array), False, None)


# ----------------------------------------------------------------------------- layer_norm
class NativeLayerNormBackward0(Node):
    """y = (x - mean) rstd w + b over the last dims  ->  grad_x = rstd (ĝ - mean(ĝ) - x̂ mean(ĝ x̂))
    with ĝ = grad w; grad_w = sum(grad x̂), grad_b = sum(grad) over the leading dims"""

    rule = "grad_x = rstd (ĝ - mean(ĝ) - x̂ mean(ĝ x̂)) with ĝ = grad w; grad_w = sum(grad x̂), grad_b = sum(grad) over the leading dims"

    __slots__ = ()
    tensor_fields = ("bias", "input", "result1", "result2", "weight")
    attr_fields = ("normalized_shape",)  # eps is kept after it, unexposed as in PyTorch

    def backward(self, grad, bias, x, mean, rstd, weight):
        xp = self.xp
        shape, eps = self._attrs
        nd = len(shape)
        ndim = len(x.shape)
        inner = tuple(range(ndim - nd, ndim))
        lead = tuple(range(ndim - nd))
        x = xp.constant(x)
        mean, rstd = xp.batch_stats(x, inner, eps, (mean, rstd))
        xhat = (x - mean) * rstd
        gin = gw = gb = None
        if self.needs(0):
            gxhat = grad if weight is None else grad * weight
            gin = rstd * (gxhat - xp.mean_axes(gxhat, inner) - xhat * xp.mean_axes(gxhat * xhat, inner))
        if weight is not None and self.needs(1):
            gw = xp.sum_axes(grad * xhat, lead) if lead else grad * xhat
        if self.needs(2):
            gb = xp.sum_axes(grad, lead) if lead else grad
            gb = xp.linked(gb, x, lead)
        return gin, gw, gb


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    require_tensor(input, "layer_norm", "input", 1)
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    shape = tuple(int(s) for s in normalized_shape)
    nd = len(shape)
    x = input._data
    if nd == 0 or x.ndim < nd or tuple(x.shape[x.ndim - nd:]) != shape:
        raise RuntimeError(
            f"Given normalized_shape={list(shape)}, expected input with shape [*, {', '.join(map(str, shape))}], "
            f"but got input of size{list(x.shape)}")
    inner = tuple(range(x.ndim - nd, x.ndim))
    x64 = x.astype(np.float64)
    mean, rstd = _stats(x64, inner, eps)
    out = (x64 - mean) * rstd
    if weight is not None:
        out = out * weight._data
    if bias is not None:
        out = out + bias._data
    dt = x.dtype
    saved = (bias, input, _tensor(mean.astype(dt)), _tensor(rstd.astype(dt)), weight)
    return record(NativeLayerNormBackward0, out.astype(dt), (input, weight, bias), saved, (shape, eps))


# ----------------------------------------------------------------------------- batch_norm
class NativeBatchNormBackward0(Node):
    """y = (x - mean) invstd w + b per channel (dim 1)  ->  training: as layer_norm over the other
    dims; eval (running stats, constants): grad_x = grad w invstd"""

    rule = "training: as layer_norm over the other dims; eval (running stats, constants): grad_x = grad w invstd"

    __slots__ = ()
    tensor_fields = ("input", "result1", "result2", "running_mean", "running_var", "weight")
    attr_fields = ("eps", "training")

    def backward(self, grad, x, save_mean, save_invstd, running_mean, running_var, weight):
        xp = self.xp
        eps, training = self._attrs
        ndim = len(x.shape)
        view = (1, -1) + (1,) * (ndim - 2)
        axes = (0,) + tuple(range(2, ndim))
        if training:
            x = xp.constant(x)
            mean, invstd = xp.batch_stats(x, axes, eps, (save_mean.reshape(view), save_invstd.reshape(view)))
        else:  # constants: the running statistics
            rv = xp.data(running_var)
            inv = (1 / np.sqrt(rv.astype(np.float64) + eps)).astype(rv.dtype).reshape(view)
            mean, invstd = xp.constant(xp.data(running_mean).reshape(view)), xp.constant(inv)
        xhat = (x - mean) * invstd
        gin = gw = gb = None
        if self.needs(0):
            if training:
                gxhat = grad if weight is None else grad * weight.reshape(view)
                gin = invstd * (gxhat - xp.mean_axes(gxhat, axes) - xhat * xp.mean_axes(gxhat * xhat, axes))
            else:  # one op of its own, as PyTorch records it under create_graph
                gin = xp.recorded(NativeBatchNormBackwardBackward0, _eval_input_grad(inv, view),
                                  (grad, x, weight), (grad, inv.reshape(-1), weight), (view, axes))
        if weight is not None and self.needs(1):
            gw = xp.sum_axes(grad * xhat, axes)
        if self.needs(2):
            gb = xp.linked(xp.sum_axes(grad, axes), x, axes)
        return gin, gw, gb


class NativeBatchNormBackwardBackward0(Node):
    """eval mode: grad_x = g w invstd (constant running stats)  ->  d/dg = gg w invstd,
    d/dw = sum(gg g invstd) per channel; nothing for the input (as in PyTorch)"""

    rule = "d/dg = gg w invstd, d/dw = sum(gg g invstd) per channel; nothing for the input (as in PyTorch)"

    __slots__ = ()
    tensor_fields = ("grad_out", "invstd", "weight")

    def backward(self, gg, grad, invstd, weight):
        view, axes = self._attrs
        inv = invstd.reshape(view)
        gg_out = None
        if self.needs(0):
            gg_out = gg * inv if weight is None else gg * weight.reshape(view) * inv
        gw = self.xp.sum_axes(gg * grad * inv, axes) if weight is not None and self.needs(2) else None
        return gg_out, None, gw


def _eval_input_grad(inv, view):
    """Eval mode's input gradient on arrays: grad w invstd (running statistics are constants)."""

    def compute(grad, x, weight):
        return grad * inv if weight is None else grad * weight.reshape(view) * inv

    return compute


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1,
               eps=1e-5):
    require_tensor(input, "batch_norm", "input", 1)
    x = input._data
    if training:
        size = 1
        for i, s in enumerate(x.shape):
            if i != 1:
                size *= s
        if size == 1:
            raise ValueError("Expected more than 1 value per channel when training, got input size "
                             f"torch.Size([{', '.join(map(str, x.shape))}])")
    ndim = x.ndim
    view = (1, -1) + (1,) * (ndim - 2)
    axes = (0,) + tuple(range(2, ndim))
    dt = x.dtype
    x64 = x.astype(np.float64)
    if training:
        mean, invstd = _stats(x64, axes, eps)
        if running_mean is not None or running_var is not None:
            n = x.size // x.shape[1]
            bmean = mean.reshape(-1)
            bvar = ((x64 - mean) ** 2).sum(axis=axes) / max(n - 1, 1)
            if running_mean is not None:
                rm = running_mean._data
                rm[...] = ((1 - momentum) * rm.astype(np.float64) + momentum * bmean).astype(rm.dtype)
                running_mean._vc[0] += 1
            if running_var is not None:
                rv = running_var._data
                rv[...] = ((1 - momentum) * rv.astype(np.float64) + momentum * bvar).astype(rv.dtype)
                running_var._vc[0] += 1
        save = (_tensor(mean.reshape(-1).astype(dt)), _tensor(invstd.reshape(-1).astype(dt)))
    else:
        for name, stat in (("running_mean", running_mean), ("running_var", running_var)):
            if stat is None:
                raise RuntimeError(f"{name} must be defined in evaluation mode")
        mean = running_mean._data.astype(np.float64).reshape(view)
        invstd = 1 / np.sqrt(running_var._data.astype(np.float64).reshape(view) + eps)
        save = (_tensor(np.zeros(0, dt)), _tensor(np.zeros(0, dt)))
    out = (x64 - mean) * invstd
    if weight is not None:
        out = out * weight._data.reshape(view)
    if bias is not None:
        out = out + bias._data.reshape(view)
    saved = (input,) + save + (running_mean, running_var, weight)
    return record(NativeBatchNormBackward0, out.astype(dt), (input, weight, bias), saved, (eps, training))
