"""One node of a graph, duck-typed (autograd_tutor's and PyTorch's alike): its inputs, name, leaf
variable and sequence number."""
import weakref

_SKIP_TYPES = (type(None), bool, int, float, complex, str, bytes, list, tuple, dict, set, type)


def is_tensor(obj):
    """True for anything that looks like a tensor (shape, requires_grad, grad_fn)."""
    if isinstance(obj, _SKIP_TYPES):
        return False
    try:
        return all(hasattr(obj, a) for a in ("grad_fn", "requires_grad", "shape"))
    except Exception:  # odd objects in a notebook namespace must not break a view
        return False


def next_edges(fn):
    """``fn.next_functions``: ``(child grad_fn or None, input_nr)`` per input; () if unreadable."""
    try:
        return fn.next_functions
    except Exception:
        return ()


def children(fn):
    """The grad_fns ``fn`` sends gradients to: its ``next_functions`` without the Nones."""
    try:
        return [child for child, _ in fn.next_functions if child is not None]
    except Exception:  # noqa: BLE001 - a node we cannot read has no known inputs
        return []


def weak(obj):
    """A weak reference to ``obj``, or None for a type that takes none: readers remember
    nodes and tensors weakly, so no view keeps a learner's graph alive."""
    try:
        return weakref.ref(obj)
    except TypeError:
        return None


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
