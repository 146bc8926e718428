"""Cheap facts read from a cell's source text: which tensors it called backward() on, whether
it resets grads, and the order in which it assigned names."""
import ast
import re

# Anchored at the start of a name and lazy: a cell with a long run of word characters (a pasted
# DNA or hex string) is scanned in linear time; a greedy, unanchored name backtracked for minutes.
_BACKWARD_CALL = re.compile(r"(?<![\w.])([A-Za-z_][\w.]*?)\s*\.backward\s*\(")
# zero_grad(), .grad.zero_(), `.grad = None`: a cell that does these is not accumulating.
_GRAD_RESET = re.compile(r"zero_grad\s*\(|\.zero_\s*\(|\.grad\s*=\s*None")


def backward_targets(source):
    """Names written as `NAME.backward(` in the cell, in order, without repeats."""
    seen = []
    for name in _BACKWARD_CALL.findall(source or ""):
        if name not in seen:
            seen.append(name)
    return seen


def backward_receivers(source):
    """Source text of what `.backward(` was called on when it is not a plain name, e.g.
    `(z.mean() + z.sum())`, in order, without repeats; [] when the cell is not Python."""
    try:
        tree = ast.parse(source or "")
    except (SyntaxError, ValueError):
        return []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "backward":
            receiver = node.func.value
            if isinstance(receiver, ast.Name):
                continue
            text = ast.get_source_segment(source, receiver) or ast.unparse(receiver)
            if isinstance(receiver, (ast.BinOp, ast.UnaryOp, ast.Compare, ast.BoolOp)):
                text = f"({text})"  # what .backward() binds to, as written
            if text not in found:
                found.append(text)
    return found


_GRAD_READ = re.compile(r"\b([A-Za-z_]\w*)\.grad\b(?!_fn|\s*=[^=])")


def grad_reads(source):
    """Names whose `.grad` the cell reads (`y.grad`, not `y.grad_fn` nor `y.grad = ...`)."""
    return list(dict.fromkeys(_GRAD_READ.findall(source or "")))


_PREDICT = re.compile(r"^[ \t]*#[ \t]*predict\b", re.M | re.I)  # within one line: linear on blank lines
_CHECK = re.compile(r"\bcheck\s*\(")


def is_predict(source):
    """A cell marked `# predict` (an exercise that asks to predict before seeing the views)."""
    return bool(_PREDICT.search(source or ""))


def is_check(source):
    return bool(_CHECK.search(source or ""))


def resets_grads(source):
    return bool(_GRAD_RESET.search(source or ""))


def assignment_order(source):
    """{name: position of its last assignment in the cell}; {} when the cell is not Python."""
    try:
        tree = ast.parse(source or "")
    except (SyntaxError, ValueError):
        return {}
    order = {}
    stores = sorted(
        (node for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)),
        key=lambda node: (node.lineno, node.col_offset),
    )
    for position, node in enumerate(stores):
        order[node.id] = position
    return order
