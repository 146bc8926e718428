"""Leftover autograd behaviours against PyTorch: torch.autograd.functional, custom Function edge
cases, views made in no_grad, anomaly detection and inference mode. Each case is a small program run
under both libraries by ops_oracle.same."""
import textwrap

import pytest

from ops_oracle import same


def run(src):
    def program(T):
        ns = {"torch": T}
        exec(textwrap.dedent(src), ns)
        return ns.get("out")

    same(program, exact=False)


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


@pytest.mark.parametrize("name, src", FUNCTIONAL, ids=[c[0] for c in FUNCTIONAL])
def test_functional_as_torch(name, src):
    run(src)
