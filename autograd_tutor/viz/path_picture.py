"""The graph once per path, with that path drawn thick and coloured.

dot lays the graph out once; each path's picture is the same SVG with the path's edges and
nodes restyled, so ten paths cost one layout. Edges are found by their order: graphviz numbers
``<g id="edgeK">`` in the order the DOT text lists them, which is the model's edge order.
"""
import re

from . import dot as dot_mod
from . import palette as P
from . import render
from .model import Options, _stable_ids, build  # same walk, same ids as the model's

PATH_COLOR = P.CHANGED  # Okabe-Ito vermillion: stands out from every node kind
CAPTION = ["Thick arrows: this path, from the leaf up to the output.",
           "Its contribution is the product of the local derivatives along it."]
_EDGE = re.compile(r'(<g id="edge(\d+)" class="edge">.*?</g>)', re.S)
_NODE = re.compile(r'(<g id="node\d+" class="node">\s*<title>([^<]*)</title>.*?</g>)', re.S)


class Picture:
    """One layout of the output's graph; ``svg_for(path_steps)`` highlights a path in it."""

    def __init__(self, output, names, structure):
        model = build([output], names, Options(max_nodes=len(structure) + 8, collapse=0))
        self.ids = _stable_ids(structure.fns)
        self._edge_number = {}
        for k, e in enumerate(model.edges, start=1):
            key = (e["source"], e["target"], e["index"])
            self._edge_number.setdefault(key, k)
        self._output_edge = next((k for k, e in enumerate(model.edges, start=1) if e["kind"] == "output"), None)
        self.dot = dot_mod.to_dot(model, caption=CAPTION)
        self._svg = None

    @property
    def svg(self):
        if self._svg is None:  # laid out on first display, not when the view is made
            self._svg = render.render(self.dot, "svg")
        return self._svg

    def svg_for(self, steps):
        edges = {self._output_edge} if self._output_edge else set()
        nodes = {"out0"}
        for s in steps:
            source, target = self.ids[s.child], self.ids[s.node]
            nodes.update((source, target))
            k = self._edge_number.get((source, target, s.position))
            if k is not None:
                edges.add(k)
        text = _EDGE.sub(lambda m: _thick_edge(m.group(1)) if int(m.group(2)) in edges else m.group(1), self.svg)
        return _NODE.sub(lambda m: _thick_node(m.group(1)) if m.group(2) in nodes else m.group(1), text)


def _thick_edge(group):
    group = re.sub(r'stroke="#444444"', f'stroke="{PATH_COLOR}"', group)
    group = re.sub(r'fill="#444444"', f'fill="{PATH_COLOR}"', group)
    return re.sub(r'stroke-width="[\d.]+"', 'stroke-width="3.5"', group)


def _thick_node(group):
    return re.sub(r'stroke-width="1\.5"', 'stroke-width="3.5"', group, count=1)
