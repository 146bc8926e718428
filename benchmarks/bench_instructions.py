"""Instructions per workload, counted by valgrind: a figure the machine's load does not move.

Run: .venv/bin/python benchmarks/bench_instructions.py [--phases]  (needs valgrind: ``make system-bench``)
On a shared machine wall-clock ratios move by 30% between runs; instruction counts move by
about 1.5%. Each workload runs under valgrind's callgrind once with 1 repetition and once with
6; the difference over 5 is what one repetition costs, start-up and imports cancelled out.
Workloads (autograd_tutor only, no PyTorch): ``ops``, bench_ops.py's 2000 ops and backward;
``mlp``, one training step of an 8-8-4 network on a batch of 4, where the arithmetic costs
nothing and what is counted is the framework's bookkeeping. ``--phases`` counts, instead of the ops workload, each
phase of that step (zero_grad, forward, loss, backward, optimizer step) as the difference
between running the step up to it and up to the one before.
"""
import gc
import os
import re
import shutil
import subprocess
import sys

REPEATS = 6


def ops_workload():
    import autograd_tutor as at

    x = at.ones(2, 2, requires_grad=True)

    def run():
        y = x
        for _ in range(500):
            y = y * 1.0001
            y = y + x
            y = y - 0.5
            y = y / 1.5
        y.sum().backward()

    return run, 1


MLP_PHASES = ("zero_grad", "forward", "loss", "backward", "optimizer step")


def mlp_workload(upto=len(MLP_PHASES)):
    """An MLP step; ``upto`` phases of it only (``--phases`` counts each phase as a difference)."""
    import numpy as np

    import autograd_tutor as at

    at.manual_seed(0)
    model = at.nn.Sequential(at.nn.Linear(8, 8), at.nn.ReLU(), at.nn.Linear(8, 4))
    optimizer = at.optim.SGD(model.parameters(), lr=0.01)
    rng = np.random.default_rng(0)
    data = [(at.tensor(rng.standard_normal((4, 8)).astype(np.float32)), at.tensor(rng.integers(0, 4, 4)))
            for _ in range(20)]
    loss_fn = at.nn.CrossEntropyLoss()

    def run():
        for x, y in data:
            optimizer.zero_grad()
            if upto > 1:
                out = model(x)
            if upto > 2:
                loss = loss_fn(out, y)
            if upto > 3:
                loss.backward()
            if upto > 4:
                optimizer.step()

    return run, len(data)


WORKLOADS = {"ops": (ops_workload, "2000 ops + backward"), "mlp": (mlp_workload, "one MLP step, 8-8-4, batch 4")}
PHASE_WORKLOADS = {f"mlp-upto-{n}": (lambda n=n: mlp_workload(n), name) for n, name in enumerate(MLP_PHASES, 1)}


def count(name, repeats):
    """Instructions of a child process running workload ``name`` ``repeats`` times."""
    # BLAS on one thread: a thread pool's spinning and waiting moved the counts by 10-20% a run.
    env = dict(os.environ, PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
               sys.executable, __file__, "--workload", name, str(repeats)]
    if shutil.which("setarch"):
        command = ["setarch", "-R"] + command  # the same addresses every run
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stderr
    return int(re.search(r"Collected : (\d+)", out).group(1))


def main():
    if sys.argv[1:2] == ["--workload"]:
        gc.disable()  # collections at varying moments would blur the count
        run, _ = {**WORKLOADS, **PHASE_WORKLOADS}[sys.argv[2]][0]()
        for _ in range(int(sys.argv[3])):
            run()
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind not found: make system-bench (or apt-get install valgrind)")
        return 1
    for name, (_, title) in WORKLOADS.items():
        if "--phases" in sys.argv and name != "mlp":
            continue  # the phases are what is wanted: skip the slow ops workload
        per_run = (count(name, REPEATS) - count(name, 1)) / (REPEATS - 1)
        steps = 20 if name == "mlp" else 1
        print(f"{title}: {per_run / steps / 1e6:.2f} M instructions")
    if "--phases" in sys.argv:
        previous = 0.0
        for name, (_, title) in PHASE_WORKLOADS.items():
            upto = (count(name, REPEATS) - count(name, 1)) / (REPEATS - 1) / 20
            print(f"  MLP step, {title}: {(upto - previous) / 1e3:.0f} k instructions")
            previous = upto
    return 0


if __name__ == "__main__":
    sys.exit(main())
