"""``torch.nn.functional``: the stateless layer and loss functions.

These are PyTorch's Python-level wrappers: argument handling, deprecation warnings and the
shape checks made before the ops in ``autograd_tutor.ops`` (which record the graph nodes).
"""
import warnings

import autograd_tutor as _torch
from autograd_tutor.ops._arg_checks import require_tensor
from autograd_tutor.tensor import Tensor as _Tensor

from ..ops.linalg.matmul import linear as _addmm_linear
from ..ops.nn import (
    activations as _activations,
    cross_entropy as _cross_entropy,
    dropout as _dropout,
    elu as _elu,
    kl_div as _kl_div,
    losses as _loss,
    nll as _nll,
    ranking_losses as _ranking,
    robust_losses as _robust,
    smooth_activations as _smooth,
    softmax as _softmax,
)
from ..ops.pointwise.piecewise import relu as _relu
from . import _loss_args as _args, _reduction


# ------------------------------------------------------------------------------------- layers
def linear(input, weight, bias=None):
    """y = input @ weight.T + bias, recorded as PyTorch records it (AddmmBackward0 for 2-D input).

    nn.Linear's hot path: the common case is decided inline, the errors raised in helpers."""
    if not (isinstance(input, _Tensor) and isinstance(weight, _Tensor) and (bias is None or isinstance(bias, _Tensor))):
        _require_tensors(input, weight, bias)
    ndim = input._data.ndim
    if ndim == 0 or weight._data.ndim == 0:
        raise RuntimeError(
            f"both arguments to linear need to be at least 1D, but they are {input.dim()}D and {weight.dim()}D"
        )
    if bias is None:
        return _torch.matmul(input, weight.t())
    if ndim == 2 or input.is_contiguous():
        dtype = weight._data.dtype
        if bias._data.dtype != dtype or input._data.dtype != dtype:
            _addmm_dtype_error(input, weight, bias)
    if ndim == 2:
        # The ops themselves: the arguments are tensors and there are no keywords, so the
        # torch.addmm / Tensor.t wrappers (argument types, keyword surface) have nothing to do.
        return _addmm_linear(input, weight, bias)
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


def _require_tensors(input, weight, bias):
    require_tensor(input, "linear", "input", 1)
    require_tensor(weight, "linear", "weight", 2)
    if bias is not None:
        require_tensor(bias, "linear", "bias", 3)


def _addmm_dtype_error(input, weight, bias):
    """PyTorch's addmm checks dtypes (bias first, then input) before shapes, with these words."""
    for role, tensor in (("self", bias), ("mat1", input)):
        if tensor.dtype != weight.dtype:
            raise RuntimeError(
                f"{role} and mat2 must have the same dtype, but got {_args.type_name(tensor)} and "
                f"{_args.type_name(weight)}"
            )


# -------------------------------------------------------------------------------- activations
def relu(input, inplace=False):
    if not isinstance(input, _Tensor):
        require_tensor(input, "relu", "input", 1)
    # The op itself: a tensor and no keywords leave the torch.relu wrappers nothing to do.
    return input.relu_() if inplace else _relu(input)


def leaky_relu(input, negative_slope=0.01, inplace=False):
    if inplace:
        from autograd_tutor.ops.inplace.variants import inplace as in_place

        return in_place(input, _activations.leaky_relu_, negative_slope)
    return _activations.leaky_relu(input, negative_slope)


def dropout(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    require_tensor(input, "dropout", "input", 1)
    return _dropout.dropout(input, p, training, inplace)


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
    if dim is None:
        dim = _get_softmax_dim("softmin", input.dim(), _stacklevel)
    return _softmax.softmin(input, dim, dtype)


softsign = _smooth.softsign
tanhshrink = _smooth.tanhshrink


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim("log_softmax", input.dim(), _stacklevel)
    return input.log_softmax(dim, dtype=dtype)


from ..ops.nn.one_hot import one_hot  # noqa: E402
from ..ops.nn.similarity import cosine_similarity, normalize, pairwise_distance  # noqa: E402


# ------------------------------------------------------------------------------------- losses
def mse_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    _args.size_warning(input, target)
    if size_average is not None or reduce is not None:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    expanded_input, expanded_target = _args.broadcast_pair(input, target)
    if weight is not None:
        _args.check_weight_size(input, weight)
        return _loss.weighted_mse_loss(expanded_input, expanded_target, weight, reduction)
    return _loss.mse_loss(expanded_input, expanded_target, _reduction.get_enum(reduction))


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    _args.size_warning(input, target)
    if size_average is not None or reduce is not None:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    expanded_input, expanded_target = _args.broadcast_pair(input, target)
    if weight is not None:
        _args.check_weight_size(input, weight)
        return _robust.weighted_l1_loss(expanded_input, expanded_target, weight, reduction)
    return _robust.l1_loss(expanded_input, expanded_target, _reduction.get_enum(reduction))


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    reduction_enum = _args.reduction_enum(size_average, reduce, reduction)
    if not (target.size() == input.size()):
        raise ValueError(f"Target size ({target.size()}) must be the same as input size ({input.size()})")
    # PyTorch's composite: log_sigmoid(input).mul_((pos_weight - 1) * target + 1), then
    # loss.mul_(weight); a weight that does not broadcast fails in those products.
    shape = tuple(input.shape)
    if pos_weight is not None:
        _args.check_inplace_broadcast(shape, _args.broadcast_shape(tuple(pos_weight.shape), tuple(target.shape)))
    if weight is not None:
        _args.check_inplace_broadcast(shape, tuple(weight.shape))
    return _loss.binary_cross_entropy_with_logits(input, target, weight, pos_weight, reduction_enum)


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    reduction_enum = _args.reduction_enum(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError(
            f"Using a target size ({target.size()}) that is different to the input size ({input.size()}) is "
            "deprecated. Please ensure they have the same size."
        )
    if weight is not None:
        weight = weight.expand(_args.broadcast_shapes(target.size(), weight.size()))
        _args.check_inplace_broadcast(tuple(input.shape), tuple(weight.shape))  # the kernel's loss.mul_(weight)
    return _loss.binary_cross_entropy(input, target, weight, reduction_enum)


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    reduction_enum = _args.reduction_enum(size_average, reduce, reduction)
    if _args.class_weight_of_other_dtype(input, weight):
        _nll.nll_loss(input, target, weight.to(input.dtype), reduction_enum, ignore_index)
        _args.refuse_class_weight_dtype(input, weight)
    return _nll.nll_loss(input, target, weight, reduction_enum, ignore_index)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    if size_average is None and reduce is None:
        loss = _cross_entropy.cross_entropy_of_rows(input, target, weight, reduction, ignore_index, label_smoothing)
        if loss is not None:  # the everyday call, in one op function
            return loss
    else:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    reduction_enum = _reduction.get_enum(reduction)
    if weight is not None and _args.class_weight_of_other_dtype(input, weight) \
            and isinstance(target, _torch.Tensor) \
            and target.shape != input.shape:  # class indices (probability targets promote instead)
        _cross_entropy.cross_entropy(input, target, weight.to(input.dtype), reduction_enum, ignore_index,
                                     label_smoothing)
        _args.refuse_class_weight_dtype(input, weight)
    return _cross_entropy.cross_entropy(input, target, weight, reduction_enum, ignore_index, label_smoothing)


# ---------------------------------------------------------------- smooth activations (ops/smooth_activations)
from autograd_tutor.ops.nn.activations import hardshrink, hardsigmoid as _hardsigmoid, softshrink  # noqa: E402
from autograd_tutor.ops.nn.embedding import embedding  # noqa: E402
from autograd_tutor.ops.nn.glu import glu  # noqa: E402
from autograd_tutor.ops.nn.normalization import batch_norm, layer_norm  # noqa: E402
from autograd_tutor.ops.nn.smooth_activations import gelu, logsigmoid, mish as _mish, silu, softplus  # noqa: E402


def _maybe_inplace(fn, input, inplace, *args):
    if inplace:
        from autograd_tutor.ops.inplace.variants import inplace as in_place

        return in_place(input, fn, *args)
    return fn(input, *args)


def elu(input, alpha=1.0, inplace=False):
    return _maybe_inplace(_elu.elu_ if inplace else _elu.elu, input, inplace, alpha)


def selu(input, inplace=False):
    return _maybe_inplace(_elu.selu_ if inplace else _elu.selu, input, inplace)


def celu(input, alpha=1.0, inplace=False):
    return _maybe_inplace(_elu.celu_ if inplace else _elu.celu, input, inplace, alpha)


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    return _maybe_inplace(_activations.hardtanh, input, inplace, min_val, max_val)


def relu6(input, inplace=False):
    return _maybe_inplace(_activations.relu6, input, inplace)


def hardsigmoid(input, inplace=False):
    return _maybe_inplace(_hardsigmoid, input, inplace)


def hardswish(input, inplace=False):
    return _maybe_inplace(_activations.hardswish, input, inplace)


def mish(input, inplace=False):
    return _maybe_inplace(_mish, input, inplace)


def threshold(input, threshold, value, inplace=False):
    return _maybe_inplace(_activations.threshold_ if inplace else _activations.threshold, input, inplace, threshold, value)


# ------------------------------------------------------------------ smooth_l1 and huber (ops/nn/robust_losses)
def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    _args.size_warning(input, target)
    if size_average is not None or reduce is not None:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    expanded_input, expanded_target = _args.broadcast_pair(input, target)
    if beta == 0.0:
        return _robust.l1_loss(expanded_input, expanded_target, _reduction.get_enum(reduction))
    return _robust.smooth_l1_loss(expanded_input, expanded_target, _reduction.get_enum(reduction), beta)


def huber_loss(input, target, reduction="mean", delta=1.0, weight=None):
    _args.size_warning(input, target)
    expanded_input, expanded_target = _args.broadcast_pair(input, target)
    if weight is None:
        return _robust.huber_loss(expanded_input, expanded_target, _reduction.get_enum(reduction), delta)
    _args.check_weight_size(input, weight)
    return _robust.weighted_huber_loss(expanded_input, expanded_target, weight, reduction, delta)


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
from ._conv_functional import avg_pool2d, conv1d, conv2d, conv_transpose1d, conv_transpose2d, max_pool2d  # noqa: E402


# ------------------------------------------------------------------ kl_div and ranking (ops/nn)
def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    if size_average is not None or reduce is not None:
        # PyTorch keeps ``reduction`` as given: 'batchmean' still divides below.
        reduction_enum = _reduction.get_enum(_reduction.legacy_get_string(size_average, reduce))
    else:
        if reduction == "mean":
            warnings.warn(
                "reduction: 'mean' divides the total loss by both the batch size and the support size."
                "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                "'mean' will be changed to behave the same as 'batchmean' in the next major release.",
                stacklevel=2,
            )
        reduction_enum = _reduction.get_enum("sum" if reduction == "batchmean" else reduction)
    reduced = _kl_div.kl_div(input, target, reduction_enum, log_target)
    if reduction == "batchmean" and input.dim() != 0:
        reduced = reduced / input.size()[0]
    return reduced


def margin_ranking_loss(input1, input2, target, margin=0.0, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _reduction.legacy_get_string(size_average, reduce)
    reduction_enum = _reduction.get_enum(reduction)
    if input1.dim() != input2.dim() or input1.dim() != target.dim():
        raise RuntimeError(
            f"margin_ranking_loss : All input tensors should have same dimension but got sizes: "
            f"input1: {input1.size()}, input2: {input2.size()}, target: {target.size()} "
        )
    return _ranking.margin_ranking_loss(input1, input2, target, margin, reduction_enum)


__all__ = [
    "gelu", "silu", "softplus", "logsigmoid", "embedding", "layer_norm", "batch_norm",
    "elu", "selu", "celu", "hardtanh", "relu6", "hardsigmoid", "hardswish", "mish", "softshrink",
    "hardshrink", "threshold", "glu", "prelu", "smooth_l1_loss", "huber_loss", "pad",
    "conv1d", "conv2d", "conv_transpose1d", "conv_transpose2d", "max_pool2d", "avg_pool2d", "pairwise_distance", "kl_div", "margin_ranking_loss",
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
# PyTorch's F.prelu is torch.prelu itself, with its checks and keywords already applied
prelu = _torch.prelu


def __getattr__(name):  # only for a name not found: PyTorch's words, and whether PyTorch has it
    import sys

    from autograd_tutor._missing import missing_attribute

    raise missing_attribute("torch.nn.functional", name, sys.modules[__name__])
