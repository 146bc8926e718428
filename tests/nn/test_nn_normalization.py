"""layer_norm / batch_norm and nn.LayerNorm / BatchNorm1d / BatchNorm2d against torch: values,
node names and saved fields, first and second derivatives, running statistics over several
training steps, eval outputs, reprs, state_dict keys and errors."""
import numpy as np
import pytest
from ops_oracle import check_op, printed, same

F = "torch.nn.functional"
X = np.random.default_rng(1).standard_normal((4, 3)).round(3).tolist()
X3 = np.random.default_rng(2).standard_normal((2, 3, 4)).round(3).tolist()
X4 = np.random.default_rng(3).standard_normal((2, 3, 2, 2)).round(3).tolist()
W3 = [0.5, -1.2, 2.0]
B3 = [0.1, 0.3, -0.4]
W4 = [1.5, -0.5, 0.25, 2.0]

CASES = [
    (f"{F}.layer_norm(a, (3,))", X),
    (f"{F}.layer_norm(a, (3,), b, c)", X, W3, B3),
    (f"{F}.layer_norm(a, [4], b, None, 1e-3)", X3, W4),
    (f"{F}.layer_norm(a, (3, 4))", X3),
    (f"{F}.batch_norm(a, None, None, b, c, True)", X, W3, B3),
    (f"{F}.batch_norm(a, None, None, training=True)", X3),
    (f"{F}.batch_norm(a, None, None, b, c, training=True, eps=1e-3)", X4, W3, B3),
    (f"{F}.batch_norm(a, torch.zeros(3, dtype=a.dtype), torch.ones(3, dtype=a.dtype), b, c, True)", X, W3, B3),
    (f"{F}.batch_norm(a, torch.tensor(b).detach() * 0.1, torch.tensor(c).detach().abs() + 0.5, b, c)", X, W3, B3),
    (f"{F}.batch_norm(a, torch.full((3,), 0.2, dtype=a.dtype), torch.full((3,), 2.0, dtype=a.dtype))", X4),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_functional_against_torch(case, dtype):
    check_op(case[0], *case[1:], dtype=dtype, rtol=1e-4, atol=1e-5)


def test_saved_fields_and_eval_node():
    same(printed("""
x = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]], requires_grad=True)
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor([0.0, 0.5, -0.5], requires_grad=True)
y = torch.nn.functional.layer_norm(x, (3,), w, b)
g = y.grad_fn
print(type(g).__name__, g._saved_normalized_shape, g._saved_result1.shape, g._saved_result2.shape)
print(sorted(d for d in dir(g) if d.startswith('_saved')))
rm, rv = torch.zeros(3), torch.ones(3)
z = torch.nn.functional.batch_norm(x, rm, rv, w, b, training=True)
g = z.grad_fn
print(type(g).__name__, g._saved_eps, g._saved_training, g._saved_result1, g._saved_result2)
print(sorted(d for d in dir(g) if d.startswith('_saved')), rm, rv)
e = torch.nn.functional.batch_norm(x, rm, rv, w, b)
print(type(e.grad_fn).__name__, e.grad_fn._saved_training, e.grad_fn._saved_result1, e)
e.sum().backward()
print(x.grad, w.grad, b.grad)
"""), exact=False)


def test_modules_repr_and_state_dict():
    same(printed("""
for m in [torch.nn.LayerNorm(3), torch.nn.LayerNorm((2, 3), elementwise_affine=False, eps=1e-3),
          torch.nn.LayerNorm(4, bias=False), torch.nn.BatchNorm1d(3), torch.nn.BatchNorm2d(5, momentum=None),
          torch.nn.BatchNorm1d(2, affine=False, track_running_stats=False), torch.nn.BatchNorm2d(2, bias=False)]:
    print(m, list(m.state_dict()), [tuple(p.shape) for p in m.parameters()])
print(torch.nn.BatchNorm1d(3).state_dict())
"""))


@pytest.mark.parametrize("momentum", ["0.1", "0.3", "None"])
@pytest.mark.parametrize("kind,shape", [("BatchNorm1d", (6, 3)), ("BatchNorm1d", (4, 3, 5)), ("BatchNorm2d", (2, 3, 4, 4))])
def test_running_stats_train_then_eval(kind, shape, momentum):
    same(printed(f"""
torch.manual_seed(0)
bn = torch.nn.{kind}(3, momentum={momentum})
with torch.no_grad():
    bn.weight.copy_(torch.tensor([0.5, 1.5, -1.0]))
    bn.bias.copy_(torch.tensor([0.1, 0.0, -0.2]))
for step in range(4):
    x = (torch.arange({np.prod(shape)}, dtype=torch.float32).reshape{shape} * (0.37 + step) % 1.9 - 0.8)
    x.requires_grad_()
    y = bn(x)
    (y * y).sum().backward()
    print(step, bn.running_mean, bn.running_var, bn.num_batches_tracked, x.grad.sum(1), bn.weight.grad)
    bn.weight.grad = None
bn.eval()
x = (torch.arange({np.prod(shape)}, dtype=torch.float32).reshape{shape} * 0.61 % 1.3)
print(bn(x), bn.running_mean)
print(bn.state_dict())
"""), exact=False)


def test_no_tracking_uses_batch_stats_in_eval():
    same(printed("""
bn = torch.nn.BatchNorm1d(2, track_running_stats=False, affine=False)
bn.eval()
x = torch.tensor([[1.0, 2.0], [3.0, 5.0], [0.5, -1.0]])
print(bn(x), bn.running_mean, bn.num_batches_tracked)
"""), exact=False)


def test_errors():
    same(printed("""
for f in [lambda: torch.nn.BatchNorm1d(3)(torch.randn(1, 3)),
          lambda: torch.nn.functional.batch_norm(torch.randn(1, 3, 1), None, None, training=True),
          lambda: torch.nn.BatchNorm2d(3)(torch.randn(3, 4)),
          lambda: torch.nn.BatchNorm1d(3)(torch.randn(3, 3, 2, 2)),
          lambda: torch.nn.functional.layer_norm(torch.randn(2, 3), (4,)),
          lambda: torch.nn.LayerNorm((2, 3))(torch.randn(3))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
bn = torch.nn.BatchNorm1d(3)
bn.eval()
print(bn(torch.ones(1, 3)))
"""), exact=False)


EDGES = {
    "eval_without_running_stats": """
try:
    print(torch.nn.functional.batch_norm(torch.ones(3, 2), None, None))
except Exception as e:
    print(type(e).__name__, e)
""",
    "layer_norm_module_grads": """
m = torch.nn.LayerNorm(3)
x = torch.tensor([[1.0, 2.0, 4.0], [0.5, -1.0, 3.0]], requires_grad=True)
y = m(x)
(y * torch.tensor([1.0, -2.0, 0.5])).sum().backward()
print(y, x.grad, m.weight.grad, m.bias.grad)
""",
    "load_state_dict": """
a = torch.nn.BatchNorm1d(2)
a(torch.tensor([[1.0, 2.0], [3.0, 7.0]]))
b = torch.nn.BatchNorm1d(2)
print(b.load_state_dict(a.state_dict()), b.running_mean, b.num_batches_tracked)
b.eval()
print(b(torch.tensor([[1.0, 2.0]])))
""",
    "double_module": """
bn = torch.nn.BatchNorm1d(2).double()
print(bn.running_mean.dtype, bn.num_batches_tracked.dtype)
x = torch.tensor([[1.0, 2.0], [3.0, 7.0], [0.0, 1.0]], dtype=torch.float64, requires_grad=True)
print(bn(x), bn.running_var)
""",
    "no_grad_still_updates": """
bn = torch.nn.BatchNorm2d(1)
with torch.no_grad():
    y = bn(torch.arange(8.0).reshape(2, 1, 2, 2))
print(y, y.requires_grad, bn.running_mean, bn.running_var)
""",
}


@pytest.mark.parametrize("name", list(EDGES))
def test_edges(name):
    same(printed(EDGES[name]), exact=False)
