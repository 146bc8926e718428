"""The backward pass: runs the graph from the outputs to the leaves, without recursion.

1. Run nodes newest first (PyTorch's order): a node's inputs are older than it, so the newest
   node holding a gradient has received all of its gradients (a heap, no walk beforehand).
2. Sum gradients that meet at a node.
3. Where a gradient reaches an input of a different shape or dtype (broadcasting, promotion), it
   is reduced back in ONE place here, not in every op.
"""
from heapq import heappop, heappush
from sys import getrefcount

import numpy as np

from . import anomaly_mode, errors, grad_mode, grad_writes, hook_checks, node as _node
from .dual_pending import PENDING as _PENDING, settle as _settle_tangents
from .node import ALL_FREED, AccumulateGrad, SavedOutput, weak_accumulator

# Set by autograd_tutor.tracing while a recording is active; None costs one check per node
# (and one per pass: ``begin_pass`` tells a recording where each backward call starts).
tracer = None

# The gradients backward was started with, while it runs: the caller holds them, so a leaf that
# receives one unchanged copies it (as PyTorch does; see node._first_grad).
_root_grads = ()


def borrowed(grad):
    return any(root is grad for root in _root_grads)


def _count_alone(value):
    return getrefcount(value)


def _count_base_alone(view):
    base = view.base
    return getrefcount(base)


def _probe_references():
    """What ``owned`` sees for an array held by one local variable of its caller, and for the base
    of a view that nothing else holds (measured, not assumed: it depends on the interpreter)."""
    array = np.empty(2)
    alone = _count_alone(array)
    view = array[:]
    del array
    return alone, _count_base_alone(view)


_ALONE, _BASE_ALONE = _probe_references()


class _Errstate:
    """``np.errstate(all="ignore")`` with a context variable's ``set``/``reset`` interface."""

    @staticmethod
    def set(_):
        quiet = np.errstate(all="ignore")
        quiet.__enter__()
        return quiet

    @staticmethod
    def reset(quiet):
        quiet.__exit__(None, None, None)


# Backward formulas meet inf and 0 (1/x at 0, inf * 0...); PyTorch gives inf/nan silently. NumPy
# keeps its error state in a context variable: setting it to a state made once costs a tenth of
# entering np.errstate, which rebuilds the state from its keywords every pass. Other NumPy
# versions keep it elsewhere: np.errstate itself then.
try:
    from numpy._core._ufunc_config import _extobj_contextvar as _error_state, _make_extobj

    _IGNORE_ALL = _make_extobj(all="ignore")
except (ImportError, TypeError):  # NumPy 1.x, or a NumPy whose private helper changed
    _error_state, _IGNORE_ALL = _Errstate, None


def owned(grad):
    """Whether the caller's local variable is the only reference to ``grad`` and to the memory
    it views, and the array is writeable: then a leaf may keep it as ``.grad`` (PyTorch steals a
    gradient whose use count says nobody else holds it). Call it as ``owned(grad)`` with ``grad``
    a local variable, in its own statement (a pending call's argument is one more reference)."""
    if type(grad) is not np.ndarray or not grad.flags.writeable or getrefcount(grad) > _ALONE:
        return False
    base = grad.base
    return base is None or (type(base) is np.ndarray and base.base is None and getrefcount(base) <= _BASE_ALONE)


def sum_to_shape(grad, shape):
    """Sums a broadcast gradient back to ``shape``, in the gradient's own world: the array
    namespace's ``sum_to`` for arrays, the Tensor one's (PyTorch's nodes) for tensors."""
    if isinstance(grad, np.ndarray):
        return _array_sum_to(grad, shape)
    return _namespace_for(True).sum_to(grad, shape)


def _fit(grad, node):
    """Reduces and casts a gradient to what the receiving node's output looks like."""
    shape, dtype = node._out_shape, node._out_dtype
    if not isinstance(grad, np.ndarray):
        if not isinstance(grad, np.generic):  # a Tensor (create_graph)
            grad = grad if grad.shape == shape else _namespace_for(True).sum_to(grad, shape)
            if grad._data.dtype != dtype:
                from .._dtypes import from_numpy_dtype

                grad = grad.to(from_numpy_dtype(dtype))
            return grad
        grad = np.asarray(grad)  # NumPy turns 0-dim results into scalars
    if grad.shape != shape:
        grad = _array_sum_to(grad, shape)
    return grad if grad.dtype == dtype else grad.astype(dtype)


def _namespace_for(create_graph):
    """ops._namespace.namespace_for, imported on first use (the ops are built on this module)."""
    global _namespace_for
    from ..ops._namespace import namespace_for

    _namespace_for = namespace_for
    return namespace_for(create_graph)


def _array_sum_to(grad, shape):
    """The NumPy namespace's sum_to, imported on first use (as _namespace_for)."""
    global _array_sum_to
    from ..ops._numpy_namespace import NUMPY

    _array_sum_to = NUMPY.sum_to
    return _array_sum_to(grad, shape)


def _count_dependencies(roots):
    deps = {}
    seen = set(roots)
    stack = list(roots)
    while stack:
        node = stack.pop()
        for nxt, _ in node.next_functions:
            if nxt is None:
                continue
            deps[nxt] = deps.get(nxt, 0) + 1
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return deps, seen


def _needed_for(targets, seen):
    """Nodes from which one of ``targets`` can be reached: the only ones worth running."""
    parents = {}
    for node in seen:
        for nxt, _ in node.next_functions:
            if nxt is not None:
                parents.setdefault(nxt, []).append(node)
    needed = set(targets)
    stack = list(targets)
    while stack:
        for parent in parents.get(stack.pop(), ()):
            if parent not in needed:
                needed.add(parent)
                stack.append(parent)
    return needed


def _run_pre_hooks(node, grad, create_graph):
    from ..tensor import Tensor

    for kind, hook in node._pre_hooks:
        if kind == "tensor":
            new = hook(grad if isinstance(grad, Tensor) else Tensor._make(grad, False, None))
            if new is not None:
                hook_checks.check_single(hook, grad, new)
                grad = new if create_graph else new._data
        else:
            new = hook_checks.check_tuple(hook, (grad,), hook(_tensors((grad,))))
            if new is not None and new[0] is not None:
                grad = _plain(new, create_graph)[0]
    return grad


def _tensors(grads):
    """Gradients as hooks see them: tensors (the engine may carry plain arrays)."""
    from ..tensor import Tensor

    return tuple(g if g is None or isinstance(g, Tensor) else Tensor._make(g, False, None) for g in grads)


def _plain(grads, create_graph):
    """Gradients a hook returned, back in the engine's form (arrays unless create_graph)."""
    return tuple(g if g is None or create_graph else g._data for g in grads)


def _retain(node, grad, create_graph):
    from ..tensor import Tensor

    tensor = node._retain()
    if tensor is None:
        return
    grad_writes.before(tensor)
    if create_graph:
        g = grad if isinstance(grad, Tensor) else Tensor._make(grad, False, None)
        tensor._grad = g.clone() if tensor._grad is None else tensor._grad + g  # CloneBackward0
    elif tensor._grad is None:
        tensor._grad = Tensor._make(np.array(grad, copy=True), False, None)
    else:
        tensor._grad = Tensor._make(tensor._grad._data + grad, False, None)
    grad_writes.after(tensor, "backward")


def execute(roots, grads, retain_graph, create_graph, capture=None, accumulate=True):
    """Runs backward from ``roots`` (nodes) seeded with ``grads``.

    ``capture`` maps nodes to keys: gradients arriving there are returned instead of (or, for
    non-leaves, as well as) flowing on; with ``accumulate=False`` no ``.grad`` is written.
    """
    xp = _namespace_for(create_graph)  # what the backward formulas compute in, for the whole pass
    needed = None
    if capture is not None and not accumulate:
        needed = _needed_for(capture.keys(), _count_dependencies(roots)[1])
    # The order PyTorch's engine runs nodes in: the newest ready node first. A node's inputs exist
    # before it (they are its next_functions when it is made: a smaller creation number _seq), so
    # every node that feeds a node a gradient is newer than it. Popping the newest node holding a
    # gradient therefore runs it after all its gradients arrived, with no walk of the graph first.
    ready = []  # (-_seq, node) of the nodes holding a gradient, a heap
    buffers = {}
    for node, grad in zip(roots, grads):
        if node in buffers:
            buffers[node] = buffers[node] + grad
        else:
            buffers[node] = grad
            heappush(ready, (-node._seq, node))
    if tracer is not None:
        tracer.begin_pass(roots, grads)
    captured = {}
    global _root_grads
    prev_roots = _root_grads
    _root_grads = grads
    prev_mode = grad_mode.enabled
    grad_mode.enabled = create_graph
    quiet = _error_state.set(_IGNORE_ALL)
    # Nodes run inline unless a tracer or anomaly detection must see each one (_run_node).
    inline = tracer is None and not anomaly_mode._state["enabled"]
    # Without capture (backward(), not grad()), a node with no pre-hook and no retain_grad goes
    # straight to its formula: nothing else happens to its gradient before it runs.
    direct = capture is None
    arrays = not create_graph  # the formulas take arrays (tensors when their backward is recorded)
    Tensor = _node.Tensor  # bound by tensor.py, which imports this module
    pop, get = buffers.pop, buffers.get  # bound once: the loop runs per node and per edge
    try:
        while ready:
            key, node = heappop(ready)
            grad = pop(node)
            if not direct or node._pre_hooks is not None or node._retain is not None:
                if needed is not None and node not in needed:
                    continue  # it leads nowhere wanted
                if node._pre_hooks:
                    grad = _run_pre_hooks(node, grad, create_graph)
                if node._retain is not None:
                    _retain(node, grad, create_graph)
                if capture is not None and node in capture:
                    captured[capture[node]] = grad
                    if not (accumulate or node.next_functions):
                        continue
            if inline and type(node) is AccumulateGrad and not (node._hooks or create_graph):
                outputs = g = old = None  # drop the loop's last references to any gradient
                keep = owned(grad)
                node.apply(grad, False, keep)
                continue
            node.xp = xp
            if inline and node._plain_apply and not node._hooks:  # the common case
                saved = node._saved
                if not saved:
                    outputs = node.backward(grad)
                elif node._plain:  # numbers only (node.unpack_saved and its release, inlined)
                    outputs = node.backward(grad, *saved)
                    if not retain_graph:
                        node._plain = None
                elif arrays and node._plain is not None:  # the saved arrays: unpack_saved's common cases, inlined
                    args = [grad]
                    nones = False
                    for value, version in zip(saved, node._versions):
                        if value is None:
                            args.append(None)
                            nones = True
                        elif isinstance(value, Tensor) and value._vc[0] == version:
                            args.append(value._data)
                        elif type(value) is SavedOutput and value.version_counter[0] == value.version:
                            args.append(value.data)
                        elif type(value) is np.ndarray:  # an array the op saved itself (nll's total_weight)
                            args.append(value)
                        else:  # freed, packed by a hook or changed in place: unpack_saved decides
                            args[1:] = node.unpack_saved(False)
                            nones = True  # not all seen: release() decides what it frees
                            break
                    outputs = node.backward(*args)
                    args = None
                    if not retain_graph:  # node.release(), without its loop in the common case
                        if nones or len(saved) >= len(ALL_FREED):
                            node.release()
                        else:
                            node._saved = ALL_FREED[len(saved)]
                else:  # tensors for a recorded backward, or released numbers (unpack_saved raises)
                    outputs = node.backward(grad, *node.unpack_saved(create_graph))
                    if not retain_graph:
                        node.release()
            else:
                outputs = _run_node(node, grad, retain_graph, create_graph)
            for (nxt, output_nr), g in zip(node.next_functions, outputs):
                if nxt is None or g is None:
                    continue
                old = get(nxt)
                if old is None:  # its first gradient: it joins the heap
                    nxt_key = -nxt._seq
                    if nxt_key <= key:
                        raise RuntimeError(_newer_input(node, nxt))
                    heappush(ready, (nxt_key, nxt))
                if output_nr:  # a later output of a multi-output node: it keeps one slot per output
                    buffers[nxt] = nxt.add_output_grad(old, output_nr, g)
                    continue
                if g.shape != nxt._out_shape or (g.dtype is not nxt._out_dtype and g.dtype != nxt._out_dtype):
                    g = _fit(g, nxt)
                buffers[nxt] = g if old is None else old + g
    finally:
        _root_grads = prev_roots
        grad_mode.enabled = prev_mode
        _error_state.reset(quiet)
    return captured


def _newer_input(node, nxt):
    """The engine's order needs each node's inputs to be older than it, which holds for every
    node made by an op; only next_functions reassigned by hand (read-only in PyTorch) breaks it."""
    return (f"{node.name()}'s next_functions lead to {nxt.name()}, which was made after it: "
            "next_functions must not be reassigned")


def _run_node(node, grad, retain_graph, create_graph):
    if not anomaly_mode._state["enabled"]:
        return _run_node_plainly(node, grad, retain_graph, create_graph)
    # detect_anomaly: PyTorch checks each node's gradients for NaN and, when a node fails, warns
    # which node it was before the error propagates (it also prints the forward call's traceback,
    # which this library does not record).
    try:
        outputs = _run_node_plainly(node, grad, retain_graph, create_graph)
        if anomaly_mode._state["check_nan"]:
            for i, g in enumerate(outputs):
                if g is not None and np.isnan(getattr(g, "_data", g)).any():
                    raise RuntimeError(f"Function '{node.name()}' returned nan values in its {i}th output.")
    except Exception:
        import warnings

        warnings.warn(f"Error detected in {node.name()}. Traceback of forward call that caused the error:\n"
                      "  (not recorded by autograd_tutor)", UserWarning, stacklevel=2)
        raise
    return outputs


def _run_node_plainly(node, grad, retain_graph, create_graph):
    if tracer is not None:
        tracer.before_node(node, grad)
    outputs = node.backward(grad, *node.unpack_saved(create_graph)) if node._plain_apply else node.apply(grad, create_graph)
    if node._hooks:
        # A node hook sees each input's gradient as PyTorch's node returns it: already summed
        # back to the input's shape (this engine otherwise does that after the node, in _fit).
        outputs = _fitted(node, outputs)
        for hook in node._hooks:
            new = hook_checks.check_tuple(hook, outputs, hook(_tensors(outputs), _tensors((grad,))))
            if new is not None:
                outputs = _plain(new, create_graph)
    if tracer is not None:
        tracer.after_node(node, grad, outputs)
    if not retain_graph and node._saved:
        node.release()
    return outputs


def _fitted(node, outputs):
    fitted = []
    for (nxt, output_nr), g in zip(node.next_functions, outputs):
        if nxt is None or g is None:
            g = None
        elif not output_nr and (g.shape != nxt._out_shape or g.dtype != nxt._out_dtype):
            g = _fit(g, nxt)
        fitted.append(g)
    return tuple(fitted)


def root_gradient(index, tensor, gradient, create_graph):
    """Checks ``gradient`` for output ``tensor`` (or makes the implicit 1 for a scalar)."""
    # Tensor from the node module (bound there once tensor.py exists): an import statement here
    # would cost more than the rest of this function.
    Tensor = _node.Tensor
    if gradient is None:
        data = tensor._data
        if data.size != 1:
            raise RuntimeError(errors.IMPLICIT_NON_SCALAR)
        # np.ones without its Python wrapper for the usual 0-dim loss (the same array)
        one = np.array(1, data.dtype) if not data.shape else np.ones(data.shape, data.dtype)
        if create_graph:
            one = Tensor._make(one, False, None)
        return _for_output(tensor, one) if tensor._output_nr else one
    if not isinstance(gradient, Tensor):
        raise TypeError(f"gradients can be either Tensors or None, but got {type(gradient).__name__}")
    if gradient._data.shape != tensor._data.shape:
        raise RuntimeError(errors.shape_mismatch(index, gradient._data.shape, tensor._data.shape))
    data = gradient._data.astype(tensor._data.dtype, copy=False)
    if create_graph:
        data = gradient if data is gradient._data else Tensor._make(data, False, None)
    return _for_output(tensor, data)


def _for_output(tensor, grad):
    # Backward started from a later output of a multi-output node: the gradient belongs there.
    if tensor._output_nr and tensor._grad_fn is not None:
        return tensor._grad_fn.add_output_grad(None, tensor._output_nr, grad)
    return grad


def graph_root(index, tensor):
    """The node where backward starts for ``tensor``: its grad_fn, or its AccumulateGrad if a leaf."""
    if _PENDING:
        _settle_tangents()
    if tensor._grad_fn is not None:
        return tensor._grad_fn
    if tensor._requires_grad:
        return weak_accumulator(tensor)
    raise RuntimeError(errors.no_grad_fn(index))
