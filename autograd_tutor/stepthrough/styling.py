"""Per-frame CSS for the one SVG: which nodes exist yet, which is current, where values flow.

Everything is keyed by the ids the layout gave to nodes and edges, under the widget's own
prefix, so a frame restyles its picture and nothing else on the page. Colour is never the
only signal: the current node also gets a thick outline. Nodes not created yet are drawn
faint and dashed, their words hidden (a value such as the final loss must not show before it
is computed): the learner sees the shape of what is coming, and no blank space.
Backward frames turn the arrowheads round (see arrowheads), so arrows show where gradients go.
"""
from ..viz import palette as P, theme
from . import arrowheads

CURRENT_STROKE = "#D55E00"  # Okabe-Ito vermillion
CURRENT_FILL = "#FFF3B0"  # light yellow
FORWARD_FLOW = P.LEAF.border  # values flow along the arrows (blue)
BACKWARD_FLOW = CURRENT_STROKE  # gradients flow against them (vermillion)
DONE_STROKE = P.OUTPUT.border  # backward: nodes that already ran in this call (green)
NOT_CREATED_OPACITY = 0.28  # faint, in the one layout: nothing moves when it appears

_SHAPES = ("ellipse", "polygon", "path")


def _shapes(prefix, ids):
    return ", ".join(f"#{prefix}{i} > {s}" for i in ids for s in _SHAPES)


def frame_css(prefix, layout, frame, done=()):
    """The <style> rules for ``frame`` (None: the whole graph, nothing highlighted)."""
    rules = [f"[id^='{prefix}'] {{ transition: opacity .2s; }}"]
    if frame is None:
        return "\n".join(rules)
    hidden = [i for i, order in layout.appears.items() if order > frame.order]
    hidden_set = set(hidden)
    hidden += [eid for eid, s, t in layout.edges if s in hidden_set or t in hidden_set]
    if hidden:
        rules.append(", ".join(f"#{prefix}{i}" for i in hidden) + f" {{ opacity: {NOT_CREATED_OPACITY}; }}")
        rules.append(", ".join(f"#{prefix}{i} text" for i in hidden) + " { visibility: hidden; }")
        rules.append(_shapes(prefix, hidden) + " { stroke-dasharray: 4 3; }")
    rules += arrowheads.frame_rules(prefix, backward=frame.phase == "backward")
    if done:
        rules.append(_shapes(prefix, done) + f" {{ stroke: {DONE_STROKE}; stroke-width: 2.5px; }}")
    current = [frame.node]
    if frame.phase == "forward":
        out = _output_box(layout, frame.node)
        if out:
            current.append(out)
    rules.append(_shapes(prefix, current)
                 + f" {{ stroke: {CURRENT_STROKE}; stroke-width: 4px; fill: {CURRENT_FILL}; }}")
    if frame.edges:
        flow = FORWARD_FLOW if frame.phase == "forward" else BACKWARD_FLOW
        rules.append(", ".join(f"#{prefix}{e} > path" for e in frame.edges)
                     + f" {{ stroke: {flow}; stroke-width: 3px; }}")
        rules.append(", ".join(f"#{prefix}{e} > polygon" for e in frame.edges)
                     + f" {{ stroke: {flow}; fill: {flow}; }}")
    return "\n".join(rules)


def _output_box(layout, node_id):
    for seq, nid in layout.ids.items():
        if nid == node_id:
            return layout.output_of.get(seq)
    return None


def done_before(frames, index):
    """Node ids that already ran in the same backward call before frame ``index``."""
    frame = frames[index]
    if frame.phase != "backward":
        return ()
    done = []
    k = index - 1
    while k >= 0 and frames[k].phase == "backward" and frames[k].pass_index == frame.pass_index:
        done.append(frames[k].node)
        k -= 1
    return tuple(dict.fromkeys(d for d in done if d != frame.node))


def legend_html():
    """What the highlighting means, shown beside the panel."""
    def swatch(border, fill, width):
        return (f'<span style="display:inline-block;width:14px;height:10px;border:{width}px solid {border};'
                f'background:{fill};border-radius:6px;vertical-align:middle;margin-right:4px"></span>')

    def arrow(color, entity):
        return f'<span style="color:{color};font-weight:bold;margin-right:4px">{entity}</span>'

    items = [
        swatch(CURRENT_STROKE, CURRENT_FILL, 3) + "this step's node",
        swatch(DONE_STROKE, "#FFFFFF", 2) + "already ran in this backward call",
        arrow(theme.color("leaf"), "&#10230;") + "forward: arrows point the way values flow in",
        arrow(theme.color("changed"), "&#10229;") + "backward: arrows point the way gradients flow back",
        '<span style="margin-right:4px">&#9711;</span>faint, dashed: not created yet (the forward pass makes it)',
    ]
    return (f'<div style="font:12px Helvetica,Arial,sans-serif;color:{theme.color("muted")};'
            'margin:10px 0 0 11px;line-height:1.7">'
            + "<br>".join(items) + "</div>")
