"""renorm / renorm_ and the deprecated torch.range against torch.

renorm: values for p = 1, 2, 3, 2.5 and inf along each dim (slices above maxnorm scaled by
maxnorm / (norm + 1e-7)), RenormBackward0 with its saved fields, first and second derivatives,
errors in PyTorch's order. range: values (end included, default float dtype, start + i * step),
PyTorch's deprecation warning on every call, attributed to the caller's line, and its errors."""
import warnings

import pytest
from ops_oracle import check_op, printed, same

W = [[3.0, 4.0, -1.0], [0.3, 0.4, 0.1], [6.0, -8.0, 2.0], [-0.5, 1.5, 0.25]]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("expr", [
    "a.renorm(2, 0, 1.0)", "a.renorm(1, 1, 2.0)", "torch.renorm(a, 3, 0, 1.5)", "a.renorm(2.5, -1, 4)",
    "a.renorm(float('inf'), 0, 1.0)", "a.renorm(2, 1, 5.0)", "a.renorm(p=2, dim=0, maxnorm=3.0)",
])
def test_values_and_two_derivatives_as_torch(expr, dtype):
    check_op(expr, W, dtype=dtype)


def test_nothing_scaled_passes_the_gradient_as_torch():
    # (its second derivative is zero; PyTorch's carries +0. where this one may give -0.)
    check_op("a.renorm(2, 1, 100.0)", W, second_order=False)


def test_graph_and_saved_fields_as_torch():
    same(printed("""
w = torch.tensor([[3., 4.], [0.3, 0.4], [6., 8.]], requires_grad=True)
for args in ((2, 0, 1.0), (2.5, -1, 1), (float('inf'), 0, 1.0), (1, 1, 2)):
    r = w.renorm(*args)
    g = r.grad_fn
    print(r, g.name(), g._saved_dim, g._saved_maxnorm, g._saved_p, g._saved_self, g.next_functions)
v = w.detach().clone()
print(v.renorm_(2, 0, 1.0), v)
u = w * 1
u.renorm_(2, 0, 0.5)
u.backward(torch.tensor([[1., -2.], [0.5, 3.], [2., 1.]]))
print(u, u.grad_fn.name(), u._version, w.grad)
"""))


@pytest.mark.parametrize("expr", [
    "torch.tensor([[1, 2]]).renorm(2, 0, 1.)", "w.renorm(-1, 0, -1.0)", "w.renorm(2, 5, -1.0)", "w.renorm(0, 0, 1.0)",
    "torch.ones(3).renorm(2, 5, 1.)", "w.renorm(2, 2, 1.)", "w.renorm(2, 0, 1.0, out=1)", "w.renorm_(2, 0, 1.0)",
])
def test_renorm_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "w": T.tensor([[3., 4.], [0.3, 0.4]], requires_grad=True)}),
         raises=(RuntimeError, TypeError, IndexError))


@pytest.mark.parametrize("expr", [
    "torch.range(1, 4)", "torch.range(0, 1, 0.1)", "torch.range(0, 1, 0.3)", "torch.range(1, 4, dtype=torch.int64)",
    "torch.range(4, 1, -1)", "torch.range(0.5, 3.7)", "torch.range(1, 4, requires_grad=True)",
    "torch.range(1, 4, dtype=torch.float64)", "torch.range(0, 2**25, 2**24)", "torch.range(torch.tensor(1), 3)",
    "torch.range(0, -0.35, -0.1)", "torch.range(0.1, 0.9, 0.1)", "torch.range(0, 1, 1 / 3)",
    "torch.range(-1, 1, 0.2, dtype=torch.float64)", "torch.range(1.7, 5.2, 1, dtype=torch.int64)",
    "torch.range(start=0, end=3, step=1.5)", "torch.range(0, 3, out=torch.empty(4))",
])
def test_range_values_and_warning_as_torch(expr):
    def program(T):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = eval(expr, {"torch": T})
        return result, [(str(w.message), w.category.__name__, w.filename, w.lineno) for w in caught]

    same(program)


@pytest.mark.parametrize("expr", [
    "torch.range(1, 4, -1)", "torch.range(1, 4, 0)", "torch.range(1, float('inf'))", "torch.range(1)",
    "torch.range(1, 4, dtype=torch.int64, requires_grad=True)", "torch.range([1], 3)",
])
def test_range_errors_as_torch(expr):
    def program(T):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return eval(expr, {"torch": T})

    same(program, raises=(RuntimeError, TypeError))
