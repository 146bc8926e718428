"""Independent against torch.distributions.Independent: shapes, samples, rsample, log_prob and
entropy summed over the reinterpreted dimensions, with gradients, and its support."""
import pytest

CASES = [
    ("Normal", {"loc": [[0.5, -1.0, 0.0], [1.0, 2.0, 3.0]], "scale": [1.5, 0.3, 1.0]},
     [[0.1, 0.2, 0.3], [0.0, 0.0, 0.0]], 1),
    ("Normal", {"loc": [[0.5, -1.0, 0.0], [1.0, 2.0, 3.0]], "scale": [1.5, 0.3, 1.0]}, [0.1, 0.2, 0.3], 2),
    ("Bernoulli", {"logits": [[0.5, -1.0], [2.0, 0.0]]}, [[1.0, 0.0], [1.0, 1.0]], 1),
    ("Uniform", {"low": [0.0, 1.0], "high": [2.0, 5.0]}, [1.0, 2.0], 1),
    ("Exponential", {"rate": [[0.5, 2.0]]}, [[1.0, 0.5]], 2),
]


def _face(T, base, params, value, n, sample_shape):
    from distribution_oracle import describe, distributions, tensor_of

    D = distributions(T)
    T.manual_seed(0)
    built = {k: tensor_of(T, v, "float32") for k, v in params.items()}
    d = D.Independent(getattr(D, base)(**built), n)
    leaves = list(built.values())
    x = T.tensor(value)
    out = [repr(d), d.batch_shape, d.event_shape, d.has_rsample, d.has_enumerate_support, repr(d.support),
           describe(d.sample(sample_shape)), describe(d.mean), describe(d.variance)]
    for y in ([d.rsample(sample_shape)] if d.has_rsample else []) + [d.log_prob(x), d.entropy()]:
        out.append((describe(y), describe(T.autograd.grad(y.sum(), leaves, retain_graph=True, allow_unused=True))))
    return tuple(out)


@pytest.mark.parametrize("sample_shape", [(), (3,)])
@pytest.mark.parametrize("base,params,value,n", CASES)
def test_independent_reads_as_pytorchs(base, params, value, n, sample_shape):
    from ops_oracle import same

    same(lambda T: _face(T, base, params, value, n, sample_shape))
