"""Print options shared by every tensor repr, with torch.set_printoptions' semantics."""
import contextlib
import math

_PROFILES = {
    "default": {"precision": 4, "threshold": 1000, "edgeitems": 3, "linewidth": 80},
    "short": {"precision": 2, "threshold": 1000, "edgeitems": 2, "linewidth": 80},
    "full": {"precision": 4, "threshold": math.inf, "edgeitems": 3, "linewidth": 80},
}


class PrintOptions:
    """The current options; one module-level instance, read on every repr."""

    __slots__ = ("precision", "threshold", "edgeitems", "linewidth", "sci_mode")

    def __init__(self):
        self.precision = 4
        self.threshold = 1000
        self.edgeitems = 3
        self.linewidth = 80
        self.sci_mode = None  # None: chosen per tensor from its values


OPTIONS = PrintOptions()


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None):
    """Set the printing options, as ``torch.set_printoptions``.

    A profile ('default', 'short', 'full') is applied first, explicit values override it.
    As in PyTorch, ``sci_mode`` is always assigned: omitting it resets it to automatic.
    """
    if profile is not None:
        for name, value in _PROFILES.get(profile, {}).items():
            setattr(OPTIONS, name, value)
    if precision is not None:
        OPTIONS.precision = precision
    if threshold is not None:
        OPTIONS.threshold = threshold
    if edgeitems is not None:
        OPTIONS.edgeitems = edgeitems
    if linewidth is not None:
        OPTIONS.linewidth = linewidth
    OPTIONS.sci_mode = sci_mode


def get_printoptions():
    """The current options as a dict that ``set_printoptions(**d)`` accepts back."""
    return {name: getattr(OPTIONS, name) for name in PrintOptions.__slots__}


@contextlib.contextmanager
def printoptions(**kwargs):
    """Temporarily change the print options inside a ``with`` block."""
    saved = get_printoptions()
    set_printoptions(**kwargs)
    try:
        yield
    finally:
        set_printoptions(**saved)
