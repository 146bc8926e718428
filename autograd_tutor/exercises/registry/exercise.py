"""What an exercise is: what it asks for, its cases, and how its answer is judged.

A case holds inputs and a reference function, never a typed-in number: the expected
answer is computed by the library itself (`Case.expected()`), at check or grading time.

Exercises come in two kinds:
- "value": the answer is plain data (a number, a list of grads, a grad_fn name...).
  Each case's reference takes no input.
- "function": the answer is a function; each case calls it on `args` and compares with
  the reference called on the same `args`. In a grading run the function is evaluated
  in a separate sandbox process (sandbox/functions.py), so hidden inputs never reach the kernel.
  Hidden cases of a function exercise are best `HiddenDraw`s: their inputs are drawn at
  grading time (drawing.py), so they are not written anywhere a learner could read them.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..feedback.plain import to_plain
from .drawing import generator_for

VALUE = "value"
FUNCTION = "function"
MAX_REDRAWS = 100  # a draw that keeps giving fixed inputs is an authoring mistake


@dataclass(frozen=True)
class Case:
    reference: Callable[..., Any]
    args: tuple = ()
    label: str = ""

    def expected(self):
        """The reference answer as plain data."""
        return to_plain(self.reference(*self.args))

    def describe(self):
        if self.label:
            return self.label
        if not self.args:
            return "your answer"
        return "input " + ", ".join(repr(arg) for arg in self.args)


@dataclass(frozen=True)
class HiddenDraw:
    """A hidden case whose inputs are drawn when grading: `draw(rng)` returns the args
    for `reference` (and for the learner's function) from a NumPy Generator."""

    reference: Callable[..., Any]
    draw: Callable[[Any], tuple]
    label: str = ""

    def case(self, rng, avoid=()):
        """A concrete Case, redrawn while its args equal one of `avoid` (the exercise's
        fixed inputs: hard-coding those must never pay off on a drawn case)."""
        for _ in range(MAX_REDRAWS):
            # to_plain turns NumPy scalars into Python numbers: args travel as JSON.
            args = tuple(to_plain(list(self.draw(rng))))
            if args not in avoid:
                return Case(self.reference, args, self.label)
        raise ValueError(f"{MAX_REDRAWS} draws in a row gave only fixed inputs {avoid!r}")


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    assignment: str
    answer: str  # the notebook variable that holds the answer
    points: float
    public: tuple
    hidden: tuple = ()
    hints: tuple = ()
    kind: str = VALUE
    rtol: float = 1e-4
    atol: float = 1e-6
    prompt: str = field(default="", compare=False)
    # explain(answer) -> a sentence naming the mistake in a wrong answer (never the expected
    # value), or None; check() shows it under a failed check (feedback/gradient_paths.py makes these)
    explain: Callable[[Any], Any] = field(default=None, compare=False)

    def __post_init__(self):
        if self.kind not in (VALUE, FUNCTION):
            raise ValueError(f"exercise {self.id}: unknown kind {self.kind!r}")
        if not self.public:
            raise ValueError(f"exercise {self.id}: needs at least one public case")
        if not self.answer.isidentifier():
            raise ValueError(f"exercise {self.id}: answer {self.answer!r} is not a variable name")
        if self.kind != FUNCTION and self.draws_inputs:
            raise ValueError(f"exercise {self.id}: only function exercises can draw inputs")

    @property
    def draws_inputs(self):
        return any(isinstance(case, HiddenDraw) for case in self.hidden)

    def cases(self, visibility="all", seed=None):
        """(visibility, case) pairs: public ones first, then hidden ones, with the inputs of
        drawn hidden cases drawn for the grading run with `seed` (the same seed, the same
        inputs)."""
        pairs = [("public", case) for case in self.public]
        if visibility != "all":
            return pairs
        if self.draws_inputs and seed is None:
            raise ValueError(f"exercise {self.id}: drawn hidden cases need the grading run's seed")
        rng = generator_for(seed, self.id) if self.draws_inputs else None
        fixed = [case.args for case in (*self.public, *self.hidden) if isinstance(case, Case)]
        for case in self.hidden:
            if isinstance(case, HiddenDraw):
                case = case.case(rng, avoid=fixed)
            pairs.append(("hidden", case))
        return pairs
