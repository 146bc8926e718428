"""The engine runs the newest node holding a gradient first (a heap, no walk of the graph
beforehand): hooks must fire in PyTorch's order where paths of different lengths meet, gradients
must be summed before a node runs, and a graph whose edges lead to a newer node (only possible by
reassigning next_functions) is refused instead of run in a wrong order."""
import numpy as np
import pytest
import torch

import autograd_tutor as at

PROGRAMS = {
    "diamond": lambda x: (lambda a: (a.exp() * a.sin() + a) * 2)(x * 3),
    "long and short paths": lambda x: (lambda a: a.tanh().exp().sin() + a * a)(x + 1),
    "shared leaf, two roots multiplied": lambda x: (x * 2).sum() * (x.exp()).sum(),
    "chain of views": lambda x: (x.t() * 2).t().reshape(-1).sum() + x.sum(),
}
VALUES = [[0.5, -1.0], [2.0, 0.25]]


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_gradients_match_torch(name):
    grads = []
    for lib in (torch, at):
        x = lib.tensor(VALUES, requires_grad=True)
        PROGRAMS[name](x).sum().backward()
        grads.append(x.grad.detach().numpy())
    np.testing.assert_allclose(grads[1], grads[0], rtol=1e-6)


def test_hooks_fire_in_torch_order_where_paths_meet():
    runs = []
    for lib in (torch, at):
        seen = []

        def watch(t, label):
            t.register_hook(lambda g: seen.append((label, np.round(g.detach().numpy(), 4).tolist())))
            return t

        x = lib.tensor(VALUES, requires_grad=True)
        a = watch(x * 1.0, "a")
        b = watch(a.exp(), "exp")
        c = watch(a.sin(), "sin")
        d = watch(b * c, "product")
        e = watch(d + a.tanh(), "sum")
        (e * 2).sum().backward()
        runs.append((seen, x.grad.detach().numpy()))
    (t_seen, t_grad), (a_seen, a_grad) = runs
    assert [label for label, _ in a_seen] == [label for label, _ in t_seen]
    assert a_seen == t_seen
    np.testing.assert_allclose(a_grad, t_grad, rtol=1e-6)


def test_next_functions_leading_to_a_newer_node_are_refused():
    x = at.tensor([1.0, 2.0], requires_grad=True)
    y = x * 2
    z = y.exp()
    newer = (z * 3).grad_fn
    y.grad_fn.next_functions = ((newer, 0), (None, 0))  # read-only in PyTorch; here by hand
    with pytest.raises(RuntimeError, match="which was made after it: next_functions must not be reassigned"):
        z.sum().backward()
