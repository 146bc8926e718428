"""check(): instant feedback on public cases, hints on failure, never "all passed"."""

import subprocess
import sys

import autograd_tutor.exercises.feedback.check as feedback
from autograd_tutor.exercises import check, evaluate, registry
from autograd_tutor.exercises.grade.grading_mode import GRADING_ENV


def test_a_right_answer_passes_the_public_checks_only():
    result = evaluate("warmup-gradient", [4, 11])
    assert result.passed
    text = str(result)
    assert "public checks passed" in text and "all passed" not in text.lower()


def test_a_function_exercise_mentions_hidden_cases():
    result = evaluate("warmup-slope-function", lambda x: 2 * x + 3)
    assert result.passed
    assert "hidden cases are graded later" in str(result)
    assert len(result.results) == len(registry.get("warmup-slope-function").public)


def test_a_wrong_answer_fails_with_a_hint_and_the_next_failure_gives_the_next_hint():
    hints = registry.get("warmup-gradient").hints
    feedback._failures.pop("warmup-gradient", None)
    first = evaluate("warmup-gradient", [4, 10])
    second = evaluate("warmup-gradient", [4, 10])
    assert not first.passed
    assert "answer[1]" in str(first)
    assert {first.hint, second.hint} <= set(hints) and first.hint == hints[0] and second.hint == hints[1]


def test_answers_that_are_not_plain_data_fail():
    class AlwaysEqual:
        def __eq__(self, other):
            return True

    assert not evaluate("warmup-power-rule", AlwaysEqual()).passed
    assert not evaluate("warmup-slope-function", lambda x: AlwaysEqual()).passed


def test_a_raising_function_fails_each_case_with_its_error():
    def broken(x):
        raise ValueError("nope")

    result = evaluate("warmup-slope-function", broken)
    assert not result.passed
    assert all("ValueError" in case.message for case in result.results)


def test_check_prints_feedback_and_reads_the_answer_variable_when_omitted(capsys):
    global slope_at_2
    slope_at_2 = 12
    check("warmup-power-rule")
    assert "public checks passed" in capsys.readouterr().out
    check("warmup-power-rule", 11)
    assert "1 of 1 public checks failed" in capsys.readouterr().out


def test_tensor_answers_are_checked_against_the_library_reference():
    import autograd_tutor as torch

    x = torch.tensor(5.0, requires_grad=True)
    z = torch.tensor(3.0, requires_grad=True)
    (x * x + z + torch.log(z)).backward()
    assert evaluate("grad-xz", [x.grad, z.grad]).passed
    assert not evaluate("grad-xz", [z.grad, x.grad]).passed


def test_in_a_grading_kernel_the_answer_key_is_never_loaded():
    code = (
        "import sys\n"
        "from autograd_tutor.exercises import check\n"
        "check('warmup-power-rule', 12)\n"
        "assert 'autograd_tutor.exercises.registry.bank' not in sys.modules\n"
        "from autograd_tutor.exercises import registry\n"
        "try:\n"
        "    registry.get('warmup-power-rule')\n"
        "except ImportError:\n"
        "    print('refused')\n"
    )
    env = {"PATH": "/usr/bin:/bin", GRADING_ENV: "1"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=_root())
    assert result.returncode == 0, result.stderr
    assert "judged by the grader" in result.stdout and "refused" in result.stdout


def _root():
    from autograd_tutor.exercises.sandbox.workspace import package_root

    return package_root()


def test_a_huge_integer_is_a_wrong_answer():
    result = evaluate("warmup-power-rule", 10**400)
    assert not result.passed and result.results[0].status == "fail"
    assert "too large to be the right value" in str(result)
    assert evaluate("warmup-power-rule", 10**5000).results[0].status == "error"
