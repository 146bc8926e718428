"""The watcher reads every cell's source (backward() calls, "# predict", hints): in time linear in
its length, whatever the learner pasted. Each input below took the old patterns from 20 seconds to
minutes (backtracking); a limit of 2 s leaves room for a loaded machine."""
import time

import pytest

from autograd_tutor.notebook import cellsource, hints

PASTED = {
    "a DNA sequence": 'dna = "' + "ACGT" * 25_000 + '"',
    "a chain of dots": "a." * 50_000,
    "blank lines": "\n" * 60_000 + "y = x * 2",
    "nested brackets": "x[" * 40_000,
}
READERS = {
    "backward_targets": cellsource.backward_targets,
    "is_predict": cellsource.is_predict,
    "non-scalar hint": lambda source: hints.hint_for(
        RuntimeError("grad can be implicitly created only for scalar outputs"), source, {}),
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("pasted", PASTED)
def test_reading_a_long_cell_takes_no_time(pasted, reader):
    start = time.perf_counter()
    READERS[reader](PASTED[pasted])
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize("source, targets", [
    ("y.backward()", ["y"]), ("model.loss.backward()", ["model.loss"]), ("  y .backward( )", ["y"]),
    ("z2.backward(retain_graph=True)\ny.backward()", ["z2", "y"]), ("(a + b).backward()", []),
    ("out.sum().backward()", []),
])
def test_backward_targets_are_the_names_written_before_backward(source, targets):
    assert cellsource.backward_targets(source) == targets
