"""Bernoulli against torch.distributions.Bernoulli, given probs or logits: samples under the same
seed (torch.bernoulli's draws), log_prob / entropy and their gradients, mode, enumerate_support."""
import pytest
from distribution_oracle import G, distributions, same_face
from ops_oracle import same

CASES = [
    ({"probs": 0.3}, 1.0),
    ({"probs": G(0.7)}, 0.0),
    ({"probs": [0.2, 0.9, 0.5, 0.0, 1.0]}, [1.0, 0.0, 1.0, 1.0, 1.0]),
    ({"probs": [[0.1, 0.6], [0.5, 0.99]]}, [[0.0, 1.0], [1.0, 1.0]]),
    ({"logits": -0.4}, 1.0),
    ({"logits": [0.2, -3.0, 10.0, 0.0]}, [1.0, 0.0, 0.0, 1.0]),
    ({"logits": [[2.0], [-1.0]]}, [[1.0, 0.0, 1.0], [0.0, 0.0, 1.0]]),
]


def _id(c):
    return ",".join(f"{k}={v}" for k, v in c.items()) if isinstance(c, dict) else str(c)


@pytest.mark.parametrize("sample_shape", [(), (4,), (2, 3)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES, ids=_id)
def test_bernoulli_reads_as_pytorchs(params, value, dtype, sample_shape):
    same_face("Bernoulli", params, value, dtype=dtype, sample_shape=sample_shape,
              methods=("log_prob", "entropy", "perplexity"))


@pytest.mark.parametrize("expand", [True, False])
def test_enumerate_support_and_param_shape(expand):
    def run(T):
        d = distributions(T).Bernoulli(logits=T.zeros(2, 3))
        return d.enumerate_support(expand), d.param_shape, d.expand((4, 2, 3)).batch_shape
    same(run)


def test_probs_and_logits_are_computed_once_and_carry_gradients():
    def run(T):
        logits = T.tensor([0.5, -2.0], requires_grad=True)
        d = distributions(T).Bernoulli(logits=logits)
        first = d.probs
        return first, d.probs is first, repr(d), d.logits is logits
    same(run)
