"""The input check the activation kernels share: a tensor of a floating dtype, or PyTorch's error
naming the kernel (``"elu_cpu" not implemented for 'Long'``)."""
from ... import _dtypes
from .._arg_checks import require_tensor


def float_input(input, name, kernel=None):
    require_tensor(input, name, "input", 1)
    data = input._data
    if data.dtype.kind != "f":
        raise NotImplementedError(f'"{kernel or name + "_cpu"}" not implemented for \'{legacy_name(data.dtype)}\'')
    return data


def legacy_name(np_dtype):
    """PyTorch's legacy name of a NumPy dtype (Long, Int, Bool...)."""
    return _dtypes.TYPE_NAME.get(np_dtype.name, np_dtype.name)
