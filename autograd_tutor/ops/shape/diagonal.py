"""Diagonals and triangles: ``diagonal`` (a view), ``trace``, ``diag`` (vector -> matrix, matrix ->
vector), ``tril`` and ``triu``.

The gradient of taking a diagonal is the gradient laid on that diagonal of a zero tensor; the
gradient of laying a vector on a diagonal is that diagonal of the gradient.
"""
import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._arg_checks import require_tensor
from .._record import record, wrap_dim
from .._registry import op, tables
from .._views import make_view


def _diagonal_data(data, offset, d1, d2):
    """A writable NumPy view of the diagonal (np.diagonal's own view is read-only)."""
    start = [slice(None)] * data.ndim
    if offset >= 0:
        start[d2] = slice(offset, None)
    else:
        start[d1] = slice(-offset, None)
    shifted = data[tuple(start)]
    diag = np.diagonal(shifted, 0, d1, d2)
    return np.lib.stride_tricks.as_strided(shifted, diag.shape, diag.strides)


def _laid_on_diagonal(grad_data, shape, offset, d1, d2):
    out = np.zeros(shape, dtype=grad_data.dtype)
    _diagonal_data(out, offset, d1, d2)[...] = grad_data
    return out


class DiagonalBackwardBackward0(Node):
    """g laid on a diagonal of zeros: its gradient is that diagonal of the gradient"""

    rule = "g laid on a diagonal of zeros: its gradient is that diagonal of the gradient"

    __slots__ = ()
    attr_fields = ("offset", "dim1", "dim2")

    def backward(self, grad):
        offset, d1, d2 = (_dims.signed(a) for a in self._attrs)
        return (self.xp.diagonal(grad, offset, d1, d2),)


def diagonal_backward(xp, grad, shape, offset, d1, d2):
    """``grad`` laid on a diagonal of zeros (PyTorch's diagonal_backward, an op of its own)."""
    return xp.recorded(DiagonalBackwardBackward0, lambda g: _laid_on_diagonal(g, shape, offset, d1, d2),
                       (grad,), (), (offset, _dims.shown(d1), _dims.shown(d2)))


class DiagonalBackward0(Node):
    """diagonal(offset, dim1, dim2): the gradient lands on that diagonal of a zero tensor"""

    rule = "diagonal(offset, dim1, dim2): the gradient lands on that diagonal of a zero tensor"

    __slots__ = ()
    attr_fields = ("dim1", "dim2", "offset", "self_sym_sizes")

    def backward(self, grad):
        d1, d2, offset, shape = self._attrs
        d1, d2 = _dims.signed(d1) % len(shape), _dims.signed(d2) % len(shape)
        return (diagonal_backward(self.xp, grad, shape, offset, d1, d2),)


@op("diagonal")
def diagonal(input, offset=0, dim1=0, dim2=1):
    require_tensor(input, "diagonal", "input", 1)
    data = input._data
    d1, d2 = wrap_dim(dim1, data.ndim), wrap_dim(dim2, data.ndim)
    if d1 == d2:
        raise RuntimeError(f"diagonal dimensions cannot be identical {dim1}, {dim2}")
    out = _diagonal_data(data, offset, d1, d2)
    attrs = (_dims.shown(dim1), _dims.shown(dim2), offset, tuple(data.shape))
    return make_view(record(DiagonalBackward0, out, (input,), (), attrs), input)


class TraceBackward0(Node):
    """trace: every diagonal element gets the gradient"""

    rule = "trace: every diagonal element gets the gradient"

    __slots__ = ()
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad):
        shape = self._attrs[0]
        xp = self.xp
        return (grad * xp.constant(np.eye(shape[0], shape[1], dtype=xp.data(grad).dtype)),)


@op("trace")
def trace(input):
    data = input._data
    if data.ndim != 2:
        raise RuntimeError(f"trace: expected a matrix, but got tensor with dim {data.ndim}")
    # data.trace(), not np.trace: NumPy's Python wrapper would take a warning's attribution (_fp_warnings)
    return record(TraceBackward0, np.asarray(data.trace()), (input,), (), (tuple(data.shape),))


class DiagEmbedBackward0(Node):
    """a vector laid on a diagonal: its gradient is that diagonal of the gradient"""

    rule = "a vector laid on a diagonal: its gradient is that diagonal of the gradient"

    __slots__ = ()
    attr_fields = ("dim1", "dim2", "offset")

    def backward(self, grad):
        d1, d2, offset = (_dims.signed(a) for a in self._attrs)
        return (self.xp.diagonal(grad, offset, d1, d2),)


class DiagonalBackward0_copy(DiagonalBackward0):  # noqa: N801 - PyTorch's name
    """diag(matrix): a copy of the diagonal; the gradient lands on that diagonal of zeros"""

    rule = "diag(matrix): a copy of the diagonal; the gradient lands on that diagonal of zeros"

    __slots__ = ()


@op("diag")
def diag(input, diagonal=0):
    require_tensor(input, "diag", "input", 1)
    data = input._data
    if data.ndim == 1:
        n = data.shape[0] + abs(diagonal)
        out = _laid_on_diagonal(data, (n, n), diagonal, 0, 1)
        return record(DiagEmbedBackward0, out, (input,), (), (0, 1, diagonal))
    if data.ndim != 2:
        raise RuntimeError("diag(): Supports 1D or 2D tensors. Got " + f"{data.ndim}D")
    out = _diagonal_data(data, diagonal, 0, 1).copy()
    return record(DiagonalBackward0_copy, out, (input,), (), (0, 1, diagonal, tuple(data.shape)))


# ----------------------------------------------------------------------------- triangles
def _triangle(name, np_fn):
    node_cls = type(f"{name.capitalize()}Backward0", (Node,), {
        "__slots__": (), "attr_fields": ("diagonal",),
        "__doc__": f"{name}(k): the gradient keeps the same triangle",
        "rule": f"{name}(k): the gradient keeps the same triangle",
        "backward": lambda self, grad: (getattr(self.xp, name)(grad, _dims.signed(self._attrs[0])),),
    })

    def triangle(input, diagonal=0):
        require_tensor(input, name, "input", 1)
        data = input._data
        if data.ndim < 2:
            raise RuntimeError(f"{name}: input tensor must have at least 2 dimensions")
        return record(node_cls, np_fn(data, diagonal), (input,), (), (_dims.shown(diagonal),))

    triangle.__name__ = name
    return node_cls, op(name, inplace=f"{name}_")(triangle)


TrilBackward0, tril = _triangle("tril", np.tril)
TriuBackward0, triu = _triangle("triu", np.triu)
FUNCTIONS, METHODS = tables(__name__)
