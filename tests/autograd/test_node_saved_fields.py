"""``grad_fn._saved_<field>``: descriptors on each node class (not a ``__getattr__`` on Node, which
would slow every attribute read of the engine). What PyTorch shows must not change: values, the
error after release, AttributeError's message, ``dir``, and a subclass that saves less."""
import numpy as np
import pytest
import torch

import autograd_tutor as at
from autograd_tutor.ops.shape.transpose import TBackward0


def _mul(lib):
    x = lib.tensor([1.0, -2.0, 3.0], requires_grad=True)
    return x, x * 2.5


def test_saved_fields_read_release_and_raise_as_torch():
    seen = []
    for lib in (torch, at):
        x, y = _mul(lib)
        fn = y.grad_fn
        row = [fn._saved_other.item(), fn._saved_self]
        for name in ("_saved_foo", "foo"):
            with pytest.raises(AttributeError) as err:
                getattr(fn, name)
            row.append(str(err.value))
        y.sum().backward()
        try:
            row.append(fn._saved_self)  # None was not saved: still None after release
            fn._saved_other
        except RuntimeError as err:  # a released number
            row.append(str(err)[:60])
        seen.append(row)
    assert seen[0] == seen[1]


def test_relu_saved_result_matches_torch():
    got = []
    for lib in (torch, at):
        x = lib.tensor([[1.0, -2.0], [0.5, -0.0]], requires_grad=True)
        result = x.relu().grad_fn._saved_result
        got.append((result.detach().numpy().tobytes(), result.requires_grad, tuple(result.shape)))
    assert got[0] == got[1]


def test_dir_shows_the_saved_fields_and_no_internals():
    _, y = _mul(at)
    names = dir(y.grad_fn)
    assert "_saved_self" in names and "_saved_other" in names
    assert "_raw_saved_self" in names and "_raw_saved_other" in names  # as PyTorch's: hooks on one saved tensor
    assert not [n for n in names if n.startswith("_") and not n.startswith(("__", "_saved_", "_raw_saved_"))]
    assert "__getattr__" not in names  # as PyTorch's nodes


def test_a_subclass_that_saves_less_hides_the_inherited_field():
    class SavesSelf(TBackward0):
        __slots__ = ()
        tensor_fields = ("self",)

    class SavesNothing(SavesSelf):
        __slots__ = ()
        tensor_fields = ()

    leaf = at.tensor([1.0, 2.0], requires_grad=True)
    assert SavesSelf((), (leaf,))._saved_self is leaf
    node = SavesNothing((), ())
    with pytest.raises(AttributeError, match="'SavesNothing' object has no attribute '_saved_self'"):
        node._saved_self
    assert not hasattr(node, "_saved_self") and "_saved_self" not in dir(node)


def test_a_value_set_on_the_node_wins_as_an_instance_attribute():
    _, y = _mul(at)
    y.grad_fn._saved_self = "mine"  # an instance attribute, as before the descriptors
    assert y.grad_fn._saved_self == "mine"
    assert np.asarray(y.grad_fn._saved_other).item() == 2.5
