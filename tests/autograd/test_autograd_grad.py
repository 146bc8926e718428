"""torch.autograd.grad and higher-order derivatives against torch: grad_outputs, retain_graph,
create_graph (second and third derivatives, Hessian-vector products), allow_unused, and the
errors of each misuse."""
import warnings

import pytest
from ops_oracle import printed_in_fresh_processes, same

PROGRAMS = {
    "first derivative": """
y = (x ** 3).sum()
out = torch.autograd.grad(y, x)
""",
    "second derivative": """
y = (x ** 3).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
h, = torch.autograd.grad(g.sum(), x)
out = (g, h)
""",
    "third derivative": """
y = (x.sin() * x).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
h, = torch.autograd.grad(g.sum(), x, create_graph=True)
k, = torch.autograd.grad(h.sum(), x)
out = (g, h, k)
""",
    "hessian-vector product": """
y = (x.exp() * w).sum() + (x * x * w).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
hv, = torch.autograd.grad(g, x, grad_outputs=torch.tensor([1.0, 0.0, -1.0]))
out = (g, hv)
""",
    "mixed partials": """
y = (x * w * w).sum()
gx, gw = torch.autograd.grad(y, (x, w), create_graph=True)
out = torch.autograd.grad(gx.sum(), (x, w), allow_unused=True) + (gx, gw)
""",
    "grad_outputs for a vector": """
y = x * w
out = torch.autograd.grad(y, x, grad_outputs=torch.ones(3))
""",
    "several outputs": """
a = x.sum()
b = (x * 2).sum()
out = torch.autograd.grad([a, b], [x])
""",
    "retain_graph twice": """
y = (x * x).sum()
g1 = torch.autograd.grad(y, x, retain_graph=True)
g2 = torch.autograd.grad(y, x)
out = (g1, g2)
""",
    "second call without retain_graph": """
y = (x * x).sum()
torch.autograd.grad(y, x)
torch.autograd.grad(y, x)
""",
    "grad does not touch .grad": """
y = (x * w).sum()
g = torch.autograd.grad(y, w)
out = (g, x.grad, w.grad)
""",
    "unused input": """
y = (x * 2).sum()
torch.autograd.grad(y, [x, w])
""",
    "unused input allowed": """
y = (x * 2).sum()
out = torch.autograd.grad(y, [x, w], allow_unused=True)
""",
    "unused input materialized": """
y = (x * 2).sum()
out = torch.autograd.grad(y, [x, w], materialize_grads=True)
""",
    "input does not require grad": """
c = torch.ones(3)
y = (x * c).sum()
torch.autograd.grad(y, c)
""",
    "output does not require grad": """
torch.autograd.grad(torch.ones(3).sum(), x)
""",
    "non-scalar output without grad_outputs": """
torch.autograd.grad(x * 2, x)
""",
    "grad_outputs of the wrong shape": """
torch.autograd.grad(x * 2, x, grad_outputs=torch.ones(2))
""",
    "grad with respect to an intermediate": """
h = x * 2
y = (h * h).sum()
out = torch.autograd.grad(y, h)
""",
    "create_graph result requires grad": """
y = (x * x).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
out = (g, g.requires_grad, g.is_leaf)
""",
    "linear function: second derivative is unused": """
y = (x * 3).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
out = (g, g.requires_grad)
""",
    "backward with create_graph then grad of grad": """
y = (x ** 2 * w).sum()
y.backward(create_graph=True)
gx = x.grad
z = (gx * gx).sum()
z.backward()
out = (gx, x.grad, w.grad)
""",
    "backward with inputs": """
y = (x * w).sum()
y.backward(inputs=[w])
out = (x.grad, w.grad)
""",
    "gradient of a norm twice": """
y = x.norm()
g, = torch.autograd.grad(y, x, create_graph=True)
h, = torch.autograd.grad(g[0], x)
out = (g, h)
""",
    "softmax-like expression twice": """
e = x.exp()
p = e / e.sum()
y = (p * w).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
h, = torch.autograd.grad((g * g).sum(), x)
out = (g, h)
""",
    "second derivative through matmul and relu": """
m = torch.stack([x, w, x * w])
y = (m @ w).relu().pow(2).sum() + (m.t() @ x).tanh().sum()
g, = torch.autograd.grad(y, x, create_graph=True)
h = torch.autograd.grad(g.sum(), (x, w))
out = (g, h)
""",
    "second derivative through indexing and cat": """
y = torch.cat([x[[0, 0, 2]], w[1:] * x[:2]]).pow(3).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
out = torch.autograd.grad(g.sum(), (x, w)) + (g,)
""",
    "second derivative through reductions": """
y = x.max() * w.prod() + x.var() + (x * w).logsumexp(0) + x.cumsum(0).sum() * w.mean()
g, = torch.autograd.grad(y, x, create_graph=True)
out = torch.autograd.grad(g.sum(), (x, w)) + (g,)
""",
}


# What PyTorch raises for the cases of test_autograd_grad_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
AUTOGRAD_GRAD_AS_TORCH_RAISE = {
    'second call without retain_graph': RuntimeError,
    'unused input': RuntimeError,
    'input does not require grad': RuntimeError,
    'output does not require grad': RuntimeError,
    'non-scalar output without grad_outputs': RuntimeError,
    'grad_outputs of the wrong shape': RuntimeError,
}


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_autograd_grad_as_torch(name):
    def program(T):
        env = {"torch": T, "x": T.tensor([1.0, -2.0, 0.5], requires_grad=True),
               "w": T.tensor([0.5, 2.0, -1.5], requires_grad=True), "out": None}
        with warnings.catch_warnings():
            # backward(create_graph=True) warns once per process: see the subprocess test below.
            warnings.filterwarnings("ignore", message="Using backward\\(\\) with create_graph=True")
            exec(PROGRAMS[name], env)
        out = env["out"]
        # The graphs of differentiated results may use other (equivalent) nodes than PyTorch's.
        return _values(out)
    same(program, exact=False, rtol=1e-5, atol=1e-6, raises=AUTOGRAD_GRAD_AS_TORCH_RAISE.get(name))


def _values(out):
    if isinstance(out, (tuple, list)):
        return tuple(_values(o) for o in out)
    if hasattr(out, "detach"):
        return (out.detach(), out.requires_grad)
    return out


# The graph a create_graph backward builds, node by node with saved fields and their dtypes:
# PyTorch's formulas multiply by C++ numbers (MulBackward1, AddBackward1, PowBackward0 with a
# float exponent), and some gradients are ops of their own (MseLossBackwardBackward0).
GRADIENT_GRAPHS = [
    "x ** 3", "x ** 2", "x ** 0.5", "x ** -2", "x.double() ** 3", "x.square()", "(x ** 2).mean()",
    "x.sqrt()", "x.rsqrt()", "2 ** x", "0.5 ** x", "torch.exp2(x)", "x.log1p()", "x.log2()",
    "x.log10()", "x.expm1()", "x.tan()", "x.atan()", "1 / x", "x.reciprocal()", "x / 2",
    "F.mse_loss(x, t)", "F.mse_loss(x, t, reduction='sum')", "F.mse_loss(x, t, reduction='none')",
    "F.mse_loss(x * x, t)", "F.mse_loss(t, x)", "F.mse_loss(x, w)",
]


@pytest.mark.parametrize("expr", GRADIENT_GRAPHS)
def test_create_graph_builds_torchs_graph(expr):
    def program(T):
        x = T.tensor([1.5, 2.0, 0.5], requires_grad=True)
        w = T.tensor([0.5, 2.0, -1.5], requires_grad=True)
        y = eval(expr, {"torch": T, "F": T.nn.functional, "x": x, "w": w, "t": T.ones(3)})
        g = T.autograd.grad(y.sum(), (x, w), create_graph=True, allow_unused=True)
        live = [v for v in g if v is not None and v.requires_grad]
        h = T.autograd.grad(sum(v.sum() for v in live), (x, w), create_graph=True, allow_unused=True) \
            if live else None
        return g, h
    same(program, exact=False)


def test_create_graph_through_mse_grad_output_as_torch():
    def program(T):
        x = T.tensor([1.5, 2.0, 0.5], requires_grad=True)
        v = T.tensor(2.0, requires_grad=True)
        loss = T.nn.functional.mse_loss(x * x, T.ones(3))
        g, = T.autograd.grad(loss, x, grad_outputs=v, create_graph=True)
        h = T.autograd.grad(g.sum(), (x, v), create_graph=True)
        return g, h, T.autograd.grad(h[1], x)
    same(program, exact=False)


def test_backward_with_create_graph_warns_once_per_process_as_torch():
    program = (
        "import warnings, {lib} as torch\n"
        "x = torch.ones(2, requires_grad=True)\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    for _ in range(2):\n"
        "        (x * x).sum().backward(create_graph=True)\n"
        "    torch.autograd.grad((x * x).sum(), x, create_graph=True)\n"
        "print([str(w.message) for w in caught])\n"
    )
    outputs = printed_in_fresh_processes(program)
    assert outputs[0] == outputs[1]
