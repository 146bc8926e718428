"""autograd_tutor: PyTorch's autograd on NumPy, for learning automatic differentiation.

``import autograd_tutor as torch`` gives the PyTorch names (tensor, ones, no_grad, nn, optim...)
with the same values, printouts, grad_fn names and error messages. ``%load_ext autograd_tutor``
in Jupyter draws the live autograd graph after every cell.
"""
from . import _fp_warnings

_fp_warnings.install()  # NumPy's inf/nan warnings from the package's ops, silent as in PyTorch

from . import _dtypes, autograd, ops
from ._dtypes import (
    bool_ as bool,
    dtype,
    float16,
    float32,
    float64,
    get_default_dtype,
    int8,
    int16,
    int32,
    int64,
    promote_types,
    set_default_dtype,
    uint8,
)
from ._layout import (
    channels_last,
    channels_last_3d,
    contiguous_format,
    layout,
    memory_format,
    preserve_format,
    sparse_coo,
    sparse_csr,
    strided,
)
from ._threads import get_num_interop_threads, get_num_threads, set_num_threads
from .autograd.anomaly_mode import is_anomaly_check_nan_enabled, is_anomaly_enabled, set_anomaly_enabled
from .autograd.grad_mode import (
    enable_grad,
    inference_mode,
    is_grad_enabled,
    is_inference_mode_enabled,
    no_grad,
    set_grad_enabled,
)
from .creation import (
    arange,
    as_tensor,
    empty,
    empty_like,
    eye,
    from_numpy,
    full,
    full_like,
    linspace,
    ones,
    ones_like,
    tensor,
    zeros,
    zeros_like,
)
from .device import device, get_default_device, set_default_device
from .random import (
    Generator,
    default_generator,
    initial_seed,
    manual_seed,
    normal,
    rand,
    rand_like,
    randint,
    randn,
    randn_like,
    randperm,
    seed,
)
from .size import Size
from .tensor import Tensor

is_inference = Tensor.is_inference  # torch.is_inference(t)
from .type_info import finfo, iinfo

__version__ = "0.1.0"

# PyTorch's constants (torch.pi...), the numbers of the math module.
import math as _math

pi, e, inf, nan = _math.pi, _math.e, _math.inf, _math.nan
newaxis = None
del _math

# PyTorch's aliases.
float = float32
double = float64
half = float16
long = int64
int = int32
short = int16
from .legacy_types import (
    BoolTensor,
    ByteTensor,
    CharTensor,
    DoubleTensor,
    FloatTensor,
    HalfTensor,
    IntTensor,
    LongTensor,
    ShortTensor,
)

_functions = ops.install(Tensor)
globals().update({name: fn for name, fn in _functions.items() if name not in globals()})
del _functions


def is_tensor(obj):
    return isinstance(obj, Tensor)


def numel(input):
    if not isinstance(input, Tensor):
        raise TypeError(f"numel(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    return input.numel()


def save(obj, f, *args, **kwargs):
    from autograd_tutor.serialization import save as _save

    _save(obj, f, *args, **kwargs)


def load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, **kwargs):
    from autograd_tutor.serialization import load as _load

    return _load(f, map_location, pickle_module, weights_only=weights_only, mmap=mmap, **kwargs)


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None,
                     sci_mode=None):
    # Absolute imports inside functions: a notebook's ``import torch`` alias may replace this
    # module's __spec__, and relative imports would then warn (ImportWarning).
    from autograd_tutor._formatting import set_printoptions as _set

    _set(precision=precision, threshold=threshold, edgeitems=edgeitems, linewidth=linewidth,
         profile=profile, sci_mode=sci_mode)


# Last, once every function is defined: PyTorch's keyword surface (aliases, out=, NotImplementedError).
ops.install_keywords(Tensor, globals())


def __getattr__(name):
    # Submodules loaded on first use: ``import autograd_tutor`` stays fast and never imports
    # IPython, ipywidgets or graphviz.
    import importlib

    if name in ("nn", "optim", "viz", "tracing", "stepthrough", "widgets", "exercises", "return_types", "testing",
                "linalg", "special", "utils", "cuda", "backends", "accelerator", "profiler", "func",
                "distributions"):
        try:
            return importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as missing:
            if missing.name != f"{__name__}.{name}":
                raise
    if name == "vmap":  # torch.vmap is torch.func.vmap
        from autograd_tutor.func import vmap

        return vmap
    import sys

    from autograd_tutor._missing import missing_attribute

    # PyTorch's words, and whether PyTorch has the name
    raise missing_attribute("torch", name, sys.modules[__name__])


def load_ipython_extension(ipython):
    """``%load_ext autograd_tutor``: draw the autograd graph after every cell."""
    from autograd_tutor.notebook import load_ipython_extension as load

    load(ipython)


def unload_ipython_extension(ipython):
    from autograd_tutor.notebook import unload_ipython_extension as unload

    unload(ipython)
