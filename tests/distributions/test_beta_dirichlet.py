"""Beta and Dirichlet against torch.distributions: samples and rsample values under the same seed
(torch._sample_dirichlet's draws), rsample's node (_DirichletBackward), log_prob, entropy, moments,
mode and their gradients. The gradient of rsample (torch._dirichlet_grad) is declared missing.

float32 cases compare numbers to a few ulps and printed forms by their numbers: lgamma, digamma
and polygamma in float32 (the core's) may differ from PyTorch's in the last bit, which can move
the fourth decimal of a printed entropy gradient (21.4802 against 21.4803); float64 is exact."""
import pytest
from distribution_oracle import G, distributions, same_face
from ops_oracle import same

BETA = [
    ({"concentration1": 2.0, "concentration0": 3.0}, 0.3),
    ({"concentration1": G(0.5), "concentration0": G(0.5)}, 0.9),
    ({"concentration1": [0.5, 2.0, 9.0], "concentration0": [1.0, 0.5, 3.0]}, [0.2, 0.5, 0.9]),
    ({"concentration1": [[1.0], [4.0]], "concentration0": [1.0, 2.0]}, [[0.01, 0.99], [0.5, 0.0]]),
]
DIRICHLET = [
    ({"concentration": [1.0, 2.0, 3.0]}, [0.2, 0.3, 0.5]),
    ({"concentration": [[0.5, 0.5, 0.5], [4.0, 1.0, 0.2]]}, [[0.2, 0.3, 0.5], [0.9, 0.05, 0.05]]),
]


def _id(c):
    return ",".join(f"{k}={v}" for k, v in c.items()) if isinstance(c, dict) else str(c)


def _values_only(cls, params, value, dtype, sample_shape):
    # rsample's values and node are compared; its gradient (torch._dirichlet_grad) is not implemented
    def run(T):
        from distribution_oracle import describe, tensor_of

        T.manual_seed(0)
        d = getattr(distributions(T), cls)(**{k: tensor_of(T, v, dtype) for k, v in params.items()})
        r = d.rsample(sample_shape)
        return describe(r), r.grad_fn.name() if r.grad_fn is not None else None, describe(d.sample(sample_shape))
    same(run)


@pytest.mark.parametrize("sample_shape", [(), (3,)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", BETA, ids=_id)
def test_beta_reads_as_pytorchs(params, value, dtype, sample_shape):
    same_face("Beta", params, value, dtype=dtype, sample_shape=sample_shape, rsample=False, exact=dtype == "float64",
              reads=("mean", "stddev", "variance", "mode", "concentration1", "concentration0"),
              methods=("log_prob", "entropy", "perplexity"))
    _values_only("Beta", params, value, dtype, sample_shape)


@pytest.mark.parametrize("sample_shape", [(), (3,)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", DIRICHLET, ids=_id)
def test_dirichlet_reads_as_pytorchs(params, value, dtype, sample_shape):
    same_face("Dirichlet", params, value, dtype=dtype, sample_shape=sample_shape, rsample=False,
              exact=dtype == "float64",
              methods=("log_prob", "entropy", "perplexity"))
    _values_only("Dirichlet", params, value, dtype, sample_shape)


def test_rsample_gradient_is_declared_missing():
    import autograd_tutor as at

    a = at.tensor([1.0, 2.0], requires_grad=True)
    x = distributions(at).Beta(a[0], a[1]).rsample()
    with pytest.raises(NotImplementedError, match="_dirichlet_grad"):
        x.backward()


@pytest.mark.parametrize("program", ["D.Beta(0.0, 1.0)", "D.Beta(2.0, 2.0).log_prob(T.tensor(1.5))",
                                     "D.Dirichlet(T.tensor(1.0))", "D.Dirichlet(T.tensor([1.0, -1.0]))",
                                     "D.Dirichlet(T.ones(3)).log_prob(T.tensor([0.5, 0.5, 0.5]))"])
def test_errors_are_pytorchs(program):
    same(lambda T: eval(program, {"T": T, "D": distributions(T)}), raises=ValueError)
