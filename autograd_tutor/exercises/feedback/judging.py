"""Judge outcomes against reference answers: the one comparison path used by `check()`
in the notebook and by the grader in its own process."""

from dataclasses import dataclass, field
from typing import Any

from .compare import difference

PASS, FAIL, ERROR, TIMEOUT = "pass", "fail", "error", "timeout"


@dataclass
class Outcome:
    """What the learner's answer produced for one case, as plain data."""

    status: str  # "value", ERROR or TIMEOUT
    value: Any = None
    message: str = ""

    @classmethod
    def of_value(cls, value):
        return cls("value", value)


@dataclass
class CaseResult:
    visibility: str  # "public" or "hidden"
    label: str
    status: str  # PASS, FAIL, ERROR or TIMEOUT
    message: str = ""
    got: Any = None
    expected: Any = field(default=None, repr=False)

    def as_report(self):
        """Per-case detail for reports; hidden expectations stay out of them."""
        entry = {"visibility": self.visibility, "case": self.label, "status": self.status}
        if self.message:
            entry["message"] = self.message
        entry["got"] = _clip(self.got)
        if self.visibility == "public" and self.status != ERROR:
            entry["expected"] = _clip(self.expected)
        return entry


def expected_answer(case):
    """(ok, plain reference answer or error text)."""
    try:
        return True, case.expected()
    except Exception as error:  # a broken reference must not crash a whole grading run
        return False, f"the reference answer could not be computed: {type(error).__name__}: {error}"


def judge(exercise, pairs, outcomes, expected_lookup=expected_answer):
    """One CaseResult per (visibility, case) pair, given the learner's outcome for each."""
    results = []
    for (visibility, case), outcome in zip(pairs, outcomes):
        label = case.describe()
        if outcome.status != "value":
            results.append(CaseResult(visibility, label, outcome.status, outcome.message))
            continue
        ok, expected = expected_lookup(case)
        if not ok:
            results.append(CaseResult(visibility, label, ERROR, expected, outcome.value))
            continue
        found = difference(expected, outcome.value, exercise.rtol, exercise.atol)
        status = FAIL if found else PASS
        results.append(CaseResult(visibility, label, status, found or "", outcome.value, expected))
    return results


def _clip(value, limit=2000):
    text = repr(value)
    return value if len(text) <= limit else text[:limit] + "..."
