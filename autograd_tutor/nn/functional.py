"""``torch.nn.functional``: the stateless layer and loss functions.

These are PyTorch's Python-level wrappers: argument handling, deprecation warnings and the
shape checks made before the ops in ``autograd_tutor.ops`` (which record the graph nodes).
"""
import warnings

import numpy as np

import autograd_tutor as _torch
from autograd_tutor.ops._arg_checks import require_tensor

from ..ops.linalg.matmul import addmm as _addmm
from ..ops.nn import losses as _loss, softmax as _activation
from ..ops.shape.transpose import t as _t
from . import _reduction


# ------------------------------------------------------------------------------------- layers
def linear(input, weight, bias=None):
    """y = input @ weight.T + bias, recorded as PyTorch records it (AddmmBackward0 for 2-D input)."""
    require_tensor(input, "linear", "input", 1)
    require_tensor(weight, "linear", "weight", 2)
    if bias is not None:
        require_tensor(bias, "linear", "bias", 3)
    if input._data.ndim == 0 or weight._data.ndim == 0:
        raise RuntimeError(
            f"both arguments to linear need to be at least 1D, but they are {input.dim()}D and {weight.dim()}D"
        )
    if bias is None:
        return _torch.matmul(input, weight.t())
    if input._data.ndim == 2 or input.is_contiguous():
        _check_addmm_dtypes(input, weight, bias)
    if input._data.ndim == 2:
        # The ops themselves: the arguments are tensors and there are no keywords, so the
        # torch.addmm / Tensor.t wrappers (argument types, keyword surface) have nothing to do.
        return _addmm(bias, input, _t(weight))
    if input.is_contiguous():
        # Other ranks: flatten to 2-D, addmm, view back (PyTorch's fused path).
        shape = tuple(input.shape)
        rows = 1
        for size in shape[:-1]:
            rows *= size
        out = _torch.addmm(bias, input.reshape(rows, shape[-1]), weight.t())
        return out.view(*shape[:-1], out.shape[1])
    output = _torch.matmul(input, weight.t())
    output.add_(bias)
    return output


_TYPE_NAMES = {"float32": "Float", "float64": "Double", "float16": "Half", "bfloat16": "BFloat16",
               "int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte",
               "bool": "Bool"}


def _check_addmm_dtypes(input, weight, bias):
    """PyTorch's addmm checks dtypes (bias first, then input) before shapes, with these words."""
    dtype = weight._data.dtype
    if bias._data.dtype == dtype and input._data.dtype == dtype:
        return
    for role, tensor in (("self", bias), ("mat1", input)):
        if tensor.dtype != weight.dtype:
            raise RuntimeError(
                f"{role} and mat2 must have the same dtype, but got "
                f"{_TYPE_NAMES.get(tensor.dtype.name, tensor.dtype.name)} and "
                f"{_TYPE_NAMES.get(weight.dtype.name, weight.dtype.name)}"
            )


# -------------------------------------------------------------------------------- activations
def relu(input, inplace=False):
    require_tensor(input, "relu", "input", 1)
    return input.relu_() if inplace else _torch.relu(input)


def leaky_relu(input, negative_slope=0.01, inplace=False):
    if inplace:
        from autograd_tutor.ops.inplace.variants import inplace as in_place

        return in_place(input, _activation.leaky_relu, negative_slope)
    return _activation.leaky_relu(input, negative_slope)


def dropout(input, p=0.5, training=True, inplace=False):
    """Zeroes each element with probability p and scales the others by 1 / (1 - p), recorded as
    PyTorch does on the CPU: a multiplication by the random mask, drawn as PyTorch's
    ``bernoulli_(1 - p)`` draws it (one float64 uniform per element)."""
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    require_tensor(input, "dropout", "input", 1)
    if p == 0 or not training or input.numel() == 0:
        return input
    # Absolute import: ``import torch.nn.functional as F`` gives this module torch's __spec__,
    # and a relative import here would warn (ImportWarning).
    from autograd_tutor import random as _random

    data = input._data
    if p == 1:
        mask = _torch.zeros((), dtype=input.dtype)
    else:
        # PyTorch: noise = empty_like(input).bernoulli_(1 - p); noise.div_(1 - p)
        keep = _random.bernoulli_values(data.shape, 1 - p)
        mask = _torch.tensor(keep.astype(data.dtype) / data.dtype.type(1 - p))
    if inplace:
        return input.mul_(mask)
    return input * mask


def sigmoid(input):
    return input.sigmoid()


def tanh(input):
    return input.tanh()


def _get_softmax_dim(name, ndim, stacklevel):
    warnings.warn(
        f"Implicit dimension choice for {name} has been deprecated. Change the call to include dim=X as an argument.",
        stacklevel=stacklevel,
    )
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim("softmax", input.dim(), _stacklevel)
    return input.softmax(dim, dtype=dtype)


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    """softmax of -input (PyTorch composes it so: the graph ends in SoftmaxBackward0)."""
    if dim is None:
        dim = _get_softmax_dim("softmin", input.dim(), _stacklevel)
    return (-input).softmax(dim, dtype=dtype)


def softsign(input):
    return input / (input.abs() + 1)


def tanhshrink(input):
    return input - input.tanh()


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim("log_softmax", input.dim(), _stacklevel)
    return input.log_softmax(dim, dtype=dtype)


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    """input / max(‖input‖_p, eps) along ``dim``, composed as PyTorch's Python code composes it
    (so the graph ends in DivBackward0)."""
    denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    if out is None:
        return input / denom
    return _torch.div(input, denom, out=out)


def one_hot(tensor, num_classes=-1):
    """Class indices (int64) to rows of 0s and a 1, as int64, with PyTorch's checks in its order."""
    require_tensor(tensor, "one_hot", "input", 1)
    if tensor.dtype is not _torch.int64:
        raise RuntimeError("one_hot is only applicable to index tensor of type LongTensor.")
    indices = tensor._data
    if indices.size == 0:
        if num_classes == -1:
            raise RuntimeError("Can not infer total number of classes from empty tensor.")
        return _torch.zeros(*indices.shape, num_classes, dtype=_torch.int64)
    if indices.min() < 0:
        raise RuntimeError("Class values must be non-negative.")
    if num_classes == -1:
        num_classes = int(indices.max()) + 1
    elif indices.max() >= num_classes:
        raise RuntimeError("Class values must be smaller than num_classes.")
    return _torch.from_numpy((indices[..., None] == np.arange(num_classes)).astype(np.int64))


# ------------------------------------------------------------------------------------- losses
def _reduction_enum(size_average, reduce, reduction):
    if size_average is not None or reduce is not None:
        return _reduction.legacy_get_enum(size_average, reduce)
    return _reduction.get_enum(reduction)


def _size_warning(input, target):
    """PyTorch's warning when a loss's target would broadcast against its input."""
    if target.size() != input.size():
        warnings.warn(
            f"Using a target size ({target.size()}) that is different to the input size ({input.size()}). "
            "This will likely lead to incorrect results due to broadcasting. "
            "Please ensure they have the same size.",
            stacklevel=3,
        )


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    _size_warning(input, target)
    if size_average is not None or reduce is not None:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    expanded_input, expanded_target = _broadcast_pair(input, target)
    if weight is not None:
        if weight.size() != input.size():
            raise ValueError("Weights and input must have the same size.")
        weighted = _torch.pow(expanded_input - expanded_target, 2) * weight
        if reduction == "none":
            return weighted
        if reduction == "sum":
            return _torch.sum(weighted)
        if reduction == "mean":
            return _torch.sum(weighted) / _torch.sum(weight)
        raise ValueError(f"Invalid reduction mode: {reduction}. Expected one of 'none', 'mean', 'sum'.")
    return _loss.mse_loss(expanded_input, expanded_target, _reduction.get_enum(reduction))


def _broadcast_pair(a, b):
    """``torch.broadcast_tensors`` for two tensors: a tensor already of the full shape is kept."""
    shape = _torch.Size(_broadcast_shape(tuple(a.shape), tuple(b.shape)))
    return (a if a.shape == shape else a.expand(shape)), (b if b.shape == shape else b.expand(shape))


def _broadcast_shape(s1, s2):
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


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    """mean |input - target|, recorded as PyTorch records it: SubBackward0, AbsBackward0, then the
    reduction."""
    _size_warning(input, target)
    if size_average is not None or reduce is not None:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    expanded_input, expanded_target = _broadcast_pair(input, target)
    errors = _torch.abs(expanded_input - expanded_target)
    if weight is not None:
        if weight.size() != input.size():
            raise ValueError("Weights and input must have the same size.")
        errors = errors * weight
        if reduction == "mean":
            return _torch.sum(errors) / _torch.sum(weight)
    enum = _reduction.get_enum(reduction)
    if enum == _loss.NONE:
        return errors
    return errors.mean() if enum == _loss.MEAN else errors.sum()


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    reduction_enum = _reduction_enum(size_average, reduce, reduction)
    if not (target.size() == input.size()):
        raise ValueError(f"Target size ({target.size()}) must be the same as input size ({input.size()})")
    # PyTorch's composite: log_sigmoid(input).mul_((pos_weight - 1) * target + 1), then
    # loss.mul_(weight); a weight that does not broadcast fails in those products.
    shape = tuple(input.shape)
    if pos_weight is not None:
        _check_inplace_broadcast(shape, _broadcast_shape(tuple(pos_weight.shape), tuple(target.shape)))
    if weight is not None:
        _check_inplace_broadcast(shape, tuple(weight.shape))
    return _loss.binary_cross_entropy_with_logits(input, target, weight, pos_weight, reduction_enum)


def _check_inplace_broadcast(out_shape, other_shape):
    """``out.mul_(other)``'s checks: the shapes broadcast, and to no more than ``out``'s shape."""
    full = _broadcast_shape(out_shape, other_shape)
    if full != out_shape:
        raise RuntimeError(f"output with shape {list(out_shape)} doesn't match the broadcast shape {list(full)}")


def _broadcast_shapes(*shapes):
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


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    reduction_enum = _reduction_enum(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError(
            f"Using a target size ({target.size()}) that is different to the input size ({input.size()}) is "
            "deprecated. Please ensure they have the same size."
        )
    if weight is not None:
        weight = weight.expand(_broadcast_shapes(target.size(), weight.size()))
        _check_inplace_broadcast(tuple(input.shape), tuple(weight.shape))  # the kernel's loss.mul_(weight)
    return _loss.binary_cross_entropy(input, target, weight, reduction_enum)


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    reduction_enum = _reduction_enum(size_average, reduce, reduction)
    if _class_weight_of_other_dtype(input, weight):
        _loss.nll_loss(input, target, weight.to(input.dtype), reduction_enum, ignore_index)
        _refuse_class_weight_dtype(input, weight)
    return _loss.nll_loss(input, target, weight, reduction_enum, ignore_index)


def _class_weight_of_other_dtype(input, weight):
    return weight is not None and isinstance(input, _torch.Tensor) and weight.dtype != input.dtype


def _refuse_class_weight_dtype(input, weight):
    """PyTorch's nll kernel reads the class weights as the input's type: another dtype fails,
    after the target checks (so the caller runs those first, with converted weights)."""
    raise RuntimeError(
        f"expected scalar type {_TYPE_NAMES.get(input.dtype.name, input.dtype.name)} but found "
        f"{_TYPE_NAMES.get(weight.dtype.name, weight.dtype.name)}"
    )


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    if size_average is not None or reduce is not None:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    reduction_enum = _reduction.get_enum(reduction)
    if _class_weight_of_other_dtype(input, weight) and isinstance(target, _torch.Tensor) \
            and target.shape != input.shape:  # class indices (probability targets promote instead)
        _loss.cross_entropy(input, target, weight.to(input.dtype), reduction_enum, ignore_index, label_smoothing)
        _refuse_class_weight_dtype(input, weight)
    return _loss.cross_entropy(input, target, weight, reduction_enum, ignore_index, label_smoothing)


# ---------------------------------------------------------------- smooth activations (ops/smooth_activations)
from autograd_tutor.ops.nn.activations import (  # noqa: E402
    glu,
    hardshrink,
    hardsigmoid as _hardsigmoid,
    mish as _mish,
    softshrink,  # noqa: E402
)
from autograd_tutor.ops.nn.embedding import embedding  # noqa: E402
from autograd_tutor.ops.nn.normalization import batch_norm, layer_norm  # noqa: E402
from autograd_tutor.ops.nn.smooth_activations import gelu, logsigmoid, silu, softplus  # noqa: E402

# ------------------------------------------------------------- more activations (ops/nn/activations)
from ..ops.nn import activations as _more  # noqa: E402


def _maybe_inplace(fn, input, inplace, *args):
    if inplace:
        from autograd_tutor.ops.inplace.variants import inplace as in_place

        return in_place(input, fn, *args)
    return fn(input, *args)


def elu(input, alpha=1.0, inplace=False):
    return _maybe_inplace(_more.elu_ if inplace else _more.elu, input, inplace, alpha)


def selu(input, inplace=False):
    return _maybe_inplace(_more.selu_ if inplace else _more.selu, input, inplace)


def celu(input, alpha=1.0, inplace=False):
    return _maybe_inplace(_more.celu_ if inplace else _more.celu, input, inplace, alpha)


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    return _maybe_inplace(_more.hardtanh, input, inplace, min_val, max_val)


def relu6(input, inplace=False):
    return _maybe_inplace(_more.relu6, input, inplace)


def hardsigmoid(input, inplace=False):
    return _maybe_inplace(_hardsigmoid, input, inplace)


def hardswish(input, inplace=False):
    return _maybe_inplace(_more.hardswish, input, inplace)


def mish(input, inplace=False):
    return _maybe_inplace(_mish, input, inplace)


def threshold(input, threshold, value, inplace=False):
    return _maybe_inplace(_more.threshold_ if inplace else _more.threshold, input, inplace, threshold, value)


# ------------------------------------------------------------------ smooth_l1 and huber (ops/nn/robust_losses)
def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    from autograd_tutor.ops.nn.robust_losses import smooth_l1_loss as _smooth_l1

    _size_warning(input, target)
    if size_average is not None or reduce is not None:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    if beta == 0.0:
        return l1_loss(input, target, reduction=reduction)
    expanded_input, expanded_target = _broadcast_pair(input, target)
    return _smooth_l1(expanded_input, expanded_target, _reduction.get_enum(reduction), beta)


def huber_loss(input, target, reduction="mean", delta=1.0, weight=None):
    from autograd_tutor.ops.nn.robust_losses import huber_loss as _huber

    _size_warning(input, target)
    expanded_input, expanded_target = _broadcast_pair(input, target)
    if weight is None:
        return _huber(expanded_input, expanded_target, _reduction.get_enum(reduction), delta)
    if weight.size() != input.size():
        raise ValueError("Weights and input must have the same size.")
    weighted = _huber(expanded_input, expanded_target, _reduction.get_enum("none"), delta) * weight
    if reduction == "none":
        return weighted
    if reduction == "sum":
        return _torch.sum(weighted)
    if reduction == "mean":
        return weighted.mean()
    raise ValueError(f"Invalid reduction mode: {reduction}. Expected one of 'none', 'mean', 'sum'.")


def pad(input, pad, mode="constant", value=None):
    """Pads the last dimensions (``pad`` = (left, right, top, bottom, ...)); constant mode only."""
    from autograd_tutor.ops.shape.pad import constant_pad_nd

    if mode != "constant":
        raise NotImplementedError(f"autograd_tutor's pad supports mode='constant' only, not {mode!r}")
    if len(pad) % 2:
        raise RuntimeError("Padding length must be divisible by 2")
    if len(pad) // 2 > input.dim():
        raise RuntimeError(
            "Padding length should be less than or equal to two times the input dimension but got "
            f"padding length {len(pad)} and input of dimension {input.dim()}")
    return constant_pad_nd(input, pad, 0 if value is None else value)


# ------------------------------------------------------------------ convolution and pooling (ops/conv)
from ._conv_functional import avg_pool2d, conv1d, conv2d, max_pool2d  # noqa: E402


# ------------------------------------------------------------ distances and ranking losses (composed)
def _apply_reduction(losses, reduction_enum):
    if reduction_enum == 1:
        return losses.mean()
    if reduction_enum == 2:
        return losses.sum()
    return losses


def pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False):
    """‖x1 - x2 + eps‖_p over the last dimension, as ATen composes it (NormBackward1)."""
    from autograd_tutor.ops.double_backward.number_ops import add_number as plus
    from autograd_tutor.ops.linalg.distances import norm_dim

    out_dim = max(x1.dim(), x2.dim())
    if out_dim == 0:
        return norm_dim(plus(x1 - x2, eps), p, (0,), keepdim)
    return norm_dim(plus(x1 - x2, eps), p, (out_dim - 1,), keepdim)


def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    if size_average is not None or reduce is not None:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    elif reduction == "mean":
        warnings.warn(
            "reduction: 'mean' divides the total loss by both the batch size and the support size."
            "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
            "'mean' will be changed to behave the same as 'batchmean' in the next major release.",
            stacklevel=2,
        )
    enum = _reduction.get_enum("sum" if reduction == "batchmean" else reduction)
    if log_target:
        losses = _torch.exp(target) * (target - input)
    else:
        losses = _torch.xlogy(target, target) - target * input
    reduced = _apply_reduction(losses, enum)
    if reduction == "batchmean" and input.dim() != 0:
        reduced = reduced / input.size()[0]
    return reduced


def margin_ranking_loss(input1, input2, target, margin=0.0, size_average=None, reduce=None, reduction="mean"):
    from autograd_tutor.ops.double_backward.number_ops import add_number as plus

    if size_average is not None or reduce is not None:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    enum = _reduction.get_enum(reduction)
    if input1.dim() != input2.dim() or input1.dim() != target.dim():
        raise RuntimeError(
            f"margin_ranking_loss : All input tensors should have same dimension but got sizes: "
            f"input1: {input1.size()}, input2: {input2.size()}, target: {target.size()} "
        )
    shifted = plus(-target * (input1 - input2), margin)
    return _apply_reduction(_clamp_min_in_place(shifted, 0), enum)


def _clamp_min_in_place(t, low):
    """ATen's ``t.clamp_min_(low)`` on a fresh result: its node saves a clone of ``t``
    (CloneBackward0) taken before the change, and its edge goes to ``t``'s history."""
    from autograd_tutor.ops._record import record
    from autograd_tutor.ops.pointwise.piecewise import ClampMinBackward0

    saved = t.clone() if t.requires_grad else t
    data = np.maximum(t._data, t._data.dtype.type(low))
    return record(ClampMinBackward0, data, (t,), (saved,), (low,))


def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    """Σ (x1 / max(‖x1‖, eps)) (x2 / max(‖x2‖, eps)) along ``dim``, composed as ATen does: the
    inputs expanded to a common shape, each norm cloned and clamped without recording."""
    from autograd_tutor.ops._record import check_broadcastable

    check_broadcastable(tuple(x1.shape), tuple(x2.shape))
    shape = tuple(np.broadcast_shapes(tuple(x1.shape), tuple(x2.shape)))
    same_shape = tuple(x1.shape) == tuple(x2.shape)
    a = x1 if same_shape else x1.expand(shape)
    b = x2 if same_shape else x2.expand(shape)
    norms = []
    for t in (a, b):
        n = _torch.linalg.vector_norm(t, 2, dim=dim, keepdim=True).clone()
        with _torch.no_grad():
            n.clamp_(min=eps)
        norms.append(n)
    return ((a / norms[0]) * (b / norms[1])).sum(dim)


__all__ = [
    "gelu", "silu", "softplus", "logsigmoid", "embedding", "layer_norm", "batch_norm",
    "elu", "selu", "celu", "hardtanh", "relu6", "hardsigmoid", "hardswish", "mish", "softshrink",
    "hardshrink", "threshold", "glu", "smooth_l1_loss", "huber_loss", "pad",
    "conv1d", "conv2d", "max_pool2d", "avg_pool2d", "pairwise_distance", "kl_div", "margin_ranking_loss",
    "cosine_similarity",
    "linear", "relu", "leaky_relu", "dropout", "sigmoid", "tanh", "softmax", "softmin", "softsign", "tanhshrink", "log_softmax", "normalize",
    "one_hot", "mse_loss",
    "l1_loss", "binary_cross_entropy", "binary_cross_entropy_with_logits", "nll_loss", "cross_entropy",
]

from autograd_tutor.ops.nn.adaptive_pool import (  # noqa: E402
    adaptive_avg_pool1d,
    adaptive_avg_pool2d,
    adaptive_max_pool1d,
    adaptive_max_pool2d,
)

__all__ += ["adaptive_avg_pool1d", "adaptive_avg_pool2d", "adaptive_max_pool1d", "adaptive_max_pool2d"]


def _with_torch_keywords():
    # PyTorch's keyword surface (aliases, out=, NotImplementedError for the rest): see ops/_keywords.
    from autograd_tutor.ops import with_torch_keywords
    from autograd_tutor.ops._torch_keywords import FUNCTIONAL

    namespace = globals()
    found = {n: namespace[n] for n in FUNCTIONAL if callable(namespace.get(n)) and not isinstance(namespace[n], type)}
    namespace.update(with_torch_keywords(found, FUNCTIONAL, "torch.nn.functional."))


_with_torch_keywords()
