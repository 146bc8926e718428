"""``torch.device``: any of PyTorch's device names can be written; tensors live on the CPU only.

Naming ``cuda`` is fine (``torch.device("cuda")``), as it is on a PyTorch built without CUDA;
putting a tensor there fails with that build's error (see ``require_available``).
"""
from ._torch_names import TorchNamed

_TYPES = ("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga",
          "maia", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "mtia", "privateuseone")


class device(metaclass=TorchNamed):
    __slots__ = ("type", "index")
    _torch_path = "torch.device"

    def __init__(self, type="cpu", index=None):
        if isinstance(type, device):
            type, index = type.type, type.index
        if isinstance(type, str) and ":" in type:
            type, index = type.split(":", 1)
            index = int(index)
        if type not in _TYPES:
            raise RuntimeError(f"Expected one of {', '.join(_TYPES)} device type at start of device string: {type}")
        self.type = type
        self.index = index

    def __repr__(self):
        return f"device(type='{self.type}')" if self.index is None else f"device(type='{self.type}', index={self.index})"

    def __str__(self):
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __eq__(self, other):
        # As PyTorch: a device equals only a device (torch.device("cpu") == "cpu" is False).
        return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self):
        return hash((self.type, self.index))


cpu = device("cpu")


def require_available(where):
    """Raises what a CPU-only PyTorch raises when a tensor is put on another device."""
    if where is None:
        return
    d = where if isinstance(where, device) else device(where)
    if d.type in ("cpu", "meta"):
        return
    if d.type in ("cuda", "xpu"):
        raise AssertionError(f"Torch not compiled with {d.type.upper()} enabled")
    raise RuntimeError(f"PyTorch is not linked with support for {d.type} devices")


# ``torch.set_default_device``: where factories put tensors when ``device=`` is not given.
default_device = [None]  # a list, so that importers see changes


def set_default_device(device_):
    default_device[0] = None if device_ is None or device(device_) == cpu else device(device_)


def get_default_device():
    return default_device[0] if default_device[0] is not None else cpu
