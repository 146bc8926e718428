"""chain(): the grad_fn / next_functions tree as a learner would print it by hand."""

from viz_support import lib, tutorial_graph  # noqa: F401 - lib: pytest fixture

from autograd_tutor import viz
from autograd_tutor.viz import theme


def hand_walk(fn, limit=50):
    """Every (depth, index, name) by following next_functions, as a learner would, not
    descending twice into a node already seen."""
    found, stack, seen = [], [(fn, 0, None)], set()
    while stack and len(found) < limit:
        f, depth, index = stack.pop()
        name = "None" if f is None else f.name().rsplit("::", 1)[-1]
        found.append((depth, index, name))
        if f is not None and f not in seen:
            seen.add(f)
            for i in range(len(f.next_functions) - 1, -1, -1):
                stack.append((f.next_functions[i][0], depth + 1, i))
    return found


def test_lines_follow_next_functions_with_indices(lib):
    x, y, z, out = tutorial_graph(lib)
    lines = str(viz.chain(out, names=locals())).splitlines()
    assert lines[0].startswith(out.grad_fn.name()) and lines[0].endswith("out.grad_fn")
    assert lines[1].startswith("└─[0] " + out.grad_fn.next_functions[0][0].name())
    tree_lines = lines[1:-1]  # the last line explains [i]
    found = [((line.index("[") + 1) // 3, int(line.split("[")[1].split("]")[0]), line.split("] ", 1)[1].split()[0])
             for line in tree_lines]
    assert found == hand_walk(out.grad_fn)[1:]
    assert any("AccumulateGrad" in l and ".variable is x" in l for l in lines)
    assert any(l.rstrip().endswith("None") for l in lines)


def test_shared_nodes_are_printed_once_then_referenced(lib):
    x, y, z, out = tutorial_graph(lib)
    text = str(viz.chain(out, names=locals()))
    assert text.count("AccumulateGrad") == 1
    assert text.count("AddBackward0") == 2 and "y.grad_fn (see above)" in text


def test_box_drawing_and_footer_explain_the_path(lib):
    x, y, z, out = tutorial_graph(lib)
    text = str(viz.chain(out, names=locals()))
    assert "├─" in text and "└─" in text and "│" in text
    assert "out.grad_fn.next_functions[0][0] is the MulBackward0 below" in text


def test_html_is_escaped_and_coloured(lib):
    x = lib.ones(2, requires_grad=True)
    y = x * 2
    html = viz.chain(y, names={"a<b": y, "x": x})._repr_html_()
    assert html.removeprefix(theme.STYLE).startswith("<pre") and "a&lt;b.grad_fn" in html and "a<b" not in html
    assert "color:" in html


def test_leaf_and_untracked_tensors_explain_themselves(lib):
    x = lib.ones(2, requires_grad=True)
    assert "x is a leaf" in str(viz.chain(x, names=locals()))
    c = lib.ones(2)
    assert "does not require grad" in repr(viz.chain(c, names=locals()))


def test_works_without_names(lib):
    x, y, z, out = tutorial_graph(lib)
    text = str(viz.chain(out))
    assert text.splitlines()[0].endswith("tensor.grad_fn")
    assert ".variable is a leaf (2, 2)" in text
