"""``torch.vmap`` / ``torch.func.vmap``: a function of one example run over a batch.

PyTorch rewrites every op to work on the whole batch at once (batching rules). Here the
function runs once per batch element, on that element's slice of every mapped input, and the
outputs are stacked at ``out_dims``: for the pure functions vmap is meant for, the same values,
shapes and dtypes, composed freely with grad / vjp / jacrev / jacfwd (each call of the function
is an ordinary differentiable computation). The checks of ``in_dims``, ``out_dims``, batch sizes
and outputs are PyTorch's, in its words; random ops follow ``randomness`` (see _randomness.py).
"""
import functools

from autograd_tutor.tensor import Tensor

from . import _differentiable, _pytree, _randomness


def _name(func):
    if isinstance(func, functools.partial):
        return f"functools.partial({_name(func.func)}, ...)"
    return getattr(func, "__name__", repr(func))


def vmap(func, in_dims=0, out_dims=0, randomness="error", *, chunk_size=None):
    """``func`` mapped over dimension ``in_dims`` of its inputs, results stacked at ``out_dims``."""
    _randomness.check(randomness)
    if chunk_size is not None and not (isinstance(chunk_size, int) and chunk_size > 0):
        raise ValueError(f"vmap: chunk_size should be None or greater than 0. (got {chunk_size})")

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        _check_out_dims(out_dims, func)
        batch_size, flat_in_dims, flat_args, spec = _batched_inputs(func, in_dims, args)
        if batch_size == 0:
            raise NotImplementedError("vmap over a dimension of size 0: autograd_tutor runs the function once per "
                                      "batch element, so it cannot know the shape of an empty result")
        results = []
        unmapped = [a for a, d in zip(flat_args, flat_in_dims) if d is None and isinstance(a, Tensor)]
        versions = [a._version for a in unmapped]
        with _randomness.mode(randomness) as each_element:
            for b in range(batch_size):
                sliced = [a if d is None else a.select(d, b) for a, d in zip(flat_args, flat_in_dims)]
                with each_element(), _differentiable.running("vmap"):
                    results.append(func(*spec.unflatten(sliced), **kwargs))
                if [a._version for a in unmapped] != versions:
                    raise NotImplementedError(
                        f"vmap({_name(func)}, ...): the function changed an input it does not map over (in_dims None) "
                        "in place; autograd_tutor runs the function once per batch element, so the change would be "
                        "made once per element instead of once: use an out-of-place op")
        return _stack_outputs(func, results, out_dims)

    return wrapped


def _check_out_dims(out_dims, func):
    leaves = [out_dims] if out_dims is None else _pytree.tree_leaves(out_dims)
    if not all(d is None or isinstance(d, int) for d in leaves):
        raise ValueError(f"vmap({_name(func)}, ..., out_dims={out_dims}): `out_dims` must be an int, None or a python "
                         "collection of ints representing where in the outputs the vmapped dimension should appear.")


def _batched_inputs(func, in_dims, args):
    if not isinstance(in_dims, (int, tuple)):
        raise ValueError(f"vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): expected `in_dims` to be int or a "
                         f"(potentially nested) tuple matching the structure of inputs, got: {type(in_dims)}.")
    if len(args) == 0:
        raise ValueError(f"vmap({_name(func)})(<inputs>): got no inputs. Maybe you forgot to add inputs, or you are "
                         "trying to vmap over a function with no inputs. The latter is unsupported.")
    flat_args, spec = _pytree.tree_flatten(args)
    flat_in_dims = _pytree.broadcast_prefix(in_dims, spec)
    if flat_in_dims is None:
        raise ValueError(f"vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): in_dims is not compatible with the "
                         f"structure of `inputs`. in_dims has structure {_pytree.tree_flatten(in_dims)[1]} but inputs "
                         f"has structure {spec}.")
    where = f"vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>)"
    normalized = []
    for arg, d in zip(flat_args, flat_in_dims):
        if d is not None and not isinstance(d, int):
            raise ValueError(f"{where}: Got in_dim={d} for an input but in_dim must be either an integer dimension or "
                             "None.")
        if d is not None and not isinstance(arg, Tensor):
            raise ValueError(f"{where}: Got in_dim={d} for an input but the input is of type {type(arg)}. We cannot "
                             "vmap over non-Tensor arguments, please use None as the respective in_dim")
        if d is not None and not -arg.dim() <= d < arg.dim():
            raise ValueError(f"{where}: Got in_dim={d} for some input, but that input is a Tensor of dimensionality "
                             f"{arg.dim()} so expected in_dim to satisfy -{arg.dim()} <= in_dim < {arg.dim()}.")
        normalized.append(None if d is None else d % arg.dim())
    for d in flat_in_dims:
        if isinstance(d, bool):  # PyTorch reads the batch size with arg.size(in_dim)
            raise TypeError("size(): argument 'dim' (position 1) must be int, not bool")
    sizes = [a.size(d) for a, d in zip(flat_args, normalized) if d is not None]
    if not sizes:
        raise ValueError("vmap: Expected at least one Tensor to vmap over")
    if any(s != sizes[0] for s in sizes):
        raise ValueError("vmap: Expected all tensors to have the same size in the mapped dimension, got sizes "
                         f"{sizes} for the mapped dimension")
    return sizes[0], normalized, flat_args, spec


def _stack_outputs(func, results, out_dims):
    from autograd_tutor.ops.shape.join import stack

    flat_first, spec = _pytree.tree_flatten(results[0])
    columns = [[r] for r in flat_first]
    for r in results[1:]:
        flat, s = _pytree.tree_flatten(r)
        if s != spec:
            raise RuntimeError(f"vmap({_name(func)}, ...): the function returned outputs of different structures for "
                               f"different batch elements ({spec} and {s})")
        for col, x in zip(columns, flat):
            col.append(x)
    if isinstance(results[0], Tensor):
        if isinstance(out_dims, int) or out_dims is None:
            flat_out_dims = [out_dims]
        elif isinstance(out_dims, tuple) and len(out_dims) == 1:
            flat_out_dims = list(out_dims)
        else:
            flat_out_dims = None
    else:
        flat_out_dims = _pytree.broadcast_prefix(out_dims, spec)
    if flat_out_dims is None:
        raise ValueError(f"vmap({_name(func)}, ..., out_dims={out_dims})(<inputs>): out_dims is not compatible with the "
                         f"structure of `outputs`. out_dims has structure {_pytree.tree_flatten(out_dims)[1]} but "
                         f"outputs has structure {spec}.")
    name = _name(func)
    stacked = []
    for col, d in zip(columns, flat_out_dims):
        if d is None:
            stacked.append(_unbatched(name, col))
            continue
        if not isinstance(col[0], Tensor):
            raise ValueError(f"vmap({name}, ...): `{name}` must only return Tensors, got type {type(col[0])}. "
                             "Did you mean to set out_dims= to None for output?")
        stacked.append(stack(col, dim=d))
    return spec.unflatten(stacked)


def _unbatched(name, column):
    """out_dims=None: PyTorch returns an output that does not depend on the batch as it is. Run
    per element, that shows as the same value from every element (a batched one differs)."""
    first = column[0]
    if not isinstance(first, Tensor):
        return first
    for other in column[1:]:
        if other is not first and not (other.shape == first.shape and bool((other == first).all())):
            raise ValueError(f"vmap({name}, ...): `{name}` can not return a BatchedTensor when out_dim is None")
    return first
