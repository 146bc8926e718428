"""``jacrev``, ``jacfwd`` and ``hessian``: whole Jacobians, shaped ``output.shape + input.shape``
for every (output, differentiated input) pair, nested as PyTorch nests them.

jacrev: one vector-Jacobian product per output element (a batched backward over the unit
vectors, as autograd.grad's is_grads_batched); jacfwd: one Jacobian-vector product per input
element (the double backward trick, batched the same way). Both give the same Jacobian;
hessian is jacfwd(jacrev(f)), as in PyTorch."""
import functools

from autograd_tutor.autograd import grad_mode
from autograd_tutor.autograd.functional import _autograd_grad, _standard_basis

from . import _differentiable as d, _randomness
from ._forward import Forward, check_real
from .jvp import directional
from .vjp import check_floating


def jacrev(func, argnums=0, *, has_aux=False, chunk_size=None, _preallocate_and_copy=False):
    """The Jacobian of ``func`` with respect to the arguments ``argnums``, by reverse mode."""
    if not (chunk_size is None or chunk_size > 0):
        raise ValueError("jacrev: `chunk_size` should be greater than 0.")

    @functools.wraps(func)
    def wrapper(*args):
        check_real("jacrev", args, is_input=True)
        fw = Forward(func, args, d.check_argnums(argnums, len(args)), has_aux, "vjp(f, *primals)")
        check_floating(fw.flat_out)
        check_real("jacrev", fw.flat_out, is_input=False)
        rows = _rows(fw)
        jac = _nest(fw, argnums, [[r.view(o.shape + x.shape) for r, x in zip(rows_o, fw.own)]
                                  for rows_o, o in zip(rows, fw.flat_out)])
        return (jac, fw.aux) if has_aux else jac

    return wrapper


def _rows(fw):
    """Per output: per input, the vector-Jacobian products of every unit vector, stacked."""
    from autograd_tutor.creation import zeros

    numels = [o.numel() for o in fw.flat_out]
    total = sum(numels)
    basis = _standard_basis(fw.flat_out, numels)
    with grad_mode.enable_grad():  # the flattening belongs to the function's graph, even under no_grad
        flat = tuple(o.reshape(-1) for o in fw.flat_out)
    grads = _autograd_grad(flat, tuple(fw.own), basis, create_graph=fw.keep, is_grads_batched=True)
    per_input = []
    for g, x in zip(grads, fw.own):
        if g is None:
            g = zeros((total,) + tuple(x.shape), dtype=x.dtype)
        per_input.append(g.split(numels, dim=0))
    return list(zip(*per_input))


def jacfwd(func, argnums=0, has_aux=False, *, randomness="error"):
    """The Jacobian of ``func`` with respect to the arguments ``argnums``, by forward mode."""
    @functools.wraps(func)
    def wrapper(*args):
        _randomness.check(randomness)  # PyTorch checks it when the Jacobian is taken
        check_real("jacfwd", args, is_input=True)
        with _randomness.mode(randomness) as each_element, each_element():  # PyTorch runs f under vmap
            fw = Forward(func, args, d.check_argnums(argnums, len(args)), has_aux, "jvp(f, primals, tangents)",
                         kinds=("vmap", "jvp"))
        check_real("jacfwd", fw.flat_out, is_input=False)
        numels = [x.numel() for x in fw.own]
        basis = [b.view((sum(numels),) + tuple(x.shape)) for b, x in zip(_standard_basis(fw.own, numels), fw.own)]
        columns = directional(fw, basis, batched=True)  # per output: [total input numel, *output.shape]
        jac = []
        for col, o in zip(columns, fw.flat_out):
            parts = col.movedim(0, -1).split(numels, dim=-1)
            jac.append([_unflatten_last(p, x) for p, x in zip(parts, fw.own)])
        jac = _nest(fw, argnums, jac)
        return (jac, fw.aux) if has_aux else jac

    return wrapper


def _unflatten_last(block, x):
    """The last dimension (one per element of input ``x``) back to ``x``'s shape, as a view."""
    return block.squeeze(-1) if x.dim() == 0 else block.unflatten(-1, tuple(x.shape))


def _nest(fw, argnums, jac):
    """[output][input] blocks -> the output's structure, each leaf the inputs' structure (a
    tuple of them for a tuple ``argnums``), detached unless an outer graph tracks them."""
    per_output = []
    for blocks in jac:
        per_input = fw.diff_spec.unflatten(blocks)
        per_output.append(per_input)
    return d.release(fw.out_spec.unflatten(per_output), fw.keep)


def hessian(func, argnums=0):
    """The Hessian of a function returning one number: jacfwd(jacrev(func))."""
    return jacfwd(jacrev(func, argnums), argnums)
