"""The part of the graph between an output and a leaf, once per path, that path drawn thick.

dot lays the picture out once; each path's picture is the same SVG with the path's edges and
nodes restyled, so ten paths cost one layout. The picture is compact (names and op names
only, no values: the table beside it has the numbers), so a table of paths stays small.
Graphviz numbers ``<g id="edgeK">`` in the order the DOT text lists the edges.
"""
import re

from . import palette as P, render
from .markup import escape

PATH_COLOR = P.CHANGED  # Okabe-Ito vermillion: stands out from every node kind
_EDGE = re.compile(r'(<g id="edge(\d+)" class="edge">.*?</g>)', re.S)
_NODE = re.compile(r'(<g id="node\d+" class="node">\s*<title>([^<]*)</title>.*?</g>)', re.S)
_COMMENT = re.compile(r"<!--.*?-->\n?", re.S)
_TITLE = re.compile(r"<title>[^<]*</title>\n?")
_GROUP_ID = re.compile(r'<g id="(?:node|edge)\d+" class="(?:node|edge)">')
_DECIMALS = re.compile(r"(?<![\w#.])-?\d+\.\d+(?![\w.])")


class Picture:
    """``svg_for(steps)``: the SVG with one path (a list of path_finder Steps) highlighted."""

    def __init__(self, structure, counts, labels, root, target):
        on_path = [i for i in range(len(structure)) if counts[i]]
        lines = ["digraph paths {",
                 '  graph [rankdir=TB nodesep=0.18 ranksep=0.22 margin=0 pad=0.05]',
                 f'  node [fontname="{P.FONT}" fontsize=9 height=0.22 margin="0.05,0.02" penwidth=1.2 style=filled]',
                 f'  edge [color="{P.EDGE}" arrowsize=0.5 penwidth=1]']
        for i in on_path:
            style = P.LEAF if i == target else P.OUTPUT if i == root else P.OP
            text = f"<B>{escape(labels[i])}</B>" if i in (root, target) else escape(labels[i])
            lines.append(f'  n{i} [shape={style.shape} fillcolor="{style.fill}" color="{style.border}" label=<{text}>]')
        self._edge_number = {}
        number = 0
        for i in on_path:
            for position, (j, _) in enumerate(structure.children[i]):
                if j is not None and counts[j]:
                    number += 1
                    self._edge_number[(i, position)] = number
                    lines.append(f"  n{j} -> n{i}")
        lines.append("}")
        self.dot = "\n".join(lines) + "\n"
        self._svg = None

    @property
    def svg(self):
        if self._svg is None:  # laid out on first display, not when the view is made
            self._svg = _compact(render.render(self.dot, "svg"))
        return self._svg

    def svg_for(self, steps):
        edges, nodes = set(), set()
        for s in steps:
            nodes.update((f"n{s.node}", f"n{s.child}"))
            edges.add(self._edge_number.get((s.node, s.position)))
        text = _EDGE.sub(lambda m: _thick_edge(m.group(1)) if int(m.group(2)) in edges else m.group(1), self.svg)
        text = _NODE.sub(lambda m: _thick_node(m.group(1)) if m.group(2) in nodes else m.group(1), text)
        return _bare(text)


def _compact(svg):
    """Comments out, coordinates to whole points: a table holds one copy per path."""
    svg = _COMMENT.sub("", svg)
    return _DECIMALS.sub(lambda m: str(round(float(m.group(0)))), svg)


def _bare(svg):
    """What only served to find the path goes (titles, ids); the font is said once."""
    svg = _TITLE.sub("", svg)
    svg = _GROUP_ID.sub("<g>", svg)
    svg = svg.replace(f' font-family="{P.FONT_WEB}"', "")
    return svg.replace("<svg ", f'<svg font-family="{P.FONT_WEB}" ', 1)


def _thick_edge(group):
    group = re.sub(r' stroke-width="[\d.]+"', "", group)
    return (group.replace(f'stroke="{P.EDGE}"', f'stroke="{PATH_COLOR}" stroke-width="3"')
            .replace(f'fill="{P.EDGE}"', f'fill="{PATH_COLOR}"'))


def _thick_node(group):
    return re.sub(r'stroke-width="[\d.]+"', 'stroke-width="3"', group, count=1)
