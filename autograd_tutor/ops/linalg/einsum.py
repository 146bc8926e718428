"""einsum: NumPy's einsum forward, one node whose gradients are einsums again.

The gradient for operand k is the einsum of the output's gradient with the other operands,
written to k's subscripts. Letters only k has get a ones vector; a letter k repeats (a diagonal,
``ii``) is renamed and tied back with an identity matrix, so every formula is one einsum that
also works on Tensors (create_graph differentiates it again).

PyTorch builds einsum from permutes, views, bmm and sums; here the graph is one node, named as
PyTorch's outermost node for the call (ViewBackward0 after a contraction of two operands,
MulBackward0 for a product without contraction, SumBackward1 for a sum over one operand,
PermuteBackward0 otherwise). The node saves no fields (PyTorch's nodes there save sizes).
"""
import string

import numpy as np

from ... import _dtypes
from ...autograd.node import Node
from .._record import record
from .._registry import op, tables


class _EinsumBackward(Node):
    """out = einsum(eq, *operands)  ->  grad_k = einsum(grad, the other operands -> operand k's subscripts)"""

    rule = "grad_k = einsum(grad, the other operands -> operand k's subscripts)"

    __slots__ = ()
    tensor_fields = ()

    def backward(self, grad, *operands):
        inputs, out_subs, shapes, sizes = self._attrs
        return tuple(
            _operand_grad(self.xp, grad, k, inputs, out_subs, shapes, sizes, operands) if self.needs(k) else None
            for k in range(len(inputs))
        )


def _named(name):
    # Each carries the einsum rule itself (its PyTorch name alone would read another op's rule),
    # and is not the class that name means elsewhere (borrows_name, see _registry.rule_of).
    return type(name, (_EinsumBackward,), {"__slots__": (), "__doc__": _EinsumBackward.__doc__,
                                           "rule": _EinsumBackward.rule, "borrows_name": True})


_NODES = {n: _named(n) for n in ("ViewBackward0", "MulBackward0", "SumBackward1", "PermuteBackward0")}


def _error(message):
    return RuntimeError(f"einsum(): {message}")


def _parse(equation, operands):
    """(subscripts of each operand, output subscripts), ellipses replaced by fresh letters."""
    eq = equation.replace(" ", "")
    lhs, arrow, rhs = eq.partition("->")
    inputs = lhs.split(",")
    if len(inputs) > len(operands):
        raise _error("fewer operands were provided than specified in the equation")
    if len(inputs) < len(operands):
        raise _error("more operands were provided than specified in the equation")
    fresh = [c for c in string.ascii_letters if c not in eq]
    widest = 0
    for k, (subs, t) in enumerate(zip(inputs, operands)):
        named = len(subs.replace("...", ""))
        ndim = t._data.ndim
        if "..." in subs:
            widest = max(widest, ndim - named)
        elif named != ndim:
            raise _error(f"the number of subscripts in the equation ({named}) does not match the number "
                         f"of dimensions ({ndim}) for operand {k} and no ellipsis was given")
    ell = "".join(fresh[:widest])
    expanded = []
    for subs, t in zip(inputs, operands):
        if "..." in subs:
            count = t._data.ndim - len(subs.replace("...", ""))
            subs = subs.replace("...", ell[widest - count:])
        expanded.append(subs)
    if arrow:
        out = rhs.replace("...", ell)
    else:
        letters = "".join(expanded)
        out = ell + "".join(sorted(c for c in set(letters) if letters.count(c) == 1 and c not in ell))
    for c in out:
        if not any(c in s for s in expanded):
            raise _error(f"output subscript {c} does not appear in the equation for any input operand")
    return expanded, out


def _sizes(inputs, operands):
    sizes = {}
    for k, (subs, t) in enumerate(zip(inputs, operands)):
        for c, n in zip(subs, t._data.shape):
            seen = sizes.get(c)
            if seen is not None and n != seen and n != 1 and seen != 1:
                raise _error(f"subscript {c} has size {n} for operand {k} which does not broadcast with "
                             f"previously seen size {seen}")
            sizes[c] = n if seen in (None, 1) else seen
    return sizes


def _node_name(inputs, out):
    if len(inputs) == 1:
        return "SumBackward1" if set(inputs[0]) - set(out) else "PermuteBackward0"
    contracted = set("".join(inputs)) - set(out)
    return "ViewBackward0" if contracted else "MulBackward0"


_LEGACY = {"float32": "Float", "float64": "Double", "int64": "Long", "int32": "Int", "bool": "Bool",
           "float16": "Half", "int16": "Short", "int8": "Char", "uint8": "Byte"}


def _result_dtype(operands, name):
    """Mixed dtypes: promoted for products without contraction, refused by bmm (as in PyTorch)."""
    first = operands[0]._data.dtype
    other = next((t._data.dtype for t in operands if t._data.dtype != first), None)
    if other is None:
        return first
    if name == "ViewBackward0":
        raise RuntimeError(f"expected scalar type {_LEGACY.get(first.name, first.name)} but found "
                           f"{_LEGACY.get(other.name, other.name)}")
    dtype = operands[0].dtype
    for t in operands[1:]:
        dtype = _dtypes.result_type(dtype, 2, t.dtype, 2)
    return dtype.np


def _full(data, subs, sizes):
    return np.broadcast_to(data, tuple(sizes[c] for c in subs))


def _operand_grad(xp, grad, k, inputs, out_subs, shapes, sizes, operands):
    """The gradient for operand ``k``: one einsum, then summed where the operand was broadcast."""
    target = inputs[k]
    used = set(out_subs).union(*(set(s) for j, s in enumerate(inputs) if j != k))
    fresh = iter(c for c in string.ascii_letters if c not in "".join(inputs) + out_subs)
    renamed, ties, seen = "", [], set()
    sizes = dict(sizes)
    for c in target:
        if c in seen:  # a repeated letter: a new name, tied to the first by an identity matrix
            new = next(fresh)
            ties.append(c + new)
            sizes[new] = sizes[c]
            renamed += new
        else:
            seen.add(c)
            renamed += c
    terms, subs = [grad], [out_subs]
    for j, s in enumerate(inputs):
        if j != k:
            terms.append(operands[j])
            subs.append(s)
    for c in sorted(set(target) - used):  # letters only this operand has: ones over their range
        terms.append(xp.const(grad, np.ones(sizes[c])))
        subs.append(c)
    for pair in ties:
        terms.append(xp.const(grad, np.eye(sizes[pair[0]])))
        subs.append(pair)
    terms = [xp.expand(xp.constant(t), tuple(sizes[c] for c in s)) if j else t
             for j, (t, s) in enumerate(zip(terms, subs))]
    g = xp.einsum(",".join(subs) + "->" + renamed, terms)
    shape = shapes[k]
    axes = tuple(i for i, n in enumerate(shape) if n == 1 and sizes[target[i]] != 1)
    return xp.sum_axes(g, axes, True) if axes else g


@op("einsum", method=False)
def einsum(equation, *operands):
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    inputs, out = _parse(equation, operands)
    sizes = _sizes(inputs, operands)
    name = _node_name(inputs, out)
    target = _result_dtype(operands, name)
    datas = [_full(t._data.astype(target, copy=False), s, sizes) for s, t in zip(inputs, operands)]
    data = np.asarray(np.einsum(",".join(inputs) + "->" + out, *datas)).astype(target, copy=False)
    shapes = tuple(tuple(t._data.shape) for t in operands)
    node = _NODES[name]
    # Saved (version-checked, freed after backward) but not shown as _saved_* fields.
    return record(node, data, tuple(operands), tuple(operands), (tuple(inputs), out, shapes, sizes))


FUNCTIONS, METHODS = tables(__name__)
