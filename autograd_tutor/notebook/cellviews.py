"""What the watcher shows for one cell's changes: which tensors to draw, whose chain to print,
which grads to tabulate, and the caption naming them. The drawing itself is `autograd_tutor.viz`."""
from . import cellsource, render
from .graphwalk import larger_than, topmost

_MAX_ROOTS = 16  # tensors handed to one graph; the node cap bounds the picture itself
_MAX_NAMES = 8  # names listed in the caption
_MAX_GRAD_ROWS = 24  # leaves listed in the grads table under a cell (%grads lists them all)
# A backward()-only cell on a graph larger than this shows the grads and what changed, not the
# same picture again (the learner saw it under the cell that built it).
REDRAW_LIMIT = 60


def views_bundle(changes, tensors, source, config, prefix="", hints=()):
    """The one display bundle for a cell that changed something (see CellChanges)."""
    from autograd_tutor import viz

    roots = graph_roots(changes, tensors, source)
    names = tensors
    if changes.unnamed:  # drawn with the expression the cell wrote as their name
        roots = topmost({**roots, **changes.unnamed})
        names = {**tensors, **changes.unnamed}
    sections, notes = [], []
    if roots and not changes.roots and any(larger_than(t, REDRAW_LIMIT) for t in roots.values()):
        shown = ", ".join(list(roots)[:3])
        notes.append(f"the graph of {shown} is the one drawn before; backward() changed the grads below "
                     f"(%graph {next(iter(roots)) if next(iter(roots)).isidentifier() else 'NAME'} draws it again)")
        roots = {}
    if "graph" in config.views and roots:
        picture = viz.graph(
            *roots.values(), names=names, show_saved=config.show_saved,
            show_attrs=config.show_attrs, max_nodes=config.node_cap,
            value_limit=config.value_threshold,
        )
        sections.append(render.Section.of("graph", picture))
    name, main = main_root(roots, source)
    if "chain" in config.views and main is not None:
        if larger_than(main, config.node_cap):
            # A chain of thousands of lines teaches nothing; the graph summarises it instead.
            notes.append(f"the grad_fn chain is left out for a graph this large: %chain {name} prints it")
        else:
            sections.append(render.Section.of("chain", viz.chain(main, names=names, max_lines=config.node_cap)))
    if "grads" in config.views and changes.grads:
        leaves = {c.name: tensors[c.name] for c in changes.grads}
        before = {c.name: None if c.before is None else c.before.copy for c in changes.grads}
        told = {c.name: f"accumulated ({c.writes.count} writes)" for c in changes.grads
                if c.accumulated and c.writes is not None and c.writes.count > 1}
        output = backward_output(tensors, source)
        if output is not None and larger_than(output, config.node_cap):
            output = None  # "why?" walks the graph once per leaf: only for graphs a picture shows
        sections.append(render.Section.of("grads", viz.grads(
            leaves, before=before, changes=told, output=output, names=tensors,
            value_limit=config.value_threshold, max_rows=_MAX_GRAD_ROWS)))
    warnings = [
        render.accumulation_warning(c, tensors[c.name], config.value_threshold)
        for c in changes.grads if c.accumulated
    ]
    # Several writes without accumulation (zero_grad between steps): said once, calmly.
    notes += [render.writes_text(c.name, c.writes, config.value_threshold)
              for c in changes.grads if not c.accumulated and c.writes is not None and c.writes.count > 1]
    title = caption(changes)
    if prefix:
        title = prefix + title.removeprefix("autograd · ")
    return render.bundle(title, sections, warnings, config.max_output_chars, notes, hints)


def graph_roots(changes, tensors, source):
    """{name: tensor} to draw: the tops of the new or changed autograd tensors' graphs, and
    tensors the cell called backward() on (their graph now shows freed buffers and grads)."""
    candidates, seen = {}, set()
    for name in changes.roots + cellsource.backward_targets(source):
        tensor = tensors.get(name)
        if tensor is None or id(tensor) in seen:
            continue
        if name in changes.roots or tensor.grad_fn is not None:
            candidates[name] = tensor
            seen.add(id(tensor))
    return dict(list(topmost(candidates).items())[:_MAX_ROOTS])


def backward_output(tensors, source):
    """The tensor the cell called backward() on (the first, if several): its leaves' "why?"."""
    for name in cellsource.backward_targets(source):
        tensor = tensors.get(name)
        if tensor is not None and tensor.grad_fn is not None:
            return tensor
    return None


def main_root(roots, source):
    """(name, tensor) whose chain is shown: the non-leaf root the cell assigned last."""
    order = cellsource.assignment_order(source)
    computed = [(order.get(name, -1), i, name) for i, (name, t) in enumerate(roots.items())
                if t.grad_fn is not None]
    if not computed:
        return None, None
    name = max(computed)[2]
    return name, roots[name]


def caption(changes):
    parts = []
    if changes.roots:
        parts.append("new or changed: " + _listed(changes.roots))
    if changes.unnamed:
        parts.append("backward() from " + _listed(list(changes.unnamed)))
    if changes.grads:
        parts.append(".grad updated: " + _listed([c.name for c in changes.grads]))
    return "autograd · " + " · ".join(parts)


def _listed(names):
    shown = ", ".join(names[:_MAX_NAMES])
    return shown + (f" (+{len(names) - _MAX_NAMES} more)" if len(names) > _MAX_NAMES else "")
