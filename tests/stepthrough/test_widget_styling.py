"""The step-through's frames restyle one picture: arrows turn round in backward frames, and
nodes not created yet are hidden (their values would give away results still to come)."""
import re

import pytest

import autograd_tutor as at
from autograd_tutor import tracing
from autograd_tutor.stepthrough import arrowheads
from autograd_tutor.widgets import StepThrough

PREFIX = "p-"
LOSS = "38.2500"  # the final value: (x * w + x) ** 2 summed, for x = [1, 2], w = [0.5, 2]


@pytest.fixture(scope="module")
def widget():
    with tracing.record() as rec:
        x = at.tensor([1.0, 2.0], requires_grad=True)
        w = at.tensor([0.5, 2.0], requires_grad=True)
        y = x * w + x
        loss = (y ** 2).sum()
        loss.backward()
    return StepThrough(rec, names=dict(x=x, w=w, y=y, loss=loss))


def groups(svg, kind):
    """{id: body} of the SVG's node or edge groups."""
    return dict(re.findall(rf'<g id="{PREFIX}(\w+)" class="{kind}">(.*?)</g>', svg, re.S))


def centre(shape_text):
    """Middle of the first ellipse, polygon or path (a rounded box) in an SVG group."""
    m = re.search(r'<ellipse [^>]*cx="([-\d.]+)" cy="([-\d.]+)"', shape_text)
    if m:
        return float(m.group(1)), float(m.group(2))
    m = re.search(r'(?:points|d)="([^"]*)"', shape_text)
    xy = [(float(x), float(y)) for x, y in re.findall(r"([-\d.]+),([-\d.]+)", m.group(1))]
    return sum(x for x, _ in xy) / len(xy), sum(y for _, y in xy) / len(xy)


def distance(a, b):
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def arrow(body, css_class):
    (polygon,) = re.findall(rf'<polygon class="{css_class}"[^>]*/>', body)
    return polygon


def hidden_ids(css):
    """Ids whose words the frame's CSS hides (the node itself is drawn faint)."""
    hidden = set()
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        if re.search(r"visibility:\s*hidden\s*;", body):
            hidden |= {s.strip()[1 + len(PREFIX):].removesuffix(" text") for s in selectors.split(",")
                       if s.strip().endswith(" text")}
    return hidden


def faint_ids(css):
    faint = set()
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        if re.search(r"opacity:\s*0\.\d+\s*;", body):
            faint |= {s.strip()[1 + len(PREFIX):] for s in selectors.split(",")}
    return faint


def test_every_edge_is_laid_out_once_with_an_arrowhead_at_each_end(widget):
    layout = widget._replay.layout
    edge_lines = [line for line in layout.dot.splitlines() if " -> " in line]
    assert edge_lines and all("dir=both" in line for line in edge_lines)
    svg = layout.svg(PREFIX)
    nodes = {k: centre(v) for k, v in groups(svg, "node").items()}
    edges = groups(svg, "edge")
    assert len(edges) == len(layout.edges)
    for edge_id, source, target in layout.edges:
        body = edges[edge_id]
        head, tail = centre(arrow(body, arrowheads.HEAD)), centre(arrow(body, arrowheads.TAIL))
        # the head arrowhead sits at the consumer, the tail one at the input (gradients go there)
        assert distance(head, nodes[target]) < distance(tail, nodes[target]), edge_id
        assert distance(tail, nodes[source]) < distance(head, nodes[source]), edge_id
        assert 'visibility="hidden"' in arrow(body, arrowheads.TAIL)  # forward, without any CSS


def test_forward_frames_point_the_arrows_forward_and_backward_frames_point_them_back(widget):
    svg_before = widget._graph.value
    for index, frame in enumerate(widget.frames):
        css = widget._replay.css(PREFIX, index)
        heads_hidden = f"[id^='{PREFIX}e'] > .{arrowheads.HEAD} {{ visibility: hidden; }}" in css
        tails_shown = f"[id^='{PREFIX}e'] > .{arrowheads.TAIL} {{ visibility: visible; }}" in css
        assert heads_hidden == tails_shown == (frame.phase == "backward"), frame.label
    assert widget._graph.value == svg_before  # only styling changes


def test_the_caption_and_legend_say_which_way_the_arrows_point_in_each_phase(widget):
    dot = widget._replay.layout.dot
    assert "against the arrows" not in dot
    assert "Backward steps: they point output → leaves" in dot
    from autograd_tutor.stepthrough import styling
    assert "arrows point the way gradients flow back" in styling.legend_html()


def test_the_static_copy_has_forward_arrowheads_only(widget):
    static = widget._repr_mimebundle_()["text/html"]
    assert f'class="{arrowheads.HEAD}"' in static and f'class="{arrowheads.TAIL}"' not in static


def test_nodes_not_created_yet_are_faint_and_wordless_so_no_value_shows_before_it_is_computed(widget):
    layout = widget._replay.layout
    out_box = next(iter(layout.output_of.values()))
    assert LOSS in layout.dot  # the output box carries the final value...
    forward = [(i, f) for i, f in enumerate(widget.frames) if f.phase == "forward"]
    for index, frame in forward[:-1]:
        hidden = hidden_ids(widget._replay.css(PREFIX, index))
        assert out_box in hidden, frame.label  # ...which no frame shows before it is computed
        later = {node for node, order in layout.appears.items() if order > frame.order}
        assert later <= hidden and frame.node not in hidden
        assert later <= faint_ids(widget._replay.css(PREFIX, index))  # drawn faint, not left blank
    last_index, last = forward[-1]
    assert out_box not in hidden_ids(widget._replay.css(PREFIX, last_index))
    assert "opacity: 0.1" not in "".join(widget._replay.css(PREFIX, i) for i, _ in forward)
