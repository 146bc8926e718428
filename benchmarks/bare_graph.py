"""A bare autograd for the MLP benchmark: the floor for a graph's bookkeeping in Python.

Run through: .venv/bin/python benchmarks/bench_mlp.py --floor
It records a graph and runs it backward with a general engine (newest node first, gradients
summed where they meet, leaves accumulating ``.grad``), doing the hand-written NumPy step's
arithmetic, so ``bench_mlp`` can check it computes the same bits. It has none of PyTorch's
contract: no version counters on saved tensors, no hooks of any kind, no grad mode, no
``create_graph``, no checks of shapes, dtypes or arguments, no reprs, no module machinery beyond
a ``__call__``. The time between it and autograd_tutor is what that contract costs in Python;
the time between it and the NumPy step is what a graph costs at all.
"""
import itertools
from heapq import heappop, heappush

import numpy as np

_next_seq = itertools.count().__next__


class Tensor:
    __slots__ = ("data", "requires_grad", "grad_fn", "grad", "accumulator")

    def __init__(self, data, requires_grad=False, grad_fn=None):
        self.data, self.requires_grad, self.grad_fn = data, requires_grad, grad_fn
        self.grad = self.accumulator = None


class Node:
    __slots__ = ("seq", "next_nodes", "saved")

    def __init__(self, next_nodes, saved=None):
        self.seq, self.next_nodes, self.saved = _next_seq(), next_nodes, saved


class AccumulateGrad(Node):
    __slots__ = ("variable",)


def edge(t):
    """The node a tensor's gradient goes to (None: nowhere)."""
    if t.grad_fn is not None:
        return t.grad_fn
    if not t.requires_grad:
        return None
    if t.accumulator is None:
        t.accumulator = AccumulateGrad(())
        t.accumulator.variable = t
    return t.accumulator


# ----------------------------------------------------------------------------- ops, forward and backward
class Transpose(Node):
    __slots__ = ()

    def backward(self, g):
        return (g.T,)


class Addmm(Node):
    """bias + x @ w.T; gradients: the bias's summed over the batch (``batch_sum``, the NumPy
    step's), x's, and w.T's (laid out so that its transpose, w's gradient, is row-major, as the
    NumPy step computes it)."""
    __slots__ = ()
    batch_sum = None  # set by trainer()

    def backward(self, g):
        x, wt = self.saved
        to_bias, to_x, _ = self.next_nodes
        return (self.batch_sum(g) if to_bias is not None else None,
                g @ wt.T if to_x is not None else None,
                (g.T @ x).T)


def linear(x, weight, bias):
    wt = Tensor(weight.data.T, True, Transpose((edge(weight),)))
    out = x.data @ wt.data
    np.add(out, bias.data, out=out)
    return Tensor(out, True, Addmm((edge(bias), edge(x), wt.grad_fn), (x.data, wt.data)))


class Relu(Node):
    __slots__ = ()

    def backward(self, g):
        (y,) = self.saved
        mask = (y > 0).astype(np.uint32)  # +0. where masked, as the NumPy step: clear the bits
        np.negative(mask, out=mask)
        return (np.bitwise_and(mask, g.view(np.uint32), out=mask).view(np.float32),)


def relu(x):
    y = np.maximum(x.data, np.float32(0))
    return Tensor(y, True, Relu((edge(x),), (y,)))


class LogSoftmax(Node):
    __slots__ = ()
    # set by trainer(): the NumPy step's sums of each row's exponentials, and its exp and log
    exp_sums = exp = log = None

    def backward(self, g):
        (y,) = self.saved
        grad = LogSoftmax.exp(y)
        grad *= g.sum(axis=1, keepdims=True)
        np.subtract(g, grad, out=grad)
        return (grad,)


class NllLoss(Node):
    __slots__ = ()

    def backward(self, g):
        shape, picks = self.saved
        grad = np.zeros(shape, np.float32)
        grad.put(picks, -g / np.float32(len(picks)))
        return (grad,)


def cross_entropy(z, y):
    logp = z.data - z.data.max(axis=1, keepdims=True)
    logp -= LogSoftmax.log(LogSoftmax.exp_sums(LogSoftmax.exp(logp)))
    log_probs = Tensor(logp, True, LogSoftmax((edge(z),), (logp,)))
    picks = np.ravel_multi_index((np.arange(len(y.data)), y.data), logp.shape)
    loss = np.asarray((-logp.take(picks)).sum(dtype=np.float32)) / np.float32(len(picks))
    return Tensor(loss, True, NllLoss((edge(log_probs),), (logp.shape, picks)))


# ----------------------------------------------------------------------------- the engine
def backward(loss):
    """Runs the graph from ``loss``: the newest node holding a gradient first (it has them all)."""
    root = loss.grad_fn
    buffers = {root: np.array(1, loss.data.dtype)}
    ready = [(-root.seq, root)]
    while ready:
        _, node = heappop(ready)
        grad = buffers.pop(node)
        if type(node) is AccumulateGrad:
            var = node.variable
            var.grad = Tensor(grad) if var.grad is None else Tensor(var.grad.data + grad)
            continue
        for nxt, g in zip(node.next_nodes, node.backward(grad)):
            if nxt is None or g is None:
                continue
            old = buffers.get(nxt)
            if old is None:
                buffers[nxt] = g
                heappush(ready, (-nxt.seq, nxt))
            else:
                buffers[nxt] = old + g
        node.saved = None  # freed, as after a backward without retain_graph


# ----------------------------------------------------------------------------- modules and SGD
class Module:
    def __call__(self, *args):
        return self.forward(*args)


class Linear(Module):
    def __init__(self, weight, bias):
        self.weight, self.bias = Tensor(weight, True), Tensor(bias, True)

    def forward(self, x):
        return linear(x, self.weight, self.bias)


class ReLU(Module):
    def forward(self, x):
        return relu(x)


class Sequential(Module):
    def __init__(self, *modules):
        self.modules = modules

    def forward(self, x):
        for module in self.modules:
            x = module(x)
        return x


class CrossEntropyLoss(Module):
    def forward(self, z, y):
        return cross_entropy(z, y)


class SGD:
    """param.add_(grad, alpha=-lr), with the NumPy step's rounding (its ``update``)."""

    def __init__(self, params, lr, update):
        self.params, self.lr, self.update = params, lr, update

    def zero_grad(self):
        for p in self.params:
            p.grad = None

    def step(self):
        self.update([p.data for p in self.params], [p.grad.data for p in self.params], self.lr)


def trainer(params, data, lr, update, batch_sum, exp_sums, exp, log):
    """A function running the benchmark's steps on copies of ``params`` (NumPy arrays: w1, b1,
    w2, b2), and the list of those copies (to compare with the NumPy step's). ``update``,
    ``batch_sum``, ``exp_sums``, ``exp`` and ``log`` are the NumPy step's SGD update, bias-gradient
    sum, sums of exponentials in log_softmax and its float32 exp and log: the same rounding."""
    Addmm.batch_sum = staticmethod(batch_sum)
    LogSoftmax.exp_sums = staticmethod(exp_sums)
    LogSoftmax.exp, LogSoftmax.log = staticmethod(exp), staticmethod(log)
    w1, b1, w2, b2 = (p.copy() for p in params)
    model = Sequential(Linear(w1, b1), ReLU(), Linear(w2, b2))
    weights = [model.modules[0].weight, model.modules[0].bias, model.modules[2].weight, model.modules[2].bias]
    optimizer = SGD(weights, lr, update)
    batches = [(Tensor(x), Tensor(y)) for x, y in data]
    loss_fn = CrossEntropyLoss()

    def train():
        for x, y in batches:
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            backward(loss)
            optimizer.step()

    return train, [w.data for w in weights]
