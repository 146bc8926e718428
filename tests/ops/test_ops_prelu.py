"""torch.prelu, Tensor.prelu, F.prelu and nn.PReLU against torch: values, first and second
derivatives for the input, the weight and the incoming gradient (one slope, or one per channel of
dim 1), the graph (ViewBackward0 of the reshaped weight, PreluKernelBackward0, the one
PreluKernelBackwardBackward0 node both gradients come from), dtypes, -0. and nan, the module's
repr and parameters, and the errors."""
import pytest
from ops_oracle import check_op, printed, same

X3 = [[[-1.0, 0.0, 2.0, -0.0], [0.5, -3.0, 1.0, -0.25], [-2.0, 4.0, -0.5, 0.0]],
      [[1.5, -1.5, -0.0, 3.0], [-4.0, 0.25, 0.0, -1.0], [2.5, -2.5, 1.0, -3.5]]]
X2 = [[-1.0, 0.0, 2.0], [-0.0, -3.0, 1.0]]
X1 = [-1.0, 0.0, 2.0, -0.0, -3.0]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("expr, arrays", [
    ("torch.prelu(a, b)", (X3, [0.25])),
    ("torch.prelu(a, b)", (X3, [0.1, -0.2, 0.3])),  # one slope per channel (dim 1)
    ("torch.prelu(a, b)", (X2, [0.1, -0.2, 0.3])),
    ("torch.prelu(a, b)", (X2, [0.5])),
    ("torch.prelu(a, b)", (X1, [0.5])),  # same rank: no reshape, no ViewBackward0
    ("torch.prelu(a, b[0])", (X2, [0.5])),  # a 0-dim slope
    ("torch.prelu(a[0, 0, 0], b)", (X3, [0.5])),  # a 0-dim input
    ("torch.prelu(a, b[0])", (-2.0, [0.5])),
    ("a.prelu(b)", (X3, [0.1, 0.2, 0.3])),
    ("torch.nn.functional.prelu(a, b)", (X3, [0.1, 0.2, 0.3])),
    ("torch.nn.functional.prelu(input=a, weight=b)", (X2, [0.75])),
    ("torch.prelu(a.unsqueeze(-1).expand(2, 3, 4, 2), b)", (X3, [0.1, 0.2, 0.3])),  # 4-D, not contiguous
])
def test_prelu_values_and_derivatives_as_torch(expr, arrays, dtype):
    check_op(expr, *arrays, dtype=dtype)


def test_prelu_at_signed_zero_nan_and_infinity():
    def program(T):
        x = T.tensor([-0.0, 0.0, float("nan"), float("inf"), -float("inf"), -1.0, 1.0], requires_grad=True)
        w = T.tensor([-0.0], requires_grad=True)
        y = T.prelu(x, w)
        gx, gw = T.autograd.grad(y, (x, w), T.tensor([1.0, -1.0, 2.0, -0.0, 0.5, -2.0, 3.0]))
        return y, gx, gw

    same(program)


def test_both_gradients_come_from_one_double_backward_node():
    same(printed("""
x = torch.tensor([[-1.0, 0.0, 2.0], [-0.0, -3.0, 1.0]], requires_grad=True)
w = torch.tensor([0.25, 0.5, 0.75], requires_grad=True)
go = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
gx, gw = torch.autograd.grad(torch.prelu(x, w), (x, w), go, create_graph=True)
print(gx, gw, gx.grad_fn.name(), gx.grad_fn.next_functions[0], len(gx.grad_fn.next_functions))
node = gw.grad_fn.next_functions[0][0].next_functions[0]
print(node[0] is gx.grad_fn, node[1], sorted(a for a in dir(gx.grad_fn) if a.startswith("_saved")))
print(gx.grad_fn._saved_weight, gx.grad_fn._saved_grad_output)
r1, r2 = torch.tensor([[0.5, 1.5, 2.5], [3.5, 4.5, 5.5]]), torch.tensor([7.0, 8.0, 9.0])
for outs, rs in (((gx,), (r1,)), ((gw,), (r2,)), ((gx, gw), (r1, r2))):
    second = torch.autograd.grad(outs, (x, w, go), rs, create_graph=True, allow_unused=True)
    print(second, [g.grad_fn for g in second])
"""))


def test_prelu_node_saves_the_reshaped_weight():
    same(printed("""
x = torch.tensor([[[-1.0, 2.0]], [[3.0, -4.0]]], requires_grad=True)
w = torch.tensor([0.5], requires_grad=True)
y = torch.prelu(x, w)
print(y, y.grad_fn.name(), y.grad_fn._saved_self, y.grad_fn._saved_weight, y.grad_fn.next_functions[1][0].name())
y.sum().backward()
print(x.grad, w.grad)
z = torch.prelu(torch.tensor([1.0, -2.0]), torch.tensor([0.5]))
print(z, z.requires_grad)
with torch.no_grad():
    print(torch.prelu(x, w))
"""))


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_prelu_keeps_the_dtype(dtype):
    same(lambda T: T.prelu(T.tensor([[-1.0, 2.0], [3.0, -4.0]], dtype=getattr(T, dtype)),
                           T.tensor([0.25, 0.5], dtype=getattr(T, dtype))))


@pytest.mark.parametrize("expr", [
    "torch.prelu(torch.ones(2, 3), torch.ones(1, 3))",
    "torch.prelu(torch.ones(2, 3), torch.ones(1, 1))",
    "torch.prelu(torch.ones(2, 3), torch.ones(4))",
    "torch.prelu(torch.ones(2, 3), torch.ones(2, 2))",
    "torch.prelu(torch.ones(2, 3), torch.ones(0))",
    "torch.prelu(torch.ones(3), torch.ones(3))",
    "torch.prelu(torch.tensor(1.0), torch.ones(3))",
    "torch.prelu(torch.tensor(1.0), torch.ones(1, 1))",
    "torch.prelu(torch.ones(2, 3), torch.ones(3, dtype=torch.float64))",
    "torch.prelu(torch.ones(2, 3), torch.ones(4, dtype=torch.float64))",
    "torch.prelu(torch.ones(2, 3, dtype=torch.float64), torch.ones(3))",
    "torch.prelu(torch.tensor([-1.0, 2.0]), torch.tensor([1]))",
    "torch.prelu(torch.tensor([-1, 2]), torch.tensor([1]))",
    "torch.prelu(torch.ones(2, 3, dtype=torch.long), torch.ones(4, dtype=torch.long))",
    "torch.prelu(torch.tensor([True]), torch.tensor([True]))",
    "torch.prelu(torch.ones(2, 3), 0.25)",
    "torch.prelu([1.0], torch.ones(1))",
    "torch.ones(2, 3).prelu(0.25)", "torch.prelu(torch.ones(2), weight=0.5)", "torch.ones(2).prelu(weight=None)", "torch.prelu(torch.ones(2), None)",
    "torch.prelu(torch.ones(2, 3), torch.ones(3), out=torch.empty(2, 3))",
    "torch.nn.PReLU(2)(torch.ones(2, 3))",
    "torch.nn.PReLU(-1)",
])
def test_prelu_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=(RuntimeError, NotImplementedError, TypeError))


def test_empty_inputs():
    same(lambda T: (T.prelu(T.ones(0, 3), T.ones(3)), T.prelu(T.ones(2, 0), T.ones(0))))


def test_prelu_module_as_torch():
    same(printed("""
m = torch.nn.PReLU()
print(m, m.num_parameters, m.init, m.weight, list(m.named_parameters()), m.state_dict())
m3 = torch.nn.PReLU(3, init=0.1)
print(m3, m3.weight, m3.extra_repr(), torch.nn.PReLU.__constants__)
print(torch.nn.PReLU(2, init=1), torch.nn.PReLU(2, init=1).weight, torch.nn.PReLU(0))
print(torch.nn.PReLU(2, dtype=torch.float64).weight)
x = torch.tensor([[[-1.0, 2.0], [0.5, -3.0], [-0.0, 1.0]]], requires_grad=True)
y = m3(x)
print(y)
y.sum().backward()
print(x.grad, m3.weight.grad)
net = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.PReLU(3))
print(net, [n for n, _ in net.named_parameters()])
m3.reset_parameters()
print(m3.weight)
"""))
