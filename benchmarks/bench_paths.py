"""The paths view on a 100-layer residual net: 2**100 paths, counted, never enumerated.

Run: .venv/bin/python benchmarks/bench_paths.py [--torch]
Net: h = x (1×8); 100 times h = h + tanh(h @ W_k) with a leaf W_k (8×8) per layer; out = h.sum().
Every layer doubles the paths from out back to x. Times (median of 7, ms):
- count: the number of paths, by dynamic programming over the graph (viz.path_finder.count_paths);
- view: viz.paths(out, x) with its defaults (counts, lists 20 paths with their vector-Jacobian
  products, groups the rest by shared prefix, computes the gradient) plus its text and HTML;
- view of W_50: the same for a leaf in the middle of the net.
Also the seed r1/r2/r3 view with its ten per-path pictures (one `dot` layout, render cache off).
Target: the view answers in under a second (1000 ms).
"""
import argparse
import sys

import numpy as np

from autograd_tutor import viz
from autograd_tutor.graph_reader import Structure, leaf_variable
from autograd_tutor.viz import render
from autograd_tutor.viz.path_finder import count_paths

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _timing import median_time  # noqa: E402

TARGET_MS = 1000
LAYERS = 100


def residual_net(lib, layers=LAYERS, width=8):
    rng = np.random.default_rng(0)
    x = lib.tensor(rng.standard_normal((1, width)).astype(np.float32), requires_grad=True)
    weights = [lib.tensor((0.1 * rng.standard_normal((width, width))).astype(np.float32), requires_grad=True)
               for _ in range(layers)]
    h = x
    for w in weights:
        h = h + lib.tanh(h @ w)
    return x, weights, h.sum()


def seed_view(lib):
    x = lib.tensor(5, requires_grad=True, dtype=lib.float32)
    z = lib.tensor(3, requires_grad=True, dtype=lib.float32)
    r1 = x * x + z + lib.log(z)
    r2 = r1 + lib.sqrt(x)
    r3 = 100 * r1 + lib.log(r2)
    y = r1 + r2 + r3

    def draw():
        render.clear_cache()
        return viz.paths(y, x, names=locals())._repr_mimebundle_()

    return draw


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--torch", action="store_true", help="build the net with real PyTorch")
    args = parser.parse_args()
    if args.torch:
        import torch as lib
    else:
        import autograd_tutor as lib
    x, weights, out = residual_net(lib)

    def count():
        st = Structure([out.grad_fn])
        target = next(i for i, fn in enumerate(st.fns) if leaf_variable(fn) is x)
        return count_paths(st, target)[st.roots[0]]

    def view(leaf):
        return lambda: viz.paths(out, leaf)._repr_mimebundle_()

    n = count()
    nodes = len(Structure([out.grad_fn]))
    count_ms = median_time(count) * 1e3
    view_ms = median_time(view(x)) * 1e3
    middle_ms = median_time(view(weights[LAYERS // 2])) * 1e3
    p = viz.paths(out, x)
    out.backward()
    agrees = np.allclose(np.asarray(p.total.tolist()), np.asarray(x.grad.tolist()), rtol=1e-5)
    print(f"paths view, {LAYERS}-layer residual net ({lib.__name__}, {nodes} graph nodes, median of 7)")
    print(f"paths from out to x: {n:,} (= 2**{n.bit_length() - 1}); listed {len(p.paths)}, "
          f"hidden {p.hidden_count:,} in {len(p.hidden)} groups; total equals x.grad: {agrees}")
    print(f"count:            {count_ms:8.1f} ms")
    print(f"view of x:        {view_ms:8.1f} ms ({'meets' if view_ms <= TARGET_MS else 'MISSES'} target <= {TARGET_MS} ms)")
    print(f"view of W_{LAYERS // 2}:     {middle_ms:8.1f} ms")
    status = view_ms <= TARGET_MS and middle_ms <= TARGET_MS and agrees
    if render.find_dot() is not None:
        seed_ms = median_time(seed_view(lib)) * 1e3
        print(f"seed r1/r2/r3 view with 10 pictures (one dot layout): {seed_ms:.1f} ms")
    return 0 if status else 1


if __name__ == "__main__":
    sys.exit(main())
