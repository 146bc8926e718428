"""In-place variants against torch beyond the registry's generic check (tests/ops/test_op_registry):
on integer tensors and leaves, with tensor operands (EqBackward1, ClampMinBackward1 and the
gradients they give both operands), their dtype refusals (cumsum_(dtype=), float_power_), the
non-recorded logical ops, on views, and as torch.* functions (torch.ceil_)."""
import pytest
from ops_oracle import same

UNARY = ("ceil_ floor_ round_ trunc_ fix_ sign_ sgn_ tan_ cosh_ sinh_ asinh_ acosh_ atan_ atanh_ arcsinh_ "
         "arccosh_ arctan_ arctanh_ log10_ log2_ expm1_ exp2_ rsqrt_ logical_not_").split()
BINARY = ("clamp_min_ clamp_max_ eq_ ne_ lt_ le_ gt_ ge_ greater_ greater_equal_ less_ less_equal_ not_equal_ "
          "float_power_ heaviside_ logical_and_ logical_or_ logical_xor_ bitwise_and_ bitwise_or_ bitwise_xor_").split()
ERRORS = (RuntimeError, TypeError, NotImplementedError)
# Where PyTorch raises (the errors themselves are compared with torch's):
NO_DERIVATIVE = {"asinh_", "acosh_", "atanh_", "arcsinh_", "arccosh_", "arctanh_", "heaviside_"}  # backward raises
NOT_RECORDED = {"logical_not_", "logical_and_", "logical_or_", "logical_xor_"}  # a leaf is not refused
KEEPS_INTEGERS = {"ceil_", "floor_", "round_", "trunc_", "fix_", "sign_", "sgn_", "logical_not_"}
TENSOR_ONLY = {"heaviside_", "logical_and_", "logical_or_", "logical_xor_"}  # a number operand is refused
FLOAT_KERNEL_MISSING = {"bitwise_and_", "bitwise_or_", "bitwise_xor_"}


def _unary_raises(name, leaf):
    return ERRORS if name in NO_DERIVATIVE or (leaf and name not in NOT_RECORDED) else None


def _binary_raises(name, case):
    if case == "integers":
        return ERRORS if name == "float_power_" else None
    if name in FLOAT_KERNEL_MISSING or name in NO_DERIVATIVE or (case == "leaf" and name not in NOT_RECORDED):
        return ERRORS
    if name == "float_power_" and case != "double" or case == "number" and name in TENSOR_ONLY:
        return ERRORS
    return None


def _run(T, name, *args, dtype=None, leaf=False, **kwargs):
    a = T.tensor([1.5, 2.25, -0.5], requires_grad=True, dtype=dtype)
    x = a if leaf else a * 1
    assert getattr(x, name)(*args, **kwargs) is x
    outcome = [x._version, x.grad_fn, x.detach()]
    (x * T.tensor([3.0, 5.0, 7.0], dtype=dtype)).sum().backward()
    return outcome + [a.grad]


@pytest.mark.parametrize("leaf", [False, True], ids=["non_leaf", "leaf"])
@pytest.mark.parametrize("name", UNARY)
def test_unary_in_place_as_torch(name, leaf):
    same(lambda T: _run(T, name, leaf=leaf), raises=_unary_raises(name, leaf), exact=False)


@pytest.mark.parametrize("name", UNARY)
def test_unary_in_place_on_integers_as_torch(name):
    def program(T):
        x = T.tensor([1, -2, 3])
        return getattr(x, name)(), x._version

    same(program, raises=None if name in KEEPS_INTEGERS else RuntimeError)


@pytest.mark.parametrize("case", ["tensor", "number", "double", "integers", "leaf"])
@pytest.mark.parametrize("name", BINARY)
def test_binary_in_place_as_torch(name, case):
    def program(T):
        other = T.tensor([2.0, 0.0, 2.0])
        if case == "integers":
            x = T.tensor([1, -2, 3])
            return getattr(x, name)(T.tensor([2, 0, 3])), x._version
        if case == "number":
            return _run(T, name, 2.0)
        if case == "double":
            return _run(T, name, other, dtype=T.float64)
        return _run(T, name, other, leaf=case == "leaf")

    same(program, raises=_binary_raises(name, case), exact=False)


@pytest.mark.parametrize("name", ["clamp_min_", "clamp_max_", "eq_", "lt_", "float_power_"])
def test_tensor_operand_gets_its_gradient_as_torch(name):
    def program(T):
        a = T.tensor([1.5, 2.25, -0.5], requires_grad=True, dtype=T.float64)
        b = T.tensor([2.0, 0.0, -0.5], requires_grad=True, dtype=T.float64)  # a tie: which one gets grad
        x = a * 1
        getattr(x, name)(b)
        (x * T.tensor([3.0, 5.0, 7.0], dtype=T.float64)).sum().backward()
        return x, a.grad, b.grad

    same(program, exact=False)


@pytest.mark.parametrize("expr", ["torch.clamp_min(torch.tensor([1., 5.]), torch.tensor([[2.], [3.]]))",
                                  "torch.clamp_max(torch.tensor([1, 5]), torch.tensor([2.5]))",
                                  "torch.tensor([1, 5]).clamp_min(torch.tensor([2]))"])
def test_clamp_by_a_tensor_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}))


@pytest.mark.parametrize("expr", ["torch.clamp_min(torch.tensor([1., 5.]), torch.tensor([1., 2., 3.]))",
                                  "torch.tensor([1.5, 2.]).clamp_min_(torch.tensor([1., 2., 3.]))"])
def test_clamp_by_a_tensor_of_another_shape_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=RuntimeError)


@pytest.mark.parametrize("name", ["cumsum_", "cumprod_"])
@pytest.mark.parametrize("call", ["x.{}(0)", "x.{}(dim=-1)", "x.{}(0, dtype=torch.float32)",
                                  "x.{}(0, dtype=torch.int64)", "x.{}(0, dtype=torch.float64)", "x.{}(1)"])
@pytest.mark.parametrize("x", ["torch.tensor([1, 2, 3])", "torch.tensor([[1.5, 2.], [3., -1.]])"])
def test_scans_in_place_as_torch(name, call, x):
    def program(T):
        t = eval(x, {"torch": T})
        eval(call.format(name), {"torch": T, "x": t})
        return t, t._version

    integers = "1, 2, 3" in x
    refused = ("float32" in call and integers or "float64" in call or "int64" in call and not integers
               or "(1)" in call and integers)
    same(program, raises=(RuntimeError, IndexError) if refused else None)


@pytest.mark.parametrize("name", ["addmm_", "addmv_"])
@pytest.mark.parametrize("kwargs", [{}, {"beta": 2, "alpha": 0.5}])
@pytest.mark.parametrize("where", ["non_leaf", "leaf", "view"])
def test_matrix_products_in_place_as_torch(name, kwargs, where):
    def program(T):
        a = T.zeros(2, 2, requires_grad=True)
        m1 = T.ones(2, 3, requires_grad=True)
        x = a if where == "leaf" else a * 1
        if name == "addmv_":
            if where == "leaf":
                a = x = T.zeros(2, requires_grad=True)
            x = x[0] if where == "view" else x if where == "leaf" else x.sum(0)
            x.addmv_(m1, T.arange(3.0), **kwargs)
        else:
            x = x[:, :1] if where == "view" else x
            x.addmm_(m1, T.arange(6.0).view(3, 2)[:, :x.shape[1]], **kwargs)
        x.sum().backward()
        return x, x._version, a.grad, m1.grad

    same(program, raises=RuntimeError if where == "leaf" else None)


@pytest.mark.parametrize("expr", ["torch.fix(torch.tensor([-1.5, 2.5]))", "torch.tensor([-1.5, 2.5]).fix()",
                                  "torch.tensor([-1.5, 2.5], requires_grad=True).fix()",
                                  "torch.tensor([-1.25, 2.5]).round_(decimals=1)", "torch.ceil_(torch.tensor([1.5]))",
                                  "torch.tensor([1.5], dtype=torch.float64).float_power_(torch.tensor([2]))"])
def test_calls_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}))


@pytest.mark.parametrize("expr", ["torch.tensor([1.5]).ceil_(2)",
                                  "torch.tensor([1.5]).eq_('a')", "torch.tensor([1.5]).heaviside_(2.0)",
                                  "torch.heaviside(torch.tensor([1.]), 2.0)", "torch.tensor([1.]).heaviside(2.0)",
                                  "torch.tensor([1.5]).float_power_(2)", "torch.logical_and(torch.tensor([1.]), 2.0)",
                                  "torch.tensor([1.]).logical_or(True)", "torch.tensor([1.]).logical_xor_(2)",
                                  "torch.heaviside(torch.tensor([1.]), torch.tensor([1.], dtype=torch.float64))",
                                  "torch.tensor([1.]).heaviside_(torch.tensor([1.], dtype=torch.float64))",
                                  "torch.tensor([1.], requires_grad=True).float_power_(2)"])
def test_refusals_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=(RuntimeError, TypeError))


def test_heaviside_records_a_node_that_refuses_backward_as_torch():
    def program(T):
        a = T.tensor([1.5, 0.0], requires_grad=True)
        r = T.heaviside(a, T.tensor([0.5]))
        r.sum().backward()

    same(program, raises=RuntimeError)


@pytest.mark.parametrize("grads", ["mat", "vec", "both"])
def test_addmv_saves_what_the_wanted_gradients_need_as_torch(grads):
    def program(T):
        mat = T.ones(2, 3, requires_grad=grads != "vec")
        vec = T.arange(3.0, requires_grad=grads != "mat")
        out = T.addmv(T.zeros(2), mat, vec, alpha=2.0)
        out.sum().backward(retain_graph=True)
        return out, mat.grad, vec.grad

    same(program)


def test_comparison_in_place_then_modified_again_as_torch():
    def program(T):
        a = T.tensor([1.5, 2.25], requires_grad=True)
        x = a * 1
        x.gt_(2.0)
        x.mul_(3)
        x.sum().backward()
        return x, a.grad, x._version

    same(program)
