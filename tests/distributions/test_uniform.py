"""Uniform against torch.distributions.Uniform: samples and rsample under the same seed
(torch.rand), log_prob inside and outside the support, entropy, cdf / icdf, gradients."""
import pytest
from distribution_oracle import G, same_face

CASES = [
    ({"low": 0.0, "high": 1.0}, 0.25),
    ({"low": G(-1.0), "high": G(3.0)}, 2.0),
    ({"low": [0.0, 1.0], "high": [2.0, 5.0]}, [1.0, 2.0]),
    ({"low": [[0.0], [-2.0]], "high": [1.0, 2.0, 3.0]}, [[0.5, 0.0, 2.999], [-2.0, 1.0, 1.5]]),
    ({"low": -1.0, "high": [0.0, 10.0]}, 0.0),
]


def _id(c):
    return ",".join(f"{k}={v}" for k, v in c.items()) if isinstance(c, dict) else str(c)


@pytest.mark.parametrize("sample_shape", [(), (3,), (20,)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES, ids=_id)
def test_uniform_reads_as_pytorchs(params, value, dtype, sample_shape):
    same_face("Uniform", params, value, dtype=dtype, sample_shape=sample_shape,
              methods=("log_prob", "entropy", "cdf", "icdf"))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES, ids=_id)
def test_perplexity(params, value, dtype):
    # exp(log(5)) in float32 is 5.0 in PyTorch and one ulp above in NumPy's float32 exp (a
    # difference of the core's exp, not of Uniform), which prints 5.0000 for 5.: numbers compared
    # to 1e-5, printed forms by their numbers.
    same_face("Uniform", params, value, dtype=dtype, reads=(), methods=("perplexity",), exact=False)


@pytest.mark.parametrize("value", [-0.5, 1.5])
def test_log_prob_outside_the_support_without_validation(value):
    from distribution_oracle import distributions
    from ops_oracle import same

    same(lambda T: distributions(T).Uniform(0.0, 1.0, validate_args=False).log_prob(T.tensor(value)))
