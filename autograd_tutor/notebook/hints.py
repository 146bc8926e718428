"""Tutor hints: a learner's-words explanation and fix under PyTorch's well-known autograd errors.

Matched on the error message's text (the same as PyTorch's, so real torch errors get the same
hints). A hint never replaces the traceback; the watcher shows it underneath.
"""
import re

# Anchored and lazy, as cellsource's: linear in the cell's length (see _BACKWARD_CALL there).
_BACKWARD_NO_ARGS = re.compile(r"(?<![\w.])([A-Za-z_][\w.]*?(?:\[[^\[\]\n]*\])?)\s*\.backward\(\s*\)")

_SECOND_BACKWARD = (
    "backward() frees the values the graph saved for it, so each graph can be walked back only "
    "once. Run the forward computation again to build a fresh graph, or call the first "
    "backward(retain_graph=True) if you really need to go back twice."
)
_INTEGER_GRAD = (
    "Gradients need floating point numbers, but this tensor holds integers "
    "(torch.tensor(5) is an int64). Create it as a float: torch.tensor(5.0, requires_grad=True) "
    "or add dtype=torch.float32."
)
_NON_LEAF_REQUIRES_GRAD = (
    "Only tensors you created yourself (leaves) can switch requires_grad; this one was computed "
    "from other tensors, so autograd decides for it. Set requires_grad on the tensors it was "
    "computed from, or use var.detach() for a copy outside the graph."
)
_INPLACE_SAVED = (
    "An in-place operation (a method ending in _, like add_(), or +=, or x[...] = ...) changed a "
    "tensor that backward() still needs as it was. Use the out-of-place form (y = y + 1 instead "
    "of y += 1), or work on a .clone()."
)
_NO_GRAD = (
    "Nothing in this computation requires a gradient, so there is no graph to go back through. "
    "Create the inputs with requires_grad=True before computing with them, and check the "
    "computation did not run inside torch.no_grad()."
)
_LEAF_INPLACE = (
    "A tensor that requires grad was changed in place while autograd was recording. Update "
    "parameters inside `with torch.no_grad():` (as optimizers do), or use optimizer.step()."
)


def _non_scalar(source, tensors):
    match = _BACKWARD_NO_ARGS.search(source or "")
    name = match.group(1) if match else None
    tensor = tensors.get(name) if name else None
    if tensor is not None:
        shape = tuple(tensor.shape)
        return (
            f"backward() with no argument starts from a single number, but {name} has shape "
            f"{shape}. Reduce it first, e.g. {name}.sum().backward(), or pass the vector to "
            f"multiply the Jacobian by: {name}.backward(torch.ones_like({name}))."
        )
    return (
        "backward() with no argument starts from a single number (a scalar), but this tensor has "
        "several elements. Reduce it first (t.sum().backward() or t.mean().backward()), or pass "
        "a gradient of its shape: t.backward(torch.ones_like(t))."
    )


# (text the error message contains, hint text or function(source, tensors) -> text)
HINTS = (
    ("Trying to backward through the graph a second time", _SECOND_BACKWARD),
    ("grad can be implicitly created only for scalar outputs", _non_scalar),
    ("Only Tensors of floating point", _INTEGER_GRAD),
    ("you can only change requires_grad flags of leaf variables", _NON_LEAF_REQUIRES_GRAD),
    ("modified by an inplace operation", _INPLACE_SAVED),
    ("does not require grad and does not have a grad_fn", _NO_GRAD),
    ("a leaf Variable that requires grad is being used in an in-place operation", _LEAF_INPLACE),
)


def hint_for(error, source="", tensors=None):
    """The hint text for exception `error`, or None when no hint applies."""
    if error is None:
        return None
    message = str(error)
    for needle, hint in HINTS:
        if needle in message:
            return hint(source, tensors or {}) if callable(hint) else hint
    return None


def non_leaf_grad_hint(source, tensors):
    """A hint when the cell read `.grad` of a computed (non-leaf) tensor that does not retain
    it: PyTorch's warning says so in C++ terms; this says it in the learner's."""
    from .cellsource import grad_reads

    for name in grad_reads(source):
        t = tensors.get(name)
        if t is None or getattr(t, "grad_fn", None) is None or getattr(t, "retains_grad", True):
            continue
        return (f"{name} was computed from other tensors (it is not a leaf), so backward() does not "
                f"keep its .grad: it stays None. Call {name}.retain_grad() before backward() to keep "
                f"it, or read the .grad of the leaves it came from.")
    return None
