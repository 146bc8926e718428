"""The corpus: real third-party PyTorch code (official tutorials and examples, lecture series,
textbook chapters, course notebooks, Q&A answers, a scalar autograd engine's tests), each case
in tests/corpus/ naming its source and every change in its first lines.

Each case runs unchanged but for those changes, with ``import torch`` bound to autograd_tutor
(tests/support/seed_runner.py, one process per case), and is compared cell by cell with what PyTorch
2.13 printed (goldens recorded by scripts/record_seed_goldens.py corpus), under the rule of the
seed conformance check (same text, or every number within rtol 1e-3 / atol 1e-4).

``python tests/conformance/test_corpus.py`` prints the figure ('corpus: M/N cells (P%)'), as ``make test``
does after the seed figure; the test requires at least 98% of the cells to match.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parents[1]  # tests/
sys.path.insert(0, str(HERE / "support"))  # pytest's conftest adds it; ``make test`` runs this file as a script

from printed_cells import cells as _cells, close as _close, run as _run  # noqa: E402  (one runner, one matching rule)

CASES = sorted((HERE / "corpus").glob("*.py"))
TARGET = 0.98


def compare(case):
    """(matching cells, total cells, the differing cells' texts) for one case."""
    want = _cells((HERE / "golden" / "corpus" / f"{case.stem}.out").read_text())
    try:
        got = _cells(_run("tutor", case))
    except AssertionError as crash:  # the whole case died: every cell counts as differing
        got = {}
        print(f"{case.stem}: crashed {str(crash)[-300:]}")
    differing = {i: (want[i], got.get(i)) for i in want if not (i in got and (got[i] == want[i] or _close(got[i], want[i])))}
    return len(want) - len(differing), len(want), differing


def figure(verbose=False):
    matched = total = 0
    for case in CASES:
        ok, n, differing = compare(case)
        matched += ok
        total += n
        if verbose and differing:
            for i, (want, got) in differing.items():
                print(f"{case.stem} cell {i}:\n  want: {want[:300]!r}\n  got:  {(got or '')[:300]!r}")
    return matched, total


def line(matched, total):
    return f"corpus: {matched}/{total} cells ({100 * matched / max(total, 1):.1f}%) in {len(CASES)} sources"


def test_corpus_prints_what_pytorch_prints():
    matched, total = figure(verbose=True)
    print(line(matched, total))
    assert len(CASES) >= 40
    assert matched >= TARGET * total, line(matched, total)


if __name__ == "__main__":
    print(line(*figure(verbose="--verbose" in sys.argv)))
