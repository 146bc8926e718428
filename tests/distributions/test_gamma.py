"""Gamma against torch.distributions.Gamma: samples and rsample under the same seed
(torch._standard_gamma's draws), rsample's gradient (the implicit reparameterization), log_prob,
entropy, moments, cdf (torch.special.gammainc; its gradient for the concentration raises in both)."""
import pytest
from distribution_oracle import G, distributions, same_face
from ops_oracle import same

CASES = [
    ({"concentration": 2.0, "rate": 1.0}, 0.5),
    ({"concentration": G(0.5), "rate": G(2.0)}, 0.1),
    ({"concentration": [0.5, 2.0, 9.0, 30.0], "rate": [1.0, 0.5, 3.0, 1.0]}, [0.5, 1.0, 3.0, 29.0]),
    ({"concentration": [[0.2], [4.0]], "rate": [1.0, 2.0]}, [[0.01, 2.0], [1.5, 0.0]]),
]


def _id(c):
    return ",".join(f"{k}={v}" for k, v in c.items()) if isinstance(c, dict) else str(c)


@pytest.mark.parametrize("sample_shape", [(), (3,), (20,)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES, ids=_id)
def test_gamma_reads_as_pytorchs(params, value, dtype, sample_shape):
    same_face("Gamma", params, value, dtype=dtype, sample_shape=sample_shape,
              methods=("log_prob", "entropy", "perplexity"))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_cdf(dtype):
    def run(T):
        dt = getattr(T, dtype)
        c = T.tensor([0.5, 2.0, 9.0], dtype=dt)
        r = T.tensor([1.0, 0.5, 3.0], dtype=dt, requires_grad=True)
        x = T.tensor([0.3, 2.0, 4.0], dtype=dt, requires_grad=True)
        v = distributions(T).Gamma(c, r).cdf(x)
        return v, T.autograd.grad(v.sum(), [r, x])
    same(run)
    # a concentration that requires grad: PyTorch has no derivative of igamma for it
    same(lambda T: distributions(T).Gamma(T.tensor(2.0, requires_grad=True), 1.0).cdf(T.tensor(1.0)).backward(),
         raises=NotImplementedError)


@pytest.mark.parametrize("program", ["D.Gamma(-1.0, 1.0)", "D.Gamma(1.0, T.tensor([1.0, 0.0]))",
                                     "D.Gamma(1.0, 1.0).log_prob(T.tensor(-1.0))"])
def test_errors_are_pytorchs(program):
    same(lambda T: eval(program, {"T": T, "D": distributions(T)}), raises=ValueError)
