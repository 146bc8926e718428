"""One run of the function under a reverse-mode transform (vjp, jacrev, jvp, jacfwd): stand-ins
for the differentiated arguments, the output and aux split, PyTorch's checks of what came back."""
from autograd_tutor.autograd import grad_mode
from autograd_tutor.tensor import Tensor

from . import _differentiable as d, _pytree


class Forward:
    """``out`` (as returned), ``flat_out``/``out_spec``, ``aux``, ``own`` (the stand-ins, flat),
    ``diff_spec`` (the structure of the differentiated part), ``keep`` (an outer graph tracks)."""

    def __init__(self, func, primals, argnums, has_aux, api, extra=(), kinds=("vjp",)):
        outer = d.enabled()
        with grad_mode.enable_grad():
            primals, diff, self.own = d.with_inputs(primals, argnums)
            with d.running(*kinds, own=self.own):
                out = func(*primals)
        self.aux = None
        if has_aux:
            if not (isinstance(out, tuple) and len(out) == 2):
                raise RuntimeError(f"{api}: output of function f should be a tuple: (output, aux) if has_aux is True")
            out, self.aux = out
            self.aux = d.release(self.aux, d.outside_tracks(outer, self.aux, self.own))
        self.out = out
        self.flat_out, self.out_spec = _pytree.tree_flatten(out)
        check_tensor_outputs(self.flat_out, api)
        self.diff_spec = _pytree.tree_flatten(diff)[1]
        self.keep = outer and (d.reaches_outside(self.flat_out, self.own)
                               or any(isinstance(t, Tensor) and t.requires_grad for t in extra))

    def released_out(self):
        return d.release(self.out, self.keep)


def check_tensor_outputs(flat_out, api):
    if len(flat_out) == 0:
        raise RuntimeError(f"{api}: Expected f to be a function that has non-empty output (got output = [])")
    for o in flat_out:
        if not isinstance(o, Tensor):
            raise RuntimeError(f"{api}: expected f(*primals) to return only tensors, got unsupported type {type(o)}")


def check_real(func_name, tree, is_input):
    for idx, t in enumerate(_pytree.tree_leaves(tree)):
        if isinstance(t, Tensor) and t.dtype.is_complex:
            what = "inputs" if is_input else "outputs"
            raise RuntimeError(f"{func_name}: Expected all {what} to be real but received complex tensor at flattened "
                               f"input idx: {idx}")
