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



@pytest.mark.parametrize("small, big", [
    ((3,), (4, 3)),  # one leading axis: sum_to's short path (one reduction over axis 0)
    ((2, 3), (4, 2, 3)),  # one leading axis of a 3-D gradient
    ((3,), (5, 4, 3)),  # two leading axes: the general path
    ((1, 3), (4, 3)),  # a kept axis of size 1
    ((4, 1), (4, 3)),
    ((), (4, 3)),
])
def test_broadcast_gradients_summed_back_match_torch(small, big):
    rng = np.random.default_rng(4)
    s_values = rng.standard_normal(small).astype(np.float32)
    b_values = rng.standard_normal(big).astype(np.float32)
    weights = rng.standard_normal(big).astype(np.float32)
    results = []
    for lib in (torch, at):
        s = lib.tensor(s_values, requires_grad=True)
        x = lib.tensor(b_values, requires_grad=True)
        ((s + x) * lib.tensor(weights)).sum().backward()
        results.append((s.grad.detach().numpy(), tuple(s.grad.shape), s.grad.stride(), s.grad._version))
        if lib is at:
            assert not np.shares_memory(s.grad._data, x.grad._data)
    (theirs, *meta_t), (ours, *meta_a) = results
    assert meta_t == meta_a
    assert ours.tobytes() == theirs.tobytes()  # summed in PyTorch's order


@pytest.mark.parametrize("shape, target", [((4, 3), (3,)), ((4, 2, 3), (2, 3)), ((4, 3), (1, 3)), ((5, 4, 3), (3,))])
@pytest.mark.parametrize("order", ["C", "F"])
def test_sum_to_short_path_is_pytorchs_sum_bit_for_bit(shape, target, order):
    """sum_to (its short path for one leading axis too) is PyTorch's sum over the broadcast dims,
    laid out as the gradient is (a column-major gradient is added in another order)."""
    from autograd_tutor.ops._numpy_namespace import NUMPY, summed_axes

    g = np.asarray(np.random.default_rng(6).standard_normal(shape).astype(np.float32) * 1e3, order=order)
    got = NUMPY.sum_to(g, target)
    want = torch.from_numpy(g).sum(summed_axes(g.shape, target), keepdim=True).reshape(target).numpy()
    assert got.shape == want.shape and got.dtype == want.dtype and got.tobytes() == want.tobytes()


def test_linear_bias_gradient_matches_torch():
    """nn.Linear on a batch: addmm's bias gradient is the batch's sum (sum_to's short path)."""
    rng = np.random.default_rng(5)
    x, w, b = (rng.standard_normal(shape).astype(np.float32) for shape in ((6, 5), (3, 5), (3,)))
    results = []
    for lib in (torch, at):
        weight, bias = lib.tensor(w, requires_grad=True), lib.tensor(b, requires_grad=True)
        (lib.nn.functional.linear(lib.tensor(x), weight, bias) * lib.tensor(x[:, :3])).sum().backward()
        results.append([(p.grad.detach().numpy(), p.grad.stride(), p.grad._version) for p in (weight, bias)])
    for (theirs, *meta_t), (ours, *meta_a) in zip(*results):
        assert meta_t == meta_a
        assert ours.tobytes() == theirs.tobytes()  # the batch's sum in PyTorch's order
