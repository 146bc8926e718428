"""``torch.autograd.functional``: whole Jacobians, Hessians and vector products of a function.

Each is built from ``autograd.grad``: one backward pass per output element (the rows of the
Jacobian), and a Hessian is the Jacobian of the gradient taken with ``create_graph=True``.
"""
from autograd_tutor.autograd import grad_mode
from autograd_tutor.autograd.functional_api import grad as _grad


def _as_tuple(x):
    return ((x,), False) if not isinstance(x, tuple) else (x, True)


def _prepare(inputs, create_graph):
    # Fresh leaves, so the function's graph starts here (a view when the caller's graph must stay).
    return tuple(t.view_as(t) if create_graph and t.requires_grad else t.detach().requires_grad_(True)
                 for t in inputs)


def _grads(output, inputs, grad_output, create_graph):
    from autograd_tutor.creation import zeros_like

    if not output.requires_grad:
        found = (None,) * len(inputs)
    else:
        found = _grad(output, inputs, grad_output, retain_graph=True, create_graph=create_graph,
                      allow_unused=True)
    return tuple(zeros_like(x) if g is None else g for g, x in zip(found, inputs))


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    """d outputs / d inputs, shaped ``output.shape + input.shape`` for every pair."""
    from autograd_tutor.creation import zeros_like
    from autograd_tutor.ops.joining import stack

    inputs, inputs_tuple = _as_tuple(inputs)
    with grad_mode.enable_grad():
        inputs = _prepare(inputs, create_graph)
        outputs, outputs_tuple = _as_tuple(func(*inputs))
        result = []
        for out in outputs:
            flat = out.reshape(-1)
            rows = [_grads(flat[i], inputs, None, create_graph) for i in range(flat.numel())]
            per_input = []
            for j, x in enumerate(inputs):
                if rows:
                    jac = stack([r[j] for r in rows]).view(tuple(out.shape) + tuple(x.shape))
                else:
                    jac = zeros_like(x).reshape(-1)[:0].view(tuple(out.shape) + tuple(x.shape))
                per_input.append(jac if create_graph else jac.detach())
            result.append(tuple(per_input))
    if not outputs_tuple:
        return result[0] if inputs_tuple else result[0][0]
    return tuple(r if inputs_tuple else r[0] for r in result)


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy="reverse-mode"):
    """Second derivatives of a function returning one number, shaped ``input.shape * 2``."""
    inputs_tuple = isinstance(inputs, tuple)

    def gradient(*xs):
        out = func(*xs)
        if out.numel() != 1:
            raise RuntimeError("The Tensor returned by the function given to hessian should contain a single element")
        return _grad(out.squeeze(), xs, create_graph=True, allow_unused=True) if out.requires_grad else xs

    result = jacobian(gradient, inputs, create_graph=create_graph)
    if not inputs_tuple:
        return result[0] if isinstance(result, tuple) else result
    return result


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """``(func(inputs), v @ J)``: the outputs and a vector-Jacobian product."""
    inputs, inputs_tuple = _as_tuple(inputs)
    with grad_mode.enable_grad():
        inputs = _prepare(inputs, create_graph)
        out = func(*inputs)
        if v is None and out.numel() != 1:
            raise RuntimeError("The vector v can only be None if the user-provided function returns a single Tensor "
                               "with a single element.")
        grads = _grads(out, inputs, v, create_graph)
    grads = grads if create_graph else tuple(g.detach() for g in grads)
    return (out if create_graph else out.detach()), (grads if inputs_tuple else grads[0])


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """``(func(inputs), v @ H)``: the output and a vector-Hessian product."""
    inputs, inputs_tuple = _as_tuple(inputs)
    vs = v if isinstance(v, tuple) else (v,)
    with grad_mode.enable_grad():
        inputs = _prepare(inputs, create_graph)
        out = func(*inputs)
        first = _grads(out, inputs, None, True)
        total = sum((g * w).sum() for g, w in zip(first, vs))
        second = _grads(total, inputs, None, create_graph)
    second = second if create_graph else tuple(g.detach() for g in second)
    return (out if create_graph else out.detach()), (second if inputs_tuple else second[0])


hvp = vhp  # the Hessian is symmetric, so H @ v == v @ H
