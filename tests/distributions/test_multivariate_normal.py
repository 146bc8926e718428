"""MultivariateNormal against torch.distributions.MultivariateNormal, given a covariance, a
precision or a scale_tril, batched or not: samples and rsample under the same seed, log_prob
(the batched Mahalanobis distance), entropy, moments, the derived matrices, their gradients,
KL between two of them, and the errors."""
import pytest
from distribution_oracle import TOLERANCE, describe, distributions, same_face
from ops_oracle import same

COV = [[2.0, 0.3], [0.3, 1.0]]
TRIL = [[1.0, 0.0], [0.5, 2.0]]
CASES = [
    ({"loc": [0.5, -1.0], "covariance_matrix": COV}, [0.1, 0.2]),
    ({"loc": [0.5, -1.0], "scale_tril": TRIL}, [[0.1, 0.2], [1.0, -1.0], [0.0, 0.0]]),
    ({"loc": [0.5, -1.0], "precision_matrix": COV}, [0.1, 0.2]),
    ({"loc": [[0.0, 0.0], [1.0, 2.0], [3.0, -1.0]], "covariance_matrix": COV}, [0.1, 0.2]),
    ({"loc": [0.0, 1.0, 2.0], "scale_tril": [[[1.0, 0.0, 0.0], [0.2, 1.5, 0.0], [0.3, -0.4, 0.5]],
                                             [[2.0, 0.0, 0.0], [0.0, 1.0, 0.0], [1.0, 1.0, 1.0]]]},
     [[[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]], [[0.5, 0.5, 0.5], [2.0, 1.0, 0.0]]]),
]


def _id(c):
    return ",".join(f"{k}" for k in c) if isinstance(c, dict) else str(len(str(c)))


@pytest.mark.parametrize("sample_shape", [(), (4,), (20,)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("params,value", CASES)
def test_multivariate_normal_reads_as_pytorchs(params, value, dtype, sample_shape):
    # Given a covariance C, the variance and covariance_matrix rebuild it from L (L Lᵀ = C): their
    # gradients are exactly 0 off the diagonal, where float32 leaves round-off (~1e-9) that differs
    # between the libraries (and prints in full). For those cases the moments' gradients are not
    # compared; log_prob's, entropy's and rsample's are, and float64 compares everything.
    read_grads = dtype == "float64" or "covariance_matrix" not in params
    same_face("MultivariateNormal", params, value, dtype=dtype, sample_shape=sample_shape, read_grads=read_grads,
              reads=("mean", "mode", "variance", "stddev", "scale_tril", "covariance_matrix", "precision_matrix"),
              methods=("log_prob", "entropy"))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_kl_between_multivariate_normals(dtype):
    def run(T):
        D = distributions(T)
        dt = getattr(T, dtype)
        loc = T.tensor([[0.5, -1.0], [0.0, 0.0]], dtype=dt, requires_grad=True)
        cov = T.tensor(COV, dtype=dt, requires_grad=True)
        tril = T.tensor(TRIL, dtype=dt, requires_grad=True)
        p = D.MultivariateNormal(loc, covariance_matrix=cov)
        q = D.MultivariateNormal(T.zeros(2, dtype=dt), scale_tril=tril)
        kl = D.kl_divergence(p, q), D.kl_divergence(q, p)
        return describe(kl), describe(T.autograd.grad(kl[0].sum() + kl[1].sum(), [loc, cov, tril]))
    same(run, **TOLERANCE[dtype])


def test_expand_and_independent_normal_agree():
    def run(T):
        D = distributions(T)
        T.manual_seed(3)
        m = D.MultivariateNormal(T.zeros(2), T.eye(2)).expand((3,))
        ind = D.Independent(D.Normal(T.zeros(3, 2), 1.0), 1)
        x = m.sample()
        return repr(m), m.batch_shape, x, m.log_prob(x), ind.log_prob(x), D.kl_divergence(m, m)
    same(run)


@pytest.mark.parametrize("program,error", [
    ("D.MultivariateNormal(T.zeros(2), T.tensor([[1.0, 2.0], [2.0, 1.0]]))", ValueError),
    ("D.MultivariateNormal(T.zeros(2), T.tensor([[1.0, 0.5], [0.0, 1.0]]))", ValueError),
    ("D.MultivariateNormal(T.tensor(0.0), T.eye(1))", ValueError),
    ("D.MultivariateNormal(T.zeros(2))", ValueError),
    ("D.MultivariateNormal(T.zeros(2), T.eye(2), scale_tril=T.eye(2))", ValueError),
    ("D.MultivariateNormal(T.zeros(2), scale_tril=T.ones(2))", ValueError),
    ("D.MultivariateNormal(T.zeros(2), T.ones(2))", ValueError),
    ("D.MultivariateNormal(T.zeros(2), precision_matrix=T.ones(2))", ValueError),
    ("D.MultivariateNormal(T.zeros(2), scale_tril=T.ones(2, 2))", ValueError),
    ("D.MultivariateNormal(T.zeros(2), scale_tril=-T.eye(2))", ValueError),
    ("D.MultivariateNormal(T.zeros(2), T.eye(2)).log_prob(T.zeros(3))", ValueError),
    ("D.kl_divergence(D.MultivariateNormal(T.zeros(2), T.eye(2)), D.MultivariateNormal(T.zeros(3), T.eye(3)))",
     ValueError),
    ("D.kl_divergence(D.MultivariateNormal(T.zeros(2), T.eye(2)), D.Normal(0.0, 1.0))", NotImplementedError),
])
def test_errors_are_pytorchs(program, error):
    same(lambda T: eval(program, {"T": T, "D": distributions(T)}), raises=error)
