"""The Distribution base against PyTorch's: validation errors (whole messages), the default
validation switch, reprs, shapes, expand, sample_n's warning, properties a class lacks, and
what ``import torch.distributions`` gives."""
import importlib
import subprocess
import sys

import pytest
from distribution_oracle import distributions
from ops_oracle import same, whole_messages

INVALID = [
    "D.Normal(0.0, -1.0)", "D.Normal(T.tensor([0.0, float('nan')]), 1.0)", "D.Normal(0.0, T.tensor([[1.0, 0.0]]))",
    "D.Bernoulli(1.5)", "D.Bernoulli(probs=T.tensor([0.5, -0.1]))", "D.Bernoulli(logits=float('nan'))",
    "D.Bernoulli()", "D.Bernoulli(0.5, 0.5)",
    "D.Categorical(T.tensor([-0.1, 1.1]))", "D.Categorical(T.tensor([[0.2, 0.8], [-0.5, 1.0]]))",
    "D.Categorical(logits=T.tensor([0.0, float('nan')]))",
    "D.Uniform(1.0, 0.0)", "D.Uniform(T.tensor([0.0, 2.0]), T.tensor([1.0, 1.0]))",
    "D.Exponential(0.0)", "D.Exponential(T.tensor([1.0, -2.0]))",
    "D.Normal(0.0, 1.0).log_prob(0.5)", "D.Normal(T.zeros(2), 1.0).log_prob(T.ones(3))",
    "D.Normal(T.zeros(2, 2), 1.0).log_prob(T.ones(3, 2))",
    "D.Bernoulli(T.tensor([0.2, 0.7])).log_prob(T.tensor([0.5, 1.0]))",
    "D.Categorical(T.tensor([0.2, 0.8])).log_prob(T.tensor(2))",
    "D.Categorical(T.tensor([0.2, 0.8])).log_prob(T.tensor(-1))",
    "D.Uniform(0.0, 1.0).log_prob(T.tensor(1.5))", "D.Exponential(1.0).log_prob(T.tensor([-1.0, 1.0]))",
    "D.Exponential(1.0).cdf(T.tensor(-1.0))", "D.Normal(0.0, 1.0).cdf(T.tensor(float('nan')))",
    "D.Independent(D.Normal(T.zeros(2, 3), 1.0), 1).log_prob(T.ones(2, 4))",
    "D.Independent(D.Normal(T.zeros(3), 1.0), 2)", "D.Normal('a', 1.0)",
]


@pytest.mark.parametrize("program", INVALID)
def test_invalid_arguments_raise_pytorchs_whole_message(program):
    def run(T):
        return eval(program, {"T": T, "D": distributions(T)})
    same(run, raises=ValueError)
    ours, theirs = whole_messages(run, ValueError)[::-1]
    assert ours == theirs


@pytest.mark.parametrize("program", [
    "D.Normal(0.0, -1.0, validate_args=False).scale", "D.Uniform(1.0, 0.0, validate_args=False).entropy()",
    "D.Bernoulli(T.tensor([0.2, 0.7]), validate_args=False).log_prob(T.tensor([0.5, 1.0]))",
    "D.Exponential(1.0, validate_args=False).log_prob(T.tensor(-1.0))",
])
def test_validate_args_false_skips_the_checks(program):
    same(lambda T: eval(program, {"T": T, "D": distributions(T)}))


def test_set_default_validate_args():
    def run(T):
        D = distributions(T)
        D.Distribution.set_default_validate_args(False)
        try:
            quiet = D.Normal(0.0, -1.0).scale, D.Normal(0.0, -1.0)._validate_args
            checked = D.Normal(0.0, 1.0, validate_args=True)._validate_args
        finally:
            D.Distribution.set_default_validate_args(True)
        try:
            D.Distribution.set_default_validate_args("yes")
        except ValueError as e:
            refused = ("ValueError", str(e))
        return quiet, checked, refused, D.Normal(0.0, 1.0)._validate_args
    same(run)


@pytest.mark.parametrize("program", [
    "D.Normal(0.0, 1.0)", "D.Normal(T.tensor(0.0), T.tensor(1.0))", "D.Normal(T.tensor([0.0]), T.tensor([1.0]))",
    "D.Normal(T.tensor(0.5, requires_grad=True), 2.0)", "D.Normal(T.zeros(2, 3), 1.0)",
    "D.Normal(T.tensor(0.0, dtype=T.float64), 1.0)", "D.Bernoulli(0.3)", "D.Bernoulli(logits=-2.0)",
    "D.Categorical(T.tensor([0.25, 0.75]))", "D.Categorical(logits=T.zeros(2, 3))", "D.Uniform(-1.0, 1.0)",
    "D.Exponential(T.tensor([1.0, 2.0]))", "D.Independent(D.Normal(T.zeros(2, 3), 1.0), 1)",
    "D.Independent(D.Independent(D.Normal(T.zeros(2, 3), 1.0), 1), 1)", "D.Normal(0.0, 1.0).expand((2, 3))",
    "D.Categorical(logits=T.zeros(3)).expand((2,))", "D.Exponential(2.0).expand((2,))",
    "D.Uniform(0.0, 1.0).expand((2, 1))", "D.Independent(D.Normal(T.zeros(3), 1.0), 1).expand((2,))",
])
def test_reprs_shapes_and_flags(program):
    def run(T):
        d = eval(program, {"T": T, "D": distributions(T)})
        return (repr(d), str(d), d.batch_shape, d.event_shape, d.has_rsample, d.has_enumerate_support,
                d._validate_args, d.sample().shape, d.sample((2,)).shape, d.mean, d.variance)
    same(run)


def test_expanded_distributions_sample_and_score_like_pytorchs():
    def run(T):
        D = distributions(T)
        T.manual_seed(5)
        loc = T.tensor([0.5, -1.0], requires_grad=True)
        n = D.Normal(loc, 1.0).expand((3, 2))
        b = D.Bernoulli(logits=loc).expand((4, 2))
        ind = D.Independent(D.Normal(loc, 1.0), 1).expand((3,))
        x = n.rsample()
        return x, n.log_prob(x), b.sample(), b.entropy(), ind.rsample(), ind.log_prob(T.ones(3, 2))
    same(run)


def test_sample_n_warns_as_pytorch():
    def run(T):
        T.manual_seed(1)
        return distributions(T).Normal(0.0, 1.0).sample_n(3)
    same(run)


@pytest.mark.parametrize("program", [
    "D.Categorical(T.tensor([0.2, 0.8])).cdf(T.tensor(1))", "D.Bernoulli(0.5).rsample()",
    "D.Bernoulli(0.5).icdf(T.tensor(0.5))", "D.Independent(D.Normal(T.zeros(2), 1.0), 1).cdf(T.zeros(2))",
    "Bare().mean", "Bare().mode", "Bare().log_prob(T.zeros(1))", "Bare().entropy()", "Bare().sample()",
    "Bare().expand((2,))", "Bare().support", "Bare().variance", "Bare().stddev",
    "D.Independent(D.Bernoulli(T.zeros(2)), 1).enumerate_support()",
])
def test_what_a_distribution_lacks_raises_pytorchs_error(program):
    # Bare: a user's subclass defining nothing (the base class's own messages name its module)
    def run(T):
        D = distributions(T)
        Bare = type("Bare", (D.Distribution,), {"arg_constraints": {}})
        return eval(program, {"T": T, "D": D, "Bare": Bare})
    same(run, raises=NotImplementedError)


def test_distribution_without_arg_constraints_warns():
    def run(T):
        D = distributions(T)

        class Bare(D.Distribution):
            pass

        return repr(Bare(validate_args=True).batch_shape)
    same(run)


def test_the_import_forms_of_a_tutorial_work():
    # (``import torch.distributions as dist`` itself runs in tests/programs/401_distributions_vae.py,
    # where ``import torch`` is bound to autograd_tutor)
    program = ("import autograd_tutor\nimport autograd_tutor.distributions as dist\n"
               "from autograd_tutor.distributions import Normal, kl_divergence\n"
               "from autograd_tutor.distributions.normal import Normal as N2\n"
               "from autograd_tutor.distributions import constraints\n"
               "print(autograd_tutor.distributions is dist, Normal is N2, constraints.positive)\n"
               "print(autograd_tutor.distributions.Normal(0.0, 1.0), kl_divergence)\n")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "True True GreaterThan(lower_bound=0.0)"
    assert lines[1].startswith("Normal(loc: 0.0, scale: 1.0) <function kl_divergence")


def test_distributions_is_no_longer_reported_missing():
    import autograd_tutor

    assert importlib.import_module("autograd_tutor.distributions") is autograd_tutor.distributions
    assert "distributions" in dir(autograd_tutor) or hasattr(autograd_tutor, "distributions")
    for name in ("bernoulli",):
        assert hasattr(autograd_tutor, name)
    for name in ("bernoulli", "bernoulli_", "exponential_"):
        assert hasattr(autograd_tutor.ones(1), name)
