"""APIs real tutorials reach for early, each program's printout compared with PyTorch 2.13's:
adaptive pooling (avg/max, 1d/2d), module backward hooks (full and legacy, with PyTorch's
warnings), saved-tensor hooks, default device and accelerator, torch.sin_ and friends,
DataParallel on CPU, the profiler context managers, legacy tensor types, LazyLinear."""
import subprocess
import sys

import pytest

PROGRAMS = {
    "adaptive_pool": r'''
torch.manual_seed(0)
x = torch.randn(2, 3, 7, 5, requires_grad=True)
for m in [nn.AdaptiveAvgPool2d((3, 2)), nn.AdaptiveAvgPool2d(1), nn.AdaptiveMaxPool2d((2, 4)), nn.AdaptiveAvgPool2d((None, 3))]:
    y = m(x); print(m, y.shape, y.grad_fn.name())
    y.pow(2).sum().backward(); print(x.grad.sum(dim=(0, 1)))
    x.grad = None
print(F.adaptive_avg_pool2d(x, 2)[0, 0])
v = torch.randn(2, 3, 10, requires_grad=True)
y = nn.AdaptiveAvgPool1d(4)(v); print(y, y.grad_fn.name()); y.sum().backward(); print(v.grad)
y, i = F.adaptive_max_pool2d(x, 3, return_indices=True); print(i[0, 0])
print(nn.AdaptiveMaxPool1d(3)(v))
''',
    "backward_hooks": r'''
torch.manual_seed(0)
m = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
def h(mod, gi, go): print(type(mod).__name__, list(gi), list(go))
for l in m: l.register_full_backward_hook(h)
y = m(torch.randn(4, 3)); print(y.grad_fn.name(), y)
y.sum().backward()
def h2(mod, gi, go): print('old', type(mod).__name__, [None if g is None else tuple(g.shape) for g in gi], [tuple(g.shape) for g in go])
m2 = nn.Linear(3, 2); m2.register_backward_hook(h2)
x = torch.randn(4, 3, requires_grad=True)
z = m2(x); print(z.grad_fn.name()); z.sum().backward()
def dbl(mod, gi, go): return tuple(g * 2 for g in gi)
t = nn.Tanh(); t.register_full_backward_hook(dbl)
x = torch.ones(2, requires_grad=True); t(x).sum().backward(); print(x.grad)
try:
    t.register_backward_hook(dbl)
except RuntimeError as e:
    print(e)
''',
    "saved_tensor_hooks": r'''
def pack_hook(x):
    print("Packing", x)
    return x
def unpack_hook(x):
    print("Unpacking", x)
    return x
a = torch.ones(5, requires_grad=True)
b = torch.ones(5, requires_grad=True) * 2
with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):
    y = a * b
y.sum().backward()
print(a.grad, isinstance(y.grad_fn, torch.autograd.graph.Node))
x = torch.arange(3.0, requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(lambda t: t * 4, lambda t: t / 4):
    y = torch.pow(x, 2)
y.sum().backward(); print(x.grad, y.grad_fn._saved_self)
with torch.autograd.graph.save_on_cpu():
    z = (x * x).exp()
z.sum().backward(); print(x.grad)
''',
    "saved_tensor_hooks_custom_function": r'''
class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = x * x
        ctx.save_for_backward(x, y)
        return y
    @staticmethod
    def backward(ctx, g):
        x, y = ctx.saved_tensors
        return 2 * x * g
def pack(t):
    print("pack", t); return t * 10
def unpack(t):
    print("unpack", t); return t / 10
x = torch.tensor([1., 2.], requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    y = Sq.apply(x)
y.sum().backward(); print(x.grad)
''',
    "devices_inplace_parallel": r'''
print(torch.get_default_device(), torch.accelerator.is_available())
torch.set_default_device("cpu"); print(torch.ones(2).device)
t = torch.tensor([0.5, -1.0])
print(torch.sin_(t), t, torch.exp_(torch.zeros(2)), torch.relu_(torch.tensor([-1.0, 2.0])), torch.zero_(t))
net = nn.DataParallel(nn.Linear(2, 1))
print(net, type(net.module).__name__, net(torch.ones(3, 2)).shape)
print(torch.FloatTensor([[1, 2]]), torch.LongTensor(2).dtype, torch.ones(2).type(torch.LongTensor))
print(isinstance(torch.ones(2), torch.FloatTensor), isinstance(torch.ones(2), torch.DoubleTensor), torch.FloatTensor)
with torch.autograd.profiler.profile() as prof:
    with torch.autograd.profiler.record_function("block"):
        torch.ones(3).sum()
print(type(prof.key_averages().table()).__name__)
torch.manual_seed(0)
lazy = nn.LazyLinear(3)
print(lazy)
print(lazy(torch.ones(2, 4)).shape, lazy, lazy.weight.shape)
''',
}


def _run(impl, src):
    header = (f"import importlib\ntorch = importlib.import_module({impl!r})\n"
              "nn = importlib.import_module(torch.__name__ + '.nn')\n"
              "F = importlib.import_module(torch.__name__ + '.nn.functional')\n"
              "importlib.import_module(torch.__name__ + '.autograd.graph')\n"
              "importlib.import_module(torch.__name__ + '.autograd.profiler')\n"
              "import warnings\nwarnings.simplefilter('always')\n"
              "import sys\nwarnings.showwarning = lambda m, c, *a, **k: print('warn', c.__name__, m)\n")
    proc = subprocess.run([sys.executable, "-c", header + src], capture_output=True, text=True, timeout=120)
    crash = (proc.stderr.strip().splitlines() or [""])[-1] if proc.returncode else ""
    return proc.stdout + crash


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_prints_what_pytorch_prints(name):
    pytest.importorskip("torch")
    assert _run("autograd_tutor", PROGRAMS[name]) == _run("torch", PROGRAMS[name])
