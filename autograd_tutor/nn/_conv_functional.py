"""``F.conv1d``, ``F.conv2d``, ``F.conv_transpose1d``, ``F.conv_transpose2d``, ``F.max_pool2d`` and ``F.avg_pool2d``: PyTorch's argument handling
and checks before the ops in ``autograd_tutor.ops.nn.convolution`` (which record the graph nodes)."""
from autograd_tutor.ops._arg_checks import require_tensor

from ..ops.nn import convolution as _cv
from ._loss_args import type_name


def _tuple(v, n, name="value"):
    if isinstance(v, (tuple, list)):
        if len(v) == 1:
            return tuple(int(v[0]) for _ in range(n))
        if len(v) != n:
            raise RuntimeError(f"expected {name} to be a single integer value or a list of {n} values to "
                               f"match the convolution dimensions, but got {name}={list(v)}")
        return tuple(int(x) for x in v)
    return (int(v),) * n


def _same_padding(weight, dilation, nd):
    """Symmetric padding, and what is left over for the end of each dimension (PyTorch pads the
    input by that first, with constant_pad_nd)."""
    pads, extra = [], []
    for k, d in zip(weight.shape[2:], dilation):
        total = d * (k - 1)
        pads.append(total // 2)
        extra.append(total - 2 * (total // 2))
    return tuple(pads), extra


def _conv(nd, input, weight, bias, stride, padding, dilation, groups):
    name = f"conv{nd}d"
    require_tensor(input, name, "input", 1)
    require_tensor(weight, name, "weight", 2)
    stride, dilation = _tuple(stride, nd, "stride"), _tuple(dilation, nd, "dilation")
    if isinstance(padding, str):
        if padding == "valid":
            padding = (0,) * nd
        elif padding == "same":
            if any(s != 1 for s in stride):
                raise RuntimeError("padding='same' is not supported for strided convolutions")
            padding, extra = _same_padding(weight, dilation, nd)
            if any(extra):
                from autograd_tutor._warn_once import warn_once
                from autograd_tutor.ops.shape.pad import constant_pad_nd

                # Once per process, as PyTorch's TORCH_WARN_ONCE
                warn_once(
                    "Using padding='same' with even kernel lengths and odd dilation may require a zero-padded "
                    "copy of the input be created (Triggered internally at "
                    "/__w/pytorch/pytorch/aten/src/ATen/native/Convolution.cpp:1101.)")

                pad = []
                for e in reversed(extra):
                    pad += [0, e]
                input = constant_pad_nd(input, pad, 0)
        else:
            raise RuntimeError(f"Invalid padding string: '{padding}'")
    padding = _tuple(padding, nd, "padding")
    if weight.dim() != nd + 2:
        raise RuntimeError(
            f"Expected {nd + 2}D (batched) or {nd + 1}D (unbatched) input to {name}, but got input of size: "
            f"{list(input.shape)}" if input.dim() not in (nd + 1, nd + 2) else
            "weight should have at least three dimensions")
    if input.dim() not in (nd + 1, nd + 2):
        raise RuntimeError(f"Expected {nd + 1}D (unbatched) or {nd + 2}D (batched) input to {name}, but got "
                           f"input of size: {list(input.shape)}")
    unbatched = input.dim() == nd + 1
    x = input.unsqueeze(0) if unbatched else input
    channels = x.shape[1]
    if channels != weight.shape[1] * groups:
        raise RuntimeError(
            f"Given groups={groups}, weight of size {list(weight.shape)}, expected input{list(x.shape)} to have "
            f"{weight.shape[1] * groups} channels, but got {channels} channels instead")
    if weight.shape[0] % groups:
        raise RuntimeError("Given groups={groups}, expected weight to be divisible by {groups} at dimension 0, "
                           f"but got weight of size {list(weight.shape)} instead")
    if bias is not None and (bias.dim() != 1 or bias.shape[0] != weight.shape[0]):
        raise RuntimeError(
            f"Given weight of size {list(weight.shape)}, expected bias to be 1-dimensional with "
            f"{weight.shape[0]} elements, but got bias of size {list(bias.shape)} instead")
    for size, k, p, d in zip(x.shape[2:], weight.shape[2:], padding, dilation):
        if size + 2 * p < d * (k - 1) + 1:
            raise RuntimeError(
                f"Calculated padded input size per channel: ({' x '.join(str(s + 2 * q) for s, q in zip(x.shape[2:], padding))}). "
                f"Kernel size: ({' x '.join(str(d * (k - 1) + 1) for k, d in zip(weight.shape[2:], dilation))}). "
                "Kernel size can't be greater than actual input size")
    if x.dtype != weight.dtype or (bias is not None and bias.dtype != x.dtype):
        other = weight if x.dtype != weight.dtype else bias
        raise RuntimeError(f"expected scalar type {type_name(x)} but found {type_name(other)}")
    prm = _cv._Params(nd, stride, padding, dilation, groups)
    out = _cv.conv_op(x, weight, bias, prm)
    return out.squeeze(0) if unbatched else out


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv(1, input, weight, bias, stride, padding, dilation, groups)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv(2, input, weight, bias, stride, padding, dilation, groups)


def _conv_transpose(nd, input, weight, bias, stride, padding, output_padding, groups, dilation):
    name = f"conv_transpose{nd}d"
    require_tensor(input, name, "input", 1)
    require_tensor(weight, name, "weight", 2)
    if isinstance(padding, str):
        raise TypeError(f"{name}(): argument 'padding' (position 5) must be tuple of ints, not str")
    stride, padding = _tuple(stride, nd, "stride"), _tuple(padding, nd, "padding")
    output_padding, dilation = _tuple(output_padding, nd, "output_padding"), _tuple(dilation, nd, "dilation")
    if input.dim() not in (nd + 1, nd + 2):
        raise RuntimeError(f"Expected {nd + 1}D (unbatched) or {nd + 2}D (batched) input to {name}, but got "
                           f"input of size: {list(input.shape)}")
    if weight.dim() != nd + 2:
        raise RuntimeError("weight should have at least three dimensions")
    unbatched = input.dim() == nd + 1
    x = input.unsqueeze(0) if unbatched else input
    if x.shape[1] != weight.shape[0]:
        raise RuntimeError(
            f"Given transposed=1, weight of size {list(weight.shape)}, expected input{list(x.shape)} to have "
            f"{weight.shape[0]} channels, but got {x.shape[1]} channels instead")
    if bias is not None and (bias.dim() != 1 or bias.shape[0] != weight.shape[1] * groups):
        raise RuntimeError(
            f"Given transposed=1, weight of size {list(weight.shape)}, expected bias to be 1-dimensional with "
            f"{weight.shape[1] * groups} elements, but got bias of size {list(bias.shape)} instead")
    if any(o >= s and o >= d for o, s, d in zip(output_padding, stride, dilation)):
        names = ("height", "width") if nd == 2 else ("width",)
        raise RuntimeError("output padding must be smaller than either stride or dilation, but got "
                           + " ".join(f"output_padding_{n}: {o}" for n, o in zip(names, output_padding)) + " "
                           + " ".join(f"stride_{n}: {s}" for n, s in zip(names, stride)) + " "
                           + " ".join(f"dilation_{n}: {d}" for n, d in zip(names, dilation)))
    if x.dtype != weight.dtype or (bias is not None and bias.dtype != x.dtype):
        other = weight if x.dtype != weight.dtype else bias
        raise RuntimeError(f"expected scalar type {type_name(x)} but found {type_name(other)}")
    prm = _cv._Params(nd, stride, padding, dilation, groups)
    out = _cv.conv_transpose_op(x, weight, bias, prm, output_padding)
    return out.squeeze(0) if unbatched else out


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _conv_transpose(1, input, weight, bias, stride, padding, output_padding, groups, dilation)


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _conv_transpose(2, input, weight, bias, stride, padding, output_padding, groups, dilation)


def _pool_args(name, input, kernel_size, stride, padding):
    require_tensor(input, name, "input", 1)
    if input.dim() not in (3, 4):
        raise RuntimeError("non-empty 3D or 4D (batch mode) tensor expected for input")
    k = _tuple(kernel_size, 2, "kernel_size")
    given = stride is not None and not (isinstance(stride, (tuple, list)) and len(stride) == 0)
    s = _tuple(stride, 2, "stride") if given else k
    p = _tuple(padding, 2, "padding")
    for pi, ki in zip(p, k):
        if pi > ki // 2:
            raise RuntimeError(f"pad should be at most half of effective kernel size, but got pad={pi}, "
                               f"kernel_size={ki} and dilation=1" if name == "max_pool2d" else
                               "pad should be smaller than or equal to half of kernel size, but got "
                               f"padW = {p[1]}, padH = {p[0]}, kW = {k[1]}, kH = {k[0]}")
    shown = s if given else ()
    return k, s, p, shown


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    k, s, p, shown = _pool_args("max_pool2d", input, kernel_size, stride, padding)
    d = _tuple(dilation, 2, "dilation")
    out, indices = _cv.max_pool_op(input, k, s, p, d, bool(ceil_mode), shown)
    return (out, indices) if return_indices else out


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    k, s, p, shown = _pool_args("avg_pool2d", input, kernel_size, stride, padding)
    if divisor_override is not None and divisor_override == 0:
        raise RuntimeError("divisor must be not zero")
    return _cv.avg_pool_op(input, k, s, p, bool(ceil_mode), bool(count_include_pad), divisor_override, shown)
