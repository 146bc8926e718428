"""Leftover autograd behaviours against PyTorch: torch.autograd.functional, custom Function edge
cases, views made in no_grad, anomaly detection and inference mode. Each case is a small program run
under both libraries by ops_oracle.same."""
import textwrap

import pytest
from ops_oracle import same


def run(src, raises=None):
    def program(T):
        ns = {"torch": T}
        exec(textwrap.dedent(src), ns)
        return ns.get("out")

    same(program, exact=False, raises=raises)


F = "AF = torch.autograd.functional\n"
FUNCTIONAL = [
    ('jac1', F + 'x=torch.tensor([1.,2.,3.])\nout=AF.jacobian(lambda x: x**2, x)'),
    ('jac_tuple_in', F + 'x=torch.tensor([1.,2.]);y=torch.tensor([3.,4.])\nout=AF.jacobian(lambda x,y: x*y, (x,y))'),
    ('jac_tuple_out', F + 'x=torch.tensor([1.,2.])\nout=AF.jacobian(lambda x: (x*2, x.sum()), x)'),
    ('jac_cg', F + 'x=torch.tensor([1.,2.])\nout=AF.jacobian(lambda x: x**3, x, create_graph=True)'),
    ('jac_cg_leaf', F + 'x=torch.tensor([1.,2.],requires_grad=True)\nout=AF.jacobian(lambda x: x**3, x, create_graph=True)'),
    ('jac_strict', F + 'x=torch.tensor([1.,2.])\nout=AF.jacobian(lambda x: torch.ones(2), x, strict=True)'),
    ('jac_strict2', F + 'x=torch.tensor([1.,2.])\nout=AF.jacobian(lambda x: x.detach()*2, x, strict=True)'),
    ('jac_indep', F + 'x=torch.tensor([1.,2.])\nout=AF.jacobian(lambda x: torch.ones(2), x)'),
    ('jac_vec', F + 'x=torch.tensor([1.,2.])\nout=AF.jacobian(lambda x: x**2, x, vectorize=True)'),
    ('jac_strat', F + "x=torch.tensor([1.,2.])\nout=AF.jacobian(lambda x: x**2, x, strategy='forward-mode')"),
    ('jac_strat_bad', F + "x=torch.tensor([1.,2.])\nout=AF.jacobian(lambda x: x**2, x, strategy='bad')"),
    ('jac_nontensor_out', F + 'x=torch.tensor([1.,2.])\nout=AF.jacobian(lambda x: 3, x)'),
    ('jac_nontensor_in', F + 'out=AF.jacobian(lambda x: x, 3.0)'),
    ('jac_list_in', F + 'x=torch.tensor([1.,2.])\nout=AF.jacobian(lambda x,y: x*y, [x,x])'),
    ('jac_scalar', F + 'x=torch.tensor(2.)\nout=AF.jacobian(lambda x: x**2, x)'),
    ('hess1', F + 'x=torch.tensor([1.,2.])\nout=AF.hessian(lambda x: (x**3).sum(), x)'),
    ('hess_tuple', F + 'x=torch.tensor([1.,2.]);y=torch.tensor([3.,4.])\nout=AF.hessian(lambda x,y: (x*y**2).sum(), (x,y))'),
    ('hess_nonscalar', F + 'x=torch.tensor([1.,2.])\nout=AF.hessian(lambda x: x**3, x)'),
    ('hess_tupleout', F + 'x=torch.tensor([1.,2.])\nout=AF.hessian(lambda x: ((x**3).sum(),), x)'),
    ('hess_cg', F + 'x=torch.tensor([1.,2.])\nout=AF.hessian(lambda x: (x**3).sum(), x, create_graph=True)'),
    ('hess_linear', F + 'x=torch.tensor([1.,2.])\nout=AF.hessian(lambda x: (x*2).sum(), x)'),
    ('hess_linear_strict', F + 'x=torch.tensor([1.,2.])\nout=AF.hessian(lambda x: (x*2).sum(), x, strict=True)'),
    ('vjp1', F + 'x=torch.tensor([1.,2.])\nout=AF.vjp(lambda x: x**2, x, torch.tensor([1.,1.]))'),
    ('vjp_none', F + 'x=torch.tensor([1.,2.])\nout=AF.vjp(lambda x: x**2, x)'),
    ('vjp_scalar_none', F + 'x=torch.tensor([1.,2.])\nout=AF.vjp(lambda x: (x**2).sum(), x)'),
    ('vjp_tuple', F + 'x=torch.tensor([1.,2.])\nout=AF.vjp(lambda x: (x**2, x*3), x, (torch.ones(2), torch.ones(2)))'),
    ('vjp_badshape', F + 'x=torch.tensor([1.,2.])\nout=AF.vjp(lambda x: x**2, x, torch.ones(3))'),
    ('vjp_cg', F + 'x=torch.tensor([1.,2.])\nout=AF.vjp(lambda x: x**2, x, torch.ones(2), create_graph=True)'),
    ('vjp_strict', F + 'x=torch.tensor([1.,2.])\nout=AF.vjp(lambda x: torch.ones(2), x, torch.ones(2), strict=True)'),
    ('vjp_tuple_inputs', F + 'x=torch.tensor([1.,2.])\nout=AF.vjp(lambda x,y: x*y, (x,x), torch.ones(2))'),
    ('jvp1', F + 'x=torch.tensor([1.,2.])\nout=AF.jvp(lambda x: x**2, x, torch.tensor([1.,0.]))'),
    ('jvp_none', F + 'x=torch.tensor([1.,2.])\nout=AF.jvp(lambda x: x**2, x)'),
    ('jvp_scalar_in', F + 'x=torch.tensor(2.)\nout=AF.jvp(lambda x: x**2, x)'),
    ('jvp_tuple', F + 'x=torch.tensor([1.,2.]);y=torch.tensor([3.,4.])\nout=AF.jvp(lambda x,y: (x*y, x+y), (x,y), (torch.ones(2), torch.ones(2)))'),
    ('jvp_cg', F + 'x=torch.tensor([1.,2.])\nout=AF.jvp(lambda x: x**2, x, torch.ones(2), create_graph=True)'),
    ('jvp_strict', F + 'x=torch.tensor([1.,2.])\nout=AF.jvp(lambda x: torch.ones(2), x, torch.ones(2), strict=True)'),
    ('hvp1', F + 'x=torch.tensor([1.,2.])\nout=AF.hvp(lambda x: (x**3).sum(), x, torch.tensor([1.,0.]))'),
    ('vhp1', F + 'x=torch.tensor([1.,2.])\nout=AF.vhp(lambda x: (x**3).sum(), x, torch.tensor([1.,0.]))'),
    ('hvp_tuple', F + 'x=torch.tensor([1.,2.]);y=torch.tensor([3.,4.])\nout=AF.hvp(lambda x,y: (x*y**2).sum(), (x,y), (torch.ones(2), torch.ones(2)))'),
    ('hvp_nonscalar', F + 'x=torch.tensor([1.,2.])\nout=AF.hvp(lambda x: x**3, x, torch.ones(2))'),
    ('hvp_none', F + 'x=torch.tensor([1.,2.])\nout=AF.hvp(lambda x: (x**3).sum(), x)'),
    ('vhp_none_scalar', F + 'x=torch.tensor(2.)\nout=AF.vhp(lambda x: x**3, x)'),
    ('hvp_cg', F + 'x=torch.tensor([1.,2.])\nout=AF.hvp(lambda x: (x**3).sum(), x, torch.ones(2), create_graph=True)'),
    ('hvp_linear', F + 'x=torch.tensor([1.,2.])\nout=AF.hvp(lambda x: (x*2).sum(), x, torch.ones(2))'),
    ('hvp_strict', F + 'x=torch.tensor([1.,2.])\nout=AF.hvp(lambda x: (x*2).sum(), x, torch.ones(2), strict=True)'),
    ('vhp_badv', F + 'x=torch.tensor([1.,2.])\nout=AF.vhp(lambda x: (x**3).sum(), x, torch.ones(3))'),
    ('hvp_tupleout', F + 'x=torch.tensor([1.,2.])\nout=AF.hvp(lambda x: ((x**3).sum(),), x, torch.ones(2))'),
    ('jac_vec_tuple', F + 'x=torch.tensor([1.,2.]);y=torch.tensor([3.,4.,5.])\nout=AF.jacobian(lambda x,y: (x*2, y.sum()*x), (x,y), vectorize=True)'),
    ('jac_vec_indep', F + 'x=torch.tensor([1.,2.]);y=torch.tensor([3.])\nout=AF.jacobian(lambda x,y: x*2, (x,y), vectorize=True)'),
    ('hess_vec', F + 'x=torch.tensor([1.,2.])\nout=AF.hessian(lambda x: (x**3).sum(), x, vectorize=True)'),
    ('jvp_cg_leaf', F + 'x=torch.tensor([1.,2.],requires_grad=True)\nout=AF.jvp(lambda x: x**2, x, torch.ones(2), create_graph=True)'),
    ('vjp_vlen', F + 'x=torch.tensor([1.,2.])\nout=AF.vjp(lambda x: (x,x), x, (torch.ones(2),))'),
    ('vjp_vlen1', F + 'x=torch.tensor([1.,2.])\nout=AF.vjp(lambda x: x, x, (torch.ones(2),torch.ones(2)))'),
    ('jac_nograd_ctx', F + 'x=torch.tensor([1.,2.])\nwith torch.no_grad():\n  out=AF.vjp(lambda x: x**2, x, torch.ones(2))'),
    ('hess_fwd', F + "x=torch.tensor([1.,2.])\nout=AF.hessian(lambda x: (x**3).sum(), x, outer_jacobian_strategy='x')"),
]


# What PyTorch raises for the cases of test_functional_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
FUNCTIONAL_AS_TORCH_RAISE = {
    'jac_strict': RuntimeError,
    'jac_strict2': RuntimeError,
    'jac_strat': NotImplementedError,
    'jac_strat_bad': AssertionError,
    'jac_nontensor_out': TypeError,
    'jac_nontensor_in': TypeError,
    'jac_list_in': TypeError,
    'hess_nonscalar': RuntimeError,
    'hess_tupleout': RuntimeError,
    'hess_linear_strict': RuntimeError,
    'vjp_none': RuntimeError,
    'vjp_badshape': RuntimeError,
    'vjp_strict': RuntimeError,
    'jvp_none': RuntimeError,
    'jvp_strict': RuntimeError,
    'hvp_nonscalar': RuntimeError,
    'hvp_none': RuntimeError,
    'hvp_strict': RuntimeError,
    'vhp_badv': RuntimeError,
    'hvp_tupleout': RuntimeError,
    'vjp_vlen': RuntimeError,
    'vjp_vlen1': RuntimeError,
    'hess_fwd': AssertionError,
}


@pytest.mark.parametrize("name, src", FUNCTIONAL, ids=[c[0] for c in FUNCTIONAL])
def test_functional_as_torch(name, src):
    run(src, raises=FUNCTIONAL_AS_TORCH_RAISE.get(name))


A = '\nF = torch.autograd.Function\n'
CUSTOM_FUNCTIONS = [
    ('dirty', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        x.mul_(2); ctx.mark_dirty(x); return x\n    @staticmethod\n    def backward(ctx, g): return g * 2\na = torch.tensor([1., 2.], requires_grad=True)\nb = a * 1\nc = D.apply(b)\nout = (c is b, c, b._version, c.grad_fn.name())\n'),
    ('dirty_leaf', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        x.mul_(2); ctx.mark_dirty(x); return x\n    @staticmethod\n    def backward(ctx, g): return g * 2\na = torch.tensor([1., 2.], requires_grad=True)\nc = D.apply(a)\n'),
    ('dirty_backward', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        x.mul_(2); ctx.mark_dirty(x); return x\n    @staticmethod\n    def backward(ctx, g): return g * 2\na = torch.tensor([1., 2.], requires_grad=True)\nb = a.clone()\nc = D.apply(b)\nc.sum().backward()\nout = (a.grad, b.grad_fn.name())\n'),
    ('dirty_not_returned', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        x.mul_(2); ctx.mark_dirty(x); return x * 1\n    @staticmethod\n    def backward(ctx, g): return g * 2\na = torch.tensor([1., 2.], requires_grad=True)\nb = a.clone()\nc = D.apply(b)\nout = c\n'),
    ('dirty_no_mark_returned_input', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x\n    @staticmethod\n    def backward(ctx, g): return g * 2\na = torch.tensor([1., 2.], requires_grad=True)\nc = D.apply(a)\nc.sum().backward()\nout = (c, c is a, c._base is a, c._is_view(), a.grad)\n'),
    ('nondiff', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        y = x * 2; ctx.mark_non_differentiable(y); return y\n    @staticmethod\n    def backward(ctx, g): return g\na = torch.tensor([1., 2.], requires_grad=True)\nc = D.apply(a)\nout = (c, c.requires_grad, c.grad_fn)\n'),
    ('nondiff_backward_err', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        y = x * 2; ctx.mark_non_differentiable(y); return y\n    @staticmethod\n    def backward(ctx, g): return g\na = torch.tensor([1., 2.], requires_grad=True)\nc = D.apply(a)\nc.sum().backward()\n'),
    ('nondiff_two_out_grad', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        y = x * 2; z = x * 3; ctx.mark_non_differentiable(z); return y, z\n    @staticmethod\n    def backward(ctx, g, gz):\n        return g * 2 + (0 if gz is None else gz.sum())\na = torch.tensor([1., 2.], requires_grad=True)\ny, z = D.apply(a)\n(y.sum() + z.sum()).backward()\nout = (a.grad, z.requires_grad)\n'),
    ('needs_input_grad', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, y, k):\n        ctx.seen = ctx.needs_input_grad\n        return x * y * k\n    @staticmethod\n    def backward(ctx, g):\n        return g, g, None\na = torch.tensor([1., 2.], requires_grad=True)\nb = torch.tensor([1., 2.])\nc = D.apply(a, b, 3)\nout = (c.grad_fn.seen, c.grad_fn.needs_input_grad, c)\n'),
    ('needs_input_grad_nograd', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.seen = ctx.needs_input_grad\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.tensor([1., 2.], requires_grad=True)\nwith torch.no_grad():\n    c = D.apply(a)\nout = (c, c.grad_fn)\n'),
    ('materialize_false', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.set_materialize_grads(False)\n        return x * 2, x * 3\n    @staticmethod\n    def backward(ctx, g1, g2):\n        ctx.got = (g1 is None, g2 is None)\n        return g1 * 2 if g2 is None else g1 * 2 + g2 * 3\na = torch.tensor([1., 2.], requires_grad=True)\ny, z = D.apply(a)\ny.sum().backward()\nout = (a.grad, y.grad_fn.got)\n'),
    ('materialize_true', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2, x * 3\n    @staticmethod\n    def backward(ctx, g1, g2):\n        ctx.got = (g1, g2)\n        return g1 * 2 + g2 * 3\na = torch.tensor([1., 2.], requires_grad=True)\ny, z = D.apply(a)\ny.sum().backward()\nout = (a.grad, y.grad_fn.got)\n'),
    ('once_diff', A + '\nonce_differentiable = torch.autograd.function.once_differentiable\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x ** 2\n    @staticmethod\n    @once_differentiable\n    def backward(ctx, g):\n        x, = ctx.saved_tensors\n        return g * 2 * x\na = torch.tensor([1., 2.], requires_grad=True)\ny = D.apply(a)\ng, = torch.autograd.grad(y.sum(), a, create_graph=True)\nout = (g, g.requires_grad, g.grad_fn)\n'),
    ('once_diff_double', A + '\nonce_differentiable = torch.autograd.function.once_differentiable\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x ** 2\n    @staticmethod\n    @once_differentiable\n    def backward(ctx, g):\n        x, = ctx.saved_tensors\n        return g * 2 * x\na = torch.tensor([1., 2.], requires_grad=True)\ny = D.apply(a)\ng, = torch.autograd.grad(y.sum(), a, create_graph=True)\ng.sum().backward()\n'),
    ('once_diff_name', A + '\nonce_differentiable = torch.autograd.function.once_differentiable\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    @once_differentiable\n    def backward(ctx, g):\n        return g * 2\nout = D.backward.__name__\n'),
    ('wrong_count_few', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, y):\n        return x * y\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.tensor([1., 2.], requires_grad=True)\nD.apply(a, a).sum().backward()\n'),
    ('wrong_count_many', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g, g\na = torch.tensor([1., 2.], requires_grad=True)\nD.apply(a).sum().backward()\n'),
    ('wrong_count_many_none', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g, None\na = torch.tensor([1., 2.], requires_grad=True)\nD.apply(a).sum().backward()\nout = a.grad\n'),
    ('wrong_shape', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x.sum()\n    @staticmethod\n    def backward(ctx, g):\n        return torch.ones(3)\na = torch.tensor([1., 2.], requires_grad=True)\nD.apply(a).backward()\n'),
    ('broadcast_shape', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x.sum()\n    @staticmethod\n    def backward(ctx, g):\n        return torch.ones(2, 1, 3)\na = torch.ones(1, 3, requires_grad=True)\nD.apply(a).backward()\nout = a.grad\n'),
    ('grad_scalar_for_vec', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x.sum()\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(3, requires_grad=True)\nD.apply(a).backward()\nout = a.grad\n'),
    ('grad_dtype', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g.double()\na = torch.ones(3, requires_grad=True)\nD.apply(a).sum().backward()\nout = a.grad\n'),
    ('kwargs_apply', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, k=2):\n        return x * k\n    @staticmethod\n    def backward(ctx, g):\n        return g * 2, None\na = torch.ones(3, requires_grad=True)\nout = D.apply(a, k=3)\n'),
    ('setup_ctx', A + '\nclass D(F):\n    @staticmethod\n    def forward(x, k):\n        return x * k\n    @staticmethod\n    def setup_context(ctx, inputs, output):\n        x, k = inputs\n        ctx.k = k\n        ctx.save_for_backward(x)\n        ctx.shape_out = output.shape\n    @staticmethod\n    def backward(ctx, g):\n        x, = ctx.saved_tensors\n        return g * ctx.k, None\na = torch.ones(3, requires_grad=True)\ny = D.apply(a, 4.0)\ny.sum().backward()\nout = (y, a.grad, y.grad_fn.shape_out)\n'),
    ('setup_ctx_kwargs', A + '\nclass D(F):\n    @staticmethod\n    def forward(x, k=2):\n        return x * k\n    @staticmethod\n    def setup_context(ctx, inputs, output):\n        ctx.inputs = len(inputs)\n    @staticmethod\n    def backward(ctx, g):\n        return g, None\na = torch.ones(3, requires_grad=True)\ny = D.apply(a, k=4.0)\n'),
    ('forward_ctx_with_setup', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def setup_context(ctx, inputs, output):\n        pass\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(3, requires_grad=True)\ny = D.apply(a)\n'),
    ('no_backward', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\na = torch.ones(3, requires_grad=True)\nD.apply(a).sum().backward()\n'),
    ('no_forward', A + '\nclass D(F):\n    pass\na = torch.ones(3, requires_grad=True)\nD.apply(a)\n'),
    ('return_non_tensor', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2, 5\n    @staticmethod\n    def backward(ctx, g, g2):\n        return g * 2\na = torch.ones(3, requires_grad=True)\ny, n = D.apply(a)\ny.sum().backward()\nout = (y, n, a.grad)\n'),
    ('return_list', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return [x * 2, x * 3]\n    @staticmethod\n    def backward(ctx, g):\n        return g * 2\na = torch.ones(3, requires_grad=True)\ny = D.apply(a)\nout = (type(y).__name__, )\n'),
    ('backward_non_tensor', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return 3.0\na = torch.ones(3, requires_grad=True)\nD.apply(a).sum().backward()\n'),
    ('nontensor_grad_pos', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, k):\n        return x * k\n    @staticmethod\n    def backward(ctx, g):\n        return g, g\na = torch.ones(3, requires_grad=True)\nD.apply(a, 2).sum().backward()\n'),
    ('save_non_tensor', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x, 3)\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(3, requires_grad=True)\nD.apply(a)\n'),
    ('saved_freed', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        x, = ctx.saved_tensors\n        return g * 2\na = torch.ones(3, requires_grad=True)\ny = D.apply(a)\ny.sum().backward()\ny.grad_fn.saved_tensors\n'),
    ('saved_modified', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        x, = ctx.saved_tensors\n        return g * 2\na = torch.ones(3, requires_grad=True)\nb = a * 1\ny = D.apply(b)\nb.add_(1)\ny.sum().backward()\n'),
    ('saved_output_modified', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        y = x.exp()\n        ctx.save_for_backward(y)\n        return y\n    @staticmethod\n    def backward(ctx, g):\n        y, = ctx.saved_tensors\n        return g * y\na = torch.ones(3, requires_grad=True)\ny = D.apply(a)\ny.add_(1)\ny.sum().backward()\n'),
    ('double_backward_custom', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x ** 3\n    @staticmethod\n    def backward(ctx, g):\n        x, = ctx.saved_tensors\n        return g * 3 * x ** 2\na = torch.tensor([1., 2.], requires_grad=True)\ny = D.apply(a)\ng, = torch.autograd.grad(y.sum(), a, create_graph=True)\ng2, = torch.autograd.grad(g.sum(), a)\nout = (g, g2)\n'),
    ('nograd_apply_out', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(3)\ny = D.apply(a)\nout = (y, y.grad_fn, y.requires_grad)\n'),
    ('int_output', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x.argmax()\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(3, requires_grad=True)\ny = D.apply(a)\nout = (y, y.requires_grad)\n'),
    ('view_output', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x.view(-1)\n    @staticmethod\n    def backward(ctx, g):\n        return g.view(2, 2)\na = torch.ones(2, 2, requires_grad=True)\ny = D.apply(a)\ny.sum().backward()\nout = (y, y._is_view(), a.grad)\n'),
    ('view_output_inplace', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x.view(-1)\n    @staticmethod\n    def backward(ctx, g):\n        return g.view(2, 2)\na = torch.ones(2, 2, requires_grad=True)\nb = a * 1\ny = D.apply(b)\ny.mul_(2)\n'),
    ('ctx_attrs', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(3, requires_grad=True)\ny = D.apply(a)\nn = y.grad_fn\nout = (n.name(), type(n).__name__, len(n.next_functions), n.saved_tensors, n.needs_input_grad, n.materialize_grads if hasattr(n, "materialize_grads") else None, n.metadata)\n'),
    ('mark_dirty_none_return', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, y):\n        x.add_(y); ctx.mark_dirty(x); return x\n    @staticmethod\n    def backward(ctx, g):\n        return g, g\na = torch.ones(3, requires_grad=True)\nb = torch.ones(3, requires_grad=True)\nc = a * 1\nd = D.apply(c, b)\nd.sum().backward()\nout = (a.grad, b.grad, d)\n'),
    ('function_vjp_alias', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def vjp(ctx, g):\n        return g * 5\na = torch.ones(3, requires_grad=True)\nD.apply(a).sum().backward()\nout = a.grad\n'),
    ('apply_no_tensor', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return torch.tensor(x)\n    @staticmethod\n    def backward(ctx, g):\n        return None\nout = D.apply(3.0)\n'),
    ('needs_input_grad_backward', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, y):\n        return x * y\n    @staticmethod\n    def backward(ctx, g):\n        return (g if ctx.needs_input_grad[0] else None), (g if ctx.needs_input_grad[1] else None)\na = torch.ones(3, requires_grad=True)\nb = torch.ones(3)\nD.apply(a, b).sum().backward()\nout = (a.grad, b.grad)\n'),
    ('return_none_grad_required', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return None\na = torch.ones(3, requires_grad=True)\nD.apply(a).sum().backward()\nout = a.grad\n'),
    ('mark_dirty_view', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        x.mul_(2); ctx.mark_dirty(x); return x\n    @staticmethod\n    def backward(ctx, g): return g * 2\na = torch.ones(4, requires_grad=True)\nb = a * 1\nv = b[:2]\nD.apply(v)\nb.sum().backward()\nout = (a.grad, b.grad_fn.name(), v.grad_fn.name())\n'),
    ('once_diff_gradout_rg', A + '\nonce_differentiable = torch.autograd.function.once_differentiable\nclass O(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x); return x ** 2\n    @staticmethod\n    @once_differentiable\n    def backward(ctx, g):\n        x, = ctx.saved_tensors; return g * 2 * x\na = torch.tensor([1., 2.], requires_grad=True)\ny = O.apply(a)\ngo = torch.ones(2, requires_grad=True)\ng, = torch.autograd.grad(y, a, go, create_graph=True)\nd = (g, g.grad_fn.name())\ng.sum().backward()\n'),
    ('once_diff_gradout_rg_val', A + '\nonce_differentiable = torch.autograd.function.once_differentiable\nclass O(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x); return x ** 2\n    @staticmethod\n    @once_differentiable\n    def backward(ctx, g):\n        x, = ctx.saved_tensors; return g * 2 * x\na = torch.tensor([1., 2.], requires_grad=True)\ny = O.apply(a)\ngo = torch.ones(2, requires_grad=True)\ng, = torch.autograd.grad(y, a, go, create_graph=True)\nout = g\n'),
    ('once_diff_two', A + '\nonce_differentiable = torch.autograd.function.once_differentiable\nclass O(F):\n    @staticmethod\n    def forward(ctx, x, y):\n        return x * y\n    @staticmethod\n    @once_differentiable\n    def backward(ctx, g):\n        return g * 2, g * 3\na = torch.tensor([1., 2.], requires_grad=True)\nb = torch.tensor([1., 2.], requires_grad=True)\ny = O.apply(a, b)\ngo = torch.ones(2, requires_grad=True)\nout = torch.autograd.grad(y, (a, b), go, create_graph=True)\n'),
    ('both_backward_vjp', A + '\nclass B(F):\n    @staticmethod\n    def forward(ctx, x): return x*2\n    @staticmethod\n    def backward(ctx, g): return g\n    @staticmethod\n    def vjp(ctx, g): return g\na = torch.tensor([1., 2.], requires_grad=True)\nB.apply(a).sum().backward()\n'),
    ('setup_ctx_defaults', A + '\nclass D(F):\n    @staticmethod\n    def forward(x, k=2.0, *, m=1):\n        return x * k\n    @staticmethod\n    def setup_context(ctx, inputs, output):\n        ctx.n = len(inputs)\n        ctx.k = inputs[1]\n    @staticmethod\n    def backward(ctx, g):\n        return g * ctx.k, None\na = torch.ones(3, requires_grad=True)\ny = D.apply(a)\ny.sum().backward()\nout = (y.grad_fn.n, a.grad)\n'),
    ('setup_ctx_kw_value', A + '\nclass D(F):\n    @staticmethod\n    def forward(x, k=2.0):\n        return x * k\n    @staticmethod\n    def setup_context(ctx, inputs, output):\n        ctx.inputs = inputs\n    @staticmethod\n    def backward(ctx, g):\n        return g, None\na = torch.ones(3, requires_grad=True)\ny = D.apply(a, k=4.0)\nout = (y, y.grad_fn.inputs[1])\n'),
    ('dirty_two_outputs', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        x.add_(1); ctx.mark_dirty(x); return x, x * 2\n    @staticmethod\n    def backward(ctx, g, g2): return g + g2 * 2\na = torch.tensor([1., 2.], requires_grad=True)\nb = a.clone()\nc, d = D.apply(b)\n(c.sum() + d.sum()).backward()\nout = (c is b, c, d, b._version, a.grad)\n'),
]


# What PyTorch raises for the cases of test_custom_function_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
CUSTOM_FUNCTION_AS_TORCH_RAISE = {
    'dirty_leaf': RuntimeError,
    'dirty_not_returned': RuntimeError,
    'nondiff_backward_err': RuntimeError,
    'once_diff_double': RuntimeError,
    'wrong_count_few': RuntimeError,
    'wrong_count_many': RuntimeError,
    'wrong_shape': RuntimeError,
    'grad_scalar_for_vec': RuntimeError,
    'forward_ctx_with_setup': TypeError,
    'no_backward': NotImplementedError,
    'no_forward': NotImplementedError,
    'backward_non_tensor': RuntimeError,
    'nontensor_grad_pos': RuntimeError,
    'save_non_tensor': TypeError,
    'saved_freed': RuntimeError,
    'saved_modified': RuntimeError,
    'saved_output_modified': RuntimeError,
    'view_output_inplace': RuntimeError,
    'once_diff_gradout_rg': RuntimeError,
    'both_backward_vjp': RuntimeError,
    'setup_ctx_defaults': TypeError,
}


@pytest.mark.parametrize("name, src", CUSTOM_FUNCTIONS, ids=[c[0] for c in CUSTOM_FUNCTIONS])
def test_custom_function_as_torch(name, src):
    run(src, raises=CUSTOM_FUNCTION_AS_TORCH_RAISE.get(name))



POWERS = [
    ('xx_second', '\nx = torch.tensor([1.5, 2.0], requires_grad=True)\ny = (x ** x).sum()\ng, = torch.autograd.grad(y, x, create_graph=True)\nout = g\n'),
    ('xy_second', '\nx = torch.tensor([1.5, 2.0], requires_grad=True)\ne = torch.tensor([0.5, 3.0], requires_grad=True)\ny = (x ** e).sum()\ng = torch.autograd.grad(y, (x, e), create_graph=True)\nout = g\n'),
    ('xx_hess', '\nx = torch.tensor([1.5, 2.0], requires_grad=True)\nout = torch.autograd.functional.hessian(lambda x: (x ** x).sum(), x)\n'),
    ('xy_second_ex', '\nx = torch.tensor([1.5, 2.0], requires_grad=True)\ne = torch.tensor([0.5, 3.0], requires_grad=True)\ny = (x ** e).sum()\ng = torch.autograd.grad(y, e, create_graph=True)\nout = g\n'),
    ('xy_second_x', '\nx = torch.tensor([1.5, 2.0], requires_grad=True)\ne = torch.tensor([0.5, 3.0])\ny = (x ** e).sum()\ng = torch.autograd.grad(y, x, create_graph=True)\nout = g\n'),
    ('pow_neg_grad_zero_base', '\nx = torch.tensor([0.0, 2.0], requires_grad=True)\ne = torch.tensor([2.0, 0.0], requires_grad=True)\ny = x ** e\ng = torch.autograd.grad(y, (x, e), torch.tensor([-1.0, -2.0]))\nout = g\n'),
    ('pow_broadcast_second', '\nx = torch.tensor([[1.5, 2.0], [0.5, 1.0]], requires_grad=True)\ne = torch.tensor([2.0, 0.0], requires_grad=True)\ng = torch.autograd.grad((x ** e).sum(), (x, e), create_graph=True)\nout = (g, torch.autograd.grad(g[0].sum() + g[1].sum(), (x, e)))\n'),
]


@pytest.mark.parametrize("name, src", POWERS, ids=[c[0] for c in POWERS])
def test_tensor_power_as_torch(name, src):
    run(src)



NO_GRAD_VIEWS = [
    ('nograd_view_rg', '\na = torch.ones(4, requires_grad=True)\nwith torch.no_grad():\n    v = a[:2]\n    w = a.view(2, 2)\n    t = a.t() if a.dim() == 2 else a.unsqueeze(0)\nout = (v.requires_grad, v.grad_fn, v.is_leaf, w.requires_grad, t.requires_grad, v, w)\n'),
    ('nograd_view_nonleaf', '\na = torch.ones(4, requires_grad=True)\nb = a * 2\nwith torch.no_grad():\n    v = b[:2]\nout = (v.requires_grad, v.grad_fn, v.is_leaf, v)\n'),
    ('nograd_view_inplace', '\na = torch.ones(4, requires_grad=True)\nb = a * 2\nwith torch.no_grad():\n    v = b[:2]\nv.mul_(2)\n'),
    ('nograd_view_inplace_leaf', '\na = torch.ones(4, requires_grad=True)\nwith torch.no_grad():\n    v = a[:2]\nv.mul_(2)\n'),
    ('nograd_view_inplace_in_nograd', '\na = torch.ones(4, requires_grad=True)\nb = a * 2\nwith torch.no_grad():\n    v = b[:2]\n    v.mul_(2)\nout = (b, v)\n'),
    ('nograd_view_use', '\na = torch.ones(4, requires_grad=True)\nwith torch.no_grad():\n    v = a[:2]\ny = v * 3\nout = (y.requires_grad, y.grad_fn.name(), y.grad_fn.next_functions[0][0] is None)\n'),
    ('nograd_view_backward', '\na = torch.ones(4, requires_grad=True)\nwith torch.no_grad():\n    v = a[:2]\ny = (v * 3).sum()\ny.backward()\n'),
    ('nograd_view_of_nonrg', '\na = torch.ones(4)\nwith torch.no_grad():\n    v = a[:2]\nout = (v.requires_grad, v)\n'),
    ('nograd_nonview', '\na = torch.ones(4, requires_grad=True)\nwith torch.no_grad():\n    v = a * 2\n    c = a.clone()\nout = (v.requires_grad, c.requires_grad)\n'),
    ('nograd_view_detach', '\na = torch.ones(4, requires_grad=True)\nwith torch.no_grad():\n    v = a.detach()\n    w = a[:2].detach()\nout = (v.requires_grad, w.requires_grad)\n'),
    ('nograd_view_chain', '\na = torch.ones(2, 3, requires_grad=True)\nwith torch.no_grad():\n    v = a[0]\nu = v[:2]\nout = (u.requires_grad, u.grad_fn, u)\n'),
    ('nograd_view_requires_grad_set', '\na = torch.ones(4, requires_grad=True)\nwith torch.no_grad():\n    v = a[:2]\nv.requires_grad_(False)\n'),
    ('nograd_view_retain', '\na = torch.ones(4, requires_grad=True)\nwith torch.no_grad():\n    v = a[:2]\nv.retain_grad()\n'),
    ('nograd_view_setitem_base', '\na = torch.ones(4, requires_grad=True)\nb = a * 1\nwith torch.no_grad():\n    v = b[:2]\nb.mul_(2)\nout = (v.requires_grad, v.grad_fn)\n'),
    ('nograd_unbind', '\na = torch.ones(2, 2, requires_grad=True)\nwith torch.no_grad():\n    x, y = a.unbind(0)\nout = (x.requires_grad, x)\n'),
    ('nograd_split_inplace', '\na = torch.ones(4, requires_grad=True)\nb = a * 1\nwith torch.no_grad():\n    x, y = b.split(2)\nx.mul_(2)\n'),
    ('setgrad_false_view', '\na = torch.ones(4, requires_grad=True)\nwith torch.set_grad_enabled(False):\n    v = a.view(-1)\nout = (v.requires_grad, v)\n'),
]


# What PyTorch raises for the cases of test_view_made_in_no_grad_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
VIEW_MADE_IN_NO_GRAD_AS_TORCH_RAISE = {
    'nograd_view_inplace': RuntimeError,
    'nograd_view_inplace_leaf': RuntimeError,
    'nograd_view_inplace_in_nograd': RuntimeError,
    'nograd_view_setitem_base': RuntimeError,
    'nograd_split_inplace': RuntimeError,
}


@pytest.mark.parametrize("name, src", NO_GRAD_VIEWS, ids=[c[0] for c in NO_GRAD_VIEWS])
def test_view_made_in_no_grad_as_torch(name, src):
    run(src, raises=VIEW_MADE_IN_NO_GRAD_AS_TORCH_RAISE.get(name))



ANOMALY_AND_INFERENCE = [
    ('anomaly_default', 'out = (torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())'),
    ('anomaly_ctx', '\nwith torch.autograd.detect_anomaly():\n    inside = (torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())\nout = (inside, torch.is_anomaly_enabled())\n'),
    ('anomaly_ctx_nocheck', '\nwith torch.autograd.detect_anomaly(check_nan=False):\n    inside = (torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())\nout = (inside, torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())\n'),
    ('anomaly_set', '\ntorch.autograd.set_detect_anomaly(True)\na = torch.is_anomaly_enabled()\ntorch.autograd.set_detect_anomaly(False)\nout = (a, torch.is_anomaly_enabled())\n'),
    ('anomaly_set_ctx', '\nwith torch.autograd.set_detect_anomaly(True, check_nan=False):\n    a = (torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())\nout = (a, torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())\n'),
    ('anomaly_decorator', '\n@torch.autograd.detect_anomaly()\ndef f():\n    return torch.is_anomaly_enabled()\nout = (f(), torch.is_anomaly_enabled())\n'),
    ('anomaly_backward', '\nx = torch.tensor([1., 2.], requires_grad=True)\nwith torch.autograd.detect_anomaly():\n    (x * 2).sum().backward()\nout = x.grad\n'),
    ('anomaly_classes', 'out = (repr(torch.autograd.detect_anomaly), repr(torch.autograd.set_detect_anomaly))'),
    ('inf_created', '\nwith torch.inference_mode():\n    a = torch.ones(2)\nout = (a.is_inference(), a, a.requires_grad, torch.ones(2).is_inference())\n'),
    ('inf_op', '\nw = torch.ones(2, requires_grad=True)\nwith torch.inference_mode():\n    b = w * 2\n    inside = (torch.is_inference_mode_enabled(), torch.is_grad_enabled())\nout = (b, b.requires_grad, b.is_inference(), w.is_inference(), inside)\n'),
    ('inf_saved', '\nwith torch.inference_mode():\n    a = torch.ones(2)\nw = torch.ones(2, requires_grad=True)\ny = a * w\n'),
    ('inf_not_saved', '\nwith torch.inference_mode():\n    a = torch.ones(2)\nw = torch.ones(2, requires_grad=True)\ny = a + w\ny.sum().backward()\nout = (y, w.grad, y.is_inference())\n'),
    ('inf_requires_grad', '\nwith torch.inference_mode():\n    a = torch.ones(2)\na.requires_grad_()\n'),
    ('inf_requires_grad_inside', '\nwith torch.inference_mode():\n    a = torch.ones(2)\n    a.requires_grad_()\nout = (a.requires_grad, a.is_inference())\n'),
    ('inf_inplace', '\nwith torch.inference_mode():\n    a = torch.ones(2)\na.add_(1)\n'),
    ('inf_inplace_nograd', '\nwith torch.inference_mode():\n    a = torch.ones(2)\nwith torch.no_grad():\n    a.add_(1)\n'),
    ('inf_inplace_inside', '\nwith torch.inference_mode():\n    a = torch.ones(2)\n    a.add_(1)\nout = a\n'),
    ('inf_version', '\nwith torch.inference_mode():\n    a = torch.ones(2)\na._version\n'),
    ('inf_clone', '\nwith torch.inference_mode():\n    a = torch.ones(2)\nb = a.clone()\nw = torch.ones(2, requires_grad=True)\nout = (b.is_inference(), b * w)\n'),
    ('inf_view', '\nwith torch.inference_mode():\n    a = torch.ones(4)\nv = a[:2]\nout = (v.is_inference(), a.detach().is_inference())\n'),
    ('inf_nograd', '\nwith torch.no_grad():\n    a = torch.ones(2)\nout = a.is_inference()\n'),
    ('inf_false', '\nwith torch.inference_mode(False):\n    a = torch.ones(2)\nout = (a.is_inference(), torch.is_inference_mode_enabled())\n'),
    ('inf_decorated', '\n@torch.inference_mode()\ndef f(x):\n    return x * 2\nw = torch.ones(2, requires_grad=True)\ny = f(w)\nout = (y.is_inference(), y.requires_grad)\n'),
    ('inf_mul_scalar_grad', '\nwith torch.inference_mode():\n    a = torch.ones(2)\nw = torch.ones(2, requires_grad=True)\ny = (w * 3).sum() + a.sum()\ny.backward()\nout = w.grad\n'),
    ('inf_matmul', '\nwith torch.inference_mode():\n    a = torch.ones(2, 2)\nw = torch.ones(2, 2, requires_grad=True)\ny = a @ w\n'),
    ('inf_tensor_fn', '\nwith torch.inference_mode():\n    a = torch.tensor([1., 2.])\n    b = torch.zeros_like(a)\n    c = torch.arange(3)\nout = (a.is_inference(), b.is_inference(), c.is_inference(), torch.is_inference(a))\n'),
]


# What PyTorch raises for the cases of test_anomaly_and_inference_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
ANOMALY_AND_INFERENCE_AS_TORCH_RAISE = {
    'anomaly_decorator': TypeError,
    'inf_saved': RuntimeError,
    'inf_requires_grad': RuntimeError,
    'inf_inplace': RuntimeError,
    'inf_inplace_nograd': RuntimeError,
    'inf_version': RuntimeError,
    'inf_matmul': RuntimeError,
}


@pytest.mark.parametrize("name, src", ANOMALY_AND_INFERENCE, ids=[c[0] for c in ANOMALY_AND_INFERENCE])
def test_anomaly_and_inference_as_torch(name, src):
    run(src, raises=ANOMALY_AND_INFERENCE_AS_TORCH_RAISE.get(name))



ANOMALY_BACKWARD = [
    ('anomaly_nan', '\nx = torch.tensor([0., 1.], requires_grad=True)\nwith torch.autograd.detect_anomaly():\n    y = (x.sqrt() * torch.tensor([0., 1.])).sum()\n    y.backward()\n'),
    ('anomaly_nan_unchecked', '\nx = torch.tensor([0., 1.], requires_grad=True)\nwith torch.autograd.detect_anomaly(check_nan=False):\n    y = (x.sqrt() * torch.tensor([0., 1.])).sum()\n    y.backward()\nout = x.grad\n'),
    ('anomaly_other_error', '\nx = torch.tensor([1., 2.], requires_grad=True)\nwith torch.autograd.detect_anomaly():\n    y = x.exp()\n    x2 = y * 1\n    y.add_(1)\n    x2.sum().backward()\nout = x.grad\n'),
    ('anomaly_ok_grad', '\nx = torch.tensor([1., 2.], requires_grad=True)\nwith torch.autograd.set_detect_anomaly(True):\n    y = (x.exp() * x).sum()\n    g, = torch.autograd.grad(y, x, create_graph=True)\n    g.sum().backward()\nout = (g, x.grad)\n'),
]


# What PyTorch raises for the cases of test_anomaly_detection_in_backward_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
ANOMALY_DETECTION_IN_BACKWARD_AS_TORCH_RAISE = {
    'anomaly_nan': RuntimeError,
    'anomaly_other_error': RuntimeError,
}


@pytest.mark.parametrize("name, src", ANOMALY_BACKWARD, ids=[c[0] for c in ANOMALY_BACKWARD])
def test_anomaly_detection_in_backward_as_torch(name, src):
    run(src, raises=ANOMALY_DETECTION_IN_BACKWARD_AS_TORCH_RAISE.get(name))


A = '\nF = torch.autograd.Function\n'
MORE_CUSTOM_FUNCTIONS = [
    ('kwarg_tensor_untracked', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, w=None):\n        ctx.n = ctx.needs_input_grad\n        return x * w\n    @staticmethod\n    def backward(ctx, g):\n        return g * 2\na = torch.ones(2, requires_grad=True)\nw = torch.ones(2, requires_grad=True)\ny = D.apply(a, w=w)\ny.sum().backward()\nout = (y, y.grad_fn.n, a.grad, w.grad, len(y.grad_fn.next_functions))\n'),
    ('only_kwarg_tensor', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, k, w=None):\n        return w * k\n    @staticmethod\n    def backward(ctx, g):\n        return None\nw = torch.ones(2, requires_grad=True)\ny = D.apply(2, w=w)\nout = (y, y.requires_grad)\n'),
    ('saved_tensors_in_forward', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(2, requires_grad=True)\ny = D.apply(a)\nn = y.grad_fn\nout = (len(n.saved_tensors), n.saved_tensors[0] is a)\n'),
    ('save_twice', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        ctx.save_for_backward(x, x)\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        a, b = ctx.saved_tensors\n        return g * a\na = torch.ones(2, requires_grad=True)\ny = D.apply(a)\ny.sum().backward()\nout = a.grad\n'),
    ('save_none', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(None, x)\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        n, x = ctx.saved_tensors\n        return g * (2 if n is None else 3)\na = torch.ones(2, requires_grad=True)\ny = D.apply(a)\ny.sum().backward()\nout = a.grad\n'),
    ('backward_list', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, y):\n        return x * y\n    @staticmethod\n    def backward(ctx, g):\n        return [g, g]\na = torch.ones(2, requires_grad=True)\nD.apply(a, a).sum().backward()\nout = a.grad\n'),
    ('nested_apply', A + '\nclass Inner(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g * 2\nclass Outer(F):\n    @staticmethod\n    def forward(ctx, x):\n        y = Inner.apply(x)\n        ctx.inner_rg = y.requires_grad\n        return y + 1\n    @staticmethod\n    def backward(ctx, g):\n        return Inner.apply(g)\na = torch.ones(2, requires_grad=True)\ny = Outer.apply(a)\ny.sum().backward()\nout = (y, y.grad_fn.inner_rg, a.grad)\n'),
    ('forward_grad_enabled', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.ge = torch.is_grad_enabled()\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        ctx.bge = torch.is_grad_enabled()\n        return g * 2\na = torch.ones(2, requires_grad=True)\ny = D.apply(a)\ny.sum().backward()\nout = (y.grad_fn.ge, y.grad_fn.bge)\n'),
    ('backward_grad_enabled_cg', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        ctx.bge = torch.is_grad_enabled()\n        return g * 2\na = torch.ones(2, requires_grad=True)\ny = D.apply(a)\ng, = torch.autograd.grad(y.sum(), a, create_graph=True)\nout = (y.grad_fn.bge, g)\n'),
    ('int_input_grad', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, idx):\n        return x[idx]\n    @staticmethod\n    def backward(ctx, g):\n        return torch.ones(3), None\na = torch.ones(3, requires_grad=True)\ny = D.apply(a, torch.tensor([0, 1]))\ny.sum().backward()\nout = (a.grad, y.grad_fn.needs_input_grad)\n'),
    ('int_input_grad_given', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, idx):\n        return x[idx]\n    @staticmethod\n    def backward(ctx, g):\n        return torch.ones(3), torch.ones(2)\na = torch.ones(3, requires_grad=True)\ny = D.apply(a, torch.tensor([0, 1]))\ny.sum().backward()\nout = a.grad\n'),
    ('grad_fn_repr_name', A + '\nclass MyRelu(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x.clamp(min=0)\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(2, requires_grad=True)\ny = MyRelu.apply(a)\nout = (y, type(y.grad_fn).__name__, y.grad_fn.name(), str(y)[:40])\n'),
    ('apply_on_instance', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(2, requires_grad=True)\nout = D.apply(a)\n'),
    ('mark_nondiff_input', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.mark_non_differentiable(x)\n        return x\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(2, requires_grad=True)\ny = D.apply(a)\nout = (y.requires_grad, y is a)\n'),
    ('materialize_none_single', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.set_materialize_grads(False)\n        return x * 2, x * 3\n    @staticmethod\n    def backward(ctx, g1, g2):\n        return g2 * 3 if g1 is None else g1\na = torch.ones(2, requires_grad=True)\ny, z = D.apply(a)\nz.sum().backward()\nout = a.grad\n'),
    ('retain_graph_custom', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        x, = ctx.saved_tensors\n        return g * x\na = torch.ones(2, requires_grad=True)\ny = D.apply(a).sum()\ny.backward(retain_graph=True)\ny.backward()\nout = a.grad\n'),
    ('backward_twice_custom', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        x, = ctx.saved_tensors\n        return g * x\na = torch.ones(2, requires_grad=True)\ny = D.apply(a).sum()\ny.backward()\ny.backward()\n'),
    ('hooks_on_custom', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g * 2\na = torch.ones(2, requires_grad=True)\ny = D.apply(a)\nseen = []\ny.grad_fn.register_hook(lambda gi, go: seen.append((gi[0].tolist(), go[0].tolist())))\ny.sum().backward()\nout = seen\n'),
    ('gradcheck_custom', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x ** 2\n    @staticmethod\n    def backward(ctx, g):\n        x, = ctx.saved_tensors\n        return 2 * x * g\na = torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)\nout = torch.autograd.gradcheck(D.apply, (a,))\n'),
    ('gradcheck_custom_wrong', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.save_for_backward(x)\n        return x ** 2\n    @staticmethod\n    def backward(ctx, g):\n        x, = ctx.saved_tensors\n        return 3 * x * g\na = torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)\nout = torch.autograd.gradcheck(D.apply, (a,), raise_exception=False)\n'),
    ('once_diff_wrong_count', A + '\nonce_differentiable = torch.autograd.function.once_differentiable\nclass O(F):\n    @staticmethod\n    def forward(ctx, x, y):\n        return x * y\n    @staticmethod\n    @once_differentiable\n    def backward(ctx, g):\n        return g\na = torch.ones(2, requires_grad=True)\nO.apply(a, a).sum().backward()\n'),
    ('function_ctx_class', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        ctx.t = type(ctx).__name__\n        return x * 2\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(2, requires_grad=True)\ny = D.apply(a)\nout = (y.grad_fn.t, isinstance(y.grad_fn, torch.autograd.function.BackwardCFunction), isinstance(y.grad_fn, torch.autograd.function.FunctionCtx))\n'),
    ('dirty_non_input', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x):\n        y = x * 2\n        ctx.mark_dirty(y)\n        return y\n    @staticmethod\n    def backward(ctx, g):\n        return g\na = torch.ones(2, requires_grad=True)\nout = D.apply(a)\n'),
    ('kwargs_slots', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, k=1, w=None, z=5):\n        ctx.n = ctx.needs_input_grad\n        return x * k\n    @staticmethod\n    def backward(ctx, g):\n        return g * 2, None, g*3\na = torch.ones(2, requires_grad=True)\nres = []\nfor kw in [dict(q=1), dict(k=2, w=a), dict(w=a)]:\n    try:\n        res.append(D.apply(a, **kw).grad_fn.n)\n    except TypeError as e:\n        res.append(str(e))\nout = res\n'),
    ('kwargs_only_x', A + '\nclass D(F):\n    @staticmethod\n    def forward(ctx, x, k=1):\n        return x * k\n    @staticmethod\n    def backward(ctx, g):\n        return g * 2\na = torch.ones(2, requires_grad=True)\ny = D.apply(x=a)\ny.sum().backward()\nout = (y, a.grad)\n'),
]


# What PyTorch raises for the cases of test_more_custom_functions_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
MORE_CUSTOM_FUNCTIONS_AS_TORCH_RAISE = {
    'kwarg_tensor_untracked': RuntimeError,
    'backward_list': RuntimeError,
    'backward_twice_custom': RuntimeError,
    'once_diff_wrong_count': RuntimeError,
}


@pytest.mark.parametrize("name, src", MORE_CUSTOM_FUNCTIONS, ids=[c[0] for c in MORE_CUSTOM_FUNCTIONS])
def test_more_custom_functions_as_torch(name, src):
    run(src, raises=MORE_CUSTOM_FUNCTIONS_AS_TORCH_RAISE.get(name))
