"""Forward-mode AD: the tangent of every op's output, from the node its backward already has.

While a dual level is active (``torch.autograd.forward_ad``), ``_record.record`` hands each op
whose inputs carry tangents to ``record_dual``. No op has a forward formula of its own: a node's
``backward`` computes ``u -> J^T u``, which is linear in ``u``, so differentiating
``<J^T u, v>`` with respect to ``u`` gives ``J v`` (the "double backward trick" that
``autograd.functional.jvp`` uses on whole functions), here on one node at a time, with its
formula run on Tensors (the namespace ``create_graph`` uses).

Tangents are kept on the tensor (``t._tangent``, a plain tensor without history) and dropped from
every tensor that got one when the level is left. A view's tangent is the same view of its input's
tangent; an in-place op writes its tangent where the tensor's was. Nothing here runs when no level
is active.
"""
import copy
import re
import weakref

import numpy as np

from ..autograd import grad_mode, node as _node_module
from ..autograd.dual_pending import PENDING
from ..autograd.node import Node, SavedOutput
from ..tensor import Tensor
from . import _record
from ._multi_output import MultiOutputNode

_make = Tensor._make

# Every tensor given a tangent in the current level (weakly): their tangents go when it ends.
_holders = []


def tangent_of(t):
    return t._tangent if isinstance(t, Tensor) else None


def set_tangent(t, tangent):
    t._tangent = tangent
    _holders.append(weakref.ref(t))


def clear_all():
    """Leaving the level: no tensor keeps a tangent of it."""
    for ref in _holders:
        t = ref()
        if t is not None:
            t.__dict__.pop("_tangent", None)
    _holders.clear()


# Where the edges of the trick's node copy lead: it marks the inputs that carry a tangent as
# needing a gradient (``node.needs(i)``) and leads nowhere (a bare Node, never run).
_SINK_EDGE = (Node(), 0)


def op_name(node_cls):
    """PyTorch's op name from its node's (``ExpBackward0`` -> ``exp``, ``MmBackward0`` -> ``mm``)."""
    name = re.sub(r"Backward\d*$", "", node_cls.__name__)
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def refused(name):
    """PyTorch's error for an op it has no forward formula for (shorter for an ``aten::`` name)."""
    if name.startswith("aten::"):
        return NotImplementedError(f"Trying to use forward AD with {name} that does not support it.")
    return NotImplementedError(f"Trying to use forward AD with {name} that does not support it because it has "
                               "not been implemented yet.")


def unsupported(name):
    return RuntimeError(f"Trying to use forward AD with {name} that does not support it because it has not "
                        "been implemented yet.")


class _Quiet:
    """Runs the tangent computation as a plain graph of its own: no forward AD (no tangents of
    tangents), grad mode on (the trick differentiates a backward), no tracer, no saved-tensor hooks."""

    def __enter__(self):
        self.state = (_record.dual_active, grad_mode.enabled, _record.tracer,
                      list(_node_module.saved_tensors_hooks_stack))
        _record.dual_active = False
        grad_mode.enabled = True
        _record.tracer = None
        _node_module.saved_tensors_hooks_stack.clear()

    def __exit__(self, *exc):
        _record.dual_active, grad_mode.enabled, _record.tracer, hooks = self.state
        _node_module.saved_tensors_hooks_stack[:] = hooks


def _detached(saved):
    """Saved values as the node copy of the trick keeps them: tensors without their history (the
    trick differentiates with respect to the output gradient only), sharing the version counter."""
    out = []
    for value in saved:
        if isinstance(value, Tensor):
            t = _make(value._data, False, None)
            t._vc = value._vc
            value = t
        out.append(value)
    return tuple(out)


def _trick_node(node, tangents):
    """A copy of ``node`` whose edges mark the inputs that carry a tangent (``node.needs(i)``)."""
    twin = copy.copy(node)
    twin.next_functions = tuple(_SINK_EDGE if v is not None else (None, 0) for v in tangents)
    twin._saved = _detached(node._saved)
    return twin


def _pairing(grads, tangents):
    """sum_i <grad_i, v_i>: broadcast gradients meet their input's tangent expanded, which is the
    same number as the gradient summed back to the input's shape."""
    total = None
    for g, v in zip(grads, tangents):
        if v is None or not isinstance(g, Tensor) or not g._requires_grad:
            continue
        if v._data.dtype != g._data.dtype:
            v = _make(v._data.astype(g._data.dtype), False, None)
        term = (g * v).sum()
        total = term if total is None else total + term
    return total


def _jvp(node, dummies, tangents, single):
    """J v for the outputs of ``node`` whose dummy gradient is in ``dummies`` (None elsewhere)."""
    from ..autograd.functional_api import grad
    from ._namespace import namespace_for

    node.xp = namespace_for(True)
    saved = node.unpack_saved(True)
    if single:
        grads = node.backward(dummies[0], *saved) if node._plain_apply else node.apply(dummies[0], True)
    else:
        grads = node.backward(list(dummies), *saved)
    if isinstance(grads, Tensor) or grads is None:
        grads = (grads,)
    total = _pairing(grads, tangents)
    wanted = [u for u in dummies if u is not None]
    if total is None:
        return [None] * len(dummies)
    found = iter(grad((total,), wanted, allow_unused=True))
    return [next(found) if u is not None else None for u in dummies]


# Outputs up to this many elements may take the slow way when the trick cannot differentiate a
# backward formula (one computed on arrays only, such as hardsigmoid's): one backward per element.
BASIS_LIMIT = 1 << 16


def _basis_jvp(node, out, tangents):
    """J v one output element at a time: element j of J v is <J^T e_j, v>, with the backward formula
    run on NumPy arrays (as a plain backward runs it)."""
    from ._namespace import namespace_for

    node.xp = namespace_for(False)
    saved = node.unpack_saved(False)
    flat = np.zeros(out._data.size, out._data.dtype)
    result = np.zeros(out._data.size, out._data.dtype)
    for j in range(flat.size):
        flat[j] = 1
        grads = node.backward(flat.reshape(out._data.shape).copy(), *saved)
        flat[j] = 0
        if not isinstance(grads, tuple):
            grads = (grads,)
        result[j] = sum(float(np.sum(np.asarray(g) * v._data)) for g, v in zip(grads, tangents)
                        if g is not None and v is not None)
    return _make(result.reshape(out._data.shape), False, None)


def _as_tangent(jv, shape, dtype):
    """A tangent of its own (never a broadcast or shared array), of the output's shape and dtype."""
    if jv is None:
        return _make(np.zeros(shape, dtype), False, None)
    data = np.array(np.broadcast_to(jv._data, shape), dtype=dtype, copy=True)
    return _make(data, False, None)


def _compute(node, tangents, outputs, single, inputs=()):
    """Gives each float output of ``node`` its tangent, J v."""
    name = op_name(type(node))
    if node.forward_ad_refused is not None:
        raise refused(node.forward_ad_refused)
    with _Quiet():
        try:
            twin = _trick_node(node, tangents)
            dummies = [_make(np.ones(o._data.shape, o._data.dtype), True, None) if o._data.dtype.kind == "f"
                       else None for o in outputs]
            try:
                jvs = _jvp(twin, dummies, tangents, single)
            except Exception:
                if not single or outputs[0]._data.size > BASIS_LIMIT:
                    raise
                jvs = [_basis_jvp(_trick_node(node, tangents), outputs[0], tangents)]
        except Exception as exc:
            raise unsupported(name) from exc
    # A tangent of another dtype than its primal (make_dual allows a float64 one on float32) keeps
    # it, as PyTorch's formulas compute in the promoted dtype.
    wider = [v._data.dtype for t, v in zip(inputs, tangents) if v is not None and v._data.dtype != t._data.dtype]
    for out, u, jv in zip(outputs, dummies, jvs):
        if u is not None:
            set_tangent(out, _as_tangent(jv, out._data.shape, np.result_type(out._data.dtype, *wider)))


def _node_for(node_cls, out, inputs, saved, attrs, save_result):
    """The node of an op that was not recorded (no input requires grad, or grad mode is off), made
    for its tangent alone, with the edges record would give it."""
    if save_result:
        saved = tuple(saved) + (SavedOutput(out._data, out._vc),)
    with _Quiet():  # no saved-tensor hooks for a node the graph never sees
        return node_cls((_NO_EDGE,) * len(inputs), saved, attrs, out._data.shape, out._data.dtype)


_NO_EDGE = (None, 0)
# Outputs whose node the op completes after record returns (``result._grad_fn._sizes = ...``,
# ``node._outputs = ...``, the other outputs of a node with several): their tangents are computed at
# the next forward-AD step (``settle``: the next op, unpack_dual, printing, reading grad_fn or
# requires_grad), the node being theirs till then even when the op is not recorded.
_pending = PENDING


def _outputs_of(node, first):
    """The outputs of a node with several outputs that its op made by hand after record (var_mean's
    mean, aminmax's max...), by ``output_nr``: the tensors whose grad_fn it is. They are found
    among the objects referring to the node (the op kept no list of them); a missing one (never
    made, or gone) is a stand-in of its shape that gets no tangent."""
    import gc

    found = {0: first}
    for ref in gc.get_referrers(node):
        if isinstance(ref, Tensor) and ref._grad_fn is node and ref is not first:
            found.setdefault(ref._output_nr, ref)
    return [found[k] if k in found else _make(np.zeros(shape, dtype), False, None)
            for k, (shape, dtype) in enumerate(node._outputs)]


def _give_back(out, node, borrowed):
    """The grad_fn (or none) an output waiting for its tangent really has; for a node with several
    outputs, every one of them."""
    outputs = _outputs_of(node, out) if isinstance(node, MultiOutputNode) else [out]
    if borrowed:
        for o in outputs:
            if o._grad_fn is node:
                o._grad_fn = None
                o._requires_grad = False
                o.__dict__.pop("_output_nr", None)
    return outputs


# What a waiting output holds as its tangent until settle() computes it: ops deciding what to save
# (``_record.wants``) see that a tangent is coming.
_WAITING = _make(np.zeros(0), False, None)


def settle():
    """Computes the tangents left for later (see ``_pending``) and gives back their grad_fn."""
    while _pending:
        out, node, borrowed, tangents, inputs = _pending.pop()
        outputs = _give_back(out, node, borrowed)
        try:
            _compute(node, tangents, outputs, not isinstance(node, MultiOutputNode), inputs)
        finally:
            if out.__dict__.get("_tangent") is _WAITING:
                del out._tangent


def drop_pending():
    """Leaving the level: the waiting outputs get their grad_fn back, and no tangent (every
    tangent goes now; computing one could only raise over an error already propagating)."""
    while _pending:
        out, node, borrowed = _pending.pop()[:3]
        _give_back(out, node, borrowed)
        if out.__dict__.get("_tangent") is _WAITING:
            del out._tangent


def record_dual(node_cls, data, inputs, saved, attrs, save_result):
    """``record`` while a dual level is active: the op as usual, then its output's tangent."""
    if _pending:
        settle()
    _record.dual_active = False  # the op itself records as it always does
    try:
        out = _record.record(node_cls, data, inputs, saved, attrs, save_result)
    finally:
        _record.dual_active = True
    tangents = [tangent_of(t) for t in inputs]
    if not any(v is not None for v in tangents) or data.dtype.kind != "f":
        return out
    node = out._grad_fn
    borrowed = node is None
    if borrowed:
        node = _node_for(node_cls, out, inputs, saved, attrs, save_result)
    if node_cls._completed_after_record or issubclass(node_cls, MultiOutputNode):
        # (a node with several outputs through record, not record_outputs: its op makes the others)
        if borrowed:
            out._grad_fn = node  # for the op to complete; settle() takes it back
        out._tangent = _WAITING
        _pending.append((out, node, borrowed, tangents, inputs))
        return out
    _compute(node, tangents, [out], True, inputs)
    return out


def outputs_dual(node_cls, node, inputs, saved, attrs, outputs):
    """The tangents of the outputs of one node (split, unbind, slogdet...: ``record_outputs``),
    computed at the next forward-AD step: some ops complete the node after record_outputs."""
    if _pending:
        settle()
    tangents = [tangent_of(t) for t in inputs]
    if not any(v is not None for v in tangents) or outputs[0]._data.dtype.kind != "f":
        return
    borrowed = node is None
    if borrowed:
        node = _node_for(node_cls, outputs[0], inputs, saved, attrs, False)
        node._outputs = [(o._data.shape, o._data.dtype) for o in outputs]
        for k, o in enumerate(outputs):  # for the op to complete; settle() takes it back
            o._grad_fn = node
            if k:
                o._output_nr = k
    outputs[0]._tangent = _WAITING
    _pending.append((outputs[0], node, borrowed, tangents, inputs))


# ----------------------------------------------------------------------------- views and in-place ops
def _aliased(tangent, data, view_data):
    """The part of ``tangent`` (laid out like ``data``) where ``view_data`` sits in ``data``: a view
    of the tangent's memory, or None when the two layouts differ."""
    t = tangent._data
    size = data.itemsize
    if t.shape != data.shape or any(n > 1 and a // t.itemsize != b // size
                                    for n, a, b in zip(t.shape, t.strides, data.strides)):
        return None
    root = t
    while isinstance(root.base, np.ndarray):
        root = root.base
    if not root.flags.c_contiguous:
        return None
    start = view_data.__array_interface__["data"][0] - data.__array_interface__["data"][0]
    offset = t.__array_interface__["data"][0] - root.__array_interface__["data"][0] + start // size * t.itemsize
    strides = tuple(s // size * t.itemsize for s in view_data.strides)
    try:
        view = np.ndarray(view_data.shape, t.dtype, buffer=root, offset=offset, strides=strides)
    except (TypeError, ValueError):
        return None
    out = _make(view, False, None)
    out._shares_tangent = True  # written in place by an in-place op (see after_inplace)
    out._base = tangent if tangent._base is None else tangent._base
    out._vc = tangent._vc
    return out


def view_tangent(out, input):
    """A view op's output: its tangent is the same view of its input's tangent (so an in-place
    change through either is seen by both, as PyTorch's are)."""
    if _pending:
        settle()
    if out._data.dtype.kind != "f" or out._data.size == 0 or input._tangent is None:
        return
    view = _aliased(input._tangent, input._data, out._data)
    if view is not None:
        set_tangent(out, view)


def before_inplace(before, self):
    """The copy an in-place op computes from carries ``self``'s tangent."""
    if self._tangent is not None:
        before._tangent = self._tangent


def after_inplace(self, result):
    """``self`` now holds ``result``, and ``result``'s tangent: written into the tangent ``self``
    had when that one is a view of another tensor's tangent (the views of one tangent see each
    other's changes, as in PyTorch), else in its place. A view without a tangent gets one in its
    base's tangent (made of zeros if the base had none)."""
    new = result._tangent
    had = self._tangent
    if new is None:
        if had is None or self._data.dtype.kind != "f":
            return
        # overwritten by values that do not depend on the tangents (x.eq_(y), x.copy_(plain)...)
        new = _make(np.zeros(self._data.shape, had._data.dtype), False, None)
    if had is not None and "_shares_tangent" in had.__dict__:
        np.copyto(had._data, new._data, casting="unsafe")
        return
    base = self._base
    if had is None and base is not None and base._data.dtype.kind == "f":
        if base._tangent is None:
            set_tangent(base, _make(np.zeros(base._data.shape, new._data.dtype), False, None))
        view = _aliased(base._tangent, base._data, self._data)
        if view is not None:
            np.copyto(view._data, new._data, casting="unsafe")
            set_tangent(self, view)
            return
    set_tangent(self, new)
