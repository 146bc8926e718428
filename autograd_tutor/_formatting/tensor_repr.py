"""The whole ``tensor(...)`` text: data, then PyTorch's own items, then the caller's."""
import numpy as np

from .elements import FLOAT_NAMES, element_strings
from .layout import nest, shown_part
from .options import OPTIONS

_PREFIX = "tensor("
# Dtypes PyTorch leaves unnamed in a non-empty tensor's repr (plus the default float dtype).
_IMPLIED_DTYPES = frozenset({"int64", "bool"})
_NUMPY_DTYPES = {
    name: np.dtype(name)
    for name in ("float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool")
}


def format_tensor(array, dtype_name, suffixes=(), *, default_float="float32"):
    """``repr(tensor)`` as PyTorch prints it for a CPU tensor holding ``array``.

    ``dtype_name`` is PyTorch's dtype name without ``torch.`` ('float32', 'int64', 'bool'...).
    ``suffixes`` are items printed after PyTorch's own (``size=``, ``dtype=``), e.g.
    ``("requires_grad=True",)`` or ``("grad_fn=<MulBackward0>",)``. ``default_float`` is the
    name of the current default dtype, which is the one float dtype left unnamed.
    """
    array = np.asarray(array)
    wanted = _NUMPY_DTYPES[dtype_name]
    if array.dtype != wanted:  # format the values the tensor's dtype really holds
        array = array.astype(wanted)
    opts = OPTIONS
    own = []
    if array.size == 0:
        if array.ndim != 1:  # like NumPy, an empty tensor shows its shape unless it is (0,)
            own.append(f"size={tuple(array.shape)}")
        if dtype_name != default_float:  # no elements to tell the dtype by, so always named
            own.append(f"dtype=torch.{dtype_name}")
        body = "[]"
    else:
        if not opts.edgeitems:
            own.append(f"size={tuple(array.shape)}")
        if dtype_name != default_float and dtype_name not in _IMPLIED_DTYPES:
            own.append(f"dtype=torch.{dtype_name}")
        body = _data_text(array, dtype_name, opts, len(_PREFIX))
    return _append_items(_PREFIX + body, own + list(suffixes), len(_PREFIX), opts.linewidth)


def _data_text(array, dtype_name, opts, indent):
    summarize = array.size > opts.threshold
    if summarize and not opts.edgeitems and array.ndim:
        return "[...]"
    shown, cuts = shown_part(array, summarize, opts.edgeitems)
    texts, width = element_strings(shown, dtype_name in FLOAT_NAMES, opts.precision, opts.sci_mode)
    return nest(texts, shown.shape, cuts, width, indent, opts.edgeitems, opts.linewidth)


def _append_items(text, items, indent, linewidth):
    """Add ``, item`` after the data, moving an item to its own line when it would overflow."""
    parts = [text]
    # PyTorch's measure of the last line counts two columns more than it holds; kept for parity.
    line_length = len(text) - text.rfind("\n") + 1
    for item in items:
        if line_length + len(item) + 2 > linewidth:
            parts.append(",\n" + " " * indent + item)
            line_length = indent + len(item)
        else:
            parts.append(", " + item)
            line_length += len(item) + 2
    parts.append(")")
    return "".join(parts)


def format_scalar_for_format(value, dtype_name, format_spec=""):
    """``format(t, spec)`` for a 0-dim tensor: the Python number's own formatting."""
    number = np.asarray(value).item()
    if dtype_name == "bool":
        number = bool(number)
    elif dtype_name in FLOAT_NAMES:
        number = float(number)
    else:
        number = int(number)
    return format(number, format_spec)
