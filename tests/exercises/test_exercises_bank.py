"""The answer key and the exercise notebooks that go with it.

Every reference runs this library's autograd; here the same reference code also runs with
real PyTorch as `torch`, and both answers must agree.
"""

import re
from pathlib import Path

import nbformat
import pytest
import torch as real_torch

from autograd_tutor.exercises import registry
from autograd_tutor.exercises.feedback.compare import difference
from autograd_tutor.exercises.registry.bank import (
    accumulation_and_optimizers,
    chain_rule,
    grad_basics,
    vjp_and_graph_modes,
)
from autograd_tutor.exercises.release import BEGIN_SOLUTION

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks" / "exercises"
LIBRARY_BACKED = [grad_basics, chain_rule, vjp_and_graph_modes, accumulation_and_optimizers]


SEEDS = (0, 1, 2)  # drawn hidden inputs: a few runs' worth


def _cases():
    for module in LIBRARY_BACKED:
        for exercise in registry.assignments()[module.ASSIGNMENT]:
            seen = []
            for seed in SEEDS:
                for visibility, case in exercise.cases(seed=seed):
                    if case not in seen:
                        seen.append(case)
                        yield pytest.param(module, exercise, case, id=f"{exercise.id}-{visibility}-{case.describe()}")


@pytest.mark.parametrize("module, exercise, case", list(_cases()))
def test_references_agree_with_pytorch(module, exercise, case, monkeypatch):
    ours = case.expected()
    monkeypatch.setattr(module, "_torch", lambda: real_torch)
    theirs = case.expected()
    assert difference(theirs, ours, exercise.rtol, exercise.atol) is None, (ours, theirs)


def test_every_assignment_has_its_notebook_and_every_exercise_its_cells():
    for assignment, exercises in registry.assignments().items():
        path = NOTEBOOKS / f"{assignment}.ipynb"
        assert path.exists(), path
        nb = nbformat.read(path, as_version=4)
        assert nb.metadata["autograd_tutor"]["assignment"] == assignment
        code = [cell.source for cell in nb.cells if cell.cell_type == "code"]
        assert code[0] == "%load_ext autograd_tutor"
        assert code[1].startswith("import autograd_tutor as torch")
        for exercise in exercises:
            checks = [src for src in code if re.search(rf'check\("{re.escape(exercise.id)}"', src)]
            solutions = [
                src for src in code
                if any(BEGIN_SOLUTION.match(line) for line in src.splitlines())
                and re.search(rf"\b{exercise.answer}\b", src)
            ]
            assert len(checks) == 1 and len(solutions) == 1, exercise.id


def test_registry_rejects_a_second_exercise_with_the_same_id_or_answer_variable():
    existing = registry.get("warmup-power-rule")
    clash = registry.Exercise(
        id=existing.id, title="x", assignment="other", answer="other_answer", points=1,
        public=existing.public,
    )
    with pytest.raises(ValueError):
        registry.register(clash)
    same_answer = registry.Exercise(
        id="warmup-another", title="x", assignment=existing.assignment, answer=existing.answer,
        points=1, public=existing.public,
    )
    with pytest.raises(ValueError):
        registry.register(same_answer)
