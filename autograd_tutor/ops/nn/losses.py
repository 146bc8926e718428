"""Loss functions as PyTorch's ATen computes them: mse_loss (also with a weight per element),
binary_cross_entropy (plain and with logits). The others have modules of their own: nll,
cross_entropy, robust_losses (l1, smooth_l1, huber), kl_div, ranking_losses.

``reduction`` is PyTorch's enum here: 0 'none', 1 'mean', 2 'sum' (nn.functional turns the
strings into it), except for the weighted losses, which take PyTorch's Python strings. The
argument checks and their messages are PyTorch's.
"""
import numpy as np

from ...autograd.node import Node
from .. import _elementary as elementary
from .._record import binary_operands, record, to_tensor
from .._registry import op, tables
from ._loss_common import MEAN, _legacy, _numel, _reduce, _scale_for, reduce_weighted

_BCE_EPSILON = 1e-12  # PyTorch's floor for x (1 - x) in the BCE gradient


# ---------------------------------------------------------------------------------- mse_loss
class MseLossBackward0(Node):
    """(x - t)²  ->  grad_x = 2 (x - t) grad (/ numel for mean), grad_t = -grad_x"""

    rule = "grad_self = grad * 2 (self - target) / N,  grad_target = -grad_self   (mean reduction)"

    __slots__ = ()
    tensor_fields = ("self", "target")
    attr_fields = ("reduction",)

    def backward(self, grad, x, target):
        # PyTorch's mse_loss_backward, once per input (one recorded op each under create_graph);
        # the target's is 2 (t - x) grad, not -(2 (x - t) grad): +0. where x == t, as PyTorch's
        reduction = self._attrs[0]
        return (mse_loss_backward(self.xp, grad, x, target, reduction) if self.needs(0) else None,
                mse_loss_backward(self.xp, grad, target, x, reduction) if self.needs(1) else None)


def _mse_grad(grad, x, target, reduction):
    diff = x - target
    return diff * (_scale_for(reduction, grad, _numel(x)) * 2)


class MseLossBackwardBackward0(Node):
    """g = 2 (x - t) grad_output (/ numel)  ->  d/dgrad_output: the same op on the incoming
    grad; d/dx = 2 grad grad_output (/ numel); d/dt = -d/dx (mse_loss_double_backward)"""

    rule = "d/dgrad_output: the same op on the incoming grad; d/dx = 2 grad grad_output (/ numel); d/dt = -d/dx (mse_loss_double_backward)"

    __slots__ = ()
    tensor_fields = ("grad_output", "self", "target")
    attr_fields = ("reduction",)

    def backward(self, grad, grad_output, x, target):
        reduction = self._attrs[0]
        g_out = mse_loss_backward(self.xp, grad, x, target, reduction) if self.needs(0) else None
        g_x = _mse_double_backward(self.xp, grad * grad_output, x, reduction) if self.needs(1) else None
        g_t = -_mse_double_backward(self.xp, grad * grad_output, target, reduction) if self.needs(2) else None
        return g_out, g_x, g_t


def mse_loss_backward(xp, grad_output, x, target, reduction):
    """2 (x - target) grad_output (/ numel for mean)"""
    def compute(g, x, target):
        return np.asarray(_mse_grad(g, x, target, reduction))

    return xp.recorded(MseLossBackwardBackward0, compute, (grad_output, x, target), (grad_output, x, target),
                       (reduction,))


def _mse_double_backward(xp, grad, x, reduction):
    """PyTorch's ``2 * grad``, then ``/= numel`` for mean: C++ numbers (MulBackward1, DivBackward1)."""
    out = xp.times(grad, 2)
    return xp.over(out, _numel(x)) if reduction == MEAN else out


def mse_loss(input, target, reduction=MEAN):
    input, target, x, t = binary_operands(to_tensor(input), to_tensor(target))
    if x.dtype.kind != "f":
        raise NotImplementedError(f"\"mse_cpu\" not implemented for '{_legacy(x.dtype)}'")
    diff = np.asarray(x - t)  # 0-dim inputs give a NumPy scalar, which cannot be written into
    losses = np.multiply(diff, diff, out=diff)
    reduced = _reduce(losses, reduction)
    return record(MseLossBackward0, reduced, (input, target), (input, target), (reduction,))



def weighted_mse_loss(input, target, weight, reduction="mean"):
    """mse_loss with a weight per element, composed as PyTorch's Python composes it (PowBackward0,
    MulBackward0, then the reduction; the mean divides by the sum of the weights)."""
    weighted = (input - target).pow(2) * weight
    return reduce_weighted(weighted, reduction, lambda: weighted.sum() / weight.sum())


# ---------------------------------------------------------------------- binary_cross_entropy
class BinaryCrossEntropyBackward0(Node):
    """-w (t log x + (1 - t) log(1 - x))  ->  grad_x = w (x - t) / max(x (1 - x), 1e-12) grad,
    grad_t = w (log(1 - x) - log x) grad"""

    rule = "grad_self = grad * (self - target) / (self (1 - self)) / N   (mean reduction)"

    __slots__ = ()
    tensor_fields = ("self", "target", "weight")
    attr_fields = ("reduction",)

    def backward(self, grad, x, target, weight):
        # In the order of PyTorch's kernels (binary_cross_entropy_backward and its target
        # backward): the formula times the gradient, then the weight, then / N for a mean.
        xp = self.xp
        grad_x = grad_t = None
        if self.needs(0):
            grad_x = self._weighted_mean(grad * (x - target) / xp.clamp_min((1 - x) * x, _BCE_EPSILON), weight, x)
        if self.needs(1):
            grad_t = self._weighted_mean(-xp.logit(x) * grad, weight, x)
        return grad_x, grad_t

    def _weighted_mean(self, g, weight, x):
        if weight is not None:
            g = g * weight
        return self.xp.over(g, _numel(x)) if self._attrs[0] == MEAN else g


def binary_cross_entropy(input, target, weight=None, reduction=MEAN):
    input, target = to_tensor(input), to_tensor(target)
    x, t = input._data, target._data
    if t.dtype != x.dtype:
        raise RuntimeError(f"Found dtype {_legacy(t.dtype)} but expected {_legacy(x.dtype)}")
    if ((x < 0) | (x > 1)).any():
        raise RuntimeError("all elements of input should be between 0 and 1")
    if ((t < 0) | (t > 1)).any():
        raise RuntimeError("all elements of target should be between 0 and 1")
    # PyTorch clamps each log at -100, so x = 0 or 1 gives a finite loss.
    losses = (t - 1) * np.maximum(elementary.log1p(-x), -100) - t * np.maximum(elementary.log(x), -100)
    if weight is not None:
        losses = losses * weight._data
    return record(BinaryCrossEntropyBackward0, _reduce(losses.astype(x.dtype, copy=False), reduction),
                  (input, target), (input, target, weight), (reduction,))


# --------------------------------------------------------------- binary_cross_entropy_with_logits
class BinaryCrossEntropyWithLogitsBackward0(Node):
    """(1 - t) x + l * softplus(-x), l = (pw - 1) t + 1  ->  grad_x = w (l σ(x) - l + 1 - t) grad,
    grad_t = w ((pw - 1) softplus(-x) - x) grad"""

    rule = "grad_x = w (l σ(x) - l + 1 - t) grad, grad_t = w ((pw - 1) softplus(-x) - x) grad"

    __slots__ = ()
    tensor_fields = ("self", "target", "weight", "pos_weight")
    attr_fields = ("reduction",)

    def backward(self, grad, x, target, weight, pos_weight):
        xp = self.xp
        scale = _scale_for(self._attrs[0], grad, _numel(x))
        if weight is not None:
            scale = scale * weight
        grad_x = grad_t = None
        if self.needs(0):
            if pos_weight is None:
                grad_x = scale * (xp.sigmoid(x) - target)
            else:
                log_weight = (pos_weight - 1) * target + 1
                grad_x = scale * (log_weight * xp.sigmoid(x) - log_weight + 1 - target)
        if self.needs(1):
            grad_t = -x if pos_weight is None else (pos_weight - 1) * _softplus(xp, -x) - x
            grad_t = scale * grad_t
        return grad_x, grad_t


def _softplus(xp, x):
    """log(1 + exp(x)), without overflow for large x."""
    return xp.clamp_min(x, 0) + xp.log1p(xp.exp(-xp.abs(x)))


def _softplus_array(x):
    return np.maximum(x, 0) + elementary.log1p(elementary.exp(-np.abs(x)))


@op("binary_cross_entropy_with_logits", method=False)
def binary_cross_entropy_with_logits(input, target, weight=None, pos_weight=None, reduction=MEAN):
    input, target = to_tensor(input), to_tensor(target)
    x, t = input._data, target._data
    if t.dtype.kind != "f":
        raise RuntimeError(f"result type {_legacy(x.dtype)} can't be cast to the desired output type {_legacy(t.dtype)}")
    x = x.astype(t.dtype, copy=False)  # PyTorch computes (and returns) in the target's dtype
    softplus_neg = _softplus_array(-x)  # log(1 + exp(-x)), the stable form PyTorch uses
    if pos_weight is None:
        losses = (1 - t) * x + softplus_neg
    else:
        losses = (1 - t) * x + ((pos_weight._data - 1) * t + 1) * softplus_neg
    if weight is not None:
        losses = losses * weight._data
    out = _reduce(np.asarray(losses, dtype=t.dtype), reduction)
    return record(BinaryCrossEntropyWithLogitsBackward0, out, (input, target), (input, target, weight, pos_weight),
                  (reduction,))


FUNCTIONS, METHODS = tables(__name__)
