"""Gradients of a node with several outputs, as the engine hands them over.

PyTorch records split/unbind/chunk and a custom Function returning several tensors as ONE node
whose outputs are told apart by ``output_nr``. The engine buffers the gradient of output 0 as
for any node; the others arrive through the node's ``add_output_grad``, which both kinds of
multi-output node (ops' MultiOutputNode, autograd.Function's node) implement with ``collect``.
"""
import numpy as np


class OutputGrads:
    """Gradients of a multi-output node, one slot per output, filled as they arrive."""

    __slots__ = ("slots",)
    __array_ufunc__ = None  # ``array + slots`` falls back to __radd__ below

    def __init__(self, slots):
        self.slots = slots

    @property
    def shape(self):
        return None

    def add(self, index, grad):
        old = self.slots[index]
        self.slots[index] = grad if old is None else old + grad
        return self

    def __add__(self, other):
        if isinstance(other, OutputGrads):
            for i, g in enumerate(other.slots):
                if g is not None:
                    self.add(i, g)
            return self
        return self.add(0, other)  # output 0's gradient arrives through plain edges

    __radd__ = __add__


def collect(outputs, buffered, index, grad):
    """The gradient of output ``index`` (> 0), summed to that output's shape and dtype
    (``outputs[index]``), put beside what is ``buffered`` for the others."""
    shape, dtype = outputs[index]
    if grad.shape != shape:
        from .engine import sum_to_shape

        grad = sum_to_shape(grad, shape)
    if isinstance(grad, np.ndarray) and grad.dtype != dtype:
        grad = grad.astype(dtype)
    if isinstance(buffered, OutputGrads):
        return buffered.add(index, grad)
    slots = OutputGrads([None] * len(outputs))
    if buffered is not None:
        slots.add(0, buffered)
    return slots.add(index, grad)


def slots_of(grad, count):
    """One gradient (or None) per output: what ``collect`` gathered, or output 0's alone."""
    return grad.slots if isinstance(grad, OutputGrads) else [grad] + [None] * (count - 1)
