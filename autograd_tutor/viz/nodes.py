"""Duck-typed reading of graph nodes (``grad_fn`` objects): PyTorch's and autograd_tutor's.

The node basics (name, leaf, sequence number) come from the one graph reader;
both kinds expose ``name()``, ``next_functions``, ``variable`` on AccumulateGrad, and saved values
as ``_saved_<field>`` attributes that raise RuntimeError once backward freed them.
"""
from ..graph_reader import leaf_variable, op_name, seq_number  # noqa: F401 - read here by the views
from .tensors import is_tensor

FREED = object()  # marker: the saved tensor was freed by a backward without retain_graph


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
