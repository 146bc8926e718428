"""cross_entropy as PyTorch's ATen composes it: log_softmax then nll_loss for class indices,
the probability-target formula when the target has the input's shape, and the label-smoothing
mix of both. The few tensor-by-number nodes only these compositions record live here too.
"""
import numpy as np

from ...tensor import Tensor
from .._arg_checks import require_tensor
from ..double_backward.number_ops import div_number, mul_number
from ..pointwise.selection import masked_fill
from ._loss_common import MEAN, NONE, SUM, _legacy
from .nll import TARGET_DTYPES, _class_dim, _plain_rows, nll_loss, nll_loss_of_tensors, nll_of_plain_rows
from .softmax import log_softmax, log_softmax_checked


def cross_entropy(input, target, weight=None, reduction=MEAN, ignore_index=-100, label_smoothing=0.0):
    require_tensor(input, "cross_entropy_loss", "input", 1)
    require_tensor(target, "cross_entropy_loss", "target", 2)
    x = input._data
    class_dim = _class_dim(x)
    if x.shape == target._data.shape:
        # Same shapes: the target holds class probabilities.
        if target._data.dtype.kind != "f":
            raise RuntimeError(
                f"Expected floating point type for target with class probabilities, got {_legacy(target._data.dtype)}"
            )
        if ignore_index >= 0:
            raise RuntimeError("ignore_index is not supported for floating point target")
        return _cross_entropy_probs(input, target, weight, reduction, label_smoothing, class_dim)
    if label_smoothing > 0.0:
        _check_smoothing(label_smoothing)
        return _cross_entropy_smoothed(input, target, weight, reduction, ignore_index, label_smoothing, class_dim)
    if x.ndim == 2 and x.dtype.kind == "f":  # (N, C) scores: log_softmax's own checks would pass
        logp = log_softmax_checked(input, x, 1, 1)
    else:
        logp = log_softmax(input, class_dim)
    return nll_loss_of_tensors(logp, target, weight, reduction, ignore_index)


_REDUCTIONS = {"mean": MEAN, "sum": SUM, "none": NONE}


def cross_entropy_of_rows(input, target, weight, reduction, ignore_index, label_smoothing):
    """The everyday call, F.cross_entropy(scores, classes) on (N, C) floating scores and N class
    indices, none ignored, without class weights or label smoothing (``reduction`` the name):
    the same two nodes as ``cross_entropy``, with each argument checked once and no layer
    between. None for any other call: the general path then computes it or raises the error."""
    if weight is not None or label_smoothing != 0.0 or type(reduction) is not str:
        return None
    reduction = _REDUCTIONS.get(reduction)
    if reduction is None or not isinstance(input, Tensor) or not isinstance(target, Tensor):
        return None
    x, t = input._data, target._data
    if t.shape != x.shape[:1] or t.dtype not in TARGET_DTYPES:  # (x.ndim is checked next)
        return None
    flat = _plain_rows(x, t, None, ignore_index)
    if flat is None:
        return None
    return nll_of_plain_rows(log_softmax_checked(input, x, 1, 1), target, flat, reduction, ignore_index)


def _check_smoothing(label_smoothing):
    if label_smoothing > 1.0:
        raise RuntimeError(f"label_smoothing must be between 0.0 and 1.0. Got: {label_smoothing}")


def _class_shaped(weight, ndim, class_dim):
    """The class weights shaped to broadcast along the class dimension."""
    if ndim <= 1:
        return weight
    shape = [1] * ndim
    shape[class_dim] = weight.shape[0]
    return weight.view(*shape)


def _cross_entropy_probs(input, target, weight, reduction, label_smoothing, class_dim):
    n_classes = input._data.shape[class_dim]
    if weight is not None and (weight._data.ndim != 1 or weight._data.size != n_classes):
        raise RuntimeError(
            f"cross_entropy: weight tensor should be defined either for all {n_classes} classes or no "
            f"classes but got weight tensor of shape: {list(weight.shape)}"
        )
    logp = log_softmax(input, class_dim)
    if label_smoothing > 0.0:
        _check_smoothing(label_smoothing)
        target = target * (1 - label_smoothing) + label_smoothing / n_classes
    product = logp * target
    if weight is not None:
        product = product * _class_shaped(weight, input._data.ndim, class_dim)
    if reduction == NONE:
        return -product.sum(class_dim)
    total = -product.sum()
    if reduction == SUM:
        return total
    return div_number(total, input._data.size // n_classes)


def _cross_entropy_smoothed(input, target, weight, reduction, ignore_index, label_smoothing, class_dim):
    logp = log_softmax(input, class_dim)
    nll = nll_loss(logp, target, weight, reduction, ignore_index)
    n_classes = logp._data.shape[class_dim]
    ignored = target._data == ignore_index
    if weight is not None:
        smooth = -(logp * _class_shaped(weight, logp._data.ndim, class_dim)).sum(class_dim)
    else:
        smooth = -logp.sum(class_dim)
    smooth = masked_fill(smooth, Tensor._make(ignored, False, None), 0.0)
    if reduction == MEAN:
        if weight is not None:
            kept = target._data[~ignored].reshape(-1)
            total = np.asarray(weight._data[kept].sum(dtype=weight._data.dtype))
            smooth = smooth.sum() / Tensor._make(total, False, None)
        else:
            smooth = smooth.sum() / Tensor._make(np.asarray((~ignored).sum(), np.int64), False, None)
    elif reduction == SUM:
        smooth = smooth.sum()
    return mul_number(nll, 1 - label_smoothing) + mul_number(smooth, label_smoothing / n_classes)

