"""``nn.Parameter``: a leaf tensor that a Module registers as one of its parameters.

It shares memory (and the version counter) with the tensor it was made from, starts a new
history (it is always a leaf) and prints as "Parameter containing:" followed by the tensor.
Operations on a Parameter return plain Tensors, as in PyTorch.
"""
import numpy as np

from .._torch_names import TorchNamed
from ..tensor import Tensor, _init_from


# TorchNamed: ``type(p)`` prints <class 'torch.nn.parameter.Parameter'>. (Its slower isinstance
# path matters little here: isinstance(x, Parameter) runs when attributes are set, not per op.)
class Parameter(Tensor, metaclass=TorchNamed):
    def __new__(cls, data=None, requires_grad=True):
        if data is None:
            from autograd_tutor.creation import empty

            data = empty(0)
        if not isinstance(data, Tensor):
            data.detach()  # PyTorch's error for non-tensors: "'list' object has no attribute 'detach'"
        if not isinstance(requires_grad, (bool, np.bool_)):
            raise TypeError(
                "_make_subclass(): argument 'require_grad' (position 3) must be bool, "
                f"not {type(requires_grad).__name__}"
            )
        self = object.__new__(cls)
        _init_from(self, Tensor._make(data._data, False, None))
        self._vc = data._vc  # the same memory, so the same version counter
        self._set_requires_grad(bool(requires_grad))
        return self

    def __init__(self, data=None, requires_grad=True):
        pass  # everything happened in __new__ (Tensor.__init__ would build a new tensor)

    def __repr__(self, **kwargs):
        return "Parameter containing:\n" + super().__repr__()

    __str__ = __repr__

    def __deepcopy__(self, memo):
        if id(self) in memo:
            return memo[id(self)]
        result = type(self)(Tensor._make(self._data.copy(), False, None), self._requires_grad)
        memo[id(self)] = result
        return result

    def __reduce_ex__(self, protocol):
        return (_rebuild_parameter, (type(self), self._data, self._requires_grad))


def _rebuild_parameter(cls, data, requires_grad):
    return cls(Tensor._make(data, False, None), requires_grad)


class Buffer(Tensor, metaclass=TorchNamed):
    """``nn.Buffer(t)``: marks ``t`` so that assigning it to a Module attribute registers a buffer
    (the tensor itself is returned, flagged, as no op ever needs to tell buffers apart)."""

    def __new__(cls, data=None, *, persistent=True):
        if data is None:
            from autograd_tutor.creation import empty

            data = empty(0)
        data._is_buffer = True
        data.persistent = persistent
        return data

    def __init__(self, data=None, *, persistent=True):
        pass


def is_lazy(param):
    return False


__all__ = ["Parameter", "Buffer"]


class UninitializedParameter(Parameter):
    """A parameter without a shape yet (lazy modules): ``materialize(shape)`` gives it memory and
    makes it a plain Parameter, as PyTorch's does."""

    def __new__(cls, requires_grad=True, device=None, dtype=None):
        self = super().__new__(cls, None, requires_grad)
        self._lazy_dtype = dtype
        return self

    def __init__(self, requires_grad=True, device=None, dtype=None):
        pass

    def __repr__(self, **kwargs):
        return "<UninitializedParameter>"

    __str__ = __repr__

    def materialize(self, shape, device=None, dtype=None):
        from autograd_tutor.creation import empty

        data = empty(shape, dtype=dtype or self._lazy_dtype)
        self._data = data._data
        self.__class__ = Parameter
