"""PyTorch's argument-type errors for the ops that take tensors only (no lists, no arrays)."""
from ..tensor import Tensor


def type_name(value):
    """'list', 'int', 'numpy.ndarray'...: how PyTorch names a wrong argument's type."""
    cls = type(value)
    return cls.__name__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


def require_tensor(value, function, name, position):
    if not isinstance(value, Tensor):
        raise TypeError(f"{function}(): argument '{name}' (position {position}) must be Tensor, not {type_name(value)}")
    return value


def missing_positional(function, names):
    """PyTorch's parser's TypeError for required arguments not given, its grammar kept
    (``missing 1 required positional arguments: "step"``, ``missing 2 ... argument: "size", "step"``)."""
    plural = "arguments" if len(names) == 1 else "argument"
    listed = ", ".join(f'"{n}"' for n in names)
    return TypeError(f"{function}() missing {len(names)} required positional {plural}: {listed}")
