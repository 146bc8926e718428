"""``torch.func.vjp``: the outputs of a function and a function of cotangents returning the
vector-Jacobian products with respect to every primal (one backward pass per call)."""
from autograd_tutor.autograd.functional import _autograd_grad
from autograd_tutor.tensor import Tensor

from . import _differentiable as d, _pytree
from ._forward import Forward


def vjp(func, *primals, has_aux=False):
    """``(func(*primals), vjp_fn)`` (``+ (aux,)`` with ``has_aux``); ``vjp_fn(cotangents)`` is a
    tuple with one product per primal."""
    fw = Forward(func, primals, None, has_aux, "vjp(f, *primals)")
    check_floating(fw.flat_out)

    def vjp_fn(cotangents, retain_graph=True, create_graph=None):
        flat_cot, cot_spec = _pytree.tree_flatten(cotangents)
        if cot_spec != fw.out_spec:
            raise RuntimeError("Expected pytree structure of cotangents to be the same as pytree structure of "
                               f"outputs to the function. cotangents: {_pytree.spec_pprint(cot_spec)}, primal output: "
                               f"{_pytree.spec_pprint(fw.out_spec)}")
        if create_graph is None:
            create_graph = d.enabled() and (fw.keep or any(isinstance(c, Tensor) and c.requires_grad for c in flat_cot))
        grads = _autograd_grad(tuple(fw.flat_out), tuple(fw.own), tuple(flat_cot), retain_graph=retain_graph,
                               create_graph=create_graph)
        return fw.diff_spec.unflatten(d.zeros_for_none(grads, fw.own))

    # printed as PyTorch's is: <function _vjp_with_argnums.<locals>.wrapper at 0x...>
    vjp_fn.__name__, vjp_fn.__qualname__ = "wrapper", "_vjp_with_argnums.<locals>.wrapper"
    if has_aux:
        return fw.released_out(), vjp_fn, fw.aux
    return fw.released_out(), vjp_fn


def check_floating(flat_out):
    for o in flat_out:
        if not (o.is_floating_point() or o.is_complex()):
            raise RuntimeError("vjp(f, ...): All outputs of f must be floating-point or complex Tensors, got Tensor "
                               f"with dtype {o.dtype}")
