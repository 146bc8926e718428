"""Shape ops: view, reshape, flatten, expand, repeat, squeeze, unsqueeze, flip, clone.

Views share memory with their input (NumPy views), so they share its version counter too: an
in-place change through a view is seen by every node that saved the base. Dims are shown on the
nodes as the caller wrote them (negative ones as unsigned 64-bit numbers, see ``_dims``).
"""
import numpy as np

from ...autograd.node import Node
from .. import _dims
from .._numpy_namespace import row_major
from .._record import record, wrap_dim
from .._registry import op, tables
from .._views import make_view as _as_view


def _shape_arg(shape):
    """``f(2, 3)``, ``f((2, 3))``, ``f([2, 3])`` and ``f(torch.Size([2, 3]))`` alike."""
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    return tuple(int(s) for s in shape)


def _is_int(s):
    from ...tensor import Tensor

    if isinstance(s, Tensor):  # a one-element integer tensor counts as an int
        return s._data.dtype.kind in "iu" and s._data.size == 1
    return isinstance(s, (int, np.integer))


def _checked_sizes(shape, name):
    """The sizes of ``view(...)`` / ``reshape(...)``, refused with the errors of PyTorch's
    argument parser (whose wording differs between the two: view has two overloads)."""
    arg = "size" if name == "view" else "shape"
    whole = len(shape) == 1 and isinstance(shape[0], (tuple, list))
    if whole and all(_is_int(s) for s in shape[0]) or shape and not whole and all(_is_int(s) for s in shape):
        if not shape[0] is True:  # view(True, 6): a bool first is not read as a size
            return
    if name == "reshape":
        if not shape:
            raise TypeError('reshape() missing 1 required positional arguments: "shape"')
        if len(shape) > 1 and not _is_int(shape[0]):
            raise TypeError(f"reshape() takes 1 positional argument but {len(shape)} were given")
        if whole:
            pos = next(i for i, s in enumerate(shape[0]) if not _is_int(s))
            raise TypeError(f"reshape(): argument 'shape' (position 1) must be tuple of ints, but found "
                            f"element of type {_type(shape[0][pos])} at pos {pos}")
        if len(shape) == 1:
            raise TypeError(f"reshape(): argument 'shape' (position 1) must be tuple of ints, not {_type(shape[0])}")
    elif not shape or whole or not _is_int(shape[0]) or shape[0] is True:
        got = ", ".join(_type(s) for s in shape)
        raise TypeError(f"view() received an invalid combination of arguments - got ({got}), but expected one of:")
    pos = next(i for i, s in enumerate(shape) if not _is_int(s))
    raise TypeError(f"{name}(): argument '{arg}' failed to unpack the object at pos {pos + 1} with error "
                    f'"type must be tuple of ints,but got {_type(shape[pos])}"')


def _type(value):
    from ...tensor import Tensor

    return "Tensor" if isinstance(value, Tensor) else type(value).__name__


def _infer_shape(shape, numel):
    shape = list(shape)
    for i, s in enumerate(shape):
        if s < -1:
            raise RuntimeError(f"invalid shape dimension {s} at index {i} of shape {shape}")
    if shape.count(-1) > 1:
        raise RuntimeError("only one dimension can be inferred")
    if -1 in shape:
        known = int(np.prod([s for s in shape if s != -1]))
        if known == 0:
            if numel == 0:
                raise RuntimeError(
                    f"cannot reshape tensor of 0 elements into shape {shape} because the unspecified "
                    "dimension size -1 can be any value and is ambiguous"
                )
            raise RuntimeError(f"shape '{shape}' is invalid for input of size {numel}")
        if numel % known:
            raise RuntimeError(f"shape '{shape}' is invalid for input of size {numel}")
        shape[shape.index(-1)] = numel // known
    if int(np.prod(shape)) != numel:
        raise RuntimeError(f"shape '{shape}' is invalid for input of size {numel}")
    return tuple(shape)


# ----------------------------------------------------------------------------- view / reshape
class ViewBackward0(Node):
    """view/reshape: the gradient is reshaped back to the input's shape"""

    rule = "grad_self = grad.reshape(self's shape)"

    __slots__ = ()
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad):
        return (self.xp.reshape(grad, self._attrs[0]),)


class UnsafeViewBackward0(ViewBackward0):
    """a reshape that had to copy first (the copy is a CloneBackward0 below it)"""

    rule = "grad_self = grad.reshape(self's shape)"

    __slots__ = ()


def _view_data(data, shape):
    """``data`` seen with ``shape`` without copying, or None when the strides do not allow it."""
    try:
        return data.reshape(shape, copy=False)
    except ValueError:
        return None


@op("view", function=False)
def view(input, *shape):
    from ... import _dtypes

    if len(shape) == 1 and isinstance(shape[0], _dtypes.dtype):
        old, new = input._data.dtype.itemsize, shape[0].np.itemsize
        if new > old:  # wider elements: the last dim must hold a whole number of them (NumPy's words differ)
            names = f"view {_dtypes.TYPE_NAME[input.dtype.name]} as {_dtypes.TYPE_NAME[shape[0].name]}"
            if input._data.ndim == 0:
                raise RuntimeError(f"self.dim() cannot be 0 to {names} (different element sizes)")
            if input._data.shape[-1] % (new // old):
                raise RuntimeError(f"self.size(-1) must be divisible by {new // old} to {names} (different "
                                   f"element sizes), but got {input._data.shape[-1]}")
        out = input._data.view(shape[0].np)
        return _as_view(record(ViewBackward0, out, (input,), (), (tuple(input._data.shape),)), input)
    _checked_sizes(shape, "view")
    shape = _infer_shape(_shape_arg(shape), input._data.size)
    out = _view_data(input._data, shape)
    if out is None:
        raise RuntimeError(
            "view size is not compatible with input tensor's size and stride (at least one "
            "dimension spans across two contiguous subspaces). Use .reshape(...) instead."
        )
    return _as_view(record(ViewBackward0, out, (input,), (), (tuple(input._data.shape),)), input)


class ReshapeAliasBackward0(ViewBackward0):
    """a reshape that is a view of a non-contiguous tensor: reshape the gradient back"""

    rule = "grad_self = grad.reshape(self's shape)"

    __slots__ = ()


@op("reshape")
def reshape(input, *shape):
    """As PyTorch: a view of a contiguous tensor (ViewBackward0); a view with other strides when
    the layout allows one (ReshapeAliasBackward0); otherwise a contiguous copy (CloneBackward0,
    then UnsafeViewBackward0)."""
    _checked_sizes(shape, "reshape")
    shape = _infer_shape(_shape_arg(shape), input._data.size)
    if input._data.flags.c_contiguous:
        return view(input, shape)
    out = _view_data(input._data, shape)
    if out is not None:
        return _as_view(record(ReshapeAliasBackward0, out, (input,), (), (tuple(input._data.shape),)), input)
    copy = record(CloneBackward0, row_major(input._data), (input,))
    return unsafe_view(copy, shape)


@op("view_as", function=False)
def view_as(self, other):
    return view(self, other.shape)


@op("reshape_as", function=False)
def reshape_as(self, other):
    return reshape(self, other.shape)


def unsafe_view(input, shape):
    """A reshape of freshly made data (PyTorch's ``_unsafe_view``): UnsafeViewBackward0."""
    shape = _infer_shape(_shape_arg((shape,)), input._data.size)
    out = input._data.reshape(shape)
    # Not a view for autograd (no _base), as PyTorch's _unsafe_view: the data is new anyway.
    return record(UnsafeViewBackward0, out, (input,), (), (tuple(input._data.shape),))


@op("flatten")
def flatten(input, start_dim=0, end_dim=-1):
    data = input._data
    if data.ndim == 0:
        return reshape(input, 1)
    s, e = wrap_dim(start_dim, data.ndim), wrap_dim(end_dim, data.ndim)
    if s > e:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    if s == e:
        return input
    shape = data.shape[:s] + (int(np.prod(data.shape[s:e + 1])),) + data.shape[e + 1:]
    return reshape(input, shape)


@op("unflatten")
def unflatten(input, dim, sizes):
    data = input._data
    axis = wrap_dim(dim, data.ndim)
    sizes = tuple(sizes)
    known = int(np.prod([s for s in sizes if s != -1]))
    try:
        if sizes.count(-1) > 1 or any(s < -1 for s in sizes):
            _infer_shape(sizes, data.shape[axis])  # raises the view's error, checked before the product
        if (known == 0 and data.shape[axis] or data.shape[axis] % max(known, 1)) if -1 in sizes \
                else known != data.shape[axis]:
            raise RuntimeError(f"unflatten: Provided sizes {list(sizes)} don't multiply up to the size of dim "
                               f"{axis} ({data.shape[axis]}) in the input tensor")
        sizes = _infer_shape(sizes, data.shape[axis])
    except RuntimeError as exc:
        if str(exc).startswith("unflatten"):
            raise
        # PyTorch wraps the view's own error (its C++ trace follows, left out here)
        raise RuntimeError(f"unflatten got an unexpected error:\n{exc}") from None
    return view(input, data.shape[:axis] + sizes + data.shape[axis + 1:])


# ----------------------------------------------------------------------------- expand / repeat
class ExpandBackward0(Node):
    """expand: the broadcast gradient is summed back to the input's shape"""

    rule = "grad_self = grad summed over the expanded dims"

    __slots__ = ()
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad):
        return (self.xp.sum_to(grad, tuple(self._attrs[0])),)


def _type_name(t):
    return {"float32": "Float", "float64": "Double", "float16": "Half", "int64": "Long",
            "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}[t.dtype.name]


@op("expand", function=False)
def expand(input, *sizes):
    sizes = _shape_arg(sizes)
    data = input._data
    lead = len(sizes) - data.ndim
    if lead < 0:
        raise RuntimeError(
            f"expand(torch.{_type_name(input)}Tensor{{{list(data.shape)}}}, size={list(sizes)}): the "
            f"number of sizes provided ({len(sizes)}) must be greater or equal to the number of "
            f"dimensions in the tensor ({data.ndim})"
        )
    target = [None] * len(sizes)
    for i in reversed(range(len(sizes))):  # PyTorch checks from the last dimension: its error names the last mismatch
        s = sizes[i]
        have = data.shape[i - lead] if i >= lead else None
        if s == -1:
            if have is None:
                raise RuntimeError(
                    f"The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension {i}"
                )
            s = have
        elif have is not None and have != s and have != 1:
            raise RuntimeError(
                f"The expanded size of the tensor ({s}) must match the existing size ({have}) at "
                f"non-singleton dimension {i}.  Target sizes: {list(sizes)}.  Tensor sizes: {list(data.shape)}"
            )
        target[i] = s
    out = np.broadcast_to(data, tuple(target))
    return _as_view(record(ExpandBackward0, out, (input,), (), (tuple(data.shape),)), input)


@op("expand_as", function=False)
def expand_as(input, other):
    return expand(input, other.shape)


class RepeatBackward0(Node):
    """repeat: every copy's gradient is summed back into the original"""

    rule = "grad_self = sum of grad over all the repeated copies"

    __slots__ = ()
    attr_fields = ("repeats", "self_sym_sizes")

    def backward(self, grad):
        xp = self.xp
        repeats, shape = self._attrs
        lead = len(repeats) - len(shape)
        padded = (1,) * lead + tuple(shape)
        # Split every dim into (repeat, size) and sum over the repeats.
        split = []
        for r, s in zip(repeats, padded):
            split += [r, s]
        grad = xp.reshape(grad, tuple(split))
        grad = xp.sum_axes(grad, tuple(range(0, len(split), 2)))
        return (xp.reshape(grad, tuple(shape)),)


@op("repeat", function=False)
def repeat(input, *repeats):
    repeats = _shape_arg(repeats)
    data = input._data
    if len(repeats) < data.ndim:
        raise RuntimeError(
            "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor"
        )
    out = row_major(np.tile(data.reshape((1,) * (len(repeats) - data.ndim) + data.shape), repeats))
    return record(RepeatBackward0, out, (input,), (), (repeats, tuple(data.shape)))


# ----------------------------------------------------------------------------- (un)squeeze
class UnsqueezeBackward0(Node):
    """unsqueeze(dim): squeeze the gradient"""

    rule = "grad_self = grad.squeeze(dim)"

    __slots__ = ()
    attr_fields = ("dim",)

    def backward(self, grad):
        # the dim as given (negative too): PyTorch's SqueezeBackward1 saves it so under create_graph
        return (self.xp.squeeze(grad, _dims.signed(self._attrs[0])),)


def _int_dim(dim, name, position):
    """PyTorch's argument error for a dim that is not an int (``unsqueeze(1.0)``)."""
    if isinstance(dim, bool) or not _is_int(dim):
        raise TypeError(f"{name}(): argument 'dim' (position {position}) must be int, not {_type(dim)}")


def _unsqueeze_function(input, dim):  # torch.unsqueeze: dim is its argument at position 2
    return unsqueeze(input, dim, 2)


@op("unsqueeze", axis_alias=True, function=_unsqueeze_function)
def unsqueeze(input, dim, _position=1):
    _int_dim(dim, "unsqueeze", _position)  # 1 for the method, 2 for torch.unsqueeze(x, dim)
    dim = int(dim)
    d = wrap_dim(dim, input._data.ndim + 1)
    out = np.expand_dims(input._data, d)
    return _as_view(record(UnsqueezeBackward0, out, (input,), (), (_dims.shown(dim),)), input)


class SqueezeBackward0(Node):
    """squeeze: reshape the gradient back to the input's shape"""

    rule = "grad_self = grad.reshape(self's shape)"

    __slots__ = ()
    attr_fields = ("self_sym_sizes",)

    def backward(self, grad):
        return (self.xp.reshape(grad, self._attrs[0]),)


class SqueezeBackward1(SqueezeBackward0):
    """squeeze(dim): reshape the gradient back to the input's shape"""

    rule = "grad_self = grad.unsqueeze(dim)"

    __slots__ = ()
    attr_fields = ("self_sym_sizes", "dim")

    def backward(self, grad):
        shape, dim = self._attrs
        axis = _dims.wrap(_dims.signed(dim), len(shape))
        # PyTorch's unsqueeze_to: a dimension squeezed away comes back (UnsqueezeBackward0 under create_graph)
        return (self.xp.unsqueeze(grad, axis) if shape[axis] == 1 else grad,)


class SqueezeBackward2(SqueezeBackward0):
    """squeeze(dims): reshape the gradient back to the input's shape"""

    rule = "grad_self = grad.reshape(self's shape)"

    __slots__ = ()
    attr_fields = ("self_sym_sizes", "dim")


@op("squeeze", axis_alias=True)
def squeeze(input, dim=None, *more_dims):
    if more_dims:  # x.squeeze(0, 2) is x.squeeze((0, 2))
        dim = (dim,) + more_dims
    if dim is not None and not isinstance(dim, (tuple, list)) and not _is_int(dim):
        raise TypeError(f"squeeze() received an invalid combination of arguments - got ({_type(dim)}), "
                        "but expected one of:")
    data = input._data
    shape = tuple(data.shape)
    if dim is None:
        out = data.reshape(tuple(s for s in shape if s != 1))
        return _as_view(record(SqueezeBackward0, out, (input,), (), (shape,)), input)
    dims = _dims.as_tuple(dim)
    axes = {wrap_dim(d, data.ndim) for d in dims}
    out = data.reshape(tuple(s for i, s in enumerate(shape) if not (i in axes and s == 1)))
    if isinstance(dim, (tuple, list)):
        return _as_view(record(SqueezeBackward2, out, (input,), (), (shape, _dims.shown_all(dims))), input)
    return _as_view(record(SqueezeBackward1, out, (input,), (), (shape, _dims.shown(int(dim)))), input)


class SqueezeBackward3(SqueezeBackward0):
    """squeeze_(): reshape the gradient back to the input's shape"""

    rule = "grad_self = grad.reshape(self's shape)"

    __slots__ = ()


class SqueezeBackward4(SqueezeBackward0):
    """squeeze_(dim): reshape the gradient back to the input's shape"""

    rule = "grad_self = grad.reshape(self's shape)"

    __slots__ = ()
    attr_fields = ("self_sym_sizes", "dim")


class SqueezeBackward5(SqueezeBackward4):
    """squeeze_(dims): reshape the gradient back to the input's shape"""

    rule = "grad_self = grad.reshape(self's shape)"

    __slots__ = ()


class UnsqueezeBackward1(UnsqueezeBackward0):
    """unsqueeze_(dim): squeeze the gradient"""

    rule = "grad_self = grad.squeeze(dim)"

    __slots__ = ()


def _in_place_view(input, node_cls, data, attrs):
    """Gives ``input`` a new shape in place, recording ``node_cls`` on top of its history."""
    from ...tensor import Tensor
    from ..inplace.variants import check_leaf

    check_leaf(input)
    before = Tensor._make(input._data, input._requires_grad, input._grad_fn)
    if input._tangent is not None:  # forward AD: the tangent takes the new shape too
        before._tangent = input._tangent
    out = record(node_cls, data, (before,), (), attrs)
    if out._tangent is not None:
        input._tangent = out._tangent
    input._data = out._data
    input._grad_fn = out._grad_fn
    input._requires_grad = out._requires_grad
    input._vc[0] += 1
    return input


# squeeze_ and unsqueeze_ are not inplace= variants: they change the tensor's own shape (a view
# op done in place), and PyTorch records SqueezeBackward3-5/UnsqueezeBackward1 for them.
@op("squeeze_", function=False)
def squeeze_(input, dim=None):
    data = input._data
    shape = tuple(data.shape)
    if dim is None:
        out = data.reshape(tuple(s for s in shape if s != 1))
        return _in_place_view(input, SqueezeBackward3, out, (shape,))
    dims = _dims.as_tuple(dim)
    axes = {wrap_dim(d, data.ndim) for d in dims}
    out = data.reshape(tuple(s for i, s in enumerate(shape) if not (i in axes and s == 1)))
    if isinstance(dim, (tuple, list)):
        return _in_place_view(input, SqueezeBackward5, out, (shape, _dims.shown_all(dims)))
    return _in_place_view(input, SqueezeBackward4, out, (shape, _dims.shown(int(dim))))


@op("unsqueeze_", function=False)
def unsqueeze_(input, dim):
    _int_dim(dim, "unsqueeze_", 1)
    dim = int(dim)
    out = np.expand_dims(input._data, wrap_dim(dim, input._data.ndim + 1))
    return _in_place_view(input, UnsqueezeBackward1, out, (_dims.shown(dim),))


# ----------------------------------------------------------------------------- flip / clone
class FlipBackward0(Node):
    """flip(dims): flip the gradient back"""

    rule = "grad_self = grad.flip(dims)"

    __slots__ = ()
    attr_fields = ("dims",)

    def backward(self, grad):
        return (self.xp.flip(grad, tuple(_dims.signed(d) for d in self._attrs[0])),)


@op("flip")
def flip(input, *dims):
    dims = _dims.as_tuple(dims[0] if len(dims) == 1 else dims)
    dims = tuple(_dims.signed(d) for d in dims)
    axes = tuple(wrap_dim(d, input._data.ndim) for d in dims)
    if len(set(axes)) != len(axes):
        raise RuntimeError(f"dim {axes[0]} appears multiple times in the list of dims")
    # A copy in the input's memory order, as PyTorch's flip keeps the layout.
    out = np.flip(input._data, axes).copy(order="K") if axes else input._data.copy(order="K")
    return record(FlipBackward0, out, (input,), (), (_dims.shown_all(dims),))


class CloneBackward0(Node):
    """clone: the gradient passes through unchanged"""

    rule = "grad_self = grad"

    __slots__ = ()

    def backward(self, grad):
        return (grad,)


@op("clone")
def clone(input, *, memory_format=None):
    data = input._data
    # PyTorch keeps the layout of a dense tensor (a transposed one stays transposed), but an
    # expanded one, whose elements overlap, becomes row-major.
    overlapping = any(stride == 0 and size > 1 for stride, size in zip(data.strides, data.shape))
    return record(CloneBackward0, np.array(data, copy=True, order="C" if overlapping else "K"), (input,))


@op("contiguous", function=False)
def contiguous(input, memory_format=None):
    """The tensor itself when its memory is already in row-major order, else a copy (a clone)."""
    if input._data.flags.c_contiguous:
        return input
    return record(CloneBackward0, row_major(input._data), (input,))


FUNCTIONS, METHODS = tables(__name__)
