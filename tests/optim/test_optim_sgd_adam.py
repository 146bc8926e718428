"""SGD and Adam against PyTorch: parameters after several steps for every option, parameter
groups, state and state_dict, repr, zero_grad, closures, hooks, errors and warnings."""
import numpy as np
import pytest
from ops_oracle import same

W0 = np.linspace(-1, 1, 6).reshape(2, 3)
B0 = np.array([0.5, -0.25])
X = np.linspace(-2, 2, 12).reshape(4, 3)
Y = np.array([0.5, -1.0, 2.0, 0.0])


def train(T, make_optimizer, steps=6, dtype="float32", zero_to_none=True):
    """A small regression trained with the optimizer; returns what each step left behind."""
    dt = getattr(T, dtype)
    w = T.tensor(W0, dtype=dt, requires_grad=True)
    b = T.tensor(B0, dtype=dt, requires_grad=True)
    x, y = T.tensor(X, dtype=dt), T.tensor(Y, dtype=dt)
    opt = make_optimizer(T, w, b)
    history = []
    for _ in range(steps):
        opt.zero_grad(set_to_none=zero_to_none)
        pred = (x * w[0]).sum(1) + b[0] * (x * w[1]).sum(1).tanh() + b[1]
        loss = ((pred - y) ** 2).mean()
        loss.backward()
        opt.step()
        history.append((loss.detach().clone(), w.detach().clone(), b.detach().clone()))
    return history, repr(opt), str(opt.state_dict()), [p.grad for p in (w, b)]


SGD_OPTIONS = [
    dict(lr=0.05), dict(lr=0.05, momentum=0.9), dict(lr=0.05, momentum=0.9, dampening=0.5),
    dict(lr=0.05, momentum=0.9, nesterov=True), dict(lr=0.05, weight_decay=0.1),
    dict(lr=0.02, momentum=0.8, dampening=0.1, weight_decay=0.05), dict(lr=0.05, maximize=True),
    dict(lr=0.03, momentum=0.5, nesterov=True, weight_decay=0.2, maximize=True), dict(),
]
ADAM_OPTIONS = [
    dict(), dict(lr=0.1), dict(lr=0.05, betas=(0.8, 0.9)), dict(lr=0.05, eps=1e-3), dict(lr=0.05, weight_decay=0.1),
    dict(lr=0.05, amsgrad=True), dict(lr=0.05, maximize=True), dict(lr=0.05, weight_decay=0.1, amsgrad=True, maximize=True),
    dict(lr=0.05, weight_decay=0.1, decoupled_weight_decay=True),
]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("options", SGD_OPTIONS, ids=str)
def test_sgd_steps_as_torch(options, dtype):
    same(lambda T: train(T, lambda T, w, b: T.optim.SGD([w, b], **options), dtype=dtype), exact=False)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("options", ADAM_OPTIONS, ids=str)
def test_adam_steps_as_torch(options, dtype):
    same(lambda T: train(T, lambda T, w, b: T.optim.Adam([w, b], **options), dtype=dtype), exact=False,
         rtol=1e-4, atol=1e-5)


RMSPROP_OPTIONS = [
    dict(), dict(lr=0.05, alpha=0.9), dict(lr=0.05, momentum=0.8), dict(lr=0.05, centered=True),
    dict(lr=0.05, centered=True, momentum=0.5, weight_decay=0.1, maximize=True, eps=1e-4),
]
ADAMW_OPTIONS = [dict(), dict(lr=0.05, weight_decay=0.2, amsgrad=True), dict(lr=0.05, maximize=True)]


@pytest.mark.parametrize("options", RMSPROP_OPTIONS, ids=str)
def test_rmsprop_steps_as_torch(options):
    same(lambda T: train(T, lambda T, w, b: T.optim.RMSprop([w, b], **options)), exact=False, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("options", ADAMW_OPTIONS, ids=str)
def test_adamw_steps_as_torch(options):
    same(lambda T: train(T, lambda T, w, b: T.optim.AdamW([w, b], **options)), exact=False, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("name", ["SGD", "Adam"])
def test_parameter_groups_as_torch(name):
    def make(T, w, b):
        extra = {"momentum": 0.9} if name == "SGD" else {"betas": (0.5, 0.6)}
        return getattr(T.optim, name)([{"params": [w]}, {"params": b, "lr": 0.01, **extra}], lr=0.1)

    same(lambda T: train(T, make), exact=False, rtol=1e-4, atol=1e-5)


def test_zero_grad_to_zeros_keeps_the_grad_tensors():
    same(lambda T: train(T, lambda T, w, b: T.optim.SGD([w, b], lr=0.1, momentum=0.5), zero_to_none=False),
         exact=False)


def test_named_parameters_and_closure_as_torch():
    def program(T):
        layer = T.nn.Linear(3, 1)
        with T.no_grad():
            layer.weight.copy_(T.tensor([[0.1, -0.2, 0.3]]))
            layer.bias.fill_(0.5)
        opt = T.optim.SGD(layer.named_parameters(), lr=0.1)
        x = T.tensor(X, dtype=T.float32)

        def closure():
            opt.zero_grad()
            loss = layer(x).pow(2).mean()
            loss.backward()
            return loss

        losses = [opt.step(closure) for _ in range(3)]
        return losses, layer.weight, opt.state_dict()["param_groups"]

    same(program, exact=False)


def test_load_state_dict_continues_like_torch():
    def program(T):
        history = []
        w = T.tensor(W0, requires_grad=True)
        first = T.optim.Adam([w], lr=0.1)
        for _ in range(2):
            first.zero_grad()
            (w ** 2).sum().backward()
            first.step()
        second = T.optim.Adam([w], lr=0.5)
        second.load_state_dict(first.state_dict())
        for _ in range(2):
            second.zero_grad()
            (w ** 2).sum().backward()
            second.step()
            history.append(w.detach().clone())
        return history, repr(second), second.state[w]["step"]

    same(program, exact=False, rtol=1e-4)


# What PyTorch raises for the cases of test_errors_warnings_and_printing_as_torch() that fail: declared, so the oracle
# compares those errors (type and message) and no other error passes unnoticed.
ERRORS_WARNINGS_AND_PRINTING_AS_TORCH_RAISE = {
    'optim.SGD(p)': TypeError,
    'optim.SGD([])': ValueError,
    'optim.SGD([1])': TypeError,
    'optim.SGD([p * 2])': ValueError,
    'optim.SGD([p], lr=-1)': ValueError,
    "optim.SGD([{'params': {p}}])": TypeError,
    "optim.SGD([{'params': p}, {'params': [p]}])": ValueError,
    'optim.SGD([p], nesterov=True)': ValueError,
    'optim.SGD([p], momentum=0.9, dampening=0.1, nesterov=True)': ValueError,
    'optim.SGD([p], momentum=-1)': ValueError,
    'optim.SGD([p], weight_decay=-1)': ValueError,
    'optim.SGD([np.ones(2)], lr=0.1)': TypeError,
    "optim.SGD([{'lr': 1}])": KeyError,
    'optim.SGD([p], lr=0.1).add_param_group([p])': TypeError,
    'optim.SGD([p], lr=torch.tensor([0.1, 0.2]))': ValueError,
    'optim.Adam([p], betas=(1.0, 0.9))': ValueError,
    'optim.Adam([p], eps=-1)': ValueError,
    'optim.Adam([p], betas=(0.9, 1))': ValueError,
    'optim.Adam([p], lr=-0.1)': ValueError,
    'optim.Adam([p], weight_decay=-0.1)': ValueError,
    'optim.Adam([p], betas=(0.9, 1.0))': ValueError,
    'optim.Adam([p], betas=(0.9, torch.tensor(0.9)))': ValueError,
    "optim.SGD([('a', p), q])": ValueError,
    "optim.SGD([{'params': [('a', p)]}, {'params': [q]}])": ValueError,
    'optim.Optimizer([p], {}).step()': NotImplementedError,
    "optim.SGD([p]).load_state_dict({'state': {}, 'param_groups': []})": ValueError,
    'optim.RMSprop([p], alpha=-1)': ValueError,
    'optim.RMSprop([p], momentum=-1)': ValueError,
    'optim.SGD([p, q]).load_state_dict(optim.SGD([p]).state_dict())': ValueError,
}


@pytest.mark.parametrize("expr", [
    "optim.SGD(p)", "optim.SGD([])", "optim.SGD([1])", "optim.SGD([p * 2])", "optim.SGD([p], lr=-1)",
    "optim.SGD([{'params': {p}}])", "optim.SGD([p, p])", "optim.SGD([{'params': p}, {'params': [p]}])",
    "optim.SGD([p], nesterov=True)", "optim.SGD([p], momentum=0.9, dampening=0.1, nesterov=True)",
    "optim.SGD([p], momentum=-1)", "optim.SGD([p], weight_decay=-1)", "optim.SGD([np.ones(2)], lr=0.1)",
    "optim.SGD([{'lr': 1}])", "optim.SGD([p], lr=0.1).add_param_group([p])",
    "optim.SGD([p], lr=torch.tensor([0.1, 0.2]))", "optim.Adam([p], betas=(1.0, 0.9))", "optim.Adam([p], eps=-1)",
    "optim.Adam([p], betas=(0.9, 1))", "optim.Adam([p], lr=-0.1)", "optim.Adam([p], weight_decay=-0.1)",
    "optim.Adam([p], betas=(0.9, 1.0))", "optim.Adam([p], betas=(0.9, torch.tensor(0.9)))",
    "optim.SGD([('a', p), q])", "optim.SGD([{'params': [('a', p)]}, {'params': [q]}])",
    "repr(optim.SGD([p], lr=0.1))", "repr(optim.Adam([p]))", "repr(optim.SGD([{'params': [p]}, {'params': [q], 'lr': 1}], lr=0.5))",
    "optim.SGD([p], 0.1).state_dict()", "optim.Adam([{'params': [p]}, {'params': [q], 'amsgrad': True}]).param_groups[1]",
    "optim.Optimizer([p], {}).step()", "type(optim.SGD([p]).state).__name__", "optim.SGD([p]).defaults",
    "optim.SGD([p]).load_state_dict({'state': {}, 'param_groups': []})", "repr(optim.AdamW([p]))",
    "repr(optim.RMSprop([p]))", "optim.RMSprop([p], alpha=-1)", "optim.RMSprop([p], momentum=-1)",
    "optim.SGD([p, q]).load_state_dict(optim.SGD([p]).state_dict())",
])
def test_errors_warnings_and_printing_as_torch(expr):
    def program(T):
        ns = {"torch": T, "optim": T.optim, "np": np, "p": T.nn.Parameter(T.ones(2)), "q": T.ones(3, requires_grad=True)}
        return eval(expr, ns)

    same(program, raises=ERRORS_WARNINGS_AND_PRINTING_AS_TORCH_RAISE.get(expr))


def test_step_hooks_and_custom_optimizer_as_torch():
    def program(T):
        class HalfStep(T.optim.Optimizer):
            def __init__(self, params, lr=0.1):
                super().__init__(params, {"lr": lr})

            def step(self, closure=None):
                for group in self.param_groups:
                    for p in group["params"]:
                        if p.grad is not None:
                            self.state[p]["seen"] = self.state[p].get("seen", 0) + 1
                            with T.no_grad():  # as optimizers do: the step is not recorded
                                p.add_(p.grad, alpha=-group["lr"] / 2)

        w = T.tensor([1.0, -2.0], requires_grad=True)
        opt = HalfStep([w])
        calls = []
        handle = opt.register_step_post_hook(lambda o, args, kwargs: calls.append("post"))
        opt.register_step_pre_hook(lambda o, args, kwargs: calls.append("pre"))
        (w ** 2).sum().backward()
        opt.step()
        handle.remove()
        opt.step()
        return w, calls, opt.state_dict(), w.requires_grad, w.is_leaf

    same(program, exact=False)


@pytest.mark.parametrize("options", SGD_OPTIONS, ids=str)
def test_sgd_updates_are_bit_identical_to_torch(options):
    """PyTorch adds with alpha as a fused multiply-add (one rounding); so must SGD, or float32
    parameters drift from PyTorch's in the last bit (about 2% of them per step here)."""
    import torch

    import autograd_tutor

    rng = np.random.default_rng(7)
    start = rng.standard_normal(1000).astype(np.float32)
    grads = [rng.standard_normal(1000).astype(np.float32) for _ in range(5)]

    def run(T):
        p = T.tensor(start, requires_grad=True)
        opt = T.optim.SGD([p], **options)
        for g in grads:
            p.grad = T.tensor(g)
            opt.step()
        return p.detach().numpy()

    np.testing.assert_array_equal(run(autograd_tutor), run(torch))


def test_sgd_of_a_float32_array_with_its_own_dtype_object_is_bit_identical_to_torch():
    """The float32 check compares dtypes with ``==``: an equal dtype object that is not NumPy's
    usual one (an unpickled array's, shared by ``from_numpy``) gets the same fused rounding."""
    import pickle

    import torch

    import autograd_tutor

    rng = np.random.default_rng(10)
    start = rng.standard_normal(1000).astype(np.float32)
    grads = [rng.standard_normal(1000).astype(np.float32) for _ in range(3)]

    def run(T):
        p = T.from_numpy(pickle.loads(pickle.dumps(start))).requires_grad_()
        if T is autograd_tutor:
            assert p._data.dtype == np.float32 and p._data.dtype is not np.dtype(np.float32)
        opt = T.optim.SGD([p], lr=0.01)
        for g in grads:
            p.grad = T.tensor(g)
            opt.step()
        return p.detach().numpy()

    np.testing.assert_array_equal(run(autograd_tutor), run(torch))


@pytest.mark.parametrize("lrs", [(0.01, 0.01, 0.02, 0.01), (0.0, -0.0, 0.0), (-0.0, 0.0), (1e-45, 1e-46, 1e-45)], ids=str)
def test_sgd_with_changing_lr_is_bit_identical_to_torch(lrs):
    """The float32 alpha of the last step is kept for the next (_fused._exact_alpha): a changed lr
    must not reuse it, nor may 0. and -0. (equal, with different signed zeros in the result), nor
    values whose float32 underflows. A negative lr is refused, so alpha = -lr is 0. or -0. here."""
    import torch

    import autograd_tutor

    start = np.array([0.0, -0.0, 1.0, -1.0, 3e-45, -3e-45], np.float32)
    grads = np.array([1.0, -1.0, 0.0, -0.0, 1.0, -1.0], np.float32)

    def run(T):
        p = T.tensor(start, requires_grad=True)
        opt = T.optim.SGD([p], lr=lrs[0])
        bits = []
        for lr in lrs:
            opt.param_groups[0]["lr"] = lr
            p.grad = T.tensor(grads)
            opt.step()
            bits.append(p.detach().numpy().view(np.uint32).tolist())
        return bits

    assert run(autograd_tutor) == run(torch)


def test_sgd_above_the_exact_limit_stays_within_one_float32_rounding_of_torch():
    """Large parameters take the plain float32 update: at most one rounding away from PyTorch."""
    import torch

    import autograd_tutor
    from autograd_tutor.optim._fused import EXACT_LIMIT

    rng = np.random.default_rng(8)
    start = rng.standard_normal(EXACT_LIMIT + 1).astype(np.float32)
    grad = rng.standard_normal(EXACT_LIMIT + 1).astype(np.float32)

    def run(T):
        p = T.tensor(start, requires_grad=True)
        opt = T.optim.SGD([p], lr=0.01)
        p.grad = T.tensor(grad)
        opt.step()
        return p.detach().numpy()

    ours, theirs = run(autograd_tutor), run(torch)
    # Two roundings instead of one: off by at most a float32 rounding of the operands' size.
    bound = np.finfo(np.float32).eps * (np.abs(start) + np.abs(0.01 * grad))
    assert np.all(np.abs(ours.astype(np.float64) - theirs) <= bound)
    assert not np.array_equal(ours, theirs)  # the plain update is really in use above the limit


@pytest.mark.parametrize("options", [dict(), dict(betas=(0.3, 0.9)), dict(betas=(0.6, 0.99), weight_decay=0.1)], ids=str)
def test_adam_moments_are_bit_identical_to_torch(options):
    """The running averages use PyTorch's fused lerp (one rounding) for both weight branches.
    (Parameters are compared only within tolerance: PyTorch's float32 sqrt comes from MKL and is
    not always correctly rounded, so the last bit of the update may differ.)"""
    import torch

    import autograd_tutor

    rng = np.random.default_rng(9)
    start = rng.standard_normal(1000).astype(np.float32)
    grads = [rng.standard_normal(1000).astype(np.float32) for _ in range(4)]

    def run(T):
        p = T.tensor(start, requires_grad=True)
        opt = T.optim.Adam([p], lr=0.01, **options)
        opt.step()  # no gradient yet: nothing happens
        for g in grads:
            p.grad = T.tensor(g)
            opt.step()
            p.data = T.tensor(start)  # the same parameters each step: only the moments differ
        state = opt.state[p]
        return state["exp_avg"].numpy(), state["exp_avg_sq"].numpy()

    for ours, theirs in zip(run(autograd_tutor), run(torch)):
        np.testing.assert_array_equal(ours, theirs)


@pytest.mark.parametrize("name, options", [
    ("SGD", dict(lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.1, maximize=True)),
    ("SGD", dict(lr=0.1)),
    ("Adam", dict(lr=0.1, weight_decay=0.1, amsgrad=True, maximize=True)),
    ("AdamW", dict(lr=0.1)),
    ("RMSprop", dict(lr=0.1, momentum=0.5, centered=True, weight_decay=0.1, maximize=True)),
    ("Adagrad", dict(lr=0.1, weight_decay=0.1, maximize=True)),
], ids=lambda v: v if isinstance(v, str) else "")
def test_scalar_parameters_step_as_torch(name, options):
    """0-dim parameters (``w = torch.tensor(1.5, requires_grad=True)``): NumPy turns 0-dim
    results into scalars, which the in-place updates must not trip over."""
    import torch

    import autograd_tutor

    def run(T):
        p = T.tensor(1.5, requires_grad=True)
        opt = getattr(T.optim, name)([p], **options)
        for _ in range(3):
            opt.zero_grad()
            (p ** 3).backward()
            opt.step()
        return repr(p), {k: repr(v) for k, v in opt.state[p].items()}

    assert run(autograd_tutor) == run(torch)
