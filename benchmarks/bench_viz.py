"""Render time of the graph view: model + DOT + the `dot` call, for the five seed graphs.

Run: .venv/bin/python benchmarks/bench_viz.py [--torch]
Each seed tutorial's final graph is rebuilt (autograd_tutor.viz.gallery), then drawn with the
SVG cache off, so every round pays for walking the graph, writing DOT and running graphviz.
Target: median <= 30 ms per seed graph. Also times a 10,000-op chain (model + DOT, <= 300 ms).
"""
import argparse
import resource
import statistics
import sys
import time

from autograd_tutor import viz
from autograd_tutor.viz import gallery, render

TARGET_MS = 30
TARGET_10K_MS = 300
ROUNDS = 15


def median_ms(fn, rounds=ROUNDS):
    """Median wall time, and median CPU time (this process plus the dot child), in ms.

    CPU time is what the work costs on an idle machine; wall time also counts waiting for a
    core when other jobs share the machine."""
    fn()  # warm-up
    walls, cpus = [], []
    for _ in range(rounds):
        start, cpu0, child0 = time.perf_counter(), time.process_time(), _child_cpu()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu0 + _child_cpu() - child0)
    return statistics.median(walls) * 1e3, statistics.median(cpus) * 1e3


def _child_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def seed_rows(lib):
    rows = []
    for name, (tensors, names, options) in gallery.build(lib).items():
        def draw():
            g = viz.graph(*tensors, names=names, **options)
            return render.render(g.dot, "svg", cache=False)

        def model_and_dot():
            return viz.graph(*tensors, names=names, **options).dot

        g = viz.graph(*tensors, names=names, **options)
        rows.append((name, len(g.nodes), median_ms(model_and_dot)[0], *median_ms(draw)))
    return rows


def chain_10k_ms(lib):
    x = lib.ones(3, requires_grad=True)
    y = x
    for _ in range(10_000):
        y = y * 1.0001
    return median_ms(lambda: viz.graph(y, names={"x": x, "y": y}).dot, rounds=7)[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--torch", action="store_true", help="build the graphs with real PyTorch")
    args = parser.parse_args()
    if args.torch:
        import torch as lib
    else:
        import autograd_tutor as lib
    if render.find_dot() is None:
        print(render.INSTALL_HINT)
        return 1
    rows = seed_rows(lib)
    print(f"graph view render time ({lib.__name__}, median of {ROUNDS}, SVG cache off)")
    print(f"{'seed graph':28} {'nodes':>5} {'model+DOT':>10} {'+ dot (wall)':>13} {'+ dot (cpu)':>12}")
    for name, nodes, model_ms, total_ms, cpu_ms in rows:
        print(f"{name:28} {nodes:5d} {model_ms:7.2f} ms {total_ms:10.2f} ms {cpu_ms:9.2f} ms")
    overall = statistics.median(r[3] for r in rows)
    cpu = statistics.median(r[4] for r in rows)
    print(f"median {overall:.2f} ms wall, {cpu:.2f} ms cpu: "
          f"{'meets' if overall <= TARGET_MS else 'MISSES'} target <= {TARGET_MS} ms (wall)")
    big = chain_10k_ms(lib)
    print(f"10,000-op chain, model + DOT: {big:.1f} ms "
          f"({'meets' if big <= TARGET_10K_MS else 'MISSES'} target <= {TARGET_10K_MS} ms)")
    return 0 if overall <= TARGET_MS and big <= TARGET_10K_MS else 1


if __name__ == "__main__":
    sys.exit(main())
