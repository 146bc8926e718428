"""More ops against torch: smooth activations (erf, silu, gelu, softplus and their modules),
broadcasting helpers, lerp/addcmul/addcdiv, roll, tile and diff: printed results, node names and
saved fields, first and second derivatives, dtypes and errors."""
import numpy as np
import pytest
from ops_oracle import check_op, same

A = [[1.0, -2.0, 0.0, 0.5], [3.0, 0.5, -1.0, 2.0]]
B = [[2.0, -2.0, 1.0, 0.25], [0.0, 0.5, 4.0, -1.5]]
C = [[0.5, 1.0, 2.0, -0.25], [3.0, 1.5, -0.75, 4.0]]
F = "torch.nn.functional"

SMOOTH = [
    "torch.erf(a)", "a.erf()", f"{F}.silu(a)", f"{F}.gelu(a)", f"{F}.gelu(a, approximate='tanh')",
    f"{F}.softplus(a)", f"{F}.softplus(a, beta=2.5, threshold=3)", f"{F}.softplus(a, 2, 1.5)",
    "torch.nn.SiLU()(a)", "torch.nn.GELU()(a)", "torch.nn.GELU('tanh')(a)", "torch.nn.Softplus(0.5)(a)",
]
COMBINING = [
    "torch.lerp(a, b, 0.3)", "a.lerp(b, 0.75)", "torch.lerp(a, b, c)", "torch.lerp(a, b[0], c)",
    "torch.addcmul(a, b, c)", "torch.addcmul(a, b, c, value=2)", "a.addcmul(b[:, :1], c, value=-0.5)",
    "torch.addcdiv(a, b, c)", "a.addcdiv(b, c, value=3)", "torch.addcdiv(a[0], b, c)",
]
REARRANGING = [
    "torch.broadcast_to(a[0], (3, 4))", "a[:, :1].broadcast_to((2, 4))", "torch.broadcast_tensors(a[0], b[:, :1])",
    "torch.broadcast_tensors(a, b)", "torch.roll(a, 1)", "a.roll(-1, 1)", "torch.roll(a, (1, 2), (0, 1))",
    "a.roll(3)", "torch.tile(a, (2,))", "torch.tile(a, (2, 1, 3))", "a.tile(2, 2)", "torch.diff(a)",
    "a.diff(dim=0)", "torch.diff(a, n=2)", "torch.diff(a, n=5)", "torch.diff(a, prepend=b)",
    "torch.diff(a, dim=0, append=b[:1])", "torch.diff(a, n=0)",
]


@pytest.mark.parametrize("expr", SMOOTH + COMBINING + REARRANGING)
def test_more_ops_print_record_and_differentiate_as_torch(expr):
    check_op(expr, A, B, C, dtype="float32", exact=False)


@pytest.mark.parametrize("expr", SMOOTH + COMBINING[:4] + REARRANGING[:3])
def test_more_ops_in_double(expr):
    check_op(expr, A, B, C, dtype="float64", exact=False)


def test_large_inputs_stay_finite():
    def program(T):
        x = T.tensor([-100.0, -30.0, 0.0, 30.0, 100.0], requires_grad=True)
        outs = [T.nn.functional.silu(x), T.nn.functional.gelu(x), T.nn.functional.softplus(x), T.erf(x)]
        grads = [T.autograd.grad(y.sum(), x)[0] for y in outs]
        # + 0.0 turns -0. into 0.: gelu(-100) is -0. from some of PyTorch's CPU kernels and 0. from
        # others, so the sign of that zero is not something to compare across machines.
        return [y + 0.0 for y in outs], grads

    same(program, exact=False)


def test_inplace_silu_and_module_reprs():
    def program(T):
        x = T.tensor([1.0, -2.0, 0.5], requires_grad=True)
        y = x * 1
        # The graph's names only: PyTorch's silu_ saves a clone of its input, this one the input before.
        z = T.nn.functional.silu(y, inplace=True)
        z = (z.detach(), z is y, z.grad_fn.name(), [n.name() for n, _ in z.grad_fn.next_functions])
        mods = [T.nn.SiLU(), T.nn.SiLU(inplace=True), T.nn.GELU(), T.nn.GELU(approximate="tanh"),
                T.nn.Softplus(), T.nn.Softplus(beta=2, threshold=10)]
        return z, [repr(m) for m in mods], T.nn.Sequential(T.nn.Linear(2, 2), T.nn.GELU()).__repr__()

    same(program)


@pytest.mark.parametrize("expr", [
    "torch.erf(torch.tensor([0, 1, -2]))", "torch.erf(torch.tensor([0.5, 1.0], dtype=torch.float64))",
    "torch.roll(torch.arange(6).reshape(2, 3), (1, 1), (0, 1))", "torch.diff(torch.tensor([1, 4, 9, 16]))",
    "torch.diff(torch.tensor([True, False, False, True]))", "torch.lerp(torch.tensor([1., 2.]), torch.tensor([3., 5.]), 0.25)",
    "torch.addcmul(torch.tensor([1, 2]), torch.tensor([1, 2]), torch.tensor([3, 4]), value=2)",
    "torch.addcdiv(torch.tensor([1, 2]), torch.tensor([1., 2.]), torch.tensor([3, 4]))",
    "torch.tile(torch.arange(3), (2, 2))", "torch.broadcast_to(torch.arange(3), (2, 3))",
    "torch.broadcast_tensors(torch.tensor(1.), torch.arange(2))",
])
def test_values_and_dtypes(expr):
    same(lambda T: eval(expr, {"torch": T}))


@pytest.mark.parametrize("expr", [
    "torch.nn.functional.gelu(torch.tensor([1, 2]))", "torch.nn.functional.silu(torch.tensor([1, 2]))",
    "torch.nn.functional.softplus(torch.tensor([1, 2]))", "torch.nn.functional.gelu(torch.ones(2), approximate='foo')",
    "torch.broadcast_to(torch.ones(3, 1), (2, 4))", "torch.broadcast_tensors(torch.ones(3, 1), torch.ones(2, 1))",
    "torch.lerp(torch.ones(3), torch.ones(3, dtype=torch.float64), 0.5)",
    "torch.lerp(torch.ones(3), torch.ones(3), torch.tensor([1, 2, 3]))",
    "torch.lerp(torch.ones(3), torch.ones(2), 0.5)", "torch.addcmul(torch.ones(3), torch.ones(4), torch.ones(5))",
    "torch.addcdiv(torch.tensor([1, 2]), torch.tensor([1, 2]), torch.tensor([1, 2]))",
    "torch.roll(torch.ones(2, 3), (1, 2), (0,))", "torch.roll(torch.ones(2, 3), (1, 2))",
    "torch.roll(torch.ones(2, 3), 1, 5)", "torch.diff(torch.tensor(1.))", "torch.tile(torch.ones(2), 2)",
    "torch.erf(2.0)",
])
def test_errors(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=(IndexError, NotImplementedError, RuntimeError, TypeError))


# ----------------------------------------------------------------------------- products, picking, grids
Z = [[1.0, 2.0, 0.0, -1.5], [3.0, 0.0, 0.0, 2.0]]  # zeros: cumprod's gradient must not divide by x
PICKING = [
    "torch.cumprod(a, 1)", "a.cumprod(0)", "a.cumprod(dim=-1)", "torch.kron(a, b)", "torch.kron(a[0], b)",
    "a.kron(b[:, :2])", "torch.masked_select(a, b > 0)", "a.masked_select(b[0] > 0)", "a[0].masked_select(b > 0)",
    "a.repeat_interleave(2)", "torch.repeat_interleave(a, 3, dim=1)", "a.repeat_interleave(2, -2)",
    "a.repeat_interleave(torch.tensor([1, 0, 2, 1]), dim=1)", "torch.repeat_interleave(a, torch.tensor(2))",
    "torch.meshgrid(a[0], b[1], indexing='ij')", "torch.meshgrid(a[0], b[1, :3], indexing='xy')",
    "torch.meshgrid([a[0, :2], b[1, :3], c[0]], indexing='xy')", "torch.meshgrid(a[0, 0], b[1], indexing='ij')",
]


@pytest.mark.parametrize("expr", PICKING)
def test_products_picking_and_grids_as_torch(expr):
    check_op(expr, Z, B, C, dtype="float32", exact=False)


@pytest.mark.parametrize("expr", PICKING[:3])
def test_cumprod_in_double_with_zeros(expr):
    check_op(expr, Z, B, C, dtype="float64", exact=False)


@pytest.mark.parametrize("expr", [
    "torch.cumprod(torch.tensor([1, 2, 3], dtype=torch.int32), 0)", "torch.cumprod(torch.tensor([True, False]), 0)",
    "torch.cumprod(torch.tensor([1., 2.]), 0, dtype=torch.float64)", "torch.kron(torch.tensor([1, 2]), torch.tensor([1., 2.]))",
    "torch.repeat_interleave(torch.tensor([1, 0, 2]))", "torch.logspace(0, 2, 3)", "torch.logspace(0, 2, 3, base=2)",
    "torch.logspace(0, 1, 4, dtype=torch.int64)", "torch.logspace(-1, 1, 5, dtype=torch.float64)",
    "torch.logspace(0, 1, 0)", "torch.meshgrid(torch.arange(2), torch.arange(3))",
    "torch.masked_select(torch.arange(4), torch.tensor([True, False, True, True]))",
    "~torch.tensor([1, -2])", "~torch.tensor([True, False])", "~torch.tensor(3, dtype=torch.uint8)",
    "torch.tensor([1, 2]).bitwise_not_()", "torch.tensor([True, False]).bitwise_not_()",
])
def test_more_values_and_warnings(expr):
    same(lambda T: eval(expr, {"torch": T}))


@pytest.mark.parametrize("expr", [
    "torch.masked_select(torch.ones(3), torch.tensor([1, 0, 1]))", "torch.masked_select(torch.ones(2, 3), torch.ones(3, 3) > 0)",
    "torch.meshgrid(torch.ones(2, 2), indexing='ij')", "torch.meshgrid(torch.ones(2), indexing='ab')",
    "torch.meshgrid(indexing='ij')", "torch.ones(3).repeat_interleave(-1)", "torch.logspace(0, 1, -1)",
    "~torch.ones(2)", "~torch.tensor(1.5, requires_grad=True)", "torch.ones(2).bitwise_not()",
    "torch.bitwise_not(torch.ones(2, dtype=torch.float64))", "torch.ones(2, dtype=torch.float16).bitwise_not_()",
])
def test_more_errors(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=(NotImplementedError, RuntimeError, TypeError))


# ----------------------------------------------------------------------------- std_mean, var_mean
PAIRS = [
    "torch.std_mean(a)", "torch.std_mean(a, 0)", "torch.std_mean(a, dim=1, keepdim=True)",
    "torch.var_mean(a)", "torch.var_mean(a, -1, correction=0)", "torch.var_mean(a, unbiased=False)",
    "torch.var_mean(a, (0, 1))", "torch.std_mean(a, [1], correction=2)",
]


@pytest.mark.parametrize("expr", PAIRS)
@pytest.mark.parametrize("use", ["spread", "mean", "both"])
def test_std_mean_and_var_mean_as_torch(expr, use):
    def program(T):
        x = T.tensor(A, dtype=T.float64, requires_grad=True)
        spread, mean = eval(expr, {"torch": T, "a": x})
        shown = (spread, mean, spread.grad_fn is mean.grad_fn, mean.grad_fn.name())
        loss = {"spread": spread.sum(), "mean": (mean * mean).sum(), "both": spread.sum() + (mean * 3).sum()}[use]
        g, = T.autograd.grad(loss, x, create_graph=True)
        gg, = T.autograd.grad((g * g).sum(), x)
        # Values only: second derivatives that are 0 come out as rounding noise of either sign.
        return shown, g.detach().numpy(), gg.numpy()

    same(program, exact=False)


# What PyTorch raises for the cases of test_std_mean_values_errors_and_warnings() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
STD_MEAN_VALUES_ERRORS_AND_WARNINGS_RAISE = {
    'torch.std_mean(torch.tensor([1, 2]))': RuntimeError,
    'torch.var_mean(torch.tensor([1, 2]))': RuntimeError,
    'torch.var_mean(torch.ones(2, 3), dim=5)': IndexError,
}


@pytest.mark.parametrize("expr", [
    "torch.std_mean(torch.tensor([1, 2]))", "torch.var_mean(torch.tensor([1, 2]))", "torch.var_mean(torch.ones(1))",
    "torch.std_mean(torch.ones(2, 3), 0, keepdim=True)", "torch.var_mean(torch.ones(2, 3), dim=5)",
])
def test_std_mean_values_errors_and_warnings(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=STD_MEAN_VALUES_ERRORS_AND_WARNINGS_RAISE.get(expr))


# ----------------------------------------------------------------------------- einsum
# PyTorch's einsum graph is a chain of permutes, views and bmm; ours is one node named as PyTorch's
# outermost: so the printed result, the outer name and every gradient are compared, not the chain.
EINSUM = [
    ("ij,jk->ik", [(2, 3), (3, 4)]), ("ij->ji", [(2, 3)]), ("ij->", [(2, 3)]), ("ij->j", [(2, 3)]),
    ("i,i->", [(3,), (3,)]), ("i,j->ij", [(3,), (4,)]), ("bij,bjk->bik", [(5, 2, 3), (5, 3, 4)]),
    ("ii->i", [(3, 3)]), ("ii", [(3, 3)]), ("ij,ij->ij", [(2, 3), (2, 3)]), ("ij,j->i", [(2, 3), (3,)]),
    ("...ij,...jk->...ik", [(5, 2, 3), (5, 3, 4)]), ("ij", [(2, 3)]), ("ij,jk", [(2, 3), (3, 4)]),
    ("b i j , j -> b i", [(2, 2, 3), (3,)]), ("ij,kj->ik", [(2, 3), (1, 3)]), ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 2)]),
    ("...j,j->...", [(2, 3), (3,)]), ("iij->j", [(2, 2, 3)]),
]


@pytest.mark.parametrize("equation,shapes", EINSUM)
def test_einsum_values_name_and_gradients_as_torch(equation, shapes):
    def program(T):
        rng = np.random.default_rng(1)
        xs = [T.tensor(rng.standard_normal(s), requires_grad=True) for s in shapes]
        y = T.einsum(equation, *xs)
        w = T.tensor(rng.standard_normal(tuple(y.shape)), dtype=y.dtype)
        grads = T.autograd.grad((y * w).sum(), xs, create_graph=True)
        # Second derivatives where the gradients depend on the inputs (not for linear equations).
        live = [g for g in grads if g.requires_grad]
        second = T.autograd.grad(sum((g * g).sum() for g in live), xs, allow_unused=True) if live else ()
        return (y.detach(), y.grad_fn.name(), [g.detach().numpy() for g in grads],
                [None if g is None else g.numpy() for g in second])

    same(program, exact=False)


def test_einsum_takes_a_list_and_integers():
    same(lambda T: (T.einsum("ij,jk->ik", [T.ones(2, 3), T.ones(3, 2)]),
                    T.einsum("i,i->", T.arange(3), T.arange(3)), T.einsum("ij->j", T.arange(6).reshape(2, 3))))


# What PyTorch raises for the cases of test_einsum_errors() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
EINSUM_ERRORS_RAISE = {
    "'ij,jk->ik', a, a": RuntimeError,
    "'ij->k', a": RuntimeError,
    "'i,i->', a[0], a[0].double()": RuntimeError,
    "'i,i->', a[0], a[0].long()": RuntimeError,
    "'ij,jk->ik', a": RuntimeError,
    "'ijk', a": RuntimeError,
    "'i,j', a[0], a[0], a[0]": RuntimeError,
}


@pytest.mark.parametrize("args", [
    "'ij,jk->ik', a, a", "'ij->k', a", "'i,i->', a[0], a[0].double()", "'i,i->', a[0], a[0].long()",
    "'i,j->ij', a[0], a[0].double()", "'i,j->ij', a[0].long(), a[0]", "'ij,jk->ik', a", "'ijk', a", "'i,j', a[0], a[0], a[0]",
])
def test_einsum_errors(args):
    same(lambda T: eval(f"T.einsum({args})", {"T": T, "a": T.ones(2, 3)}), raises=EINSUM_ERRORS_RAISE.get(args))
