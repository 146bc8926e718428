"""kl_divergence against torch.distributions.kl_divergence for every pair implemented: values,
graphs and gradients with respect to both distributions' parameters, infinities where the
supports differ, the errors for pairs without a formula, and register_kl's dispatch.

float32 cases compare numbers to 1e-5 relative and printed forms by their numbers: the
parameters go through ``exp``, whose float32 result is NumPy's, sometimes an ulp or two from
PyTorch's (a difference of the core's exp, measured here at up to 4 ulps after the KL formula).
float64 cases compare printed forms exactly."""
import pytest
from distribution_oracle import TOLERANCE, describe, distributions
from ops_oracle import same

# (p, q) as source text over T (the library) and D (its distributions), parameters requiring grad
PAIRS = [
    ("D.Normal(a, b.exp())", "D.Normal(c, d.exp())"),
    ("D.Normal(a, b.exp())", "D.Normal(0.0, 1.0)"),
    ("D.Bernoulli(a.sigmoid())", "D.Bernoulli(logits=c)"),
    ("D.Bernoulli(logits=a)", "D.Bernoulli(T.tensor([0.0, 1.0, 0.5]))"),
    ("D.Bernoulli(T.tensor([0.0, 1.0, 0.5]))", "D.Bernoulli(T.tensor([0.0, 0.0, 1.0]))"),
    ("D.Categorical(logits=a)", "D.Categorical(logits=c)"),
    ("D.Categorical(probs=a.softmax(-1))", "D.Categorical(T.tensor([0.0, 0.5, 0.5]))"),
    ("D.Categorical(T.tensor([0.0, 0.5, 0.5]))", "D.Categorical(probs=c.softmax(-1))"),
    ("D.Uniform(a, a + b.exp())", "D.Uniform(a - 1.0, a + 5.0)"),
    ("D.Uniform(a, a + 1.0)", "D.Uniform(c, c + 0.5)"),
    ("D.Exponential(a.exp())", "D.Exponential(c.exp())"),
    ("D.Exponential(a.exp())", "D.Normal(c, d.exp())"),
    ("D.Exponential(a.exp())", "D.Uniform(c, c + 1.0)"),
    ("D.Normal(a, b.exp())", "D.Exponential(c.exp())"),
    ("D.Normal(a, b.exp())", "D.Uniform(c, c + 1.0)"),
    ("D.Uniform(a, a + 1.0)", "D.Normal(c, d.exp())"),
    ("D.Uniform(a.exp(), a.exp() + 1.0)", "D.Exponential(c.exp())"),
    ("D.Uniform(a, a + 1.0)", "D.Exponential(c.exp())"),
    ("D.Gamma(a.exp(), b.exp())", "D.Gamma(c.exp(), d.exp())"),
    ("D.Beta(a.exp(), b.exp())", "D.Beta(c.exp(), d.exp())"),
    ("D.Dirichlet(a.exp())", "D.Dirichlet(c.exp())"),
    ("D.Dirichlet(T.stack([a, b]).exp())", "D.Dirichlet(c.exp())"),
    ("D.Beta(a.exp(), b.exp())", "D.Exponential(c.exp())"),
    ("D.Beta(a.exp(), b.exp())", "D.Gamma(c.exp(), d.exp())"),
    ("D.Beta(a.exp(), b.exp())", "D.Normal(c, d.exp())"),
    ("D.Beta(a.exp(), b.exp())", "D.Uniform(c.clamp(max=0.0), 1.0 + d.exp())"),
    ("D.Beta(a.exp(), b.exp())", "D.Uniform(0.1, 1.0)"),
    ("D.Exponential(a.exp())", "D.Gamma(c.exp(), d.exp())"),
    ("D.Exponential(a.exp())", "D.Beta(c.exp(), d.exp())"),
    ("D.Gamma(a.exp(), b.exp())", "D.Beta(c.exp(), d.exp())"),
    ("D.Gamma(a.exp(), b.exp())", "D.Uniform(c, c + 1.0)"),
    ("D.Gamma(a.exp(), b.exp())", "D.Exponential(c.exp())"),
    ("D.Gamma(a.exp(), b.exp())", "D.Normal(c, d.exp())"),
    ("D.Normal(a, b.exp())", "D.Gamma(c.exp(), d.exp())"),
    ("D.Normal(a, b.exp())", "D.Beta(c.exp(), d.exp())"),
    ("D.Uniform(a.sigmoid() * 0.5, 0.5 + b.sigmoid() * 0.5)", "D.Beta(c.exp(), d.exp())"),
    ("D.Uniform(a, a + 1.0)", "D.Beta(c.exp(), d.exp())"),
    ("D.Uniform(a.exp(), a.exp() + 1.0)", "D.Gamma(c.exp(), d.exp())"),
    ("D.Uniform(a, a + 1.0)", "D.Gamma(c.exp(), d.exp())"),
    ("D.Laplace(a, b.exp())", "D.Laplace(c, d.exp())"),
    ("D.Laplace(a, b.exp())", "D.Normal(c, d.exp())"),
    ("D.Normal(a, b.exp())", "D.Laplace(c, d.exp())"),
    ("D.Laplace(a, b.exp())", "D.Uniform(c, c + 1.0)"),
    ("D.Laplace(a, b.exp())", "D.Gamma(c.exp(), d.exp())"),
    ("D.OneHotCategorical(logits=a)", "D.OneHotCategorical(logits=c)"),
    ("D.OneHotCategoricalStraightThrough(logits=a)", "D.OneHotCategorical(probs=c.softmax(-1))"),
    ("D.Poisson(a.exp())", "D.Poisson(c.exp())"),
    ("D.Bernoulli(a.sigmoid())", "D.Poisson(c.exp())"),
    ("D.Poisson(a.exp())", "D.Bernoulli(logits=c)"),
    ("D.Independent(D.Normal(a, b.exp()), 1)", "D.Independent(D.Normal(c, d.exp()), 1)"),
    ("D.Independent(D.Bernoulli(logits=a.view(1, 3)), 2)", "D.Independent(D.Bernoulli(logits=c.view(1, 3)), 2)"),
]


def _leaves(T, dtype):
    dt = getattr(T, dtype)
    return [T.tensor(v, dtype=dt, requires_grad=True) for v in
            ([0.3, -1.2, 2.0], [0.1, -0.5, 0.7], [-0.4, 0.0, 1.5], [0.2, 0.3, -1.0])]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("p,q", PAIRS)
def test_kl_divergence_is_pytorchs(p, q, dtype):
    def run(T):
        a, b, c, d = leaves = _leaves(T, dtype)
        scope = {"T": T, "D": distributions(T), "a": a, "b": b, "c": c, "d": d}
        kl = distributions(T).kl_divergence(eval(p, scope), eval(q, scope))
        grads = T.autograd.grad(kl.sum(), leaves, allow_unused=True) if kl.requires_grad else None
        return describe(kl), describe(grads)
    same(run, exact=dtype == "float64", **TOLERANCE[dtype])


@pytest.mark.parametrize("p,q", [
    ("D.Normal(0.0, 1.0)", "D.Bernoulli(0.5)"),
    ("D.Bernoulli(0.5)", "D.Categorical(T.tensor([0.5, 0.5]))"),
    ("D.Categorical(T.tensor([0.5, 0.5]))", "D.Normal(0.0, 1.0)"),
    ("D.Bernoulli(0.5)", "D.Exponential(1.0)"),
    ("D.Gamma(1.0, 1.0)", "D.Dirichlet(T.ones(2))"),
    ("D.Beta(1.0, 1.0)", "D.Dirichlet(T.ones(2))"),
    ("D.Independent(D.Normal(T.zeros(2), 1.0), 1)", "D.Normal(T.zeros(2), 1.0)"),
    ("D.Independent(D.Normal(T.zeros(2, 2), 1.0), 1)", "D.Independent(D.Normal(T.zeros(2, 2), 1.0), 2)"),
])
def test_pairs_without_a_formula_raise_pytorchs_error(p, q):
    same(lambda T: distributions(T).kl_divergence(*(eval(s, {"T": T, "D": distributions(T)}) for s in (p, q))),
         raises=NotImplementedError)


def test_register_kl_picks_the_most_specific_pair_and_warns_when_ambiguous():
    def run(T):
        D = distributions(T)

        class MyNormal(D.Normal):
            pass

        class OtherNormal(D.Normal):
            pass

        p, q = MyNormal(0.0, 1.0), MyNormal(1.0, 2.0)
        before = D.kl_divergence(p, q)
        D.register_kl(MyNormal, D.Normal)(lambda p, q: T.tensor(1.0))
        D.register_kl(D.Normal, MyNormal)(lambda p, q: T.tensor(2.0))
        chosen = D.kl_divergence(p, D.Normal(0.0, 1.0)), D.kl_divergence(D.Normal(0.0, 1.0), q)
        ambiguous = D.kl_divergence(p, q)  # (MyNormal, Normal) and (Normal, MyNormal) both match
        D.register_kl(MyNormal, MyNormal)(lambda p, q: T.tensor(3.0))
        settled = D.kl_divergence(p, q), D.kl_divergence(OtherNormal(0.0, 1.0), p)
        from importlib import import_module

        registry = import_module(T.__name__ + ".distributions.kl")._KL_REGISTRY
        for key in [(MyNormal, D.Normal), (D.Normal, MyNormal), (MyNormal, MyNormal)]:
            del registry[key]
        import_module(T.__name__ + ".distributions.kl")._KL_MEMOIZE.clear()
        return before, chosen, ambiguous, settled
    same(run)
