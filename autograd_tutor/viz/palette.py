"""One palette for every view (graph, chain, grads), readable for colour-blind learners.

Colours come from the Okabe-Ito palette, and every kind also differs by shape (graph) or by a
word (chain, grads table), so no information is carried by colour alone.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Style:
    border: str  # strong Okabe-Ito colour: node outlines, legend swatches
    fill: str  # light tint of the same hue: node backgrounds (black text stays readable)
    text: str  # darker shade for coloured text on white (HTML views)
    shape: str  # graphviz shape; kinds never share a shape
    title: str  # the word used in legends and text views


# Okabe-Ito: orange #E69F00, sky blue #56B4E9, bluish green #009E73, yellow #F0E442,
# blue #0072B2, vermillion #D55E00, reddish purple #CC79A7.
LEAF = Style(border="#0072B2", fill="#D4EAF7", text="#0072B2", shape="box", title="leaf tensor")
OP = Style(border="#E69F00", fill="#FCEBC7", text="#8F5F00", shape="ellipse", title="op (grad_fn)")
OUTPUT = Style(border="#009E73", fill="#CDEEE3", text="#007556", shape="box", title="output tensor")
SAVED = Style(border="#CC79A7", fill="#F5E1EC", text="#A0457A", shape="note", title="saved tensor")
FREED = Style(border="#D55E00", fill="#FFFFFF", text="#B34F00", shape="note", title="freed")
OMITTED = Style(border="#777777", fill="#F2F2F2", text="#555555", shape="box", title="not drawn")

BY_KIND = {"leaf": LEAF, "op": OP, "output": OUTPUT, "saved": SAVED}

EDGE = "#444444"
MUTED = "#666666"  # secondary text (kind lines, "None", "see above")
CHANGED = "#D55E00"  # grads table: accumulated into an existing .grad
NEW = "#009E73"  # grads table: .grad appeared
# dot measures text with these (one font lookup each: few faces keep `dot` fast); browsers get
# fallbacks added to the SVG (render.py), since DejaVu is rarely installed outside Linux.
# Arial resolves to its metric twin Liberation Sans on Linux, so boxes fit browsers' Arial.
FONT = "Arial"
FONT_WEB = "Arial,Helvetica,sans-serif"
MONO = "DejaVu Sans Mono"
MONO_WEB = "DejaVu Sans Mono,Menlo,Consolas,monospace"
