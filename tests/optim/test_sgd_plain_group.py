"""SGD.step takes a shortcut for the everyday group (a float lr; no momentum, weight decay,
maximize or differentiable): each condition is crossed here against PyTorch, float32 bit for bit
(its fused rounding is followed), with parameters that have no gradient on some steps and the
version counter every in-place update bumps."""
import numpy as np
import pytest
from ops_oracle import same

RNG = np.random.default_rng(0)
W = RNG.standard_normal((5, 3)).astype(np.float32)
GRADS = RNG.standard_normal((4, 5, 3)).astype(np.float32)

PLAIN = [dict(lr=0.05), dict(lr=0.05, momentum=0, weight_decay=0.0, maximize=False), dict()]
OTHERS = [dict(lr=1), dict(lr="tensor"), dict(lr=0.05, momentum=0.9), dict(lr=0.05, weight_decay=0.1),
          dict(lr=0.05, maximize=True), dict(lr=0.05, momentum=0.5, nesterov=True)]


def _train(T, options, dtype):
    dt = getattr(T, dtype)
    w = T.tensor(W, dtype=dt, requires_grad=True)
    v = T.tensor(W[0], dtype=dt, requires_grad=True)
    options = dict(options)
    if options.get("lr") == "tensor":
        options["lr"] = T.tensor(0.05)
    opt = T.optim.SGD([w, v], **options)
    versions = []
    for i, g in enumerate(GRADS):
        w.grad = T.tensor(g, dtype=dt)
        v.grad = T.tensor(g[0] * 3, dtype=dt) if i % 2 else None  # v: no gradient every other step
        opt.step()
        versions.append((w._version, v._version))
    return w.detach().numpy().tobytes(), v.detach().numpy().tobytes(), versions


@pytest.mark.parametrize("options", PLAIN + OTHERS, ids=str)
def test_float32_steps_are_pytorchs_bit_for_bit(options):
    import torch

    import autograd_tutor as at

    assert _train(at, options, "float32") == _train(torch, options, "float32")


@pytest.mark.parametrize("options", PLAIN + OTHERS, ids=str)
def test_float64_steps_as_pytorch(options):
    def program(T):
        w_bytes, v_bytes, versions = _train(T, options, "float64")
        return np.frombuffer(w_bytes), np.frombuffer(v_bytes), versions

    same(program)


def test_the_plain_group_computes_what_the_general_one_does():
    """float64 (no fused rounding to follow): a tensor lr takes the general path, a float the
    plain one; the same arithmetic must give the same bits."""
    import autograd_tutor as at

    def run(lr):
        w = at.tensor(W, dtype=at.float64, requires_grad=True)
        opt = at.optim.SGD([w], lr=lr)
        for g in GRADS:
            w.grad = at.tensor(g, dtype=at.float64)
            opt.step()
        return w.detach().numpy().tobytes()

    assert run(0.05) == run(at.tensor(0.05, dtype=at.float64))


@pytest.mark.parametrize("options", [dict(lr=0.05), dict(lr=0.05, momentum=0.9)], ids=str)
def test_a_step_invalidates_what_the_graph_saved(options):
    def program(T):
        w = T.tensor(W, requires_grad=True)
        loss = (w * w).sum()
        opt = T.optim.SGD([w], **options)
        w.grad = T.ones_like(w)
        opt.step()
        loss.backward()

    same(program, raises=RuntimeError)


def test_a_differentiable_group_is_not_a_plain_one():
    def program(T):
        w = T.tensor(W, requires_grad=True)
        opt = T.optim.SGD([w], lr=0.05, differentiable=True)
        w.grad = T.ones_like(w)
        opt.step()

    same(program, raises=RuntimeError)
