"""Step-through widget: building it for a 50-node recording, and one step.

Run: .venv/bin/python benchmarks/bench_widget.py
Targets: build <= 300 ms with exactly one dot layout; a step <= 20 ms with no new layout.
Building includes dot (an external process, most of the time); the render cache is emptied
before every build so each one really lays the graph out.
"""
import statistics
import sys
import time

import autograd_tutor as at
from autograd_tutor import tracing
from autograd_tutor.viz import render
from autograd_tutor.widgets import StepThrough

BUILD_TARGET_MS = 300
STEP_TARGET_MS = 20
ROUNDS = 7


def fifty_node_recording():
    """2 leaves + 48 ops: a small network-like chain with a shared weight."""
    x = at.tensor([0.5, -1.0, 2.0], requires_grad=True)
    w = at.tensor([0.1, 0.2, 0.3], requires_grad=True)
    with tracing.record() as rec:
        h = x
        for _ in range(11):
            h = (h * w + x).tanh()  # 3 ops
            h = h - 0.1  # 1 op
        loss = (h * h).sum() + 0  # 3 ops
        loss = loss.mean()  # 1 op
        loss.backward()
    return rec, dict(x=x, w=w, loss=loss)


def main():
    rec, names = fifty_node_recording()
    dot_runs = []
    real_render = render.render

    def counting(*args, **kwargs):
        dot_runs.append(args[1] if len(args) > 1 else kwargs.get("fmt", "svg"))
        return real_render(*args, **kwargs)

    render.render = counting
    try:
        builds = []
        for _ in range(ROUNDS):
            render.clear_cache()
            start = time.perf_counter()
            widget = StepThrough(rec, names=names)
            builds.append(time.perf_counter() - start)
        graph_nodes = len(widget._replay.layout.ids)
        layouts_per_build = len(dot_runs) / ROUNDS
        dot_runs.clear()
        steps = []
        for i in range(1, len(widget.frames)):
            start = time.perf_counter()
            widget.step = i
            steps.append(time.perf_counter() - start)
        layouts_in_steps = len(dot_runs)
    finally:
        render.render = real_render

    build_ms = statistics.median(builds) * 1e3
    step_ms, worst_ms = statistics.median(steps) * 1e3, max(steps) * 1e3
    ok_build = build_ms <= BUILD_TARGET_MS and layouts_per_build == 1
    ok_step = step_ms <= STEP_TARGET_MS and layouts_in_steps == 0
    print(f"StepThrough build, {graph_nodes} graph nodes, {len(widget.frames)} frames: "
          f"{build_ms:.1f} ms median of {ROUNDS}, {layouts_per_build:g} dot layout per build "
          f"({'meets' if ok_build else 'MISSES'} target <= {BUILD_TARGET_MS} ms, 1 layout)")
    print(f"StepThrough step: {step_ms:.2f} ms median, {worst_ms:.2f} ms worst over {len(steps)} steps, "
          f"{layouts_in_steps} new layouts ({'meets' if ok_step else 'MISSES'} target <= {STEP_TARGET_MS} ms, "
          "no layout)")
    return 0 if (ok_build and ok_step) or "--no-fail" in sys.argv else 1


if __name__ == "__main__":
    sys.exit(main())
