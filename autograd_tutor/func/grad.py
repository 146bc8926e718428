"""``torch.func.grad`` and ``grad_and_value``: the gradient of a function returning one number,
with respect to the positional arguments ``argnums`` (tensors or pytrees of tensors)."""
import functools

from autograd_tutor.autograd import grad_mode
from autograd_tutor.autograd.functional import _autograd_grad
from autograd_tutor.tensor import Tensor

from . import _differentiable as d, _pytree


def grad_and_value(func, argnums=0, has_aux=False):
    """``f -> (gradient of f, f)`` (``(gradient, (f, aux))`` with ``has_aux=True``)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return _grad_and_value(func, argnums, has_aux, args, kwargs)

    return wrapper


def grad(func, argnums=0, has_aux=False):
    """``f -> gradient of f`` (``(gradient, aux)`` with ``has_aux=True``)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        g, value = _grad_and_value(func, argnums, has_aux, args, kwargs)
        return (g, value[1]) if has_aux else g

    return wrapper


def _grad_and_value(func, argnums, has_aux, args, kwargs):
    outer = d.enabled()
    with grad_mode.enable_grad():
        argnums = d.check_argnums(argnums, len(args))
        args, diff, own = d.with_inputs(args, argnums)
        with d.running("grad", own=own):
            output = func(*args, **kwargs)
        aux = None
        if has_aux:
            if not (isinstance(output, tuple) and len(output) == 2):
                raise RuntimeError("grad_and_value(f)(*args): output of function f should be a tuple: (output, aux) "
                                   "if has_aux is True")
            output, aux = output
        if not isinstance(output, Tensor):
            raise RuntimeError(f"grad_and_value(f)(*args): Expected f(*args) to return a Tensor, got {type(output)}")
        if output.dim() != 0:
            raise RuntimeError("grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor "
                               f"with {output.dim()} dims. Maybe you wanted to use the vjp or jacrev APIs instead?")
        keep = d.outside_tracks(outer, output, own)
        grads = _autograd_grad((output,), tuple(own), create_graph=keep)
        _, spec = _pytree.tree_flatten(diff)
        grads = spec.unflatten(d.zeros_for_none(grads, own))
    value = d.release(output, keep)
    if has_aux:
        return d.release(grads, keep), (value, d.release(aux, d.outside_tracks(outer, aux, own)))
    return d.release(grads, keep), value
