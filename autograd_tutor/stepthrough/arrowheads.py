"""Both arrowheads on every edge of the step-through's one picture; each frame shows one of them.

Forward frames point the arrows inputs -> output (the way values flow), backward frames
output -> inputs (the way gradients flow). The layout is the same for both: the edges are laid
out once with ``dir=both``, and the SVG marks each edge's two arrowheads with a class so a
frame's CSS can show one and hide the other. Without any CSS (the static copy), only the
forward arrowhead shows.
"""
import re

DOT_EDGE_ATTR = "dir=both"
HEAD = "head-arrow"  # at the edge's target: the forward direction
TAIL = "tail-arrow"  # at the edge's source: the direction gradients flow

_EDGE_GROUP = re.compile(r'(<g id="[^"]*" class="edge">)(.*?)(</g>)', re.S)
_POLYGON = re.compile(r"<polygon ([^>]*?)points=\"([^\"]*)\"")
_PATH_START = re.compile(r'<path [^>]*?d="M\s*([-\d.]+)[,\s]([-\d.]+)')


def mark(svg):
    """The SVG with ``class="head-arrow"`` / ``class="tail-arrow"`` on each edge's arrowheads,
    the tail ones hidden by a presentation attribute (CSS of a backward frame overrides it)."""
    return _EDGE_GROUP.sub(_mark_group, svg)


def forward_only(svg):
    """The SVG without the backward arrowheads (for copies shown with no frame CSS at all)."""
    return re.sub(rf'<polygon class="{TAIL}"[^>]*/>\n?', "", svg)


def _mark_group(m):
    body = m.group(2)
    polygons = list(_POLYGON.finditer(body))
    start = _PATH_START.search(body)
    if len(polygons) != 2 or start is None:
        return m.group(0)  # not an edge drawn with two arrowheads: leave it as dot drew it
    # The tail arrowhead is the one at the path's start (dot draws paths from tail to head);
    # found by position, not by the order dot happens to write them in.
    origin = float(start.group(1)), float(start.group(2))
    tail = min(polygons, key=lambda p: _distance(_centre(p.group(2)), origin))
    out, last = [], 0
    for p in polygons:
        css_class = f'class="{TAIL}" visibility="hidden" ' if p is tail else f'class="{HEAD}" '
        out.append(body[last:p.start()] + "<polygon " + css_class + p.group(1) + f'points="{p.group(2)}"')
        last = p.end()
    return m.group(1) + "".join(out) + body[last:] + m.group(3)


def _centre(points):
    xy = [tuple(float(v) for v in pair.split(",")) for pair in points.split()]
    return sum(x for x, _ in xy) / len(xy), sum(y for _, y in xy) / len(xy)


def _distance(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def frame_rules(prefix, backward):
    """The CSS that shows one arrowhead per edge: none needed forward (the SVG's default)."""
    if not backward:
        return []
    edges = f"[id^='{prefix}e']"
    return [f"{edges} > .{HEAD} {{ visibility: hidden; }}",
            f"{edges} > .{TAIL} {{ visibility: visible; }}"]
