"""PyTorch's autograd error messages, word for word, in one place."""
import re

FREED = (
    "Trying to backward through the graph a second time (or directly access saved tensors after "
    "they have already been freed). Saved intermediate values of the graph are freed when you call "
    ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the "
    "graph a second time or if you need to access saved tensors after calling backward."
)
IMPLICIT_NON_SCALAR = "grad can be implicitly created only for scalar outputs"
REGISTER_HOOKS_FREED = (
    "Calling register_hooks on a saved tensor after it has been freed. Saved intermediate values of the graph "
    "are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward "
    "through the graph a second time or if you need to access saved variables after calling backward."
)
NON_FLOAT_REQUIRES_GRAD = "Only Tensors of floating point and complex dtype can require gradients"
NON_FLOAT_REQUIRES_GRAD_ = "only Tensors of floating point dtype can require gradients"
NON_LEAF_REQUIRES_GRAD = (
    "you can only change requires_grad flags of leaf variables. If you want to use a computed "
    "variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach()."
)
DETACH_VIEW_INPLACE = (
    "Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel "
    "(DDP) for training, and gradient_as_bucket_view is set as True, gradients are views of DDP "
    "buckets, and hence detach_() cannot be called on these gradients. To fix this error, please "
    "refer to the Optimizer.zero_grad() function in torch/optim/optimizer.py as the solution."
)
REQUIRES_GRAD_TO_SCALAR = (
    "Converting a tensor with requires_grad=True to a scalar may lead to unexpected behavior.\n"
    "Consider using tensor.detach() first. (Triggered internally at "
    "/__w/pytorch/pytorch/torch/csrc/autograd/generated/python_variable_methods.cpp:822.)"
)
LEAF_INPLACE = "a leaf Variable that requires grad is being used in an in-place operation."
NON_LEAF_GRAD_WARNING = (
    "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
    "attribute won't be populated during autograd.backward(). If you indeed want the .grad field "
    "to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you "
    "access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See "
    "github.com/pytorch/pytorch/pull/30531 for more information. (Triggered internally at "
    "/__w/pytorch/pytorch/build/aten/src/ATen/core/TensorBody.h:493.)"
)


def no_grad_fn(index):
    return f"element {index} of tensors does not require grad and does not have a grad_fn"


def shape_mismatch(index, grad_shape, out_shape):
    from ..size import Size

    return (
        f"Mismatch in shape: grad_output[{index}] has a shape of {Size(grad_shape)} and "
        f"output[{index}] has a shape of {Size(out_shape)}."
    )


_TYPE_NAMES = {
    "float32": "FloatTensor", "float64": "DoubleTensor", "float16": "HalfTensor",
    "int64": "LongTensor", "int32": "IntTensor", "int16": "ShortTensor", "int8": "CharTensor",
    "uint8": "ByteTensor", "bool": "BoolTensor", "bfloat16": "BFloat16Tensor",
    "complex64": "ComplexFloatTensor", "complex128": "ComplexDoubleTensor",
}


def tensor_type_name(dtype):
    """PyTorch's legacy type name of a CPU tensor (``FloatTensor``), from a NumPy or torch dtype."""
    name = getattr(dtype, "name", None) or str(dtype).replace("torch.", "")
    return _TYPE_NAMES.get(name, "Tensor")


def modified_inplace(tensor, producer, version, expected):
    type_name = tensor_type_name(tensor.dtype)
    shape = ", ".join(str(s) for s in tensor.shape)
    # PyTorch names the producing op without its suffix: ExpBackward0 -> Exp, MyFnBackward -> MyFn.
    where = f", which is output 0 of {re.sub(r'Backward[0-9]*$', '', producer)}," if producer else ""
    return (
        "one of the variables needed for gradient computation has been modified by an inplace "
        f"operation: [torch.{type_name} [{shape}]]{where} is at version {version}; expected version "
        f"{expected} instead. Hint: {_anomaly_hint()}"
    )


def _anomaly_hint():
    from . import anomaly_mode

    if anomaly_mode.is_anomaly_enabled():  # PyTorch's hint once detect_anomaly has warned above
        return ("the backtrace further above shows the operation that failed to compute its gradient. "
                "The variable in question was changed in there or anywhere later. Good luck!")
    return ("enable anomaly detection to find the operation that failed to compute its gradient, with "
            "torch.autograd.set_detect_anomaly(True, check_nan=False).")
