"""What a node saved for backward (``_saved_<field>`` attributes, a custom Function's
``saved_tensors``), whether a backward freed it, and the plain numbers a node keeps."""
import numpy as np

from .nodes import is_tensor

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


def saved_fields(node):
    """What ``node`` really saved for backward: the ``_saved_<name>`` fields that hold a tensor.

    PyTorch saves only what the backward needs: ``x * 2.0`` keeps ``other`` (the 2.0), not
    ``self``, because 2.0 needs no gradient. A field that raises has been freed by a backward
    call, so it did hold a tensor. A custom Function's ``ctx.save_for_backward`` tensors are
    named as its backward reads them: ``saved_tensors[0]``... Works on PyTorch nodes too.
    """
    names = []
    for name in _tensor_field_names(node):
        try:
            value = getattr(node, "_saved_" + name)
        except RuntimeError:  # freed after backward
            names.append(name)
            continue
        except Exception:  # noqa: BLE001 - an odd node must not stop a recording
            continue
        if _holds_tensor(value):
            names.append(name)
    return tuple(names) + _function_saved(node)


def _tensor_field_names(node):
    fields = getattr(type(node), "tensor_fields", None)
    if fields is not None:
        return fields
    try:  # a PyTorch node lists its saved fields in dir() (sorted), tensors and numbers alike
        names = [a[len("_saved_"):] for a in dir(node) if a.startswith("_saved_")]
    except Exception:  # noqa: BLE001
        return ()
    first = ("self", "other")  # in argument order, as autograd_tutor's nodes list them
    return tuple(sorted(names, key=lambda n: first.index(n) if n in first else len(first)))


def _holds_tensor(value):
    if isinstance(value, (tuple, list)):  # e.g. IndexBackward0's indices
        return any(_holds_tensor(v) for v in value)
    return hasattr(value, "shape") and hasattr(value, "dtype") and not isinstance(value, np.generic)


def _function_saved(node):
    if not hasattr(node, "save_for_backward"):  # not the ctx of a custom Function
        return ()
    try:
        tensors = node.saved_tensors
    except RuntimeError:  # freed: how many were saved is still known to the engine only
        tensors = getattr(node, "_saved", ())
    except Exception:  # noqa: BLE001
        return ()
    return tuple(f"saved_tensors[{i}]" for i, t in enumerate(tensors) if t is not None)


def saved_freed(node, names):
    """True when the saved ``names`` of a live ``node`` were freed by a backward call."""
    if node is None or not names:
        return False
    for name in names:
        try:
            if name.startswith("saved_tensors["):
                node.saved_tensors
            else:
                getattr(node, "_saved_" + name)
        except RuntimeError:
            return True
        except Exception:  # noqa: BLE001
            return False
    return False


_PLAIN = (bool, int, float, np.number, np.bool_)


def plain_attrs(node):
    """``(name, value)`` of the numbers a node keeps besides tensors (``alpha``, ``exponent``,
    ``dim``), which the step-through writes into the node's rule."""
    names = getattr(type(node), "attr_fields", None)
    if names is None:  # a PyTorch node: its non-tensor _saved_ fields
        names = tuple(n for n in _tensor_field_names(node))
    out = []
    for name in names:
        try:
            value = getattr(node, "_saved_" + name)
        except Exception:  # noqa: BLE001
            continue
        if isinstance(value, _PLAIN) or (isinstance(value, tuple) and len(value) <= 8
                                         and all(isinstance(v, _PLAIN) for v in value)):
            out.append((name, value.item() if isinstance(value, np.generic) else value))
    return tuple(out)
