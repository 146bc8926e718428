"""Classes that print under PyTorch's names: ``type(x)`` shows ``<class 'torch.Tensor'>``.

Only the printed name changes: ``__module__`` stays true, so pickling and imports still find the
class here.
"""


class TorchNamed(type):
    def __repr__(cls):
        return f"<class '{torch_path(cls)}'>"


def torch_path(cls):
    """``torch.<...>`` path of ``cls``: its ``_torch_path``, or its module with torch's prefix."""
    path = cls.__dict__.get("_torch_path")
    if path:
        return path
    module = cls.__module__
    if module == "autograd_tutor" or module.startswith("autograd_tutor."):
        module = "torch" + module[len("autograd_tutor"):]
    return f"{module}.{cls.__qualname__}"


def read_only(name, getter):
    """A property that refuses assignment with PyTorch's error (``x.shape = ...``)."""

    def refuse(self, value):
        raise AttributeError(f"attribute '{name}' of 'torch._C.TensorBase' objects is not writable")

    return property(getter, refuse)
