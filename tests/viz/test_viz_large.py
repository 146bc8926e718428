"""Large graphs: repeated runs collapse into one node, a node cap says what it left out, and
nothing recurses or hangs."""
import time

from viz_support import lib  # noqa: F401 - pytest fixture

from autograd_tutor import viz
from autograd_tutor.viz import gallery

STEPS = 10_000


def long_chain(lib, steps=STEPS):
    x = lib.ones(3, requires_grad=True)
    y = x
    for _ in range(steps):
        y = y * 1.0001
    return x, y


def summaries(g):
    return [n for n in g.nodes if n.get("repeat")]


def test_ten_thousand_identical_ops_collapse_into_one_node(lib):
    x, y = long_chain(lib)
    g = viz.graph(y, names={"x": x, "y": y})
    (run,) = summaries(g)
    # both ends stay real nodes; the output's own op is pinned too
    assert run["repeat"] == STEPS - 2 and run["op"] == y.grad_fn.name()
    assert run["label"].startswith(f"× {STEPS - 2:,} MulBackward0")
    assert len(g.nodes) == 5 and g.omitted == 0
    assert "repeated ops are drawn as one" in g.dot
    assert g.svg().startswith("<svg")


def test_ten_thousand_node_graph_builds_fast(lib):
    x, y = long_chain(lib)
    best = float("inf")
    for _ in range(3):  # CPU time: on a shared CI machine, waiting for a core is not our cost
        start = time.process_time()
        viz.graph(y, names={"x": x, "y": y}).dot
        best = min(best, time.process_time() - start)
    assert best <= 0.3, f"model + DOT took {best * 1000:.0f} ms"


def test_seed_doubling_loop_is_summarised(lib):
    (y,), names, options = gallery.seed1_doubling_loop(lib)
    g = viz.graph(y, names=names, **options)
    ops = 0
    fn = y.grad_fn
    while fn is not None and fn.name() == "MulBackward0":  # count the run by hand, as torch sees it
        ops += 1
        fn = fn.next_functions[0][0]
    (run,) = summaries(g)
    assert run["repeat"] == ops - 2
    (leaf,) = [n for n in g.nodes if n["kind"] == "leaf"]
    assert leaf["name"] == "x"


def test_side_inputs_of_a_run_are_kept_once(lib):
    w = lib.full((3,), 1.0001, requires_grad=True)
    x = lib.ones(3, requires_grad=True)
    y = x
    for _ in range(50):
        y = y * w
    g = viz.graph(y, names=locals())
    (run,) = summaries(g)
    w_id = next(n["id"] for n in g.nodes if n["name"] == "w")
    assert sum(e["source"] == w_id and e["target"] == run["id"] for e in g.edges) == 1


def test_short_runs_and_disabled_collapse_stay_real(lib):
    x, y = long_chain(lib, 6)
    assert summaries(viz.graph(y)) == []
    x, y = long_chain(lib, 20)
    assert summaries(viz.graph(y, collapse=0)) == []


def test_node_cap_says_what_it_left_out(lib):
    x = lib.ones(3, requires_grad=True)
    y = x
    for _ in range(STEPS // 2):  # alternating ops, drawn without collapsing: the cap alone
        y = y * 1.0001 + 1
    start = time.perf_counter()
    g = viz.graph(y, max_nodes=200, collapse=0)
    elapsed = time.perf_counter() - start
    assert len(g.nodes) == 200
    assert g.omitted == STEPS + 1 - 199  # every op plus x's AccumulateGrad, minus the drawn ones
    assert f"{g.omitted:,} more nodes not drawn" in g.dot
    assert f"{g.omitted:,} nodes beyond the first 200 are not drawn" in g.dot
    assert all("omitted" not in (e["source"], e["target"]) for e in g.edges)
    assert elapsed < 1.0
    assert g.svg().startswith("<svg")


def test_very_deep_graphs_do_not_recurse(lib):
    x, y = long_chain(lib, 30_000)
    alternating = x
    for _ in range(3_000):
        alternating = alternating.exp().log()
    text = str(viz.chain(y, names=locals()))
    assert f"× {30_000 - 2:,} MulBackward0" in text
    g = viz.graph(alternating, collapse=0)  # uncollapsed: the node cap must stop the walk
    assert g.omitted > 0 and g.dot
    assert "cut" in str(viz.chain(alternating))


def test_chain_text_of_long_chain_is_short(lib):
    x, y = long_chain(lib)
    text = str(viz.chain(y, names={"x": x, "y": y}))
    assert len(text.splitlines()) < 12
    assert ".variable is x" in text


def test_saved_tensors_of_a_huge_graph_are_capped_too(lib):
    x = lib.ones(3, requires_grad=True)
    y = x
    for _ in range(1_000):
        y = y * x  # both inputs need grad: two saved tensors per op
    g = viz.graph(y, show_saved=True, max_nodes=50, collapse=0)
    saved = [n for n in g.nodes if n["kind"] == "saved"]
    assert len(saved) == 50
    assert "more saved tensors are not drawn" in g.dot


def test_text_fallback_of_a_capped_deep_graph_stays_readable(lib):
    x = lib.ones(3, requires_grad=True)
    w = lib.full((3,), 1.0001, requires_grad=True)
    single, branching = x, x
    for _ in range(1_000):
        single = single.exp().log()  # every op has one input
    for _ in range(300):
        branching = (branching * w).exp()  # every other op has two: nesting goes on
    for y in (single, branching):
        text = viz.graph(y, names={"x": x, "w": w, "y": y}, max_nodes=200, collapse=0).text
        lines = text.splitlines()
        assert len(lines) > 150 and max(map(len, lines)) < 100
        assert "not drawn" in text
    chain_lines = str(viz.chain(branching)).splitlines()
    assert max(map(len, chain_lines)) < 100


def test_repeated_layers_collapse_into_one_block_node(lib):
    lib.manual_seed(0)
    net = lib.nn.Sequential(*[m for _ in range(200) for m in (lib.nn.Linear(4, 4), lib.nn.Tanh())])
    loss = net(lib.randn(2, 4)).sum()
    g = viz.graph(loss, names={"loss": loss})
    (block,) = [n for n in g.nodes if n["label"].startswith("× ")]
    assert block["label"].startswith("× 198 blocks")  # the first and last layers stay drawn
    assert block["op"] == "AddmmBackward0 → TanhBackward0"  # one layer, in forward order
    assert len(g.nodes) < 20 and g.omitted == 0
    assert g.svg().startswith("<svg")


def test_tensors_passed_in_count_against_the_node_cap(lib):
    x = lib.ones(1, requires_grad=True)
    results = [x * k for k in range(300)]
    g = viz.graph(*results, max_nodes=50)
    assert sum(n["kind"] == "output" for n in g.nodes) == 50
    assert "250 more tensors passed in are not drawn (the first 50 are)." in g.text
    # no cap (0), or a cap that means nothing (negative): every tensor is drawn, as before
    for cap in (0, -5):
        assert sum(n["kind"] == "output" for n in viz.graph(*results, max_nodes=cap).nodes) == 300
