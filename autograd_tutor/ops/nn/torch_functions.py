"""The ``torch.*`` forms of nn ops (``torch.dropout(input, p, train)``, ``torch.embedding(weight,
indices)``...): PyTorch's own positional signatures, which differ from ``torch.nn.functional``'s,
run through the same ops, so they record the same nodes. Arguments these forms take that the
ops here do not model (``sparse=True``) raise, naming them."""
from .._registry import op, tables
from .kl_div import kl_div as kl_div_op


def _functional():
    from ...nn import functional  # on first use: importing torch never loads nn

    return functional


@op("dropout", method=False)
def dropout(input, p, train):
    if not 0 <= p <= 1:  # the C++ check: a RuntimeError (F.dropout's Python check raises ValueError)
        raise RuntimeError(f"dropout probability has to be between 0 and 1, but got {p}")
    return _functional().dropout(input, p, train)


@op("layer_norm", method=False)
def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05, cudnn_enable=True):
    if not isinstance(normalized_shape, (tuple, list)) and not hasattr(normalized_shape, "__len__"):
        raise TypeError(f"layer_norm(): argument 'normalized_shape' (position 2) must be tuple of ints, "
                        f"not {type(normalized_shape).__name__}")
    return _functional().layer_norm(input, normalized_shape, weight, bias, eps)


@op("embedding", method=False)
def embedding(weight, indices, padding_idx=-1, scale_grad_by_freq=False, sparse=False):
    if weight.dim() != 2:  # checked before the indices, as PyTorch does
        raise RuntimeError("'weight' must be 2-D")
    if sparse:
        raise NotImplementedError("torch.embedding(sparse=True): sparse gradients are not implemented by "
                                  "autograd_tutor")
    return _functional().embedding(indices, weight, None if padding_idx == -1 else padding_idx,
                                   scale_grad_by_freq=scale_grad_by_freq)


@op("batch_norm", method=False)
def batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, cudnn_enabled):
    return _functional().batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


@op("conv1d", method=False)
def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _functional().conv1d(input, weight, bias, stride, padding, dilation, groups)


@op("conv2d", method=False)
def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _functional().conv2d(input, weight, bias, stride, padding, dilation, groups)


@op("max_pool2d", method=False)
def max_pool2d(input, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    # PyTorch's empty stride means the kernel size, as F.max_pool2d's None
    return _functional().max_pool2d(input, kernel_size, stride if stride not in ((), []) else None, padding,
                                    dilation, ceil_mode)


@op("selu", method=False)
def selu(input):
    return _functional().selu(input)


@op("celu", method=False)
def celu(input, alpha=1.0):
    return _functional().celu(input, alpha)


@op("threshold", method=False)
def threshold(input, threshold, value):
    return _functional().threshold(input, threshold, value)


@op("selu_", method=False)
def selu_(input):
    return _functional().selu(input, inplace=True)


@op("celu_", method=False)
def celu_(input, alpha=1.0):
    return _functional().celu(input, alpha, inplace=True)


@op("threshold_", method=False)
def threshold_(input, threshold, value):
    return _functional().threshold(input, threshold, value, inplace=True)


_REDUCTIONS = {0: "none", 1: "mean", 2: "sum"}  # PyTorch's at::Reduction enum


def _reduction(name, reduction, position):
    if type(reduction) is not int:
        raise TypeError(f"{name}(): argument 'reduction' (position {position}) must be int, "
                        f"not {type(reduction).__name__}")
    return _REDUCTIONS[reduction]


# Their schemas say ``int reduction=Mean``, yet PyTorch 2.13's torch.* bindings reduce nothing
# when it is left out (the loss of each element comes back): the default here is what they do.
@op("margin_ranking_loss", method=False)
def margin_ranking_loss(input1, input2, target, margin=0.0, reduction=0):
    return _functional().margin_ranking_loss(input1, input2, target, margin,
                                             reduction=_reduction("margin_ranking_loss", reduction, 5))


@op("kl_div", method=False)
def kl_div(input, target, reduction=0, *, log_target=False):
    # the op itself: F.kl_div's warning about 'mean' is its own, not torch.kl_div's
    _reduction("kl_div", reduction, 3)
    return kl_div_op(input, target, reduction, log_target)


FUNCTIONS, METHODS = tables(__name__)
