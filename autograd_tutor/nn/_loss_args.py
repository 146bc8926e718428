"""The argument checks nn.functional's losses make before calling their ops, in PyTorch's order
and with its words: reduction names, target sizes, broadcasting, class-weight dtypes."""
import warnings

from .. import _dtypes
from ..size import Size
from ..tensor import Tensor
from . import _reduction


def reduction_enum(size_average, reduce, reduction):
    if size_average is not None or reduce is not None:
        return _reduction.legacy_get_enum(size_average, reduce)
    return _reduction.get_enum(reduction)


def size_warning(input, target):
    """PyTorch's warning when a loss's target would broadcast against its input (shown at the
    caller of the nn.functional function)."""
    if target.size() != input.size():
        warnings.warn(
            f"Using a target size ({target.size()}) that is different to the input size ({input.size()}). "
            "This will likely lead to incorrect results due to broadcasting. "
            "Please ensure they have the same size.",
            stacklevel=3,
        )


def check_weight_size(input, weight):
    if weight.size() != input.size():
        raise ValueError("Weights and input must have the same size.")


def broadcast_pair(a, b):
    """``torch.broadcast_tensors`` for two tensors: a tensor already of the full shape is kept."""
    shape = Size(broadcast_shape(tuple(a.shape), tuple(b.shape)))
    return (a if a.shape == shape else a.expand(shape)), (b if b.shape == shape else b.expand(shape))


def broadcast_shape(s1, s2):
    out = []
    for i in range(1, max(len(s1), len(s2)) + 1):
        x = s1[-i] if i <= len(s1) else 1
        y = s2[-i] if i <= len(s2) else 1
        if x != y and x != 1 and y != 1:
            dim = max(len(s1), len(s2)) - i
            raise RuntimeError(
                f"The size of tensor a ({x}) must match the size of tensor b ({y}) at non-singleton dimension {dim}"
            )
        out.append(max(x, y) if x != 0 and y != 0 else 0)
    return tuple(reversed(out))


def check_inplace_broadcast(out_shape, other_shape):
    """``out.mul_(other)``'s checks: the shapes broadcast, and to no more than ``out``'s shape."""
    full = broadcast_shape(out_shape, other_shape)
    if full != out_shape:
        raise RuntimeError(f"output with shape {list(out_shape)} doesn't match the broadcast shape {list(full)}")


def broadcast_shapes(*shapes):
    """``torch.broadcast_shapes``, with its error (PyTorch's reference implementation)."""
    common = [1] * max(len(shape) for shape in shapes)
    for arg_idx, shape in enumerate(shapes):
        for idx in range(-1, -1 - len(shape), -1):
            if common[idx] == 1:
                common[idx] = shape[idx]
            elif shape[idx] != 1 and common[idx] != shape[idx]:
                raise RuntimeError(
                    f"Attempting to broadcast a dimension of length {shape[idx]} at {idx}! Mismatching argument "
                    f"at index {arg_idx} had {shape}; but expected shape should be broadcastable to {common}"
                )
    return tuple(common)


def class_weight_of_other_dtype(input, weight):
    return weight is not None and isinstance(input, Tensor) and weight.dtype != input.dtype


def refuse_class_weight_dtype(input, weight):
    """PyTorch's nll kernel reads the class weights as the input's type: another dtype fails,
    after the target checks (so the caller runs those first, with converted weights)."""
    raise RuntimeError(f"expected scalar type {type_name(input)} but found {type_name(weight)}")


def type_name(t):
    """PyTorch's legacy name of a tensor's dtype (Float, Double, Long...)."""
    return _dtypes.TYPE_NAME.get(t.dtype.name, t.dtype.name)

