"""l1_loss, and smooth_l1_loss and huber_loss: quadratic near zero, linear beyond ``beta`` / ``delta``.

l1_loss is composed of ops, as ATen composes it (SubBackward0, AbsBackward0, the reduction).

Both nodes save ``self``, ``target``, the reduction and the threshold, as PyTorch's do. The
backward is PyTorch's (x = self - target, norm = 1/numel for mean):
smooth_l1: -norm·grad below -beta, norm·grad above beta, norm·x·grad/beta between;
huber: -norm·grad·delta below -delta, norm·grad·delta above delta, norm·x·grad between.
"""
import numpy as np

from ...autograd.node import Node
from .._record import binary_operands, record, to_tensor
from ._loss_common import NONE, _legacy, _numel, _reduce, _scale_for, apply_reduction, reduce_weighted


def _pieces(xp, grad, x, target, reduction, limit, inner, outer):
    diff = x - target
    d = xp.data(diff)
    g = _scale_for(reduction, grad, _numel(x))
    between = xp.times(g * diff, inner)
    # PyTorch's double backward keeps only |x| < limit quadratic: at the boundary the first
    # derivative is the same either way, the second is 0.
    above = xp.where(d >= limit, xp.times(g, outer), between)
    return xp.where(d <= -limit, xp.times(-g, outer), above)


class SmoothL1LossBackward0(Node):
    """0.5 x²/beta for |x| < beta, |x| - 0.5 beta beyond  ->  x/beta, ±1"""

    rule = "x/beta, ±1"

    __slots__ = ()
    tensor_fields = ("self", "target")
    attr_fields = ("reduction", "beta")

    def backward(self, grad, x, target):
        reduction, beta = self._attrs
        g = _pieces(self.xp, grad, x, target, reduction, beta, 1.0 / beta, 1.0)
        return g if self.needs(0) else None, -g if self.needs(1) else None


class HuberLossBackward0(Node):
    """0.5 x² for |x| < delta, delta (|x| - 0.5 delta) beyond  ->  x, ±delta"""

    rule = "x, ±delta"

    __slots__ = ()
    tensor_fields = ("self", "target")
    attr_fields = ("reduction", "delta")

    def backward(self, grad, x, target):
        reduction, delta = self._attrs
        g = _pieces(self.xp, grad, x, target, reduction, delta, 1.0, delta)
        return g if self.needs(0) else None, -g if self.needs(1) else None


def _losses(input, target, name):
    input, target, x, t = binary_operands(to_tensor(input), to_tensor(target))
    if x.dtype.kind != "f":
        raise NotImplementedError(f"\"{name}\" not implemented for '{_legacy(x.dtype)}'")
    return input, target, np.abs(np.asarray(x - t))


def smooth_l1_loss(input, target, reduction, beta):
    if beta < 0:
        raise RuntimeError("smooth_l1_loss does not support negative values for beta.")
    input, target, z = _losses(input, target, "smooth_l1_cpu")
    losses = np.where(z < beta, 0.5 * z * z / beta, z - 0.5 * beta).astype(z.dtype, copy=False)
    reduced = _reduce(losses, reduction)
    return record(SmoothL1LossBackward0, reduced, (input, target), (input, target), (reduction, float(beta)))


def huber_loss(input, target, reduction, delta):
    if delta <= 0:
        raise RuntimeError("huber_loss does not support non-positive values for delta.")
    input, target, z = _losses(input, target, "huber_cpu")
    losses = np.where(z < delta, 0.5 * z * z, delta * (z - 0.5 * delta)).astype(z.dtype, copy=False)
    reduced = _reduce(losses, reduction)
    return record(HuberLossBackward0, reduced, (input, target), (input, target), (reduction, float(delta)))


def weighted_huber_loss(input, target, weight, reduction, delta):
    """huber_loss with a weight per element, as PyTorch's Python composes it: the unreduced loss
    times the weights, then the reduction (the mean is the plain mean)."""
    weighted = huber_loss(input, target, NONE, delta) * weight
    return reduce_weighted(weighted, reduction, weighted.mean)


def l1_loss(input, target, reduction):
    """mean |input - target| (``reduction`` the enum), recorded as PyTorch records it."""
    return apply_reduction((input - target).abs(), reduction)


def weighted_l1_loss(input, target, weight, reduction="mean"):
    """l1_loss with a weight per element, as PyTorch's Python composes it (the mean divides by the
    sum of the weights)."""
    weighted = (input - target).abs() * weight
    return reduce_weighted(weighted, reduction, lambda: weighted.sum() / weight.sum())
