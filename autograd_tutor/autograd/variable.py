"""``torch.autograd.Variable``: the pre-0.4 wrapper, which PyTorch keeps as a constructor of tensors.

``Variable(t, requires_grad=True)`` is ``t.detach()`` (same memory, a new leaf) with
``requires_grad`` set; ``isinstance(x, Variable)`` holds for every tensor.
"""
import warnings


class _VariableMeta(type):
    def __instancecheck__(cls, other):
        from autograd_tutor.tensor import Tensor

        return isinstance(other, Tensor)

    def __call__(cls, data=None, requires_grad=False, volatile=False):
        from autograd_tutor.tensor import Tensor

        if volatile:
            warnings.warn("volatile was removed and now has no effect. Use `with torch.no_grad():` instead.",
                          UserWarning, stacklevel=2)
        if data is None:
            import autograd_tutor

            data = autograd_tutor.tensor([])
        if not isinstance(data, Tensor):
            raise TypeError(f"Variable data has to be a tensor, but got {type(data).__name__}")
        out = data.detach()
        if requires_grad:
            out.requires_grad_(True)
        return out


class Variable(metaclass=_VariableMeta):
    pass


Variable.__module__ = "torch.autograd.variable"
