"""Whole training runs against PyTorch: the same model (autograd_tutor starts from PyTorch's
initial weights), the same data, several optimizer steps; outputs, losses, gradients and
parameters must match after every step."""
import numpy as np
import pytest
import torch

import autograd_tutor as at

rng = np.random.default_rng(3)
X = rng.standard_normal((16, 20)).astype(np.float32)
CLASSES = rng.integers(0, 5, 16)
REGRESSION = rng.standard_normal((16, 5)).astype(np.float32)
BINARY = rng.uniform(0, 1, (16, 5)).astype(np.float32)


def mlp(lib, activation):
    nn = lib.nn
    return nn.Sequential(nn.Linear(20, 12), getattr(nn, activation)(), nn.Linear(12, 8), getattr(nn, activation)(),
                         nn.Linear(8, 5))


def copy_weights(ours, theirs):
    with at.no_grad():
        for (n1, p1), (n2, p2) in zip(ours.named_parameters(), theirs.named_parameters()):
            assert n1 == n2
            p1.copy_(at.tensor(p2.detach().numpy()))


LOSSES = {
    "cross_entropy": (lambda lib: lib.nn.CrossEntropyLoss(), lambda lib, out: out, lambda lib: lib.tensor(CLASSES)),
    "mse": (lambda lib: lib.nn.MSELoss(), lambda lib, out: out, lambda lib: lib.tensor(REGRESSION)),
    "bce": (lambda lib: lib.nn.BCELoss(), lambda lib, out: lib.sigmoid(out), lambda lib: lib.tensor(BINARY)),
}
OPTIMIZERS = {
    "sgd": lambda lib, params: lib.optim.SGD(params, lr=0.1),
    "sgd_all": lambda lib, params: lib.optim.SGD(params, lr=0.05, momentum=0.9, nesterov=True, weight_decay=1e-3),
    "sgd_dampened": lambda lib, params: lib.optim.SGD(params, lr=0.05, momentum=0.5, dampening=0.2, maximize=False),
    "adam": lambda lib, params: lib.optim.Adam(params, lr=0.01),
    "adam_all": lambda lib, params: lib.optim.Adam(params, lr=0.01, betas=(0.8, 0.95), eps=1e-6, weight_decay=1e-2,
                                                   amsgrad=True),
}


def close(ours, theirs, what, rtol=2e-4, atol=2e-5):
    a = ours.detach().numpy() if isinstance(ours, at.Tensor) else ours
    b = theirs.detach().numpy()
    assert a.shape == b.shape and np.allclose(a, b, rtol=rtol, atol=atol), f"{what}: max diff {np.abs(a - b).max()}"


CASES = [("ReLU", "cross_entropy", opt) for opt in OPTIMIZERS] + [
    ("Tanh", "mse", "sgd_all"), ("Tanh", "mse", "adam_all"), ("Sigmoid", "bce", "sgd_dampened"),
    ("Sigmoid", "bce", "adam"), ("ReLU", "mse", "sgd"), ("Tanh", "cross_entropy", "adam_all"),
]


@pytest.mark.parametrize("activation, loss_name, optimizer", CASES)
def test_training_matches_torch(activation, loss_name, optimizer):
    torch.manual_seed(0)
    theirs = mlp(torch, activation)
    ours = mlp(at, activation)
    copy_weights(ours, theirs)
    make_loss, squash, target = LOSSES[loss_name]
    opt_t = OPTIMIZERS[optimizer](torch, theirs.parameters())
    opt_a = OPTIMIZERS[optimizer](at, ours.parameters())
    x_t, x_a = torch.tensor(X), at.tensor(X)
    for step in range(5):
        opt_t.zero_grad()
        opt_a.zero_grad()
        out_t, out_a = squash(torch, theirs(x_t)), squash(at, ours(x_a))
        close(out_a, out_t, f"step {step} output")
        loss_t, loss_a = make_loss(torch)(out_t, target(torch)), make_loss(at)(out_a, target(at))
        assert loss_a.grad_fn.name() == loss_t.grad_fn.name()
        close(loss_a, loss_t, f"step {step} loss")
        loss_t.backward()
        loss_a.backward()
        for (name, p_a), p_t in zip(ours.named_parameters(), theirs.parameters()):
            close(p_a.grad, p_t.grad, f"step {step} grad of {name}")
        opt_t.step()
        opt_a.step()
        for (name, p_a), p_t in zip(ours.named_parameters(), theirs.parameters()):
            close(p_a, p_t, f"step {step} {name} after the update")
    assert repr(ours) == repr(theirs)
    assert repr(opt_a) == repr(opt_t)
