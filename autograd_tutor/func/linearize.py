"""``torch.func.linearize``: the output of a function and ``jvp_fn``, its Jacobian-vector product
at the primals as a function of the tangents. PyTorch traces the forward-mode computation once;
here the double backward trick's first half (``J^T u``) is built once and every ``jvp_fn`` call
is one backward pass through it."""
from . import _pytree
from ._forward import Forward
from .jvp import directional


def linearize(func, *primals):
    """``(func(*primals), jvp_fn)``; ``jvp_fn(*tangents)`` is ``J @ tangents``."""
    output = func(*primals)
    _, output_spec = _pytree.tree_flatten(output)
    flat_primals, primals_spec = _pytree.tree_flatten(primals)
    fw = Forward(func, primals, None, False, "jvp(f, primals, tangents)", kinds=("jvp",))

    def jvp_fn(*tangents):
        flat_tangents, tangents_spec = _pytree.tree_flatten(tangents)
        if tangents_spec != primals_spec:
            raise RuntimeError(f"Expected the tangents {tangents_spec} to have the same argspec as the primals "
                               f"{primals_spec}")
        for idx, (t, p) in enumerate(zip(flat_tangents, flat_primals)):
            for what in ("shape", "device", "dtype"):
                if getattr(t, what) != getattr(p, what):
                    raise RuntimeError(f"tangent:{idx} with {what} {getattr(t, what)} in flattened pytree doesn't "
                                       f"match the {what} {getattr(p, what)} of the corresponding primal.")
        return output_spec.unflatten(directional(fw, flat_tangents))

    return output, jvp_fn
