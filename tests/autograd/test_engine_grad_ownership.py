"""A leaf keeps a gradient as its ``.grad`` without a copy only when nobody else holds it
(engine.owned): every ``.grad`` below must own memory no other tensor, gradient or hook sees,
and values and versions stay PyTorch's."""
import numpy as np
import pytest
import torch

import autograd_tutor as at
from autograd_tutor.autograd import engine


def _leaves(lib):
    a = lib.tensor([[1.0, -2.0], [3.0, 4.0]], requires_grad=True)
    b = lib.tensor([[0.5, 1.5], [-2.5, 3.5]], requires_grad=True)
    return a, b


def _root(lib):
    return lib.tensor([[1.0, 2.0], [3.0, 4.0]])


PROGRAMS = {
    "add shares one gradient": lambda lib, a, b, g: (a * 3 + b).backward(g),
    "sum's expanded gradient": lambda lib, a, b, g: (a + b).sum().backward(),
    "product": lambda lib, a, b, g: (a * b).sum().backward(),
    "cat's slices of one gradient": lambda lib, a, b, g: (lib.cat([a, b]) * 2).sum().backward(),
    "transposed matmul": lambda lib, a, b, g: (a @ b.t()).backward(g),
    "root gradient reaches leaves unchanged": lambda lib, a, b, g: (a + b).backward(g),
    "leaf itself": lambda lib, a, b, g: a.backward(g),
    "twice, accumulating": lambda lib, a, b, g: [(a * b).sum().backward() for _ in range(2)],
}


def _memory(t):
    return t._data if hasattr(t, "_data") else t.detach().numpy()


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_each_grad_owns_its_memory(name):
    results = {}
    for lib in (torch, at):
        a, b = _leaves(lib)
        g = _root(lib)
        PROGRAMS[name](lib, a, b, g)
        grads = [t.grad for t in (a, b) if t.grad is not None]
        results[lib.__name__] = [(x.detach().numpy().copy(), x._version) for x in grads]
        if lib is at:
            held = [a, b, g] + grads
            for i, x in enumerate(grads):
                others = [h for h in held if h is not x]
                assert not any(np.shares_memory(_memory(x), _memory(o)) for o in others), name
    ours, theirs = results["autograd_tutor"], results["torch"]
    assert len(ours) == len(theirs)
    for (va, ver_a), (vt, ver_t) in zip(ours, theirs):
        assert va.tobytes() == vt.tobytes() and ver_a == ver_t, name


def test_a_hook_that_keeps_the_gradient_sees_it_unchanged_later():
    kept = []
    x = at.tensor([1.0, 2.0], requires_grad=True)
    x.register_hook(lambda g: kept.append(g))
    (x * 2).sum().backward()
    (x * 2).sum().backward()  # accumulates into x.grad in place
    assert kept[0].tolist() == [2.0, 2.0] and x.grad.tolist() == [4.0, 4.0]


def test_a_retained_gradient_is_not_shared_with_the_leaf():
    x = at.tensor([1.0, 2.0], requires_grad=True)
    y = x * 1.0
    y.retain_grad()
    (y * 3).sum().backward()
    assert not np.shares_memory(x.grad._data, y.grad._data)


def test_owned_counts_references():
    fresh = np.ones(3)
    assert engine.owned(fresh)
    other = fresh  # noqa: F841 (a second reference)
    assert not engine.owned(fresh)
    base = np.ones((2, 3))
    view = base[0]
    assert not engine.owned(view)  # ``base`` still names its memory
    del base
    assert engine.owned(view)
    assert not engine.owned(np.broadcast_to(np.ones(1), (3,)))  # read-only
