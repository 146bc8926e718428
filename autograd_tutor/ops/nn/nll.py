"""nll_loss: minus the (weighted) score of each sample's target class, as PyTorch's
``nll_loss_nd`` computes it for (C), (N, C) and (N, C, d1, ...) inputs, with its nodes
(NllLossBackward0, NllLoss2DBackward0 and the double backward NllLossBackwardBackward0).
"""
import numpy as np

from ...autograd.node import Node
from .._arg_checks import require_tensor
from .._record import record
from ._loss_common import MEAN, NONE, SUM, _legacy, _signed, _unsigned

_sum = np.add.reduce
_ravel = np.ravel_multi_index
TARGET_DTYPES = (np.dtype(np.int64), np.dtype(np.uint8))


class NllLossBackward0(Node):
    """-w[t] x[t] per sample  ->  grad_x is -w[t] grad at each sample's target class, 0 elsewhere"""

    rule = "grad_self = -grad / N at each target's class, 0 elsewhere (mean reduction)"

    __slots__ = ()
    tensor_fields = ("self", "target", "total_weight", "weight")
    attr_fields = ("ignore_index", "reduction")

    def backward(self, grad, x, target, total_weight, weight):
        saved = (target, total_weight, weight)
        # one op of its own under create_graph, as PyTorch records it
        return (self.xp.recorded(NllLossBackwardBackward0, _nll_backward, (grad, x), saved, self._attrs[:2],
                                 saved + (self._attrs,)),)


class NllLoss2DBackward0(NllLossBackward0):
    """nll_loss over (N, C, H, W) inputs: the same gradient, per pixel"""

    rule = "grad_self = -grad / N at each pixel's target class, 0 elsewhere (mean reduction)"

    __slots__ = ()


def _nll_backward(g, x, target, total_weight, weight, attrs):
    """NllLossBackward0's gradient on arrays; ``attrs``: the node's (ignore_index, reduction, flat),
    ``flat`` the positions of the plain rows' targets (see _plain_rows) or None."""
    ignore_index, reduction, flat = attrs
    if flat is not None:  # forward found plain rows: -grad (/ N) at each row's target
        out = np.zeros(x.shape, x.dtype)
        # -(g / N) is (-g) / N exactly (rounding is symmetric), and negates a NumPy scalar
        out.put(flat, -(g / total_weight) if reduction == MEAN else -g)
        return out
    return _nll_grad(g, x, target, weight, _signed(ignore_index), reduction, total_weight, class_dim=_class_dim(x))


def _class_dim(x):
    return 0 if x.ndim == 1 else 1


def _picks(x, target, class_dim):
    """Index arrays selecting x[..., target, ...] along the class dimension."""
    grids = list(np.indices(target.shape, sparse=True))
    if x.ndim == 1:
        return (target,)
    return tuple(grids[:1]) + (target,) + tuple(grids[1:])


def _plain_rows(x, target, weight, ignore_index):
    """The everyday case, worth a fast path: (N, C) floating scores, one valid class index per
    row (``target``: N of them, of a target dtype), no class weights and no ignored row. Then
    row i contributes -x[i, target[i]]: returns the flat positions of those scores in x (None
    when the case is another)."""
    if weight is not None or x.ndim != 2 or target.ndim != 1 or not target.size or x.dtype.kind != "f":
        return None
    try:
        # One NumPy call checks 0 <= t < C for every target (negatives too: indexing would wrap
        # them) and gives the positions the loss reads and its gradient writes.
        flat = _ravel((np.arange(target.size), target), x.shape)
    except ValueError:  # a target outside the classes: ignored or refused, by the general path
        return None
    # With every target a class, only an ignore_index that is a class can be among them.
    if 0 <= ignore_index < x.shape[1] and (target == ignore_index).any():
        return None
    return flat


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
        w = w / total_weight
    pattern = np.zeros(x.shape, x.dtype)
    pattern[picks] = np.where(ignored, x.dtype.type(0), -w) if ignored.any() else -w
    picked = np.zeros(x.shape, bool)
    picked[picks] = ~ignored
    return pattern, picked


def _nll_grad(grad, x, target, weight, ignore_index, reduction, total_weight, class_dim):
    """The gradient on arrays (under create_graph, the array part of NllLossBackwardBackward0)."""
    w, safe = _sample_weights(target, weight, ignore_index, x.dtype)
    ignored = target == ignore_index
    if reduction == MEAN:
        w = w / total_weight
    out = np.zeros(x.shape, x.dtype)
    values = -(w * grad)  # grad is a scalar for mean/sum, per sample for 'none'
    # Ignored samples keep an exact +0 (PyTorch skips them; -0 * grad could print -0.).
    out[_picks(x, safe, class_dim)] = np.where(ignored, x.dtype.type(0), values) if ignored.any() else values
    return out


class NllLossBackwardBackward0(Node):
    """grad_x = pattern * grad (pattern: -w[t] at the targets)  ->  d/d grad = sum(pattern * gg)
    (per sample for 'none'), d/d x = 0"""

    rule = "d/d grad = sum(pattern * gg) (per sample for 'none'), d/d x = 0"

    __slots__ = ()
    tensor_fields = ("target", "total_weight", "weight")
    attr_fields = ("ignore_index", "reduction")

    def backward(self, gg, target, total_weight, weight):
        xp = self.xp
        ignore_index, reduction = _signed(self._attrs[0]), self._attrs[1]
        target, total_weight = xp.data(target), xp.data(total_weight)
        weight = None if weight is None else xp.data(weight)
        shape = self._out_shape
        pattern, picked = _nll_pattern(np.zeros(shape, self._out_dtype), target, weight, ignore_index, reduction,
                                       total_weight, 0 if len(shape) == 1 else 1)
        grad_grad = None
        if self.needs(0):
            axes = (1,) if reduction == NONE and len(shape) > 1 else tuple(range(len(shape)))
            grad_grad = xp.sum_axes(xp.keep(gg * pattern, picked), axes)
        grad_x = xp.zeros_like(gg) if self.needs(1) else None
        return grad_grad, grad_x


def _check_target(x, target, weight):
    x_dims, t_dims = x.ndim, target.ndim
    if x_dims < 1:
        raise ValueError(f"Expected 1 or more dimensions (got {x_dims})")
    if x_dims > 1:
        batch = target.shape[0] if t_dims else 0
        if x.shape[0] != batch or not t_dims:
            raise ValueError(f"Expected input batch_size ({x.shape[0]}) to match target batch_size ({batch}).")
        if x_dims == 2 and t_dims > 1:
            raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
        if x_dims > 2 and target.shape != x.shape[:1] + x.shape[2:]:
            raise RuntimeError(f"Expected target size {list(x.shape[:1] + x.shape[2:])}, got {list(target.shape)}")
    # PyTorch checks sizes first (batch in Python, then the kernel's shape), the dtype after.
    if target.dtype not in TARGET_DTYPES:
        raise RuntimeError(f"expected target dtype to be Long or Byte, but got {_legacy(target.dtype)}")
    if weight is None:
        return
    n_classes = x.shape[_class_dim(x)]
    if weight.ndim != 1 or weight.size != n_classes:
        raise RuntimeError(
            f"weight tensor should be defined either for all {n_classes} classes or no classes but got "
            f"weight tensor of shape: {list(weight.shape)}"
        )


def _check_bounds(target, ignore_index, n_classes):
    bad = (target != ignore_index) & ((target < 0) | (target >= n_classes))
    if bad.any():
        raise IndexError(f"Target {int(target[bad].flat[0])} is out of bounds.")


def _nll_forward(x, target, weight, ignore_index, reduction):
    """Returns (output, total_weight) as arrays, outside the plain rows' case."""
    class_dim = _class_dim(x)
    _check_bounds(target, ignore_index, x.shape[class_dim])
    w, safe = _sample_weights(target, weight, ignore_index, x.dtype)
    picked = x[_picks(x, safe, class_dim)]
    losses = -(picked * w) if weight is not None or ignore_index in target else -picked
    if reduction == NONE and x.ndim > 1:
        # PyTorch computes the total weight only for a reduction or a single (1-D) sample.
        return losses.astype(x.dtype, copy=False), np.zeros((), x.dtype)
    total_weight = np.asarray(w.sum(dtype=x.dtype))
    if reduction == NONE:
        return losses.astype(x.dtype, copy=False), total_weight
    total = np.asarray(losses.sum(dtype=x.dtype))
    if reduction == SUM:
        return total, total_weight
    return (total / total_weight).astype(x.dtype), total_weight


def nll_loss(input, target, weight=None, reduction=MEAN, ignore_index=-100):
    """``nll_loss_nd``: (C), (N, C) and (N, C, d1, ...) inputs with matching class-index targets."""
    require_tensor(input, "nll_loss_nd", "input", 1)
    require_tensor(target, "nll_loss_nd", "target", 2)
    return nll_loss_of_tensors(input, target, weight, reduction, ignore_index)


def nll_loss_of_tensors(input, target, weight, reduction, ignore_index):
    """nll_loss once ``input`` and ``target`` are known to be tensors (cross_entropy knows)."""
    x, t = input._data, target._data
    _check_target(x, t, None if weight is None else weight._data)
    if x.dtype.kind not in "fc":  # PyTorch's kernels take floating scores only (after the checks above)
        kernel = "nll_loss_out_frame" if x.ndim <= 2 else "nll_loss2d_forward_out_frame"
        raise NotImplementedError(f'"{kernel}" not implemented for \'{_legacy(x.dtype)}\'')
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
    flat = _plain_rows(x, t, w, ignore_index)
    if flat is not None:
        return nll_of_plain_rows(input, target, flat, reduction, ignore_index)
    out, total_weight = _nll_forward(x, t, w, ignore_index, reduction)
    # The last attribute (no _saved_ field): the plain rows' positions, which these are not.
    return record(node_cls, out, (input,), (input, target, total_weight, weight),
                  (_unsigned(ignore_index), reduction, None))


def nll_of_plain_rows(input, target, flat, reduction, ignore_index):
    """nll_loss of plain rows (see _plain_rows), ``flat`` the positions of their targets."""
    x = input._data
    losses = -x.take(flat)
    if reduction == NONE:
        out, total_weight = losses, np.zeros((), x.dtype)
    else:
        out = _sum(losses, None, x.dtype)
        total_weight = np.asarray(flat.size, x.dtype)
        if reduction == MEAN:
            out = out / total_weight  # a NumPy scalar of x's dtype (record makes it an array)
    return record(NllLossBackward0, out, (input,), (input, target, total_weight, None),
                  (_unsigned(ignore_index), reduction, flat))
