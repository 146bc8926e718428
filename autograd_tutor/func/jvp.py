"""``torch.func.jvp``: the outputs of a function and its Jacobian-vector product along the
tangents. PyTorch uses forward-mode AD; here it is the double backward trick
(autograd.functional.linearized): two backward passes, so every op on the way must have a
differentiable backward (an op whose backward is not differentiable raises its own error, e.g.
a custom Function marked @once_differentiable)."""
from autograd_tutor.autograd.functional import _autograd_grad, linearized
from autograd_tutor.size import Size
from autograd_tutor.tensor import Tensor

from . import _differentiable as d, _pytree
from ._forward import Forward

_JVP = "jvp(f, primals, tangents)"


def jvp(func, primals, tangents, *, strict=False, has_aux=False):
    """``(func(*primals), J @ tangents)`` (``+ (aux,)`` with ``has_aux``)."""
    return jvp_with_argnums(func, primals, tangents, None, strict, has_aux)


def jvp_with_argnums(func, primals, tangents, argnums, strict, has_aux):
    if not isinstance(primals, tuple):
        raise RuntimeError(f"{_JVP}: Expected primals to be a tuple. E.g. it should be valid to call f(*primals).")
    diff = primals if argnums is None else d.slice_argnums(primals, argnums)
    flat_primals, primals_spec = _pytree.tree_flatten(diff)
    flat_tangents, tangents_spec = _pytree.tree_flatten(tangents)
    if primals_spec != tangents_spec:
        raise RuntimeError(f"{_JVP}: Expected primals and tangents to have the same python structure. For example, if "
                           "primals is a tuple of 3 tensors, tangents also must be. Got primals with structure "
                           f"{primals_spec} and tangents with structure {tangents_spec}")
    _check_tensors(flat_primals, "primals")
    _check_tensors(flat_tangents, "tangents")
    for p, t in zip(flat_primals, flat_tangents):
        if p.shape != t.shape:
            raise RuntimeError("Trying to set a forward gradient that has a different size than that of the original "
                               f"Tensor, this is not supported. Tensor is of size {list(p.shape)} while the given "
                               f"forward gradient is of size {list(t.shape)}.")
    fw = Forward(func, primals, argnums, has_aux, _JVP, extra=flat_tangents, kinds=("jvp",))
    products = directional(fw, flat_tangents, strict)
    # PyTorch's forward mode computes a product in the tangent's dtype where it is wider than
    # the primal's (a float64 tangent of a float32 input): here it is computed in the primal's.
    wider = [t.dtype for p, t in zip(flat_primals, flat_tangents) if t.dtype != p.dtype]
    if wider:
        from autograd_tutor._dtypes import promote_types

        products = [_widened(p, wider, promote_types) for p in products]
    out = fw.released_out()
    if fw.keep:  # PyTorch hands tracked outputs back through an alias of them
        from autograd_tutor.ops.shape.slicing import alias

        out = _pytree.tree_map(lambda o: alias(o) if isinstance(o, Tensor) and o.requires_grad else o, out)
    result = (out, fw.out_spec.unflatten(products))
    return result + (fw.aux,) if has_aux else result


def directional(fw, flat_tangents, strict=False, batched=False):
    """J v for every output of ``fw`` (``batched``: each tangent has a leading batch of vectors)."""
    from autograd_tutor.creation import zeros_like

    floats = [o for o in fw.flat_out if o.is_floating_point() or o.is_complex()]
    products = ()
    if floats:
        if not hasattr(fw, "linear"):  # J^T u once; every product after it is one backward pass
            fw.linear = linearized(tuple(floats), tuple(fw.own))
        dummy, grad_inputs = fw.linear
        products = _autograd_grad(grad_inputs, dummy, tuple(flat_tangents), retain_graph=True,
                                  create_graph=fw.keep, is_grads_batched=batched)
    by_output = dict(zip(map(id, floats), products))
    batch = (flat_tangents[0].shape[0],) if batched else ()
    result = []
    for o in fw.flat_out:
        p = by_output.get(id(o))
        if p is None:
            if strict:
                raise RuntimeError("jvp(f, primals, tangents, strict=True): The output of f is independent of the "
                                   "inputs. This is not allowed with strict=True.")
            p = zeros_like(o).expand(Size(batch + tuple(o.shape))).contiguous() if batched else zeros_like(o)
        result.append(p)
    return result


def _widened(product, dtypes, promote_types):
    dtype = product.dtype
    for other in dtypes:
        dtype = promote_types(dtype, other)
    return product.to(dtype)


def _check_tensors(flat, argname):
    if len(flat) == 0:
        raise RuntimeError(f"{_JVP}: Expected {argname} to contain at least one Tensor.")
    for x in flat:
        if not isinstance(x, Tensor):
            raise RuntimeError(f"{_JVP}: Expected {argname} to only contain Tensors, got {type(x)}")
