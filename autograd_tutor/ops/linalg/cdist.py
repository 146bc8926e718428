"""cdist: the p-norm distance between each row of x1 and each row of x2 (batched over leading dims).

Recorded as one CdistBackward0 node; its backward cannot be differentiated again in PyTorch
(CdistBackwardBackward0 raises), and here neither. For p = 2 on 2-D inputs with more than 25
rows (or compute_mode="use_mm_for_euclid_dist") PyTorch goes through matmul instead, recorded as
EuclideanDistBackward0 under a view, differentiable twice; batched inputs on that path are not
reproduced yet (they get CdistBackward0)."""
import numpy as np

from ...autograd.node import Node, SavedOutput
from .._arg_checks import require_tensor
from .._record import record
from .._registry import op, tables


class CdistBackwardBackward0(Node):
    """PyTorch has no derivative for _cdist_backward."""

    rule = "PyTorch has no derivative for _cdist_backward."

    __slots__ = ()

    def backward(self, grad):
        raise NotImplementedError("the derivative for '_cdist_backward' is not implemented.")


def _pair_grads(g, x1, x2, dist, p):
    """d(sum g * dist)/dx1 and /dx2 on arrays. As in PyTorch, x2's gradient is x1's formula with
    the inputs swapped (not its negation), so zero terms keep PyTorch's sign."""
    diff = x1[..., :, None, :] - x2[..., None, :, :]
    d = dist[..., None]
    g = g[..., None]
    return (g * _local(diff, d, p)).sum(axis=-2), (g * _local(-diff, d, p)).sum(axis=-3)


def _local(diff, d, p):
    """d dist / d x1 for each pair, given x1 - x2 (``diff``) and the distances ``d``."""
    if p == 0:
        return np.zeros_like(diff)
    if p == 1:
        return np.sign(diff)
    if p == 2:
        return np.where(d == 0, 0, diff / d)
    if np.isinf(p):
        return np.where(d == 0, 0, np.sign(diff) * (np.abs(diff) == d))
    if p < 1:
        return np.where((d == 0) | (diff == 0), 0, np.sign(diff) * np.abs(diff) ** (p - 1) / d ** (p - 1))
    return np.where(d == 0, 0, np.sign(diff) * np.abs(diff) ** (p - 1) / d ** (p - 1))


class CdistBackward0(Node):
    """dist_ij = ||x1_i - x2_j||_p  ->  grad_x1_i = sum_j g_ij sign(d) |d|^(p-1) / dist^(p-1), grad_x2 the negative"""

    rule = "grad_x1_i = sum_j g_ij sign(d) |d|^(p-1) / dist^(p-1), grad_x2 the negative"

    __slots__ = ()
    forward_ad_refused = "_cdist_forward"  # PyTorch has no forward formula for it
    tensor_fields = ("x1", "x2", "result")
    attr_fields = ("p",)

    def backward(self, grad, x1, x2, result):
        p = self._attrs[0]
        pair = []  # both gradients come from one pass over the pairs

        def gradient(k):
            # PyTorch's _cdist_backward: computed on arrays, recorded as one (not differentiable) node
            def compute(g, a, b, r):
                if not pair:
                    pair.extend(_pair_grads(g, a, b, r, p))
                x = (a, b)[k]
                return _sum_to(pair[k], x.shape).astype(x.dtype)
            return compute

        inputs = (grad, x1, x2, result)
        return tuple(self.xp.recorded(CdistBackwardBackward0, gradient(k), inputs) if self.needs(k) else None
                     for k in (0, 1))


def _sum_to(g, shape):
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    axes = tuple(i for i, s in enumerate(shape) if s == 1 and g.shape[i] != 1)
    return g.sum(axis=axes, keepdims=True) if axes else g


class EuclideanDistBackward0(Node):
    """dist = sqrt(|x1|² + |x2|² - 2 x1 x2ᵀ) (p = 2 by matmul)  ->  r = grad / dist (0 where dist is 0):
    grad_x1 = x1 r.sum(-1) - r x2, grad_x2 = x2 r.sum(-2) - rᵀ x1 (differentiable again)"""

    rule = "r = grad / dist (0 where dist is 0): grad_x1 = x1 r.sum(-1) - r x2, grad_x2 = x2 r.sum(-2) - rᵀ x1 (differentiable again)"

    __slots__ = ()
    forward_ad_refused = "_euclidean_dist"  # PyTorch has no forward formula for it
    tensor_fields = ("result", "x1", "x2")

    def backward(self, grad, result, x1, x2):
        xp = self.xp
        zero = xp.data(result) == 0
        ratio = xp.where(zero, xp.const(grad, 0), grad / result) if zero.any() else grad / result
        g1 = g2 = None
        if self.needs(0):
            g1 = x1 * xp.sum_axes(ratio, (-1,), True) - xp.matmul(ratio, x2)
        if self.needs(1):
            g2 = x2 * xp.swap_last(xp.sum_axes(ratio, (-2,), True)) - xp.matmul(xp.swap_last(ratio), x1)
        return g1, g2


def _euclidean(x1, x2):
    a, b = x1._data, x2._data
    dt = np.result_type(a.dtype, b.dtype)
    an = (a * a).sum(axis=-1, keepdims=True)
    bn = (b * b).sum(axis=-1, keepdims=True)
    left = np.concatenate([-2 * a, an, np.ones_like(an)], axis=-1)
    right = np.concatenate([b, np.ones_like(bn), bn], axis=-1)
    res = np.sqrt(np.maximum(left @ right.T, dt.type(1e-30))).astype(dt)
    out = record(EuclideanDistBackward0, res, (x1, x2), (None, x1, x2))
    if out._grad_fn is not None:  # the result is saved as the node's own output
        node = out._grad_fn
        node._saved = (SavedOutput(out._data, out._vc), x1, x2)
        node._versions = (None, x1._vc[0], x2._vc[0])
    return out.view(res.shape)


@op("cdist", method=False)
def cdist(x1, x2, p=2.0, compute_mode="use_mm_for_euclid_dist_if_necessary"):
    require_tensor(x1, "cdist", "x1", 1)
    require_tensor(x2, "cdist", "x2", 2)
    a, b = x1._data, x2._data
    if a.ndim < 2:
        raise RuntimeError(f"cdist only supports at least 2D tensors, X1 got: {a.ndim}D")
    if b.ndim < 2:
        raise RuntimeError(f"cdist only supports at least 2D tensors, X2 got: {b.ndim}D")
    if a.shape[-1] != b.shape[-1]:
        raise RuntimeError(f"X1 and X2 must have the same number of columns. X1: {a.shape[-1]} X2: {b.shape[-1]}")
    if p < 0:
        raise RuntimeError("cdist only supports non-negative p values")
    p = float(p)
    mm = compute_mode == "use_mm_for_euclid_dist" or (
        compute_mode == "use_mm_for_euclid_dist_if_necessary" and (a.shape[-2] > 25 or b.shape[-2] > 25))
    if p == 2 and mm and a.ndim == 2 and b.ndim == 2:
        return _euclidean(x1, x2)
    diff = np.abs(a[..., :, None, :].astype(np.float64) - b[..., None, :, :])
    if p == 0:
        dist = (diff != 0).sum(axis=-1).astype(np.float64)
    elif np.isinf(p):
        dist = diff.max(axis=-1, initial=0.0)
    elif p == 1:
        dist = diff.sum(axis=-1)
    elif p == 2:
        dist = np.sqrt((diff * diff).sum(axis=-1))
    else:
        dist = (diff ** p).sum(axis=-1) ** (1 / p)
    return record(CdistBackward0, dist.astype(np.result_type(a.dtype, b.dtype)), (x1, x2), (x1, x2), (p,),
                  save_result=True)


FUNCTIONS, METHODS = tables(__name__)
