"""The one place where an op's result becomes a Tensor and, when needed, a graph node.

Every op calls ``record``: it decides whether the op is recorded (grad mode on and an input
requires grad), links the node to its inputs' nodes (``next_functions``) and tells the tracer.
"""
import numbers

import numpy as np

from .. import _dtypes
from ..autograd import grad_mode
from ..autograd.node import Node, SavedOutput, weak_accumulator
from ..tensor import Tensor

_make = Tensor._make
_new = object.__new__
_init_node = Node.__init__
_ndarray = np.ndarray
_NO_EDGE = (None, 0)
_RESULT_ONLY = (None,)  # the versions of a node saving its output alone (SavedOutput keeps it)

# Set by autograd_tutor.tracing while a recording is active.
tracer = None
# True while a forward-AD dual level is active (autograd/forward_ad.py): ops then give their
# outputs tangents (ops/_tangents.py). The one check the usual path pays.
dual_active = False


def edge(t):
    """Where the gradient for input ``t`` goes: its grad_fn, its AccumulateGrad, or nowhere."""
    if isinstance(t, Tensor):
        if t._grad_fn is not None:
            return (t._grad_fn, t._output_nr)
        if t._requires_grad:
            return (weak_accumulator(t), 0)
    return _NO_EDGE


def record(node_cls, data, inputs, saved=(), attrs=(), save_result=False):
    """Wraps ``data`` as the op's output; records ``node_cls`` when gradients must flow."""
    if type(data) is not _ndarray:
        data = np.asarray(data)
    if dual_active:
        from ._tangents import record_dual

        return record_dual(node_cls, data, inputs, saved, attrs, save_result)
    if not grad_mode.enabled:
        return grad_mode.mark_inference(_make(data, False, None))
    edges = []
    wanted = False
    for t in inputs:
        if isinstance(t, Tensor) and t._requires_grad:
            wanted = True
            fn = t._grad_fn
            edges.append((fn, t._output_nr) if fn is not None else (weak_accumulator(t), 0))
        else:
            edges.append(_NO_EDGE)
    if not wanted:
        return _make(data, False, None)
    out = _new(Tensor)  # Tensor._make, inlined: this is the hot path of every recorded op
    out._data = data
    out._requires_grad = True
    out._vc = vc = [0]
    versions = None
    if save_result:
        if not saved:
            versions = _RESULT_ONLY  # what Node.__init__'s loop would find, without the loop
        saved = saved + (SavedOutput(data, vc),)
    if node_cls._plain_init:  # node_cls(...), without the class call's own cost
        out._grad_fn = node = _new(node_cls)
        _init_node(node, tuple(edges), saved, attrs, data.shape, data.dtype, versions)
    else:
        out._grad_fn = node = node_cls(tuple(edges), saved, attrs, data.shape, data.dtype)
    if tracer is not None:
        tracer.forward(node, inputs, out)
    return out


def wants(t):
    """Whether an op must save what ``t``'s gradient needs: ``t`` requires grad or, inside a dual
    level, carries a tangent (whose rule runs the same backward formula, ops/_tangents.py)."""
    return t._requires_grad or (dual_active and t._tangent is not None)


def is_scalar(x):
    return isinstance(x, (numbers.Number, np.generic)) and not isinstance(x, Tensor)


def to_tensor(x):
    """Turns a Python number, list or array operand into a Tensor (for ops on tensors only)."""
    if isinstance(x, Tensor):
        return x
    from ..creation import tensor

    return tensor(x)


def scalar_dtype(x):
    if isinstance(x, (bool, np.bool_)):
        return _dtypes.bool_
    if isinstance(x, (numbers.Integral, np.integer)):
        return _dtypes.int64
    if isinstance(x, (float, np.floating)):
        return _dtypes.get_default_dtype()
    raise TypeError(f"unsupported operand type: {type(x).__name__}")


def _priority(t):
    return 2 if t._data.ndim else 1


def binary_operands(a, b):
    """Both operands as NumPy values of PyTorch's result dtype (Python numbers stay numbers).

    Returns ``(a, b, a_value, b_value)`` where ``a``/``b`` are Tensors or Python numbers.
    """
    a_is_t = isinstance(a, Tensor)
    b_is_t = isinstance(b, Tensor)
    if a_is_t and b_is_t:
        ad, bd = a._data, b._data
        if ad.shape != bd.shape:
            check_broadcastable(ad.shape, bd.shape)
        if ad.dtype is bd.dtype or ad.dtype == bd.dtype:
            return a, b, ad, bd
        target = _dtypes.result_type(a.dtype, _priority(a), b.dtype, _priority(b)).np
        return a, b, ad.astype(target, copy=False), bd.astype(target, copy=False)
    if a_is_t:
        return (a, b) + _with_scalar(a, b)
    if b_is_t:
        b_val, a_val = _with_scalar(b, a)
        return a, b, a_val, b_val
    return binary_operands(to_tensor(a), b)


def _with_scalar(t, s):
    data = t._data
    if type(s) is float and data.dtype.kind == "f":  # the common case, decided at once
        return data, s
    if not is_scalar(s):
        # Arrays join in as tensors; lists, strings, None... do not (Python's operator error).
        if isinstance(s, np.ndarray):
            s_t = to_tensor(s)
            _, _, tv, sv = binary_operands(t, s_t)
            return tv, sv
        raise TypeError(f"unsupported operand type for a Tensor: '{type(s).__name__}'")
    if isinstance(s, np.generic):
        s = s.item()
    kind = data.dtype.kind
    if kind == "f":
        if isinstance(s, complex):
            raise TypeError("complex numbers are not supported by autograd_tutor")
        return data, s
    s_dtype = scalar_dtype(s)
    if s_dtype._kind > (1 if kind in "iu" else 0):
        return data.astype(s_dtype.np), s
    return data, s


def check_broadcastable(a_shape, b_shape):
    """Raises PyTorch's error when two shapes cannot be broadcast together."""
    n = max(len(a_shape), len(b_shape))
    for i in range(1, n + 1):
        a = a_shape[-i] if i <= len(a_shape) else 1
        b = b_shape[-i] if i <= len(b_shape) else 1
        if a != b and a != 1 and b != 1:
            raise RuntimeError(
                f"The size of tensor a ({a}) must match the size of tensor b ({b}) at "
                f"non-singleton dimension {n - i}"
            )


def wrap_dim(dim, ndim):
    n = max(ndim, 1)
    if not -n <= dim < n:
        raise IndexError(
            f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})"
        )
    return dim % n
