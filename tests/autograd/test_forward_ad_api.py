"""torch.autograd.forward_ad against PyTorch: dual levels, make_dual / unpack_dual, what a dual
tensor prints, in-place ops and views carrying tangents, custom Functions with ``jvp``, and the
errors (PyTorch's words). Each program runs with torch and with autograd_tutor and must print the
same (see autograd_tutor/autograd/forward_ad.py and ops/_tangents.py)."""
import warnings

import pytest
import torch
from ops_oracle import printed, same

import autograd_tutor

with warnings.catch_warnings():
    # PyTorch's first make_dual in a process loads its jvp decompositions, which warns (jit.script)
    warnings.simplefilter("ignore", DeprecationWarning)
    torch.autograd.forward_ad._maybe_load_decompositions()

HEAD = '''
import torch.autograd.forward_ad as fwAD
x = torch.tensor([1., 2., 3.])
v = torch.tensor([1., 0., 0.5])
'''


def run(body, **kwargs):
    """``body`` after HEAD, with ``torch`` standing for the library (HEAD's import too)."""
    source = HEAD.replace("import torch.autograd.forward_ad as fwAD", "fwAD = torch.autograd.forward_ad") + body
    return same(printed(source), **kwargs)


def test_dual_tensor_prints_its_tangent():
    run('''
with fwAD.dual_level() as level:
    print(level)
    d = fwAD.make_dual(x, v)
    print(d)
    print(d.sin() * 2)
    print(d.sum(), d.max(0), d.sort())
    print(d.split(2))
    print(d.double())
    big = fwAD.make_dual(torch.ones(4, 30), torch.ones(4, 30) / 3)
    print(big * 2)
    w = fwAD.make_dual(torch.ones(3, dtype=torch.float64), torch.ones(3, dtype=torch.float64))
    print(w + d)
    print(d > 1, d.argsort(), torch.argmax(d))
print(d, y := d * 1)
''')


def test_unpack_dual_namedtuple_and_views():
    run('''
with fwAD.dual_level():
    d = fwAD.make_dual(x, v)
    u = fwAD.unpack_dual(d)
    print(type(u), type(u).__name__, u)
    print(u.tangent is v, u.primal is x, u.primal._base is x, d._base is x)
    print(fwAD.unpack_dual(d.view(3, 1)).tangent._base is v)
    print(fwAD.unpack_dual(x))
    alt = fwAD.make_dual(torch.ones(2, 2), torch.tensor([[1., 2.], [3., 4.]]).T)
    print(fwAD.unpack_dual(alt).tangent, fwAD.unpack_dual(alt).tangent.is_contiguous())
    out = d * 3
print(fwAD.unpack_dual(out), out)
print(fwAD.unpack_dual(d).tangent)
''')


def test_requires_grad_primal():
    run('''
r = torch.tensor([1., 2., 3.], requires_grad=True)
with fwAD.dual_level():
    dr = fwAD.make_dual(r, v)
    print(dr)
    p = fwAD.unpack_dual(dr).primal
    print(p, p._base is r)
    y = (dr * dr).sum()
    print(y.grad_fn, y.requires_grad)
    y.backward()
    print(r.grad)
''')


def test_no_grad_and_plain_tensors():
    run('''
with fwAD.dual_level():
    d = fwAD.make_dual(x, v)
    with torch.no_grad():
        print(d * 3)
    plain = torch.tensor([2., 2., 2.])
    print(d * plain + plain, (d * plain).grad_fn)
    print(torch.stack([d, plain]), d @ torch.ones(3, 2), d.mean())
    print(torch.nn.functional.relu(d - 2), torch.where(x > 1, d, x))
    print(d.detach(), fwAD.unpack_dual(d.detach()))
    print(torch.cat([d, plain]), torch.cat([d, plain]).grad_fn)
''')


def test_in_place_ops_and_views():
    run('''
with fwAD.dual_level():
    d = fwAD.make_dual(x.clone(), v.clone())
    p = torch.zeros(3)
    p.add_(d)
    print("add_", fwAD.unpack_dual(p))
    p = torch.zeros(3)
    p.copy_(d)
    print("copy_", p)
    m = torch.zeros(3, 3)
    m[0] = d
    print("setitem", m)
    dd = fwAD.make_dual(torch.ones(3), torch.ones(3))
    dd.mul_(d)
    print("dual *= dual", dd)
    dd.mul_(2)
    print("dual *= 2", dd)
    dv = d.view(3)
    dv.mul_(2)
    print("view of dual", d, dv)
    q = torch.zeros(4)
    qv = q[:3]
    qv.add_(d)
    print("view of plain", q, qv)
    base = torch.zeros(4)
    pd = fwAD.make_dual(base[:2], torch.ones(2))
    pd.mul_(2)
    print("dual view of plain", pd, base)
    e = d.clone()
    e.eq_(2)
    print("eq_", e)
    e.unsqueeze_(0)
    print("unsqueeze_", fwAD.make_dual(torch.ones(1, 2), torch.ones(1, 2)).squeeze_(0), e)
''')


ERRORS = [
    ("fwAD.make_dual(x, v)", RuntimeError),
    ("with fwAD.dual_level():\n    fwAD.make_dual(x, torch.ones(2))", RuntimeError),
    ("with fwAD.dual_level():\n    fwAD.make_dual(x, torch.ones(3, dtype=torch.long))", ValueError),
    ("with fwAD.dual_level():\n    fwAD.make_dual(torch.tensor([1, 2]), torch.tensor([1., 2.]))", ValueError),
    ("with fwAD.dual_level():\n    fwAD.make_dual(fwAD.make_dual(x, v), v)", RuntimeError),
    ("with fwAD.dual_level():\n    fwAD.unpack_dual(3)", TypeError),
    ("with fwAD.dual_level():\n    with fwAD.dual_level():\n        pass", RuntimeError),
    ("with fwAD.dual_level():\n    fwAD.exit_dual_level(level=3)", RuntimeError),
    ("with fwAD.dual_level():\n    fwAD.make_dual(x.clone().requires_grad_(), v).add_(1)", RuntimeError),
    ("with fwAD.dual_level():\n    fwAD.make_dual(x, v) // 2", NotImplementedError),
]


@pytest.mark.parametrize("body, error", ERRORS, ids=[e[0].splitlines()[-1].strip() for e in ERRORS])
def test_errors(body, error):
    run(body, raises=error)


def test_level_lifecycle():
    run('''
level = fwAD.enter_dual_level()
d = fwAD.make_dual(x, v)
y = d * 2
fwAD.exit_dual_level()
print(level, y, fwAD.unpack_dual(y), fwAD.unpack_dual(d))
print(fwAD.enter_dual_level())
fwAD.exit_dual_level(level=0)

@fwAD.dual_level()
def f():
    return fwAD.unpack_dual(fwAD.make_dual(x, v) ** 2).tangent
print(f())
''')


FUNCTIONS = '''
class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, foo):
        result = torch.exp(foo)
        print("forward sees a tangent:", fwAD.unpack_dual(foo).tangent is not None,
              fwAD.unpack_dual(result).tangent is not None, foo)
        ctx.result = result
        return result

    @staticmethod
    def jvp(ctx, gI):
        gO = gI * ctx.result
        del ctx.result
        return gO

class Pair(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y, k):
        ctx.save_for_forward(x, y)
        ctx.k = k
        return x * y, x + k * y

    @staticmethod
    def jvp(ctx, xt, yt, kt):
        x, y = ctx.saved_tensors
        print("jvp got", xt, yt, kt)
        return xt * y + yt * x, xt + ctx.k * yt

    @staticmethod
    def backward(ctx, a, b):
        return None, None, None

class NoJvp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2

class WrongSize(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def jvp(ctx, xt):
        return xt[:1]

class TooMany(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def jvp(ctx, xt):
        return xt, xt
'''


def test_custom_function_jvp():
    run(FUNCTIONS + '''
p = torch.tensor([0., 1.], dtype=torch.double, requires_grad=True)
with fwAD.dual_level():
    d = fwAD.make_dual(p, torch.tensor([1., 2.], dtype=torch.double))
    out = Exp.apply(d)
    print(out, fwAD.unpack_dual(out).tangent)
    a, b = Pair.apply(d, torch.tensor([3., 4.], dtype=torch.double), 2.0)
    print(a, b)
    print(NoJvp.apply(torch.ones(2)))
''')


@pytest.mark.parametrize("call", ["NoJvp.apply(d)", "WrongSize.apply(d)", "TooMany.apply(d)"])
def test_custom_function_jvp_errors(call):
    run(FUNCTIONS + f'''
with fwAD.dual_level():
    d = fwAD.make_dual(x, v)
    {call}
''', raises=(RuntimeError, NotImplementedError))


def test_modules_with_dual_parameters():
    """The tutorial's "Usage with Modules": dual tensors set as a Linear's weight and bias."""
    run('''
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(5, 4), torch.nn.Tanh(), torch.nn.Linear(4, 2))
input = torch.randn(3, 5)
params = {name: p for name, p in model.named_parameters()}
tangents = {name: torch.rand_like(p) for name, p in params.items()}
with fwAD.dual_level():
    for name, p in params.items():
        module, attr = model[int(name.split(".")[0])], name.split(".")[1]
        delattr(module, attr)
        setattr(module, attr, fwAD.make_dual(p, tangents[name]))
    out = model(input)
    # .detach(): PyTorch's tangent has a history of its own here (grad_fn=<AddBackward0>), which
    # autograd_tutor's tangents do not have (docs/pytorch-differences.md)
    print(fwAD.unpack_dual(out).tangent.detach())
    print(out.grad_fn, fwAD.unpack_dual(out).primal)
''', exact=False)


class BrokenBackward0(autograd_tutor.autograd.Node):
    """An op whose backward formula fails: no tangent can be made from it."""

    def backward(self, grad):
        raise NotImplementedError("the derivative for 'broken' is not implemented.")


def test_an_op_without_a_tangent_rule_names_itself():
    import numpy as np

    from autograd_tutor.ops._record import record

    fw = autograd_tutor.autograd.forward_ad
    with fw.dual_level():
        d = fw.make_dual(autograd_tutor.ones(2, 2), autograd_tutor.ones(2, 2))
        with pytest.raises(RuntimeError, match="^Trying to use forward AD with broken that does not support "
                                               "it because it has not been implemented yet.$"):
            record(BrokenBackward0, np.ones((2, 2), np.float32), (d,))


def test_pending_output_outlives_its_level():
    """cat completes its node after record: its tangent waits for the next forward-AD step, and the
    output's grad_fn is right whenever it is read, also after the level ends before that step."""
    run('''
with fwAD.dual_level():
    d = fwAD.make_dual(x, v)
    joined = torch.cat([d, x])
    print(joined.grad_fn, joined.is_leaf, joined.requires_grad)
    late = torch.cat([d, d])
print(late.grad_fn, late)
r = x.clone().requires_grad_()
with fwAD.dual_level():
    joined = torch.cat([fwAD.make_dual(r, v), x])
    joined.sum().backward()
    print(r.grad, joined)
''')


def test_tangent_dtypes():
    """A tangent takes the promoted dtype of its output and of the tangents that made it (a float64
    tangent of a float32 primal stays float64, as in PyTorch)."""
    run('''
with fwAD.dual_level():
    d = fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([1., 1.]))
    p = torch.tensor([2., 3.], dtype=torch.float64)
    for y in (d + p, d * p, (d * 2).double(), torch.stack([d.double(), p]), d + 1, d * torch.tensor(2)):
        print(y.dtype, fwAD.unpack_dual(y).tangent)
    wide = fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([1., 1.], dtype=torch.float64))
    print(wide, wide * 2, wide.exp(), wide[0])
''')
