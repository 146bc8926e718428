"""Cost of the notebook extension's watcher, and its memory over a long training session.

Run: .venv/bin/python benchmarks/bench_watcher.py [--torch]
The extension runs in an in-process IPython shell (displays are discarded); the time of its
post_run_cell callback is measured per cell, with the SVG cache cleared so every picture pays
for its `dot` call, as the first run of a cell does.
  - the seed tutorials' cells (tests/seeds):                    median <= 30 ms
  - cells that change nothing, in a namespace of 60 tensors:   median <= 5 ms
  - a cell building a 10,000-op graph:                          <= 300 ms
  - 1,000 training steps over 200 cells: live tensors, graph nodes and the memory held by
    autograd_tutor's code do not grow (IPython's own per-cell caches are not counted).
"""
import argparse
import contextlib
import gc
import io
import pathlib
import re
import statistics
import sys
import time
import tracemalloc
import warnings

from IPython.core.displaypub import DisplayPublisher
from IPython.core.interactiveshell import InteractiveShell

from autograd_tutor.notebook import extension
from autograd_tutor.viz import render

SEEDS = pathlib.Path(__file__).resolve().parents[1] / "tests" / "seeds"  # the repository's own copy
TARGET_CELL_MS, TARGET_QUIET_MS, TARGET_10K_MS = 30, 5, 300


class DiscardingPublisher(DisplayPublisher):
    def publish(self, data, metadata=None, *args, **kwargs):
        pass


class TimedShell:
    """A shell with the extension loaded whose watcher callback is timed cell by cell, with the
    part spent waiting for graphviz's `dot` counted apart."""

    def __init__(self, import_line):
        self.shell = InteractiveShell.instance()
        self.shell.display_pub = DiscardingPublisher()
        self.shell.run_line_magic("load_ext", "autograd_tutor.notebook")
        self.watcher = extension.active(self.shell).watcher
        self.shell.events.unregister("post_run_cell", self.watcher.post_run_cell)
        self.shell.events.register("post_run_cell", self._timed)
        self._render = render.render
        render.render = self._timed_render
        self.last_ms = self.last_dot_ms = None
        self._dot_s = 0.0
        self.import_line = import_line
        self.run(import_line)

    def _timed_render(self, *args, **kwargs):
        start = time.perf_counter()
        try:
            return self._render(*args, **kwargs)
        finally:
            self._dot_s += time.perf_counter() - start

    def _timed(self, result):
        self._dot_s = 0.0
        start = time.perf_counter()
        self.watcher.post_run_cell(result)
        self.last_ms = (time.perf_counter() - start) * 1e3
        self.last_dot_ms = self._dot_s * 1e3

    def run(self, code, clear_svg_cache=True):
        """Run a cell quietly (its own prints and warnings are not what is measured)."""
        if clear_svg_cache:
            render.clear_cache()
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.shell.run_cell(code, store_history=False, silent=False)
        return self.last_ms

    def fresh_namespace(self):
        self.run("%reset -f")
        self.run(self.import_line)


def tutorial_cells():
    return {
        path.stem: [c.strip() for c in re.split(r"^# %%.*$", path.read_text(), flags=re.M) if c.strip()]
        for path in sorted(SEEDS.glob("*.py"))
    }


def verdict(value, target):
    return f"{'meets' if value <= target else 'MISSES'} target <= {target} ms"


def bench_tutorials(ts, rounds=3):
    times, dot = [], []
    for _ in range(rounds):
        for cells in tutorial_cells().values():
            ts.fresh_namespace()
            for cell in cells:
                times.append(ts.run(cell))
                dot.append(ts.last_dot_ms)
    median = statistics.median(times)
    drawn = [(t, d) for t, d in zip(times, dot) if d > 0]
    print(f"tutorial cells ({len(times)} runs): median {median:.1f} ms, "
          f"90th percentile {statistics.quantiles(times, n=10)[-1]:.1f} ms, max {max(times):.1f} ms: "
          f"{verdict(median, TARGET_CELL_MS)}")
    print(f"  the {len(drawn)} cells that drew a graph: median {statistics.median(t for t, _ in drawn):.1f} ms, "
          f"of which the dot call {statistics.median(d for _, d in drawn):.1f} ms")
    return median <= TARGET_CELL_MS


def bench_quiet(ts):
    ts.fresh_namespace()
    ts.run("ws = [torch.randn(8, 8, requires_grad=True) for _ in range(20)]\n"
           "for i, w in enumerate(ws):\n    globals()[f'w{i}'] = w\n"
           "loss = sum((w * w).sum() for w in ws)\nloss.backward()\n"
           "for i in range(20):\n    globals()[f'h{i}'] = ws[i] * 2\n"
           "for i in range(20):\n    globals()[f'c{i}'] = torch.zeros(4)")
    quiet = ["1 + 1", "print(w3)", "s = 'text'", "w5.shape", "n = len(ws)"] * 10
    times = [ts.run(cell) for cell in quiet]
    median = statistics.median(times)
    print(f"cells that change nothing (60 tensors in the namespace): median {median:.2f} ms, "
          f"max {max(times):.2f} ms: {verdict(median, TARGET_QUIET_MS)}")
    return median <= TARGET_QUIET_MS


def bench_big_graph(ts):
    ts.fresh_namespace()
    ts.run("x = torch.ones(3, requires_grad=True)")
    times = [ts.run("y = x\nfor _ in range(10_000):\n    y = y * 1.0001") for _ in range(3)]
    worst = max(times)
    print(f"cell building a 10,000-op graph: {', '.join(f'{t:.0f}' for t in times)} ms: "
          f"{verdict(worst, TARGET_10K_MS)}")
    return worst <= TARGET_10K_MS


TRAIN_SETUP = ("w = torch.randn(16, 4, requires_grad=True)\nb = torch.zeros(4, requires_grad=True)\n"
               "data = torch.randn(32, 16)\nopt = torch.optim.SGD([w, b], lr=0.01)")
TRAIN_CELL = ("for _ in range(5):\n    out = data @ w + b\n    loss = (out * out).mean()\n"
              "    opt.zero_grad()\n    loss.backward()\n    opt.step()")


def live_autograd_objects():
    """(tensors, graph nodes) reachable by the garbage collector, counted by type name."""
    gc.collect()
    tensors = nodes = 0
    for obj in gc.get_objects():
        name = type(obj).__name__
        if name in ("Tensor", "Parameter"):
            tensors += 1
        elif name.endswith("Backward0") or name.endswith("Backward1") or name == "AccumulateGrad":
            nodes += 1
    return tensors, nodes


def _our_live_bytes():
    """Bytes allocated from autograd_tutor's own files and still alive."""
    snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, "*autograd_tutor*")])
    return sum(stat.size for stat in snapshot.statistics("filename"))


def bench_memory(ts, cells=200):
    """Counts half-way (the 64-picture SVG cache is full by then) and after the last cell."""
    ts.fresh_namespace()
    ts.run(TRAIN_SETUP)
    tracemalloc.start()
    counts = []
    for i in range(cells):
        ts.run(TRAIN_CELL, clear_svg_cache=False)
        if i in (cells // 2 - 1, cells - 1):
            counts.append((live_autograd_objects(), _our_live_bytes()))
    tracemalloc.stop()
    (early, ours_early), (late, ours_late) = counts
    flat = late[0] <= early[0] and late[1] <= early[1] and ours_late - ours_early < 50_000
    print(f"{cells * 5} training steps over {cells} cells (cell {cells // 2} -> cell {cells}): live tensors "
          f"{early[0]} -> {late[0]}, graph nodes {early[1]} -> {late[1]}, memory held by "
          f"autograd_tutor code {ours_early / 1e3:.0f} -> {ours_late / 1e3:.0f} KB: "
          f"{'flat' if flat else 'GROWS'}")
    return flat


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--torch", action="store_true", help="run the cells with real PyTorch")
    args = parser.parse_args()
    ts = TimedShell("import torch" if args.torch else "import autograd_tutor as torch")
    print(f"watcher overhead per cell ({'torch' if args.torch else 'autograd_tutor'})")
    results = [bench_tutorials(ts), bench_quiet(ts), bench_big_graph(ts), bench_memory(ts)]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
