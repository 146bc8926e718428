"""The exercises of 03_vjp_and_graph_modes and 04_accumulation_and_optimizers tell the usual
mistakes from the right answer, on the public cases and on every drawn hidden case."""

import pytest

import autograd_tutor as torch
from autograd_tutor.exercises import registry
from autograd_tutor.exercises.feedback.compare import difference
from autograd_tutor.exercises.feedback.plain import to_plain

SEEDS = range(40)


def _drawn_cases(exercise_id):
    exercise = registry.get(exercise_id)
    for seed in SEEDS:
        for _, case in exercise.cases(seed=seed):
            yield exercise, case


def _judge(exercise, case, function):
    return difference(case.expected(), to_plain(function(*case.args)), exercise.rtol, exercise.atol)


def _sgd(w0, a, lr, n, zero_grad=True):
    w = torch.tensor(w0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr)
    for _ in range(n):
        if zero_grad:
            optimizer.zero_grad()
        ((w - a) ** 2).backward()
        optimizer.step()
    return w


def _by_hand(w0, a, lr, n):
    w = w0
    for _ in range(n):
        w = w - lr * 2 * (w - a)
    return w


@pytest.mark.parametrize(
    "mistake, from_steps",
    [
        (lambda w0, a, lr, n: _sgd(w0, a, lr, n - 1), 1),
        (lambda w0, a, lr, n: _sgd(w0, a, lr, n + 1), 1),
        # With a single step there is nothing to accumulate yet.
        (lambda w0, a, lr, n: _sgd(w0, a, lr, n, zero_grad=False), 2),
        (lambda w0, a, lr, n: _sgd(w0, a, 2 * lr, n), 1),
    ],
    ids=["one-step-less", "one-step-more", "no-zero-grad", "lr-doubled"],
)
def test_sgd_function_fails_the_usual_mistakes_on_every_case(mistake, from_steps):
    judged = 0
    for exercise, case in _drawn_cases("sgd-function"):
        if case.args[3] >= from_steps:
            assert _judge(exercise, case, mistake) is not None, case
            judged += 1
    assert judged > len(SEEDS)


def test_sgd_function_takes_a_float64_answer_worked_out_by_hand():
    for exercise, case in _drawn_cases("sgd-function"):
        assert _judge(exercise, case, _by_hand) is None, case


def _vjp_right(x, v):
    x = torch.tensor(x, requires_grad=True)
    (x**2 * x.sum()).backward(torch.tensor(v))
    return x.grad


def _jacobian_times_v(x, v):
    # J v instead of J^T v: (J v)_i = 2 x_i S v_i + x_i**2 sum(v).
    s = sum(x)
    return [2 * xi * s * vi + xi**2 * sum(v) for xi, vi in zip(x, v)]


def _ones_instead_of_v(x, v):
    return _vjp_right(x, [1.0] * len(x))


def test_vjp_function_takes_the_formula_and_fails_the_usual_mistakes():
    def formula(x, v):
        s = sum(x)
        weighted = sum(vi * xi**2 for xi, vi in zip(x, v))
        return [2 * xj * s * vj + weighted for xj, vj in zip(x, v)]

    hidden = 0
    for exercise, case in _drawn_cases("vjp-function"):
        assert _judge(exercise, case, _vjp_right) is None, case
        assert _judge(exercise, case, formula) is None, case
        assert _judge(exercise, case, _jacobian_times_v) is not None, case
        assert _judge(exercise, case, _ones_instead_of_v) is not None, case
        hidden += 1
    assert {len(case.args[0]) for _, case in _drawn_cases("vjp-function")} == {2, 3, 4}
    assert hidden


@pytest.mark.parametrize(
    "exercise_id, wrong",
    [
        ("vjp-double", [0.1, 1.0, 0.0001]),  # v itself, forgetting the factor 2
        ("jacobian-by-rows", [[7.0, 2.0, 3.0], [1.0, 8.0, 3.0], [1.0, 2.0, 9.0]]),  # transposed
        # x.grad not reset between the rows: they add up
        ("jacobian-by-rows", [[7.0, 1.0, 1.0], [9.0, 9.0, 3.0], [12.0, 12.0, 12.0]]),
        ("retain-graph-accumulates", 27.0),  # one pass only
        ("no-grad-requires-grad", [False, False]),
        ("detach-cuts-gradient", 16.0),  # as if not detached
        ("grad-accumulates", [2.0, -4.0, 1.0]),  # the first gradient only
        ("grad-accumulates", [3.0, 3.0, 3.0]),  # the last gradient only
        ("zero-grad-sets-none", [0.0, 0.0, 0.0]),  # zeros, as before PyTorch 2
        ("sgd-one-step", [3.2, -0.7]),  # a step up the gradient
        ("forgot-zero-grad", 0.488),  # with zero_grad
    ],
)
def test_value_exercises_fail_the_usual_mistakes(exercise_id, wrong):
    exercise = registry.get(exercise_id)
    (case,) = exercise.public
    assert difference(case.expected(), wrong, exercise.rtol, exercise.atol) is not None


def test_second_backward_message_is_the_first_line_of_the_error():
    (case,) = registry.get("second-backward-error").public
    assert case.expected().startswith("Trying to backward through the graph a second time")
