"""quantile and nanquantile: the q-th quantiles of a tensor (of everything, or along ``dim``),
interpolated between the two nearest ranks as ``interpolation`` says.

PyTorch composes them of other ops (sort, view, gather, lerp_, squeeze_), so their graphs show
those nodes (SqueezeBackward4 over LerpBackward1 over GatherBackward0...) and their gradients
reach the sorted elements the quantile was read from; so do these, step by step as PyTorch's
quantile_compute does. Only the ranks (which element to read, with what weight) are numbers
computed aside: they are not differentiated.
"""
import numpy as np

from ...tensor import Tensor
from .._arg_checks import require_tensor
from .._record import wrap_dim
from .._registry import op, tables

_MODES = ("linear", "lower", "higher", "midpoint", "nearest")


def _refuse_q_type(name, input, q, dim, keepdim, interpolation):
    """A q neither a tensor nor a number: PyTorch's parser refuses the call, listing its signatures
    (recorded with the first-argument rules)."""
    if isinstance(q, (Tensor, int, float, np.number)):
        return
    from .._signatures import RULES, invalid_combination

    given = (input, q) + ((dim,) if dim is not None else ()) + ((keepdim,) if keepdim else ())
    named = {} if interpolation == "linear" else {"interpolation": interpolation}
    raise TypeError(invalid_combination(name, given, named, RULES[name][2]))


def _checked(input, q, dim, interpolation):
    """PyTorch's checks, in its order; returns q as an array of the input's dtype."""
    if not isinstance(q, Tensor) and not 0 <= q <= 1:
        raise RuntimeError(f"quantile() q must be in the range [0, 1] but got {q:g}")
    if interpolation not in _MODES:
        raise RuntimeError("quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, "
                           f"but got {interpolation}")
    data = input._data
    if data.size == 0:
        raise RuntimeError("quantile() input tensor must be non-empty")
    if isinstance(q, Tensor) and q._data.ndim > 1:
        raise RuntimeError("quantile() q must be a scalar or 1D tensor")
    if data.dtype not in (np.float32, np.float64):
        raise RuntimeError("quantile() input tensor must be either float or double dtype")
    if isinstance(q, Tensor) and q._data.dtype != data.dtype:
        raise RuntimeError("quantile() q tensor must be same dtype as the input tensor")
    if dim is not None:
        wrap_dim(dim, data.ndim)
    qa = q._data if isinstance(q, Tensor) else np.asarray(q, dtype=data.dtype)
    if isinstance(q, Tensor) and not ((qa >= 0) & (qa <= 1)).all():
        raise RuntimeError("quantile() q values must be in the range [0, 1]")
    return qa


def _sorted_and_shape(input, dim, keepdim, count):
    """The values sorted along the last dimension (the reduced one moved there, as PyTorch moves
    it), viewed as the output's shape plus that dimension."""
    shape = input._data.shape
    if dim is None:
        values = input.flatten().sort()[0]
        out_shape = [1] * len(shape) if keepdim else []
    else:
        d = wrap_dim(dim, len(shape))
        values = input.sort()[0] if d == len(shape) - 1 else input.unsqueeze(-1).transpose(d, -1).sort()[0]
        out_shape = list(shape)
        if shape and keepdim:
            out_shape[d] = 1
        elif shape:
            del out_shape[d]
    out_shape.insert(0, count)
    return values.view(out_shape[1:] + [values.shape[-1]])


def _ranks(values, qa, interpolation, ignore_nan):
    """Where each quantile sits among the sorted values (PyTorch's ranks, in the input's dtype)."""
    s = values._data
    dtype = s.dtype.type
    nan = np.isnan(s)
    q = qa.reshape(-1)
    if ignore_nan:  # among the values that are not nan; all nan: rank 0, read as nan
        ranks = q * (np.sum(~nan, axis=-1, keepdims=True) - 1).astype(s.dtype)
        ranks = np.where(ranks < 0, dtype(0), ranks)
    else:  # a nan sorts last: its row reads the last value, nan
        last = dtype(s.shape[-1] - 1)
        ranks = np.where(nan.any(axis=-1, keepdims=True), last, q * last)
    ranks = np.asarray(ranks, dtype=s.dtype)
    if interpolation == "lower":
        ranks = np.floor(ranks)
    elif interpolation == "higher":
        ranks = np.ceil(ranks)
    elif interpolation == "nearest":
        ranks = np.round(ranks)  # half to even, as PyTorch's round_
    return ranks


def _quantile(input, q, dim, keepdim, interpolation, ignore_nan):
    qa = _checked(input, q, dim, interpolation)
    count = qa.size if qa.ndim else 1
    values = _sorted_and_shape(input, dim, keepdim, count)
    ranks = _ranks(values, qa, interpolation, ignore_nan)
    below = ranks.astype(np.int64)
    result = values.gather(-1, Tensor._make(below, False, None))
    if interpolation in ("linear", "midpoint"):
        weights = np.full_like(ranks, 0.5) if interpolation == "midpoint" else ranks - below
        above = Tensor._make(np.ceil(ranks).astype(np.int64), False, None)
        result.lerp_(values.gather(-1, above), Tensor._make(weights.astype(ranks.dtype), False, None))
    if qa.ndim == 0:
        return result.squeeze_(-1)
    return result.unsqueeze_(0).transpose_(0, -1).squeeze_(-1)  # the quantiles first


@op("quantile")
def quantile(input, q, dim=None, keepdim=False, *, interpolation="linear", out=None):
    require_tensor(input, "quantile", "input", 1)
    _refuse_q_type("quantile", input, q, dim, keepdim, interpolation)
    return _quantile(input, q, dim, keepdim, interpolation, ignore_nan=False)


@op("nanquantile")
def nanquantile(input, q, dim=None, keepdim=False, *, interpolation="linear", out=None):
    """quantile of the values that are not nan (nan where all are)."""
    require_tensor(input, "nanquantile", "input", 1)
    _refuse_q_type("nanquantile", input, q, dim, keepdim, interpolation)
    return _quantile(input, q, dim, keepdim, interpolation, ignore_nan=True)


FUNCTIONS, METHODS = tables(__name__)
