"""Loss functions as PyTorch's ATen computes them: mse_loss, nll_loss, binary_cross_entropy,
and cross_entropy (log_softmax followed by nll_loss, or the probability-target formula).

``reduction`` is PyTorch's enum here: 0 'none', 1 'mean', 2 'sum' (nn.functional turns the
strings into it). The argument checks and their messages are PyTorch's.
"""
import numpy as np

from ..autograd.node import Node
from ..tensor import Tensor
from . import _math
from ._record import binary_operands, record, to_tensor
from .activation import log_softmax

NONE, MEAN, SUM = 0, 1, 2
_BCE_EPSILON = 1e-12  # PyTorch's floor for x (1 - x) in the BCE gradient


def _unsigned(value):
    # PyTorch shows a negative saved integer as an unsigned 64-bit number.
    return value if value >= 0 else value + 2**64


def _legacy(np_dtype):
    return {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte",
            "bool": "Bool", "float16": "Half", "float32": "Float", "float64": "Double"}[np_dtype.name]


def _reduce(losses, reduction, count=None):
    if reduction == NONE:
        return losses
    total = losses.sum(dtype=losses.dtype)
    if reduction == SUM:
        return total
    return total / (losses.size if count is None else count)


def _scale_for(reduction, grad, numel):
    """The incoming gradient as it reaches each element (mean spreads it over ``numel``)."""
    return grad / numel if reduction == MEAN else grad


# ---------------------------------------------------------------------------------- mse_loss
class MseLossBackward0(Node):
    """(x - t)²  ->  grad_x = 2 (x - t) grad (/ numel for mean), grad_t = -grad_x"""

    __slots__ = ()
    tensor_fields = ("self", "target")
    attr_fields = ("reduction",)

    def backward(self, grad, x, target):
        diff = x - target
        scale = _scale_for(self._attrs[0], grad, _numel(x))
        grad_x = diff * (scale * 2)
        return grad_x if self.needs(0) else None, -grad_x if self.needs(1) else None


def mse_loss(input, target, reduction=MEAN):
    input, target, x, t = binary_operands(to_tensor(input), to_tensor(target))
    if x.dtype.kind != "f":
        raise NotImplementedError(f"\"mse_cpu\" not implemented for '{_legacy(x.dtype)}'")
    diff = x - t
    losses = np.multiply(diff, diff, out=diff)
    return record(MseLossBackward0, _reduce(losses, reduction), (input, target), (input, target), (reduction,))


# ---------------------------------------------------------------------- binary_cross_entropy
class BinaryCrossEntropyBackward0(Node):
    """-w (t log x + (1 - t) log(1 - x))  ->  grad_x = w (x - t) / max(x (1 - x), 1e-12) grad,
    grad_t = w (log(1 - x) - log x) grad"""

    __slots__ = ()
    tensor_fields = ("self", "target", "weight")
    attr_fields = ("reduction",)

    def backward(self, grad, x, target, weight):
        scale = _scale_for(self._attrs[0], grad, _numel(x))
        if weight is not None:
            scale = scale * weight
        grad_x = grad_t = None
        if self.needs(0):
            grad_x = scale * (x - target) / _clamp_min(x * (1 - x), _BCE_EPSILON)
        if self.needs(1):
            grad_t = scale * (_math.log(1 - x) - _math.log(x))
        return grad_x, grad_t


def binary_cross_entropy(input, target, weight=None, reduction=MEAN):
    input, target = to_tensor(input), to_tensor(target)
    x, t = input._data, target._data
    if t.dtype != x.dtype:
        raise RuntimeError(f"Found dtype {_legacy(t.dtype)} but expected {_legacy(x.dtype)}")
    if ((x < 0) | (x > 1)).any():
        raise RuntimeError("all elements of input should be between 0 and 1")
    if ((t < 0) | (t > 1)).any():
        raise RuntimeError("all elements of target should be between 0 and 1")
    with np.errstate(divide="ignore"):
        # PyTorch clamps each log at -100, so x = 0 or 1 gives a finite loss.
        losses = (t - 1) * np.maximum(np.log1p(-x), -100) - t * np.maximum(np.log(x), -100)
    if weight is not None:
        losses = losses * weight._data
    return record(BinaryCrossEntropyBackward0, _reduce(losses.astype(x.dtype, copy=False), reduction),
                  (input, target), (input, target, weight), (reduction,))


# --------------------------------------------------------------- binary_cross_entropy_with_logits
class BinaryCrossEntropyWithLogitsBackward0(Node):
    """(1 - t) x + l * softplus(-x), l = (pw - 1) t + 1  ->  grad_x = w (l σ(x) - l + 1 - t) grad,
    grad_t = w ((pw - 1) softplus(-x) - x) grad"""

    __slots__ = ()
    tensor_fields = ("self", "target", "weight", "pos_weight")
    attr_fields = ("reduction",)

    def backward(self, grad, x, target, weight, pos_weight):
        scale = _scale_for(self._attrs[0], grad, _numel(x))
        if weight is not None:
            scale = scale * weight
        grad_x = grad_t = None
        if self.needs(0):
            if pos_weight is None:
                grad_x = scale * (_sigmoid(x) - target)
            else:
                log_weight = (pos_weight - 1) * target + 1
                grad_x = scale * (log_weight * _sigmoid(x) - log_weight + 1 - target)
        if self.needs(1):
            grad_t = -x if pos_weight is None else (pos_weight - 1) * _softplus(-x) - x
            grad_t = scale * grad_t
        return grad_x, grad_t


def _sigmoid(x):
    return x.sigmoid() if isinstance(x, Tensor) else 1 / (1 + np.exp(-x))


def _softplus(x):
    """log(1 + exp(x)), without overflow for large x."""
    if isinstance(x, Tensor):
        return x.clamp(min=0) + (-x.abs()).exp().log1p()
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def binary_cross_entropy_with_logits(input, target, weight=None, pos_weight=None, reduction=MEAN):
    input, target = to_tensor(input), to_tensor(target)
    x, t = input._data, target._data
    with np.errstate(over="ignore"):
        softplus_neg = _softplus(-x)  # log(1 + exp(-x)), the stable form PyTorch uses
        if pos_weight is None:
            losses = (1 - t) * x + softplus_neg
        else:
            losses = (1 - t) * x + ((pos_weight._data - 1) * t + 1) * softplus_neg
    if weight is not None:
        losses = losses * weight._data
    out = _reduce(np.asarray(losses, dtype=x.dtype), reduction)
    return record(BinaryCrossEntropyWithLogitsBackward0, out, (input, target), (input, target, weight, pos_weight),
                  (reduction,))


# ----------------------------------------------------------------------------------- nll_loss
class NllLossBackward0(Node):
    """-w[t] x[t] per sample  ->  grad_x is -w[t] grad at each sample's target class, 0 elsewhere"""

    __slots__ = ()
    tensor_fields = ("self", "target", "total_weight", "weight")
    attr_fields = ("ignore_index", "reduction")

    def backward(self, grad, x, target, total_weight, weight):
        if isinstance(grad, Tensor):
            return (_nll_grad_graph(self, grad, x, target, total_weight, weight),)
        reduction, ignore_index = self._attrs[1], _signed(self._attrs[0])
        if self._attrs[2]:  # forward found plain rows: -grad (/ N) at each row's target
            out = np.zeros(x.shape, x.dtype)
            out[np.arange(target.size), target] = -grad / total_weight if reduction == MEAN else -grad
            return (out,)
        x, target, total_weight = _math.as_array(x), _math.as_array(target), _math.as_array(total_weight)
        weight = None if weight is None else _math.as_array(weight)
        return (_nll_grad(grad, x, target, weight, ignore_index, reduction, total_weight, class_dim=_class_dim(x)),)


class NllLoss2DBackward0(NllLossBackward0):
    """nll_loss over (N, C, H, W) inputs: the same gradient, per pixel"""

    __slots__ = ()


def _class_dim(x):
    return 0 if x.ndim == 1 else 1


def _picks(x, target, class_dim):
    """Index arrays selecting x[..., target, ...] along the class dimension."""
    grids = list(np.indices(target.shape, sparse=True))
    if x.ndim == 1:
        return (target,)
    return tuple(grids[:1]) + (target,) + tuple(grids[1:])


def _plain_rows(x, target, weight, ignore_index):
    """The everyday case, worth a fast path: (N, C) scores, one valid class index per row, no
    class weights and no ignored row. Then row i contributes -x[i, target[i]]."""
    if weight is not None or x.ndim != 2 or target.ndim != 1 or not target.size:
        return False
    low, high = target.min(), target.max()
    return 0 <= low and high < x.shape[1] and not (low <= ignore_index <= high and (target == ignore_index).any())


def _sample_weights(target, weight, ignore_index, dtype):
    """Each sample's weight: w[target] (1 without weights), 0 where the target is ignored."""
    ignored = target == ignore_index
    safe = np.where(ignored, 0, target) if ignored.any() else target
    w = np.ones(target.shape, dtype) if weight is None else weight[safe].astype(dtype, copy=False)
    if ignored.any():
        w = np.where(ignored, 0, w).astype(dtype)
    return w, safe


def _nll_pattern(x, target, weight, ignore_index, reduction, total_weight, class_dim):
    """The constant d loss / d x per unit of incoming gradient: -w[t] (/ total weight for mean)
    at each sample's target class, 0 elsewhere; and where those entries are (ignored: no)."""
    w, safe = _sample_weights(target, weight, ignore_index, x.dtype)
    picks = _picks(x, safe, class_dim)
    ignored = target == ignore_index
    if reduction == MEAN:
        with np.errstate(divide="ignore", invalid="ignore"):
            w = w / total_weight
    pattern = np.zeros(x.shape, x.dtype)
    pattern[picks] = np.where(ignored, x.dtype.type(0), -w) if ignored.any() else -w
    picked = np.zeros(x.shape, bool)
    picked[picks] = ~ignored
    return pattern, picked


def _nll_grad(grad, x, target, weight, ignore_index, reduction, total_weight, class_dim):
    if not isinstance(grad, Tensor):
        w, safe = _sample_weights(target, weight, ignore_index, x.dtype)
        ignored = target == ignore_index
        if reduction == MEAN:
            with np.errstate(divide="ignore", invalid="ignore"):
                w = w / total_weight
        out = np.zeros(x.shape, x.dtype)
        values = -(w * grad)  # grad is a scalar for mean/sum, per sample for 'none'
        # Ignored samples keep an exact +0 (PyTorch skips them; -0 * grad could print -0.).
        out[_picks(x, safe, class_dim)] = np.where(ignored, x.dtype.type(0), values) if ignored.any() else values
        return out
    return None  # create_graph: handled by NllLossBackwardBackward0


class NllLossBackwardBackward0(Node):
    """grad_x = pattern * grad (pattern: -w[t] at the targets)  ->  d/d grad = sum(pattern * gg)
    (per sample for 'none'), d/d x = 0"""

    __slots__ = ()
    tensor_fields = ("target", "total_weight", "weight")
    attr_fields = ("ignore_index", "reduction")

    def backward(self, gg, target, total_weight, weight):
        ignore_index, reduction = _signed(self._attrs[0]), self._attrs[1]
        target, total_weight = _math.as_array(target), _math.as_array(total_weight)
        weight = None if weight is None else _math.as_array(weight)
        shape = self._out_shape
        pattern, picked = _nll_pattern(np.zeros(shape, self._out_dtype), target, weight, ignore_index, reduction,
                                       total_weight, 0 if len(shape) == 1 else 1)
        grad_grad = None
        if self.needs(0):
            axes = (1,) if reduction == NONE and len(shape) > 1 else tuple(range(len(shape)))
            grad_grad = _math.sum_axes(_math.keep(gg * pattern, picked), axes)
        grad_x = _math.zeros_like(gg) if self.needs(1) else None
        return grad_grad, grad_x


def _signed(value):
    return value if value < 2**63 else value - 2**64


def _nll_grad_graph(node, grad, x, target, total_weight, weight):
    """The create_graph form of NllLossBackward0: recorded as one node, as PyTorch does."""
    ignore_index, reduction = _signed(node._attrs[0]), node._attrs[1]
    xa, ta, tw = _math.as_array(x), _math.as_array(target), _math.as_array(total_weight)
    wa = None if weight is None else _math.as_array(weight)
    data = _nll_grad(_math.as_array(grad), xa, ta, wa, ignore_index, reduction, tw, _class_dim(xa))
    saved = (target, total_weight, weight)
    return record(NllLossBackwardBackward0, data, (grad, x), saved, node._attrs[:2])


def _check_target(x, target, weight):
    if x.ndim < 1:
        raise ValueError(f"Expected 1 or more dimensions (got {x.ndim})")
    if target.dtype.kind not in "iu" or target.dtype not in (np.int64, np.uint8):
        raise RuntimeError(f"expected target dtype to be Long or Byte, but got {_legacy(target.dtype)}")
    if x.ndim > 1 and target.ndim and x.shape[0] != target.shape[0]:
        raise ValueError(f"Expected input batch_size ({x.shape[0]}) to match target batch_size ({target.shape[0]}).")
    if x.ndim > 1 and not target.ndim:
        raise ValueError(f"Expected input batch_size ({x.shape[0]}) to match target batch_size (0).")
    if x.ndim > 2 and target.shape != x.shape[:1] + x.shape[2:]:
        raise RuntimeError(f"Expected target size {list(x.shape[:1] + x.shape[2:])}, got {list(target.shape)}")
    n_classes = x.shape[_class_dim(x)]
    if weight is not None and (weight.ndim != 1 or weight.size != n_classes):
        raise RuntimeError(
            f"weight tensor should be defined either for all {n_classes} classes or no classes but got "
            f"weight tensor of shape: {list(weight.shape)}"
        )


def _check_bounds(target, ignore_index, n_classes):
    bad = (target != ignore_index) & ((target < 0) | (target >= n_classes))
    if bad.any():
        raise IndexError(f"Target {int(target[bad].flat[0])} is out of bounds.")


def _nll_forward(x, target, weight, ignore_index, reduction):
    """Returns (output, total_weight, whether the rows were plain) as arrays."""
    if _plain_rows(x, target, weight, ignore_index):
        losses = -x[np.arange(target.size), target]
        if reduction == NONE:
            return losses, np.zeros((), x.dtype), True
        total = np.asarray(losses.sum(dtype=x.dtype))
        total_weight = np.asarray(target.size, x.dtype)
        return (total if reduction == SUM else total / total_weight).astype(x.dtype, copy=False), total_weight, True
    class_dim = _class_dim(x)
    _check_bounds(target, ignore_index, x.shape[class_dim])
    w, safe = _sample_weights(target, weight, ignore_index, x.dtype)
    picked = x[_picks(x, safe, class_dim)]
    losses = -(picked * w) if weight is not None or ignore_index in target else -picked
    if reduction == NONE and x.ndim > 1:
        # PyTorch computes the total weight only for a reduction or a single (1-D) sample.
        return losses.astype(x.dtype, copy=False), np.zeros((), x.dtype), False
    total_weight = np.asarray(w.sum(dtype=x.dtype))
    if reduction == NONE:
        return losses.astype(x.dtype, copy=False), total_weight, False
    total = np.asarray(losses.sum(dtype=x.dtype))
    if reduction == SUM:
        return total, total_weight, False
    with np.errstate(divide="ignore", invalid="ignore"):
        return (total / total_weight).astype(x.dtype), total_weight, False


def nll_loss(input, target, weight=None, reduction=MEAN, ignore_index=-100):
    """``nll_loss_nd``: (C), (N, C) and (N, C, d1, ...) inputs with matching class-index targets."""
    input, target = to_tensor(input), to_tensor(target)
    x, t = input._data, target._data
    _check_target(x, t, None if weight is None else weight._data)
    if x.ndim <= 2:
        return _nll_node(NllLossBackward0, input, target, weight, reduction, ignore_index)
    if x.ndim == 4:
        return _nll_node(NllLoss2DBackward0, input, target, weight, reduction, ignore_index)
    # Other K-dim inputs go through the 2-D kernel on a (N, C, 1, rest) view, as PyTorch does.
    n, c = x.shape[:2]
    out = _nll_node(NllLoss2DBackward0, input.reshape(n, c, 1, -1), target.reshape(n, 1, -1), weight,
                    reduction, ignore_index)
    return out.reshape(t.shape) if reduction == NONE else out


def _nll_node(node_cls, input, target, weight, reduction, ignore_index):
    x, t = input._data, target._data
    w = None if weight is None else weight._data
    out, total_weight, plain = _nll_forward(x, t, w, ignore_index, reduction)
    saved = (input, target, total_weight, weight)
    # ``plain`` rides along after PyTorch's two attributes (it is not a _saved_ field).
    return record(node_cls, out, (input,), saved, (_unsigned(ignore_index), reduction, plain))


# ------------------------------------------------------------------------------ cross_entropy
def cross_entropy(input, target, weight=None, reduction=MEAN, ignore_index=-100, label_smoothing=0.0):
    input, target = to_tensor(input), to_tensor(target)
    class_dim = _class_dim(input._data)
    if input._data.shape == target._data.shape:
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
    return nll_loss(log_softmax(input, class_dim), target, weight, reduction, ignore_index)


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
    return _div_number(total, input._data.size // n_classes)


def _cross_entropy_smoothed(input, target, weight, reduction, ignore_index, label_smoothing, class_dim):
    logp = log_softmax(input, class_dim)
    nll = nll_loss(logp, target, weight, reduction, ignore_index)
    n_classes = logp._data.shape[class_dim]
    ignored = target._data == ignore_index
    if weight is not None:
        smooth = -(logp * _class_shaped(weight, logp._data.ndim, class_dim)).sum(class_dim)
    else:
        smooth = -logp.sum(class_dim)
    smooth = _masked_fill_zero(smooth, ignored)
    if reduction == MEAN:
        if weight is not None:
            kept = target._data[~ignored].reshape(-1)
            total = np.asarray(weight._data[kept].sum(dtype=weight._data.dtype))
            smooth = smooth.sum() / Tensor._make(total, False, None)
        else:
            smooth = smooth.sum() / Tensor._make(np.asarray((~ignored).sum(), np.int64), False, None)
    elif reduction == SUM:
        smooth = smooth.sum()
    return _mul_number(nll, 1 - label_smoothing) + _mul_number(smooth, label_smoothing / n_classes)


# ----------------------- tensor-by-number nodes that only the composite losses above record
class MulBackward1(Node):
    """x * c (c a number)  ->  grad_x = c grad"""

    __slots__ = ()
    attr_fields = ("other",)

    def backward(self, grad):
        return (grad * self._attrs[0],)


class DivBackward1(Node):
    """x / c (c a number)  ->  grad_x = grad / c"""

    __slots__ = ()
    attr_fields = ("other",)

    def backward(self, grad):
        return (grad / self._attrs[0],)


class MaskedFillBackward0(Node):
    """x with masked entries replaced by a constant  ->  grad_x = grad, 0 where masked"""

    __slots__ = ()
    tensor_fields = ("mask",)

    def backward(self, grad, mask):
        mask = _math.as_array(mask)
        return (_math.where(mask, grad * 0, grad),)


def _mul_number(x, c):
    return record(MulBackward1, (x._data * c).astype(x._data.dtype, copy=False), (x,), (), (c,))


def _div_number(x, c):
    return record(DivBackward1, (x._data / c).astype(x._data.dtype, copy=False), (x,), (), (c,))


def _masked_fill_zero(x, mask):
    mask_t = to_tensor(mask)
    return record(MaskedFillBackward0, np.where(mask, 0, x._data).astype(x._data.dtype), (x,), (mask_t,))


# -------------------------------------------------------------------------------- helpers
def _numel(x):
    return x.size if isinstance(x, np.ndarray) else x.numel()


def _clamp_min(x, low):
    if isinstance(x, np.ndarray):
        return np.maximum(x, low)
    return x.clamp(min=low)


METHODS = {}
FUNCTIONS = {"binary_cross_entropy_with_logits": binary_cross_entropy_with_logits}
