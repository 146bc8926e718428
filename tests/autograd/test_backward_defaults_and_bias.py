"""``tensor.backward()`` with every default takes a short path, and the engine sums a gradient
over a batch (a bias's) itself: both must still do what PyTorch does, errors included."""
import numpy as np
import pytest
import torch

import autograd_tutor as at


def _outcome(fn):
    try:
        return ("value", fn())
    except RuntimeError as err:
        return ("error", str(err))


CALLS = {
    "scalar output": lambda lib: _grad_after(lib, lambda x: (x * x).sum(), lambda y: y.backward()),
    "leaf scalar": lambda lib: _leaf_scalar(lib),
    "non-scalar output": lambda lib: _grad_after(lib, lambda x: x * 2.0, lambda y: y.backward()),
    "no grad_fn": lambda lib: _grad_after(lib, lambda x: x.detach().sum(), lambda y: y.backward()),
    "second backward": lambda lib: _grad_after(lib, lambda x: (x * x).sum(), lambda y: (y.backward(), y.backward())),
    "retain_graph=True": lambda lib: _grad_after(
        lib, lambda x: (x * x).sum(), lambda y: (y.backward(retain_graph=True), y.backward())),
    "create_graph=0": lambda lib: _grad_after(lib, lambda x: (x * x).sum(), lambda y: y.backward(create_graph=0)),
    "float64 output": lambda lib: _grad_after(lib, lambda x: (x.double() * 3).sum(), lambda y: y.backward()),
}


def _grad_after(lib, make, run):
    x = lib.tensor([1.0, -2.0, 3.0], requires_grad=True)
    run(make(x))
    return x.grad.tolist()


def _leaf_scalar(lib):
    x = lib.tensor(2.5, requires_grad=True)
    x.backward()
    return x.grad.tolist()


@pytest.mark.parametrize("name", list(CALLS))
def test_backward_with_defaults_matches_torch(name):
    assert _outcome(lambda: CALLS[name](at)) == _outcome(lambda: CALLS[name](torch))


def test_backward_with_defaults_tells_the_grad_observer():
    from autograd_tutor.autograd import grad_writes

    seen = []

    class Observer:
        def backward_called(self, tensors):
            seen.append(len(tensors))

        def before(self, tensor):
            pass

        def after(self, tensor, why):
            seen.append(why)

    x = at.tensor([1.0, 2.0], requires_grad=True)
    previous, grad_writes.observer = grad_writes.observer, Observer()
    try:
        (x * x).sum().backward()
    finally:
        grad_writes.observer = previous
    assert seen == [1, "backward"]


BIAS_SHAPES = [((3, 4), (4,)), ((3, 4), (1, 4)), ((3,), ()), ((2, 3, 4), (4,)), ((2, 3, 4), (3, 4)), ((5, 1), (1,))]


@pytest.mark.parametrize("x_shape,b_shape", BIAS_SHAPES)
@pytest.mark.parametrize("dtype", ["float32", "float16"])
def test_a_gradient_summed_back_to_a_broadcast_input_matches_torch(x_shape, b_shape, dtype):
    """Shape and dtype as torch's, values within rounding (PyTorch sums in its own order and
    float16 in a float32 accumulator: docs/pytorch-differences.md), and bit for bit what the
    array namespace's sum_to gives, whichever way the engine took."""
    from autograd_tutor.ops._numpy_namespace import NUMPY

    rng = np.random.default_rng(len(x_shape) * 10 + len(b_shape))
    x_np = rng.standard_normal(x_shape).astype(dtype)
    b_np = rng.standard_normal(b_shape).astype(dtype)
    g_np = rng.standard_normal(x_shape).astype(dtype)
    grads = []
    for lib in (torch, at):
        b = lib.tensor(b_np, requires_grad=True)
        (lib.tensor(x_np) * 1.5 + b).backward(lib.tensor(g_np))
        grads.append(b.grad)
    theirs, ours = grads
    assert (tuple(ours.shape), str(ours.dtype)) == (tuple(theirs.shape), str(theirs.dtype))
    np.testing.assert_allclose(ours.numpy(), theirs.numpy(), rtol=2e-3 if dtype == "float16" else 1e-6)
    assert ours.numpy().tobytes() == np.asarray(NUMPY.sum_to(g_np, b_np.shape)).tobytes()
