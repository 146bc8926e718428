"""DOT text for a graph model: HTML-like labels, one style per node kind, a caption and legend.

Arrows point the way the forward pass computed (inputs -> output), and the caption says that
backward() sends gradients against them. Output is a pure function of the model, so the same
graph always gives the same text.
"""
from . import palette as P
from .markup import escape, escape_keep_spaces
from .model import OMITTED_ID

CAPTION = ["Arrows: the forward pass, inputs → output.",
           "backward() sends gradients against the arrows: output → leaves."]
SMALL = 8  # point size of kind lines and the legend
TITLE_SIZE = {"leaf": 13, "output": 13, "op": 10, "saved": 10}  # the learner's names stand out


def to_dot(model, caption=CAPTION):
    """caption: the lines under the picture saying which way the arrows point."""
    out = [
        "digraph autograd {",
        f'  graph [rankdir=TB fontname="{P.FONT}" fontsize=10 nodesep=0.25 ranksep=0.3 '
        f'labelloc=b labeljust=l label=<{_legend(model, caption)}>]',
        f'  node [fontname="{P.FONT}" fontsize=10 penwidth=1.5 margin="0.10,0.04"]',
        f'  edge [color="{P.EDGE}" arrowsize=0.7 penwidth=1.1]',
    ]
    out += [_node(n) for n in model.nodes]
    if model.omitted:
        out.append(_omitted(model))
    by_id = {n["id"]: n for n in model.nodes}
    for e in model.edges:
        style = ""
        if e["kind"] == "saved":
            freed = by_id[e["source"]].get("freed")
            style = ' [style=dashed color="%s"]' % (P.FREED.border if freed else P.SAVED.border)
        out.append(f'  {e["source"]} -> {e["target"]}{style}')
    out.append("}")
    return "\n".join(out) + "\n"


def node_style(node):
    """(Style, extra DOT attributes) for a node dict: shape and outline, never colour alone."""
    if node["kind"] == "saved" and node.get("freed"):
        return P.FREED, 'style="filled,dashed"'
    style = P.BY_KIND[node["kind"]]
    if node.get("repeat"):
        return style, 'style="filled,dashed" peripheries=2'  # a stack of identical ops
    if node["kind"] == "output":
        return style, 'style="filled,rounded" peripheries=2'
    return style, 'style="filled"'


def _node(node):
    style, extra = node_style(node)
    return (f'  {node["id"]} [shape={style.shape} {extra} fillcolor="{style.fill}" '
            f'color="{style.border}" label=<{_label(node)}>]')


def _label(node):
    size = TITLE_SIZE.get(node["kind"], 10) if not node.get("repeat") else 10
    rows = [f'<TR><TD><FONT POINT-SIZE="{size}"><B>{escape(node["title"])}</B></FONT></TD></TR>']
    if node["subtitle"]:
        rows.append(f'<TR><TD><FONT POINT-SIZE="{SMALL}" COLOR="{P.MUTED}">{escape(node["subtitle"])}</FONT></TD></TR>')
    for kind, text in node["lines"]:
        rows.append(f"<TR><TD>{_line(kind, text)}</TD></TR>")
    return '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">' + "".join(rows) + "</TABLE>"


def _line(kind, text):
    if kind == "mono":
        body = '<BR ALIGN="LEFT"/>'.join(escape_keep_spaces(t) for t in text.split("\n"))
        tail = '<BR ALIGN="LEFT"/>' if "\n" in text else ""
        return f'<FONT FACE="{P.MONO}" POINT-SIZE="9">{body}{tail}</FONT>'
    body = "<BR/>".join(escape(t) for t in text.split("\n"))
    if kind == "muted":
        return f'<FONT POINT-SIZE="9" COLOR="{P.MUTED}">{body}</FONT>'
    if kind == "warn":
        return f'<FONT COLOR="{P.FREED.text}"><B>{body}</B></FONT>'
    return f'<FONT POINT-SIZE="9">{body}</FONT>'


def _omitted(model):
    s = P.OMITTED
    text = f"… {model.omitted:,} more nodes not drawn<BR/>(graph(..., max_nodes=N) draws more)"
    return (f'  {OMITTED_ID} [shape={s.shape} style="filled,dashed" fillcolor="{s.fill}" color="{s.border}" '
            f'label=<<FONT POINT-SIZE="9">{text}</FONT>>]')


def _legend(model, caption=CAPTION):
    """Swatches for the kinds in the picture, then the caption and any notes, left-aligned."""
    kinds = []
    for n in model.nodes:
        key = "freed" if n.get("freed") else n["kind"]
        if key not in kinds:
            kinds.append(key)
    order = ["leaf", "op", "output", "saved", "freed"]
    cells = []
    for key in sorted(kinds, key=order.index):
        s = P.FREED if key == "freed" else P.BY_KIND[key]
        cells.append(f'<TD BGCOLOR="{s.fill}" COLOR="{s.border}" BORDER="1">'
                     f'<FONT POINT-SIZE="{SMALL}"> {escape(s.title)} </FONT></TD>')
    rows = []
    if cells:
        swatches = '<TABLE BORDER="0" CELLSPACING="3" CELLPADDING="2"><TR>' + "".join(cells) + "</TR></TABLE>"
        rows.append(f'<TR><TD ALIGN="LEFT">{swatches}</TD></TR>')
    for text in list(caption) + notes(model):
        rows.append(f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="{SMALL}" COLOR="{P.MUTED}">{escape(text)}</FONT></TD></TR>')
    return '<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1">' + "".join(rows) + "</TABLE>"


def notes(model):
    """What the picture simplified, said in words."""
    out = []
    if model.collapsed:
        out.append(f"{model.collapsed:,} repeated ops are drawn as one “× N” node.")
    if model.omitted:
        out.append(f"{model.omitted:,} nodes beyond the first {model.max_nodes:,} are not drawn.")
    if getattr(model, "outputs_omitted", 0):
        out.append(f"{model.outputs_omitted:,} more tensors passed in are not drawn (the first {model.max_nodes:,} are).")
    if getattr(model, "saved_omitted", 0):
        out.append(f"{model.saved_omitted:,} more saved tensors are not drawn.")
    if any(n.get("freed") for n in model.nodes):
        out.append("Freed: backward() releases saved tensors unless called with retain_graph=True.")
    return out
