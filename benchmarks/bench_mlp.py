"""MLP training steps against PyTorch: 784-256-10, batch 64, float32, cross-entropy, SGD.

Run: .venv/bin/python benchmarks/bench_mlp.py [--phases]
Both libraries train the same model (autograd_tutor starts from PyTorch's initial weights) on
the same batches in one process, PyTorch on one thread. One measurement is 20 steps of
zero_grad, forward, loss, backward and optimizer step; the figure is the best of rounds that
run the contenders in turn.
NumPy's BLAS is limited to one thread too (set before NumPy loads), so both sides compute on one
core; a hand-written NumPy step is timed as well, as the floor any NumPy library can reach. It
does autograd_tutor's arithmetic (PyTorch's rounding where that is followed), checked bit for bit.
``--phases`` adds the time of each phase of a step (zero_grad, forward, loss, backward, optimizer
step) beside the same phase of the NumPy step: what the framework adds, phase by phase.
``--floor`` times a bare autograd too (``bare_graph.py``: a graph and an engine without PyTorch's
contract, the same bits): what recording a graph costs at all, and what the contract costs.
"""
import os
import sys
import time

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from _timing import report  # noqa: E402

import autograd_tutor as at  # noqa: E402
from autograd_tutor.ops._softmax_sums import VECTOR_BYTES  # noqa: E402

STEPS = 20
BATCH = 64
SIZES = (784, 256, 10)
TARGET = 1.25
NUMPY_TARGET = 1.15  # the same arithmetic written by hand: what the graph and rounding cost on top


def build(lib, reference=None):
    model = lib.nn.Sequential(lib.nn.Linear(SIZES[0], SIZES[1]), lib.nn.ReLU(), lib.nn.Linear(SIZES[1], SIZES[2]))
    if reference is not None:
        with lib.no_grad():
            for ours, theirs in zip(model.parameters(), reference.parameters()):
                ours.copy_(lib.tensor(theirs.detach().numpy()))
    return model, lib.optim.SGD(model.parameters(), lr=0.01)


def batches(lib):
    rng = np.random.default_rng(0)
    xs = rng.standard_normal((STEPS, BATCH, SIZES[0])).astype(np.float32)
    ys = rng.integers(0, SIZES[2], size=(STEPS, BATCH))
    return [(lib.tensor(x), lib.tensor(y)) for x, y in zip(xs, ys)]


def train(lib, model, optimizer, data):
    loss_fn = lib.nn.CrossEntropyLoss()
    for x, y in data:
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
    return loss


EXACT_LIMIT = 1 << 16  # optim/_fused.py: smaller float32 tensors get PyTorch's fused rounding


def numpy_step(params, data, lr=0.01, clock=None, phases=None):
    """The same 20 steps written directly in NumPy, doing the arithmetic autograd_tutor does (and
    so PyTorch's rounding where autograd_tutor follows it): ``main`` checks the parameters agree
    bit for bit. No graph, no tensors, no checks: what the arithmetic alone costs. With ``clock``,
    the time of each phase is added to ``phases`` (as ``train`` does for autograd_tutor)."""
    for x, y in data:
        t0 = clock() if clock else 0
        h, a, z = _np_forward(params, x)
        t1 = clock() if clock else 0
        logp, picks = _np_loss(z, y)
        t2 = clock() if clock else 0
        grads = _np_backward(params, x, picks, a, logp)
        t3 = clock() if clock else 0
        _np_sgd(params, grads, lr)
        if clock:
            for i, d in enumerate((0.0, t1 - t0, t2 - t1, t3 - t2, clock() - t3)):
                phases[i] += d


def _np_forward(params, x):
    """addmm (the product, then the bias added in place), relu, addmm."""
    w1, b1, w2, b2 = params
    h = x @ w1.T
    np.add(h, b1, out=h)
    a = np.maximum(h, np.float32(0))
    z = a @ w2.T
    np.add(z, b2, out=z)
    return h, a, z


def _np_loss(z, y):
    """cross-entropy: log_softmax, then nll_loss's mean over the batch. Also returns where each
    row's target score is in logp (flat positions), for the backward to write its gradient."""
    logp = z - z.max(axis=1, keepdims=True)
    logp -= _log32(_exp_sums(_exp32(logp)))
    picks = np.ravel_multi_index((np.arange(len(y)), y), logp.shape)
    loss = np.asarray((-logp.take(picks)).sum(dtype=np.float32)) / np.float32(len(y))  # noqa: F841
    return logp, picks


def _exp32(x):
    """float32 exp as autograd_tutor rounds it (ops/_elementary.py): in float64, rounded once."""
    return np.exp(x.astype(np.float64)).astype(np.float32)


def _log32(x):
    return np.log(x.astype(np.float64)).astype(np.float32)


def _exp_sums(e):
    """Each row of the (64, 10) exponentials added up as PyTorch's log_softmax kernel adds it
    (ops/_softmax_sums.py): 10 items fit in one 64-byte vector (AVX-512), added one by one; in
    a 32-byte vector (AVX2) the last 2 go into lanes 0 and 1, then each half is added to the other."""
    if VECTOR_BYTES == 64:
        return np.add.accumulate(e, axis=1)[:, -1:]
    v = e[:, :8].copy()
    v[:, :2] += e[:, 8:]
    v = v[:, :4] + v[:, 4:]
    v = v[:, :2] + v[:, 2:]
    return v[:, :1] + v[:, 1:]


def _np_backward(params, x, picks, a, logp):
    """nll_loss, log_softmax, addmm (bias: the sum over the batch), relu's mask, addmm."""
    _, _, w2, _ = params
    g = np.zeros(logp.shape, np.float32)
    g.put(picks, -np.float32(1) / np.float32(len(picks)))
    dz = _exp32(logp)
    dz *= g.sum(axis=1, keepdims=True)
    np.subtract(g, dz, out=dz)
    gb2, gw2 = _batch_sum(dz), dz.T @ a
    da = dz @ w2
    mask = (a > 0).astype(np.uint32)  # relu's +0. where masked: clear the bits
    np.negative(mask, out=mask)
    gh = np.bitwise_and(mask, da.view(np.uint32), out=mask).view(np.float32)
    gb1, gw1 = _batch_sum(gh), gh.T @ x
    return gw1, gb1, gw2, gb2


def _batch_sum(g):
    """A bias's gradient, g.sum(axis=0) in PyTorch's order for a batch of 64 rows (its outer
    sum loop; a column of only -0. would give -0. here, +0. there). Columns in whole blocks
    of 32 (the 256 hidden units): four runs of 16 rows, each added in order, then the four
    runs in order. Fewer than 32 columns (the 10 outputs): rows i, i+4, i+8... in four running
    sums (in order), then the four sums in order. NumPy adds along an outer axis in order."""
    if g.shape[1] % 32 == 0:
        return np.add.reduce(np.add.reduce(g.reshape(4, 16, -1), axis=1), axis=0)
    return np.add.reduce(np.add.reduce(g.reshape(16, 4, -1), axis=0), axis=0)


def _np_sgd(params, grads, lr):
    """param.add_(grad, alpha=-lr), with one rounding (a float64 detour) for small tensors."""
    alpha = -lr
    alpha32 = np.float64(np.float32(alpha))
    for p, grad in zip(params, grads):
        if p.size <= EXACT_LIMIT:
            exact = np.multiply(grad, alpha32, dtype=np.float64)
            np.add(exact, p, out=exact)
            np.copyto(p, exact, casting="unsafe")
        else:
            np.add(p, alpha * grad, out=p)


PHASES = ("zero_grad", "forward", "loss", "backward", "optimizer step")


def train_phases(lib, model, optimizer, data, clock, phases):
    """``train``, adding the time of each phase to ``phases``."""
    loss_fn = lib.nn.CrossEntropyLoss()
    for x, y in data:
        t0 = clock()
        optimizer.zero_grad()
        t1 = clock()
        out = model(x)
        t2 = clock()
        loss = loss_fn(out, y)
        t3 = clock()
        loss.backward()
        t4 = clock()
        optimizer.step()
        for i, d in enumerate((t1 - t0, t2 - t1, t3 - t2, t4 - t3, clock() - t4)):
            phases[i] += d


def phase_table(a_model, a_opt, a_data, params, np_data, rounds=25):
    """Median time of each phase per step, autograd_tutor beside the NumPy step (rounds in turn)."""
    ours, by_hand = [[] for _ in PHASES], [[] for _ in PHASES]
    for _ in range(rounds):
        for table, run in ((ours, lambda c, p: train_phases(at, a_model, a_opt, a_data, c, p)),
                           (by_hand, lambda c, p: numpy_step(params, np_data, clock=c, phases=p))):
            phases = [0.0] * len(PHASES)
            run(time.perf_counter, phases)
            for column, value in zip(table, phases):
                column.append(value / STEPS * 1e6)
    print(f"per step, median of {rounds} rounds (us):  autograd_tutor   NumPy   difference")
    for name, a, n in zip(PHASES, ours, by_hand):
        a, n = float(np.median(a)), float(np.median(n))
        print(f"  {name:15s} {a:25.1f} {n:7.1f} {a - n:12.1f}")


def interleaved_best(*fns, rounds=15):
    """Best time of each function over rounds that run them in turn: background load on a shared
    machine then slows every contender alike, and the best round is the least disturbed one."""
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def main():
    torch.set_num_threads(1)
    torch.manual_seed(0)
    t_model, t_opt = build(torch)
    a_model, a_opt = build(at, reference=t_model)
    t_data, a_data = batches(torch), batches(at)
    # The same model, data and steps must give the same loss before timing means anything.
    params = [p.detach().numpy().copy() for p in a_model.parameters()]
    start = [p.copy() for p in params]
    np_data = [(x.numpy(), y.numpy()) for x, y in a_data]
    t_loss = train(torch, t_model, t_opt, t_data).item()
    a_loss = train(at, a_model, a_opt, a_data).item()
    assert abs(t_loss - a_loss) <= 1e-4 * max(1.0, abs(t_loss)), (t_loss, a_loss)
    # The hand-written step must do autograd_tutor's arithmetic: the same bits after 20 steps.
    numpy_step(params, np_data)
    for ours, by_hand in zip(a_model.parameters(), params):
        assert ours.detach().numpy().tobytes() == by_hand.tobytes(), "the NumPy step computes something else"
    contenders = [
        lambda: train(at, a_model, a_opt, a_data),
        lambda: train(torch, t_model, t_opt, t_data),
        lambda: numpy_step(params, np_data),
    ]
    floor = "--floor" in sys.argv
    if floor:
        import bare_graph

        train_bare, bare_params = bare_graph.trainer(start, np_data, 0.01, _np_sgd, _batch_sum, _exp_sums, _exp32, _log32)
        train_bare()
        check = [p.copy() for p in start]
        numpy_step(check, np_data)
        assert all(a.tobytes() == b.tobytes() for a, b in zip(bare_params, check)), "the bare graph computes something else"
        contenders.append(train_bare)
    t_ours, t_torch, t_numpy, *t_bare = interleaved_best(*contenders)
    print(f"hand-written NumPy step: {t_numpy * 1e3:.2f} ms, ratio {t_numpy / t_torch:.2f}x PyTorch")
    verdict = "meets" if t_ours <= NUMPY_TARGET * t_numpy else "MISSES"
    print(f"autograd_tutor vs the hand-written NumPy step: ratio {t_ours / t_numpy:.2f}x "
          f"({verdict} target <= {NUMPY_TARGET}x)")
    report(f"MLP {SIZES[0]}-{SIZES[1]}-{SIZES[2]}, batch {BATCH}, {STEPS} SGD steps", t_ours, t_torch, TARGET)
    if floor:
        print(f"bare graph (no contract): {t_bare[0] * 1e3:.2f} ms, ratio {t_bare[0] / t_numpy:.2f}x the NumPy step; "
              f"autograd_tutor's time over the NumPy step: {(t_bare[0] - t_numpy) / (t_ours - t_numpy):.0%} the graph, "
              f"{(t_ours - t_bare[0]) / (t_ours - t_numpy):.0%} the contract")
    if "--phases" in sys.argv:
        phase_table(a_model, a_opt, a_data, params, np_data)
    return 0  # the printed verdict says whether the target is met; a slow run is not an error


if __name__ == "__main__":
    sys.exit(main())
