"""What grad, vjp, jvp and the Jacobians share: fresh differentiable inputs, and whether the
results stay attached to a graph someone outside is building.

PyTorch runs each transform at a "level" of its own: a result of ``torch.func.grad`` has no
``grad_fn`` unless something outside the transform (an enclosing transform, or the caller's
own autograd) tracks the function's inputs or the tensors it closes over. Here there is one
graph: a transform differentiates with respect to inputs of its own (a fresh leaf, or a view
of an input that already requires grad), and asks the forward graph whether it reaches a leaf
that is not one of them. Only then are gradients taken with ``create_graph=True`` and the
results left attached, so that an enclosing grad / jacrev / jacfwd can differentiate them.
"""
import contextlib

from autograd_tutor.autograd import function, grad_mode
from autograd_tutor.autograd.node import AccumulateGrad
from autograd_tutor.tensor import Tensor

from . import _pytree


def as_input(x):
    """A differentiable stand-in for ``x``: a view when ``x`` is already part of a graph (so an
    outer transform still sees the dependence), else a fresh leaf."""
    if not isinstance(x, Tensor):
        raise ValueError(f"Thing passed to transform API must be Tensor, got {type(x)}")
    return x.view_as(x) if x.requires_grad else x.detach().requires_grad_()


def reaches_outside(tensors, own):
    """Whether the graph behind ``tensors`` reaches a leaf other than the transform's ``own``
    inputs (a captured tensor or an enclosing transform's input that requires grad)."""
    own_ids = {id(t) for t in own}
    seen, stack = set(), [t.grad_fn for t in tensors if isinstance(t, Tensor) and t.grad_fn is not None]
    for t in tensors:
        if isinstance(t, Tensor) and t.requires_grad and t.grad_fn is None and id(t) not in own_ids:
            return True
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, AccumulateGrad):
            if id(node.variable) not in own_ids:
                return True
            continue
        stack.extend(fn for fn, _ in node.next_functions)
    return False


def outside_tracks(outer_grad_enabled, tensors, own):
    return outer_grad_enabled and reaches_outside([t for t in _pytree.tree_leaves(tensors)], own)


def release(tree, keep):
    """The transform's results as the caller gets them: detached unless an outer graph tracks them."""
    if keep:
        return tree
    return _pytree.tree_map(lambda t: t.detach() if isinstance(t, Tensor) else t, tree)


def check_argnums(argnums, num_args):
    if isinstance(argnums, int):
        return _check_argnum(argnums, num_args)
    if isinstance(argnums, tuple):
        if len(argnums) == 0:
            raise RuntimeError("argnums must be non-empty")
        for a in argnums:
            if not isinstance(a, int):
                raise RuntimeError(f"argnums must be int or Tuple[int, ...], got: {type(argnums)}")
        wrapped = tuple(_check_argnum(a, num_args) for a in argnums)
        if len(set(wrapped)) != len(wrapped):
            raise RuntimeError(f"argnums elements must be unique, got {argnums}")
        return wrapped
    raise RuntimeError(f"argnums must be int or Tuple[int, ...], got: {type(argnums)}")


def _check_argnum(argnum, num_args):
    if not isinstance(argnum, int):
        raise RuntimeError(f"argnum must be int, got: {type(argnum)}")
    if -num_args <= argnum < num_args:
        return argnum % num_args
    raise RuntimeError(f"Got argnum={argnum}, but only {num_args} positional inputs")


def with_inputs(args, argnums):
    """``args`` with the differentiated ones (``argnums``: int, tuple, or None for all) replaced by
    stand-ins; returns (new args, the differentiated part as PyTorch slices it, flat stand-ins)."""
    args = list(args)
    positions = range(len(args)) if argnums is None else ((argnums,) if isinstance(argnums, int) else argnums)
    own = []
    for i in positions:
        leaves, spec = _pytree.tree_flatten(args[i])
        fresh = [as_input(x) for x in leaves]
        own.extend(fresh)
        args[i] = spec.unflatten(fresh)
    if argnums is None or isinstance(argnums, tuple):
        diff = tuple(args[i] for i in positions)
    else:
        diff = args[argnums]
    return tuple(args), diff, own


def zeros_for_none(grads, refs):
    from autograd_tutor.creation import zeros_like

    return [zeros_like(r) if g is None else g for g, r in zip(grads, refs)]


def enabled():
    return grad_mode.is_grad_enabled()


def slice_argnums(args, argnums):
    """The differentiated arguments as PyTorch slices them: one argument, or a tuple of them."""
    argnums = check_argnums(argnums, len(args))
    return args[argnums] if isinstance(argnums, int) else tuple(args[i] for i in argnums)


@contextlib.contextmanager
def running(*kinds, own=()):
    """The function runs under these transforms ("grad", "vjp", "jvp", "vmap"), differentiating
    with respect to ``own`` (their stand-in inputs): an autograd.Function called inside checks
    what PyTorch requires of it, and its forward sees its inputs unwrapped from these
    transforms (autograd/function.py)."""
    function.transforms.extend(kinds)
    function.transform_inputs.append(list(own))
    try:
        yield
    finally:
        function.transform_inputs.pop()
        del function.transforms[len(function.transforms) - len(kinds):]
