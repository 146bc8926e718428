"""Nodes with several outputs (split, chunk, unbind), as PyTorch records them: ONE node whose
outputs are told apart by ``output_nr`` (``a, b = x.split(2)``: ``a.grad_fn is b.grad_fn``, and
a consumer of ``b`` has the edge ``(SplitBackward0, 1)``).

The engine hands the gradient of output 0 over as usual and gives the others to
``add_output_grad``; the node collects them in an ``OutputGrads`` (one slot per output, see
``autograd/output_grads.py``) and its ``backward`` receives the list of slots, None where an
output got no gradient.
"""
import numpy as np

from ..autograd.node import Node, _Handle, check_hook_result, namespace_for
from ..autograd.output_grads import collect, slots_of
from ..tensor import Tensor
from . import _record
from ._record import record


class MultiOutputNode(Node):
    """Base of split-like nodes: ``backward(slots)`` gets one gradient (or None) per output.

    Hooks and retain_grad of one output see that output's gradient only: the tensors register
    them here (``register_output_hook``, ``retain_output``) and ``apply`` runs them per slot.
    """

    __slots__ = ("_outputs", "_output_hooks", "_output_retains")

    def register_output_hook(self, index, hook):
        hooks = self._per_output("_output_hooks")
        return _Handle(hooks[index], hook)

    def retain_output(self, index, tensor_ref):
        self._per_output("_output_retains")[index].append(tensor_ref)

    def _per_output(self, slot):
        lists = getattr(self, slot, None)
        if lists is None:
            lists = [[] for _ in self._outputs]
            setattr(self, slot, lists)
        return lists

    def _run_output_hooks(self, slots, create_graph):
        hooks = getattr(self, "_output_hooks", None) or [()] * len(slots)
        retains = getattr(self, "_output_retains", None) or [()] * len(slots)
        for k, g in enumerate(slots):
            if g is None:
                continue
            for hook in hooks[k]:
                new = hook(g if isinstance(g, Tensor) else Tensor._make(g, False, None))
                if new is not None:
                    check_hook_result(hook, g, new)
                    g = new if create_graph else new._data
            for ref in retains[k]:
                _retain_into(ref(), g, create_graph)
            slots[k] = g

    def add_output_grad(self, buffered, index, grad):
        return collect(self._outputs, buffered, index, grad)

    def apply(self, grad, create_graph):
        slots = slots_of(grad, len(self._outputs))
        if getattr(self, "_output_hooks", None) or getattr(self, "_output_retains", None):
            self._run_output_hooks(slots, create_graph)
        self.xp = namespace_for(create_graph)
        return self.backward(slots, *self.unpack_saved(create_graph))

    def zeros_for(self, index, like):
        """A zero gradient for an output that got none (PyTorch materialises them)."""
        shape, dtype = self._outputs[index]
        return self.xp.constant(np.zeros(shape, dtype))


def _retain_into(tensor, grad, create_graph):
    """retain_grad for one output: the gradient is kept (summed) in ``tensor.grad``."""
    if tensor is None:
        return
    if create_graph:
        g = grad if isinstance(grad, Tensor) else Tensor._make(grad, False, None)
        tensor._grad = g if tensor._grad is None else tensor._grad + g
    elif tensor._grad is None:
        tensor._grad = Tensor._make(np.array(grad, copy=True), False, None)
    else:
        tensor._grad = Tensor._make(tensor._grad._data + grad, False, None)


def record_outputs(node_cls, pieces, inputs, saved=(), attrs=()):
    """Wraps each array of ``pieces`` as an output of one ``node_cls`` node (when recorded)."""
    dual = _record.dual_active
    if dual:  # the tangents of all outputs together, below
        _record.dual_active = False
        try:
            first = record(node_cls, pieces[0], inputs, saved, attrs)
        finally:
            _record.dual_active = True
    else:
        first = record(node_cls, pieces[0], inputs, saved, attrs)
    node = first._grad_fn
    outputs = [first]
    for k, piece in enumerate(pieces[1:], start=1):
        t = Tensor._make(piece, node is not None, node)
        if node is not None:
            t._output_nr = k
        outputs.append(t)
    if node is not None:
        node._outputs = [(p.shape, p.dtype) for p in pieces]
        for k, t in enumerate(outputs):
            t._multi_output_view = (k, node.name().replace("Backward0", ""))
    if dual:
        from ._tangents import outputs_dual

        outputs_dual(node_cls, node, inputs, saved, attrs, outputs)
    return outputs


MULTI_VIEW_RULE = (
    "This view is the output of a function that returns multiple views. Such functions do not "
    "allow the output views to be modified inplace. You should replace the inplace operation by "
    "an out-of-place one."
)


def multi_output_view_error(t, what):
    """PyTorch's error for a piece of split/unbind/chunk changed in place (``what`` says how)."""
    k, op = t.__dict__["_multi_output_view"]
    return RuntimeError(f"Output {k} of {op} is a view and {what}. {MULTI_VIEW_RULE}")


class InvalidatedViewBackward(Node):
    """The history of a split/unbind piece whose base changed in place: PyTorch refuses to use it."""

    __slots__ = ("error",)

    def backward(self, grad):
        raise self.error

