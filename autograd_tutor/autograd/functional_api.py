"""``torch.autograd.backward`` and ``torch.autograd.grad``: the two ways to start a backward pass."""
import numpy as np

from . import engine, grad_writes, node as _node
from .dual_pending import PENDING as _PENDING, settle as _settle_tangents


def _as_tuple(x):
    if x is None or type(x) is tuple:  # Tensor.backward passes (self,)
        return x
    return (x,) if isinstance(x, _node.Tensor) else tuple(x)


def _roots(tensors, grad_tensors, create_graph):
    if grad_tensors is None:
        grad_tensors = (None,) * len(tensors)
    nodes, grads = [], []
    # Pairs first, as PyTorch: y.backward([1.0, 1.0]) fails on the float, not on the count.
    for i, (t, g) in enumerate(zip(tensors, grad_tensors)):
        nodes.append(engine.graph_root(i, t))
        grads.append(engine.root_gradient(i, t, g, create_graph))
    # PyTorch pairs outputs with gradients (zip): extra gradients are ignored, too few fail.
    if len(grad_tensors) < len(tensors):
        raise RuntimeError(f"got {len(tensors)} tensors and {len(grad_tensors)} gradients")
    return nodes, grads


def backward_with_defaults(tensor):
    """``tensor.backward()`` with every default (a training loop's call): ``backward``'s steps for
    one output and the implicit gradient, without its argument handling."""
    node = engine.graph_root(0, tensor)
    grad = engine.root_gradient(0, tensor, None, False)
    if grad_writes.observer is not None:
        grad_writes.observer.backward_called((tensor,))
    engine.execute((node,), (grad,), False, False)


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, inputs=None):
    """Accumulates gradients of ``tensors`` into the ``.grad`` of the leaves (or only of ``inputs``)."""
    if inputs is not None:  # checked first, as PyTorch does
        inputs = tuple(inputs.values()) if type(inputs) is dict else _as_tuple(inputs)
        if not inputs:
            raise RuntimeError("`inputs` argument to `backward()` cannot be empty.")
    tensors = _as_tuple(tensors)
    if grad_tensors is not None:
        grad_tensors = _as_tuple(grad_tensors)
    if retain_graph is None:
        retain_graph = create_graph
    nodes, grads = _roots(tensors, grad_tensors, create_graph)
    if grad_writes.observer is not None:
        grad_writes.observer.backward_called(tensors)
    if inputs is None:
        if create_graph:
            _warn_reference_cycle_once()
        engine.execute(nodes, grads, retain_graph, create_graph)
        return
    for t in inputs:
        if not t._requires_grad:  # PyTorch retains the grad of each input: its error
            raise RuntimeError("can't retain_grad on Tensor that has requires_grad=False")
    captured = _capture(nodes, grads, inputs, retain_graph, create_graph)
    for i, t in enumerate(inputs):
        g = captured.get(i)
        if g is not None:
            _accumulate_into(t, g, create_graph)


_CYCLE_WARNING = (
    "Using backward() with create_graph=True will create a reference cycle between the parameter "
    "and its gradient which can cause a memory leak. We recommend using autograd.grad when "
    "creating the graph to avoid this. If you have to use this function, make sure to reset the "
    ".grad fields of your parameters to None after use to break the cycle and avoid the leak. "
    "(Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/engine.cpp:1307.)"
)
def _warn_reference_cycle_once():
    """PyTorch gives this warning once per process (TORCH_WARN_ONCE)."""
    from .._warn_once import warn_once

    warn_once(_CYCLE_WARNING, stacklevel=5)  # the frame this function adds


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False,
         only_inputs=True, allow_unused=None, is_grads_batched=False, materialize_grads=False):
    """Returns the gradients of ``outputs`` w.r.t. ``inputs`` without touching any ``.grad``."""

    # PyTorch's checks, in its order (torch/autograd/__init__.py).
    if materialize_grads and allow_unused is False:
        raise ValueError(
            "Expected allow_unused to be True or not passed when materialize_grads=True, "
            "but got: allow_unused=False."
        )
    if _PENDING:  # forward AD: an op's output waiting for its tangent gets its grad_fn back first
        _settle_tangents()
    keys = tuple(inputs) if type(inputs) is dict else None  # a dict of inputs gives a dict back
    outputs = _as_tuple(outputs)
    inputs = tuple(inputs.values()) if keys is not None else _as_tuple(inputs)
    if not inputs:
        raise RuntimeError("`inputs` argument to `grad()` cannot be empty.")
    if not only_inputs:
        import warnings

        warnings.warn(
            "only_inputs argument is deprecated and is ignored now (defaults to True). To "
            "accumulate gradient for other parts of the graph, please use torch.autograd.backward.",
            FutureWarning, stacklevel=2,
        )
    grad_outputs = _as_tuple(grad_outputs)
    if allow_unused is None:
        allow_unused = materialize_grads
    if retain_graph is None:
        retain_graph = create_graph
    if is_grads_batched:
        result = _batched_grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)
    else:
        result = _grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)
    if materialize_grads:
        from ..creation import zeros_like

        result = tuple(zeros_like(t, requires_grad=create_graph) if g is None else g
                       for g, t in zip(result, inputs))
    return dict(zip(keys, result)) if keys is not None else result


def _batched_grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused):
    """is_grads_batched: the first dim of every grad_output is a batch of vectors, one
    vector-Jacobian product each (PyTorch uses vmap; here one backward per vector, stacked)."""
    from ..ops.shape.join import stack

    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    for i, (out, g) in enumerate(zip(outputs, grad_outputs)):
        if g is not None and tuple(g.shape[1:]) != tuple(out.shape):
            from ..size import Size

            raise RuntimeError(
                "If `is_grads_batched=True`, we interpret the first dimension of each grad_output "
                "as the batch dimension. The sizes of the remaining dimensions are expected to "
                "match the shape of corresponding output, but a mismatch was detected: "
                f"grad_output[{i}] has a shape of {Size(g.shape[1:])} and output[{i}] has a shape "
                f"of {Size(out.shape)}. If you only want some tensors in `grad_output` to be "
                "considered batched, consider using vmap."
            )
    batch = next((g.shape[0] for g in grad_outputs if g is not None), 1)
    rows = []
    for b in range(batch):
        gos = tuple(None if g is None else g[b] for g in grad_outputs)
        rows.append(_grad(outputs, inputs, gos, retain_graph or b < batch - 1, create_graph, allow_unused))
    return tuple(None if col[0] is None else stack(col) for col in zip(*rows))


def _grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused):
    from ..tensor import Tensor

    for t in inputs:
        if not t.requires_grad:
            raise RuntimeError("One of the differentiated Tensors does not require grad")
    nodes, grads = _roots(outputs, grad_outputs, create_graph)
    captured = _capture(nodes, grads, inputs, retain_graph, create_graph)
    result = []
    for i, t in enumerate(inputs):
        g = captured.get(i)
        if g is None:
            if not allow_unused:
                raise RuntimeError(
                    f"The differentiated Tensor at index {i} appears to not have been used in the graph. "
                    "Set allow_unused=True if this is the desired behavior."
                )
            result.append(None)
        else:
            result.append(g if isinstance(g, Tensor) else Tensor._make(np.array(g, copy=True), False, None))
    return tuple(result)


def _capture(nodes, grads, inputs, retain_graph, create_graph):
    """Runs backward, collecting the gradient reaching each input (by position)."""
    from .node import weak_accumulator

    capture = {}
    for i, t in enumerate(inputs):
        node = t._grad_fn if t._grad_fn is not None else weak_accumulator(t)
        capture.setdefault(node, i)
    keys = {}
    captured = engine.execute(nodes, grads, retain_graph, create_graph, capture=capture, accumulate=False)
    for i, t in enumerate(inputs):  # the same tensor passed twice gets the same gradient
        node = t._grad_fn if t._grad_fn is not None else weak_accumulator(t)
        keys[i] = captured.get(capture[node])
    return keys


def _accumulate_into(t, g, create_graph):
    from ..tensor import Tensor

    g = g if isinstance(g, Tensor) else Tensor._make(np.array(g, copy=True), False, None)
    grad_writes.before(t)
    t._grad = g if t._grad is None else t._grad + g
    grad_writes.after(t, "backward")
