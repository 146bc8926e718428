"""torch.bernoulli, Tensor.bernoulli_(p tensor) and Tensor.exponential_ draw PyTorch's numbers,
bit for bit, after the same manual_seed; their nodes and errors are PyTorch's."""
import numpy as np
import pytest
import torch
from ops_oracle import same

import autograd_tutor as at

SEEDS = [0, 3, 42, 2**32 + 5]
SIZES = [1, 2, 7, 15, 16, 17, 100]


def _both(seed, fn):
    torch.manual_seed(seed)
    t = fn(torch)
    at.manual_seed(seed)
    return t, fn(at)


def _bits_equal(t, a):
    assert tuple(t.shape) == tuple(a.shape) and str(t.dtype) == str(a.dtype)
    tn, an = t.detach().numpy(), a.detach().numpy()
    assert np.array_equal(tn.view(np.uint8), an.view(np.uint8)), f"torch {tn}\nours  {an}"


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("lambd", [1.0, 2.5, 0.3])
@pytest.mark.parametrize("seed", SEEDS)
def test_exponential_draws_pytorchs_numbers(seed, lambd, dtype):
    for n in SIZES:
        _bits_equal(*_both(seed, lambda T: T.empty(n, dtype=getattr(T, dtype)).exponential_(lambd)))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("seed", SEEDS)
def test_bernoulli_of_a_tensor_draws_pytorchs_numbers(seed, dtype):
    def draws(T):
        p = T.rand(40, dtype=getattr(T, dtype))
        return T.stack([T.bernoulli(p), p.bernoulli(), T.empty(40, dtype=T.float64).bernoulli_(p),
                        T.bernoulli(p[::2].expand(2, 20)).reshape(-1).to(p.dtype)]).to(T.float64)
    _bits_equal(*_both(seed, draws))


@pytest.mark.parametrize("seed", SEEDS)
def test_bernoulli_with_a_float_p_and_generators(seed):
    def draws(T):
        g = T.Generator().manual_seed(seed + 1)
        x = T.ones(30)
        return T.stack([T.bernoulli(x, 0.3), T.empty(30).bernoulli_(0.6, generator=g),
                        T.bernoulli(x * 0.5, generator=g), T.empty(30).exponential_(generator=g)])
    _bits_equal(*_both(seed, draws))


@pytest.mark.parametrize("program", [
    "T.bernoulli(p)", "p.bernoulli()", "T.bernoulli(p, 0.3)", "(p * 1).exponential_(2.0)",
    "(p * 1).bernoulli_(p)", "(p * 1).bernoulli_(p.detach())", "(p * 1).bernoulli_(0.5)",
])
def test_draw_nodes_are_pytorchs(program):
    def run(T):
        T.manual_seed(0)
        p = T.tensor([0.2, 0.7, 0.5], requires_grad=True)
        out = eval(program, {"T": T, "p": p})
        return out
    same(run)


def test_a_draw_has_a_zero_gradient_and_the_float_p_form_none():
    def run(T):
        T.manual_seed(0)
        p = T.tensor([0.2, 0.7], requires_grad=True)
        T.bernoulli(p).sum().backward()
        grad = p.grad.clone()
        T.bernoulli(p, 0.4).sum().backward()
        return grad
    same(run, raises=RuntimeError)
    def first(T):
        p = T.tensor([0.2, 0.7], requires_grad=True)
        T.bernoulli(p).sum().backward()
        return p.grad
    same(first)


@pytest.mark.parametrize("program", [
    "T.bernoulli(T.tensor([1.5]))", "T.bernoulli(T.tensor([-0.5]))", "T.bernoulli(T.tensor([float('nan')]))",
    "T.bernoulli(T.tensor([1, 0]))", "T.empty(2).bernoulli_(T.tensor([2.0, 0.0]))",
    "T.empty(3).bernoulli_(T.tensor([0.2, 0.7]))", "T.bernoulli(T.tensor([0.5]), 1.5)",
    "T.empty(2).exponential_(-1.0)", "T.empty(2).exponential_(0.0)",
    "T.empty(2, dtype=T.long).exponential_()",
])
def test_errors_are_pytorchs(program):
    same(lambda T: eval(program, {"T": T}), raises=(RuntimeError, NotImplementedError))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("seed", SEEDS)
def test_gamma_and_dirichlet_draw_pytorchs_numbers(seed, dtype):
    # alphas below 1 (boosted), around 1, large; then the stream goes on as PyTorch's (randn after)
    alphas = [0.05, 0.3, 0.9, 1.0, 1.5, 2.0, 5.0, 9.0, 30.0, 0.5] * 3

    def draws(T):
        a = T.tensor(alphas, dtype=getattr(T, dtype))
        return T.cat([T._standard_gamma(a), T._sample_dirichlet(a.view(6, 5)).reshape(-1),
                      T._standard_gamma(a.expand(2, 30)).reshape(-1), T.randn(5, dtype=a.dtype)])
    _bits_equal(*_both(seed, draws))


def test_gamma_edge_alphas_are_pytorchs():
    def draws(T):
        return T._standard_gamma(T.tensor([0.0, float("nan"), float("inf"), -1.0, 1e-30]))
    _bits_equal(*_both(0, draws))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_standard_gamma_grad_in_every_regime(dtype):
    # x < 0.8: a series; alpha > 8: the saddle point expansion (near x = alpha and away);
    # elsewhere the rational approximation
    rng = np.random.default_rng(0)
    alpha = np.concatenate([rng.uniform(0.05, 3, 40), rng.uniform(8, 30, 40), rng.uniform(1, 8, 40)])
    x = np.concatenate([rng.uniform(0.01, 0.8, 40), alpha[40:80] * rng.uniform(0.5, 1.5, 40),
                        rng.uniform(0.8, 20, 40)])

    def run(T):
        dt = getattr(T, dtype)
        return T._standard_gamma_grad(T.tensor(alpha, dtype=dt), T.tensor(x, dtype=dt))
    same(run, rtol=1e-12 if dtype == "float64" else 1e-6, atol=0)


def test_gamma_draws_carry_pytorchs_gradient_and_nodes():
    def run(T):
        T.manual_seed(0)
        a = T.tensor([0.5, 2.0, 9.0, 0.3], requires_grad=True)
        y = T._standard_gamma(a)
        grad, = T.autograd.grad(y.sum(), a)
        return y, grad, T._sample_dirichlet(a), T._standard_gamma_grad(a, y.detach())
    same(run)


@pytest.mark.parametrize("program", [
    "T._standard_gamma(T.tensor([1, 2]))", "T._sample_dirichlet(T.tensor([1, 2]))",
    "T.autograd.grad(T._standard_gamma_grad(p, p).sum(), p)", "T.autograd.grad(T._sample_dirichlet(p).sum(), p)",
])
def test_gamma_errors_are_pytorchs(program):
    def run(T):
        p = T.tensor([0.5, 2.0], requires_grad=True)
        return eval(program, {"T": T, "p": p})
    same(run, raises=(RuntimeError, NotImplementedError))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("seed", SEEDS)
def test_poisson_draws_pytorchs_numbers(seed, dtype):
    # rates below 10 (product of uniforms), 0, and from 10 on (transformed rejection)
    rates = [0.0, 0.5, 3.0, 9.99, 10.0, 25.0, 400.0, 1e4] * 4

    def draws(T):
        r = T.tensor(rates, dtype=getattr(T, dtype))
        return T.cat([T.poisson(r), T.poisson(r.view(4, 8).T).reshape(-1), T.randn(5, dtype=r.dtype)])
    _bits_equal(*_both(seed, draws))


def test_poisson_node_and_errors():
    def run(T):
        r = T.tensor([0.5, 20.0], requires_grad=True)
        y = T.poisson(r)
        return y, T.autograd.grad(y.sum(), r)
    same(run)
    for program in ("T.poisson(T.tensor([-1.0]))", "T.poisson(T.tensor([float('nan')]))", "T.poisson(T.tensor([1, 2]))"):
        same(lambda T: eval(program, {"T": T}), raises=(RuntimeError, NotImplementedError))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_many_gamma_and_poisson_draws(dtype):
    # enough draws that every branch and rounding step of the rejection samplers is taken often
    def draws(T):
        dt = getattr(T, dtype)
        alphas = T.linspace(0.01, 50.0, 3000, dtype=dt)
        rates = T.linspace(0.0, 2000.0, 3000, dtype=dt)
        return T.cat([T._standard_gamma(alphas), T.poisson(rates), T.randn(3, dtype=dt)])
    _bits_equal(*_both(7, draws))
