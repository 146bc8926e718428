"""Norms along a dimension, composed as ATen composes them: pairwise_distance (NormBackward1),
cosine_similarity and normalize (the graph ends in DivBackward0)."""
import numpy as np

from ...autograd import grad_mode
from .._keywords import write_out
from .._record import check_broadcastable
from .._registry import op, tables
from ..double_backward.number_ops import add_number as plus
from ..linalg.distances import norm_dim
from ..pointwise.arithmetic import div
from ..reduce.norm import vector_norm


@op("pairwise_distance", method=False)
def pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False):
    """‖x1 - x2 + eps‖_p over the last dimension, as ATen composes it (NormBackward1)."""
    out_dim = max(x1.dim(), x2.dim())
    if out_dim == 0:
        return norm_dim(plus(x1 - x2, eps), p, (0,), keepdim)
    return norm_dim(plus(x1 - x2, eps), p, (out_dim - 1,), keepdim)


@op("cosine_similarity", method=False)
def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    """Σ (x1 / max(‖x1‖, eps)) (x2 / max(‖x2‖, eps)) along ``dim``, composed as ATen does: the
    inputs expanded to a common shape, each norm cloned and clamped without recording."""
    check_broadcastable(tuple(x1.shape), tuple(x2.shape))
    shape = tuple(np.broadcast_shapes(tuple(x1.shape), tuple(x2.shape)))
    same_shape = tuple(x1.shape) == tuple(x2.shape)
    a = x1 if same_shape else x1.expand(shape)
    b = x2 if same_shape else x2.expand(shape)
    norms = []
    for t in (a, b):
        n = vector_norm(t, 2, dim=dim, keepdim=True).clone()
        with grad_mode.no_grad():
            n.clamp_(min=eps)
        norms.append(n)
    return ((a / norms[0]) * (b / norms[1])).sum(dim)


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    """input / max(‖input‖_p, eps) along ``dim``, composed as PyTorch's Python code composes it
    (so the graph ends in DivBackward0); ``out`` is written as ``torch.div(..., out=out)`` does."""
    denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    if out is None:
        return input / denom
    return write_out("div", div, (input, denom), {}, out)


FUNCTIONS, METHODS = tables(__name__)
