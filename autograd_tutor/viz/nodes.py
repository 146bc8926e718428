"""Duck-typed reading of graph nodes (``grad_fn`` objects): PyTorch's and autograd_tutor's.

Both expose ``name()``, ``next_functions``, ``variable`` on AccumulateGrad, and saved values
as ``_saved_<field>`` attributes that raise RuntimeError once backward freed them.
"""
from .tensors import is_tensor

FREED = object()  # marker: the saved tensor was freed by a backward without retain_graph


def op_name(fn):
    """``MulBackward0``; PyTorch's ``torch::autograd::AccumulateGrad`` becomes ``AccumulateGrad``."""
    try:
        name = fn.name()
    except Exception:
        name = type(fn).__name__
    return name.rsplit("::", 1)[-1]


def leaf_variable(fn):
    """The leaf tensor behind an AccumulateGrad node, or None for every other node."""
    try:
        var = fn.variable
    except Exception:
        return None
    return var if is_tensor(var) else None


def seq_number(fn):
    """autograd_tutor's creation sequence number, None for PyTorch nodes."""
    seq = getattr(fn, "_seq", None)
    return seq if isinstance(seq, int) else None


def saved_values(fn):
    """``[(field, value)]`` for every ``_saved_*`` attribute; value is FREED once freed.

    Fields never saved (PyTorch reports None) are left out.
    """
    out = []
    try:
        attrs = sorted(a for a in dir(fn) if a.startswith("_saved_"))
    except Exception:
        return out
    for attr in attrs:
        try:
            value = getattr(fn, attr)
        except RuntimeError:
            value = FREED
        except Exception:
            continue
        if value is not None and not callable(value):  # skip helper methods named _saved_...
            out.append((attr[len("_saved_"):], value))
    return out


def split_saved(values):
    """Tensors (and freed ones) apart from plain attributes like ``exponent`` or ``dim``."""
    tensors = [(k, v) for k, v in values if v is FREED or is_tensor(v)]
    attrs = [(k, v) for k, v in values if not (v is FREED or is_tensor(v))]
    return tensors, attrs
