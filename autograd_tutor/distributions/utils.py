"""Helpers the distributions share, with PyTorch's names (``torch.distributions.utils``)."""
import numbers

import autograd_tutor as at

__all__ = ["broadcast_all", "logits_to_probs", "clamp_probs", "probs_to_logits", "lazy_property"]

euler_constant = 0.57721566490153286060

Number = (numbers.Number,)  # PyTorch's _Number check: int, float, bool (and NumPy's scalars)


def is_number(value):
    return isinstance(value, numbers.Number) and not isinstance(value, at.Tensor)


def broadcast_all(*values):
    """Tensors of one broadcast shape; numbers become tensors of the first tensor's dtype (or the
    default dtype)."""
    if not all(isinstance(v, at.Tensor) or is_number(v) for v in values):
        raise ValueError("Input arguments must all be instances of Number, "
                         "torch.Tensor or objects implementing __torch_function__.")
    if not all(isinstance(v, at.Tensor) for v in values):
        dtype = next((v.dtype for v in values if isinstance(v, at.Tensor)), at.get_default_dtype())
        values = [v if isinstance(v, at.Tensor) else at.tensor(v, dtype=dtype) for v in values]
    return at.broadcast_tensors(*values)


def _standard_normal(shape, dtype, device=None):
    return at.empty(shape, dtype=dtype).normal_()


def _sum_rightmost(value, dim):
    """Sums the ``dim`` rightmost dimensions (an event's) of ``value``."""
    if dim == 0:
        return value
    return value.reshape(value.shape[:-dim] + (-1,)).sum(-1)


def logits_to_probs(logits, is_binary=False):
    if is_binary:
        return at.sigmoid(logits)
    return at.nn.functional.softmax(logits, dim=-1)


def clamp_probs(probs):
    """Probabilities kept one machine epsilon inside (0, 1), so their logits stay finite."""
    eps = at.finfo(probs.dtype).eps
    return probs.clamp(min=eps, max=1 - eps)


def probs_to_logits(probs, is_binary=False):
    clamped = clamp_probs(probs)
    if is_binary:
        return at.log(clamped) - at.log1p(-clamped)
    return at.log(clamped)


class lazy_property:
    """Computed on first read (with gradients on) and then stored on the instance: ``probs``
    from ``logits`` and back."""

    def __init__(self, wrapped):
        self.wrapped = wrapped
        self.__doc__ = wrapped.__doc__
        self.__name__ = wrapped.__name__

    def __get__(self, instance, obj_type=None):
        if instance is None:
            return _lazy_property_and_property(self.wrapped)
        with at.enable_grad():
            value = self.wrapped(instance)
        setattr(instance, self.wrapped.__name__, value)
        return value


class _lazy_property_and_property(lazy_property, property):
    """What the class attribute reads as, so documentation tools see a property."""

    def __init__(self, wrapped):
        property.__init__(self, wrapped)
