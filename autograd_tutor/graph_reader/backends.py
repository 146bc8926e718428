"""Running a node's own backward formula on a gradient, outside the engine (nothing is
accumulated, no hook fires), for either kind of graph: autograd_tutor's nodes on NumPy arrays,
PyTorch's on its own tensors (torch is never imported: the graph brings its tensors)."""
import math
import sys

import numpy as np

from .nodes import leaf_variable, op_name


class TutorBackend:
    """autograd_tutor nodes: ``_seq`` is the creation order, backward runs on NumPy arrays."""

    @staticmethod
    def accepts(fn):
        return isinstance(getattr(fn, "_seq", None), int)

    def priority(self, fn):
        return fn._seq  # the core engine runs the newest ready node first

    def creation_order(self, fn):
        return fn._seq

    def seed(self, tensor):
        return np.ones(tensor._data.shape, tensor._data.dtype)

    def call(self, fn, grads):
        from ..ops._namespace import namespace_for

        # Hand the gradients over as the engine does: output 0's plainly, later outputs of a
        # multi-output node through its add_output_grad (which keeps one slot per output), with
        # the namespace a plain (unrecorded) backward pass computes in, which the engine sets too.
        fn.xp = namespace_for(False)
        buffered = grads[0]
        for i, g in enumerate(grads[1:], start=1):
            if g is not None:
                buffered = fn.add_output_grad(buffered, i, g)
        return tuple(fn.apply(buffered, False))

    def expected(self, fn, input_nr):
        if input_nr:
            return fn._outputs[input_nr]
        return fn._out_shape, fn._out_dtype

    def fit(self, grad, fn, input_nr):
        from ..autograd.engine import sum_to_shape

        if isinstance(grad, np.generic):
            grad = np.asarray(grad)
        shape, dtype = self.expected(fn, input_nr)
        if grad.shape != shape:
            grad = sum_to_shape(grad, shape)
        return grad.astype(dtype) if grad.dtype != dtype else grad

    def outputs(self, fn):
        outputs = getattr(fn, "_outputs", None)
        return len(outputs) if isinstance(outputs, (list, tuple)) and outputs else 1

    def as_tensor(self, array):
        from ..tensor import Tensor

        return Tensor._make(np.array(array), False, None)

    def as_array(self, grad):
        return np.asarray(grad)


class TorchBackend:
    """Real PyTorch nodes: ``_sequence_nr()`` orders them, nodes are called on torch tensors.

    PyTorch's engine runs AccumulateGrad as soon as its gradient is complete (its sequence
    number is the largest possible), which the priority below reproduces.
    """

    @staticmethod
    def accepts(fn):
        return callable(getattr(fn, "_sequence_nr", None))

    def priority(self, fn):
        return math.inf if leaf_variable(fn) is not None else fn._sequence_nr()

    def creation_order(self, fn):
        return None if leaf_variable(fn) is not None else fn._sequence_nr()

    def seed(self, tensor):
        return tensor.detach().new_ones(tensor.shape)

    def call(self, fn, grads):
        grads = [g if g is not None else self.zeros(fn, i) for i, g in enumerate(grads)]
        with sys.modules["torch"].no_grad():  # a reading: record no graph of the backward itself
            if getattr(fn, "_forward_cls", None) is not None:  # a custom autograd.Function
                return _per_edge(fn, fn.apply(*grads))
            out = fn(*grads)
        return tuple(out) if isinstance(out, (tuple, list)) else (out,)

    def expected(self, fn, input_nr):
        var = leaf_variable(fn)
        if var is not None:
            return tuple(var.shape), var.dtype
        meta = fn._input_metadata[input_nr]
        return tuple(meta.shape), meta.dtype

    def fit(self, grad, fn, input_nr):
        shape, dtype = self.expected(fn, input_nr)
        if tuple(grad.shape) != shape:
            grad = grad.sum_to_size(shape)
        return grad.to(dtype) if grad.dtype != dtype else grad

    def zeros(self, fn, input_nr):
        meta = fn._input_metadata[input_nr]
        return _torch_zeros_like(fn, meta)

    def outputs(self, fn):
        return max(len(getattr(fn, "_input_metadata", ())), 1)

    def as_tensor(self, grad):
        return grad.detach().clone()

    def as_array(self, grad):
        return grad.detach().cpu().numpy()


def _per_edge(fn, out):
    """A custom Function's backward returns one gradient per forward argument; the graph has one
    edge per tensor argument. The edges that lead somewhere are the arguments that needed a
    gradient, in order; the other edges get None (nothing is sent along them)."""
    out = tuple(out) if isinstance(out, (tuple, list)) else (out,)
    wanted = iter(g for g, needed in zip(out, fn.needs_input_grad) if needed)
    return tuple(next(wanted, None) if node is not None else None for node, _ in fn.next_functions)


def _torch_zeros_like(fn, meta):
    # A zero gradient for an output no consumer used; made from a tensor the graph already has.
    for name in dir(fn):
        if name.startswith("_saved_"):
            try:
                value = getattr(fn, name)
            except RuntimeError:
                continue
            if hasattr(value, "new_zeros"):
                return value.new_zeros(tuple(meta.shape), dtype=meta.dtype)
    raise RuntimeError(f"{op_name(fn)}: cannot make a zero gradient for an unused output")


def backend_for(fn):
    for backend in (TutorBackend, TorchBackend):
        if backend.accepts(fn):
            return backend()
    raise TypeError(f"{op_name(fn)} is neither an autograd_tutor nor a PyTorch graph node")
