"""torch.distributions.constraints: each constraint's check and repr against PyTorch's."""
import pytest
from distribution_oracle import distributions
from ops_oracle import same

VALUES = "T.tensor([[-1.0, 0.0, 0.5], [1.0, 2.0, float('nan')]])"
CONSTRAINTS = [
    "C.real", "C.positive", "C.nonnegative", "C.unit_interval", "C.boolean", "C.nonnegative_integer",
    "C.positive_integer", "C.greater_than(0.5)", "C.greater_than_eq(0.5)", "C.less_than(1.0)",
    "C.interval(-1.0, 1.0)", "C.half_open_interval(-1.0, 1.0)", "C.integer_interval(0, 1)",
    "C.real_vector", "C.simplex", "C.one_hot", "C.independent(C.positive, 2)", "C.independent(C.unit_interval, 1)",
]


@pytest.mark.parametrize("constraint", CONSTRAINTS)
def test_check_and_repr(constraint):
    def run(T):
        C = distributions(T).constraints
        c = eval(constraint, {"C": C})
        return repr(c), c.is_discrete, c.event_dim, c.check(eval(VALUES, {"T": T}))
    same(run)


@pytest.mark.parametrize("program", ["C.dependent.check(T.zeros(1))", "C.independent(C.real, 3).check(T.zeros(2))"])
def test_refusals(program):
    same(lambda T: eval(program, {"T": T, "C": distributions(T).constraints}), raises=ValueError)


def test_matrix_constraints_and_dependent():
    def run(T):
        C = distributions(T).constraints
        m = T.tensor([[[2.0, 0.0], [1.0, 3.0]], [[1.0, 2.0], [2.0, 1.0]], [[1.0, 0.5], [0.5, 2.0]]])
        return (C.lower_triangular.check(m), C.lower_cholesky.check(m), C.positive_definite.check(m),
                repr(C.positive_definite), C.is_dependent(C.dependent), C.is_dependent(C.real),
                C.simplex.check(T.tensor([[0.2, 0.8], [0.5, 0.6]])))
    same(run)
