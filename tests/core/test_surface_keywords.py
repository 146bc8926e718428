"""The keyword surface, checked against PyTorch 2.13's own signatures (the oracle, test-side only).

For every ``torch.<function>``, ``Tensor.<method>`` and ``torch.nn.functional.<function>`` that
autograd_tutor provides, every keyword PyTorch accepts (recorded in ops/_torch_keywords.py by
scripts/record_torch_keywords.py) is either taken by our function with the same name, handled by
the keyword layer (``out=``, the NumPy aliases), or raises a NotImplementedError that names it.
The test prints the counts.
"""

import pytest

import autograd_tutor as ours
import autograd_tutor.nn.functional as ours_f
from autograd_tutor.ops import _keywords, _torch_keywords as recorded


def _surface():
    yield from (("torch.", n, getattr(ours, n, None), keys) for n, keys in recorded.FUNCTIONS.items())
    yield from (("Tensor.", n, getattr(ours.Tensor, n, None), keys) for n, keys in recorded.METHODS.items())
    yield from (("F.", n, getattr(ours_f, n, None), keys) for n, keys in recorded.FUNCTIONAL.items())


def _classify():
    counts = {"functions": 0, "keywords": 0, "same meaning": 0, "out= or renamed (keyword layer)": 0,
              "NotImplementedError": 0, "unhandled": 0}
    unhandled = []
    for prefix, name, fn, keys in _surface():
        if fn is None:
            continue
        counts["functions"] += 1
        ours_keys = _keywords.accepted(fn)
        layer = getattr(fn, "torch_keywords", None) is not None
        for key in keys:
            counts["keywords"] += 1
            if ours_keys is None or (key in ours_keys and key not in _keywords.DEFAULT_ONLY):
                counts["same meaning"] += 1
            elif key == "out" and layer or key in getattr(fn, "renamed", ()):
                counts["out= or renamed (keyword layer)"] += 1
            elif layer or key in _keywords.DEFAULT_ONLY and ours_keys is not None and key in ours_keys:
                counts["NotImplementedError"] += 1
            else:
                counts["unhandled"] += 1
                unhandled.append(f"{prefix}{name}({key}=)")
    return counts, unhandled


def test_every_pytorch_keyword_is_taken_or_named_as_not_implemented():
    counts, unhandled = _classify()
    print("\nsurface check: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    assert counts["functions"] > 500
    assert not unhandled, f"{len(unhandled)} keywords neither taken nor refused: {unhandled[:40]}"


def test_the_recorded_table_is_current():
    """Every entry of ops/_torch_keywords.py is what PyTorch accepts today. Names added since the
    table was recorded are only counted (re-run scripts/record_torch_keywords.py to cover them),
    so that adding a function elsewhere never breaks this test."""
    pytest.importorskip("torch")
    import importlib.util
    import pathlib

    script = pathlib.Path(__file__).resolve().parents[2] / "scripts" / "record_torch_keywords.py"
    spec = importlib.util.spec_from_file_location("record_torch_keywords", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    unrecorded = 0
    for now, table in zip(module.record(), (recorded.FUNCTIONS, recorded.METHODS, recorded.FUNCTIONAL)):
        for name, keys in table.items():
            if name in now:
                assert now[name] == keys, f"{name}: re-run scripts/record_torch_keywords.py"
        unrecorded += len(now.keys() - table.keys())
    special_now = module.record_special()
    for name, keys in recorded.SPECIAL.items():
        assert special_now.get(name, keys) == keys, f"special.{name}: re-run scripts/record_torch_keywords.py"
    print(f"\nsurface check: {unrecorded} provided names not yet in the recorded table")
