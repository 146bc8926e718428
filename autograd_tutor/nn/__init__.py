"""``torch.nn``: layers (Module, Linear, Sequential...), losses, ``functional`` and ``init``."""
from . import functional, init, parameter, utils
from .modules import *  # noqa: F401,F403
from .modules import __all__ as _modules_all
from .parameter import Buffer, Parameter, UninitializedParameter

__all__ = list(_modules_all) + ["Parameter", "Buffer", "functional", "init", "utils"]
