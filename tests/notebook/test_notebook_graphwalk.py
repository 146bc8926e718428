"""The watcher's cheap walks (topmost, larger_than) over the one graph reader, on both libraries."""
from viz_support import lib  # noqa: F401 - pytest fixture

from autograd_tutor.graph_reader import reach
from autograd_tutor.notebook.graphwalk import larger_than, topmost


def test_topmost_keeps_only_the_tensors_no_other_graph_contains(lib):
    x = lib.ones(3, requires_grad=True)
    a = x * 2
    b = a + 1  # a is below b
    c = x * 3  # shares only the leaf with b
    kept = topmost({"x": x, "a": a, "b": b, "c": c})
    assert list(kept) == ["x", "b", "c"]  # a leaf has no grad_fn: nothing to compare, kept
    assert kept["b"] is b and kept["c"] is c


def test_topmost_with_fewer_than_two_graphs_skips_the_walk(lib):
    x = lib.ones(3, requires_grad=True)
    y = x * 2
    assert list(topmost({"x": x, "y": y})) == ["x", "y"]


def test_larger_than_counts_the_nodes_of_the_graph(lib):
    x = lib.ones(3, requires_grad=True)
    y = x
    for _ in range(10):
        y = y * 1.5
    # 10 MulBackward0 and the AccumulateGrad of x
    assert larger_than(y, 10) and not larger_than(y, 11)
    assert not larger_than(x, 0)  # a leaf has no graph


class _Counted:
    """A grad_fn stand-in that counts how often its inputs were read."""

    reads = 0

    def __init__(self, child):
        self.child = child

    @property
    def next_functions(self):
        _Counted.reads += 1
        return ((self.child, 0),) if self.child is not None else ()


def test_a_bounded_walk_stops_after_limit_plus_one_nodes():
    fn = None
    for _ in range(100_000):
        fn = _Counted(fn)
    _Counted.reads = 0
    assert reach([fn], 50) is None
    assert _Counted.reads <= 51  # the watcher asks this of huge graphs after every cell
    assert len(reach([fn])) == 100_000


def test_a_node_that_cannot_be_read_has_no_inputs():
    class Broken:
        @property
        def next_functions(self):
            raise RuntimeError("unreadable")

    class Odd:
        next_functions = 5  # not a sequence

    assert len(reach([Broken(), Odd(), None])) == 2
