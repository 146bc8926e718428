"""`check()`: instant feedback in the notebook on an exercise's public cases.

Passing says "public checks passed", never "all passed": hidden cases are judged only
by the grader. Inside a grading kernel `check()` does nothing but say so; the grader
reads the answers itself and judges them in its own process.
"""

import html
import sys
from dataclasses import dataclass

from .. import registry
from ..grade.grading_mode import in_grading_kernel
from .judging import ERROR, PASS, Outcome, judge
from .plain import NotPlainData, to_plain

_MISSING = object()
_failures: dict = {}  # exercise id -> failed checks so far, to step through the hints


@dataclass
class CheckResult:
    exercise: object
    results: list
    hint: str = ""
    explanation: str = ""  # what the wrong answer got wrong, when the exercise can tell
    hint_number: int = 0  # hints come in stages: a nudge first, then the idea (never the value)

    @property
    def hint_title(self):
        total = len(self.exercise.hints)
        if total < 2:
            return "hint"
        stage = "a nudge" if self.hint_number == 1 else "the idea"
        return f"hint {self.hint_number} of {total} ({stage})"

    @property
    def passed(self):
        return all(result.status == PASS for result in self.results)

    def lines(self):
        ex = self.exercise
        lines = [f"{ex.id}: {ex.title}"]
        for number, result in enumerate(self.results, 1):
            mark = "✓" if result.status == PASS else "✗"
            detail = f": {result.message}" if result.message else ""
            lines.append(f"  {mark} public case {number} ({result.label}){detail}")
        if self.passed:
            lines.append("public checks passed" + ("; hidden cases are graded later" if ex.hidden else ""))
        else:
            failed = sum(result.status != PASS for result in self.results)
            lines.append(f"{failed} of {len(self.results)} public checks failed")
            if self.explanation:
                lines.append(self.explanation)
            if self.hint:
                lines.append(f"{self.hint_title}: {self.hint}")
        return lines

    def __str__(self):
        return "\n".join(self.lines())

    def _repr_mimebundle_(self, include=None, exclude=None):
        color = "#1a7f37" if self.passed else "#cf222e"
        body = "<br>".join(html.escape(line) for line in self.lines())
        markup = f'<div style="font-family:monospace;border-left:4px solid {color};padding-left:8px">{body}</div>'
        return {"text/plain": str(self), "text/html": markup}


def evaluate(exercise_id, answer):
    """Judge `answer` on the exercise's public cases and return a CheckResult."""
    exercise = registry.get(exercise_id)
    pairs = exercise.cases("public")
    outcomes = [_outcome(exercise, answer, case) for _, case in pairs]
    results = judge(exercise, pairs, outcomes)
    result = CheckResult(exercise, results)
    if not result.passed:
        result.hint_number, result.hint = _next_hint(exercise)
        result.explanation = _explain(exercise, answer)
    return result


def _explain(exercise, answer):
    if exercise.explain is None or exercise.kind != registry.VALUE:
        return ""
    try:
        return exercise.explain(answer) or ""
    except Exception:  # noqa: BLE001 - an answer of any shape must still get its check
        return ""


def check(exercise_id, answer=_MISSING):
    """Show feedback for one exercise. Without `answer`, reads the exercise's answer variable
    from the calling notebook."""
    if in_grading_kernel():
        print(f"{exercise_id}: answers are judged by the grader in this run")
        return None
    if answer is _MISSING:
        name = registry.get(exercise_id).answer
        caller_globals = sys._getframe(1).f_globals
        if name not in caller_globals:
            print(f"{exercise_id}: define `{name}` first, then run this check again")
            return None
        answer = caller_globals[name]
    _show(evaluate(exercise_id, answer))
    return None


def _outcome(exercise, answer, case):
    try:
        if exercise.kind == registry.FUNCTION:
            if not callable(answer):
                return Outcome(ERROR, message=f"expected a function, got {type(answer).__name__}")
            answer_value = answer(*case.args)
        else:
            answer_value = answer
        return Outcome.of_value(to_plain(answer_value))
    except NotPlainData as error:
        return Outcome(ERROR, message=str(error))
    except Exception as error:
        return Outcome(ERROR, message=f"raised {type(error).__name__}: {error}")


def _next_hint(exercise):
    """(stage number from 1, text) of the hint for this failed check: each failure moves one
    stage on, staying on the last."""
    if not exercise.hints:
        return 0, ""
    count = _failures.get(exercise.id, 0)
    _failures[exercise.id] = count + 1
    index = min(count, len(exercise.hints) - 1)
    return index + 1, exercise.hints[index]


def _show(result):
    ipython = sys.modules.get("IPython")
    if ipython is not None and ipython.get_ipython() is not None:
        from IPython.display import display

        display(result)
    else:
        print(result)
