"""Programs split into cells ('# %%') run by seed_runner.py in a process of their own, with
``import torch`` bound to torch or to autograd_tutor, and their printed cells compared: the same
text, or the same with every number within rtol 1e-3 / atol 1e-4 (the seed conformance rule)."""
import math
import pathlib
import re
import subprocess
import sys

RUNNER = pathlib.Path(__file__).resolve().parent / "seed_runner.py"
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|nan|inf")


def cells(text):
    """{cell number: its printed text, lines right-stripped}."""
    parts = re.split(r"^--- cell (\d+)$", text, flags=re.M)
    return {int(parts[i]): "\n".join(l.rstrip() for l in parts[i + 1].strip().splitlines())
            for i in range(1, len(parts) - 1, 2)}


def close(a, b):
    if NUMBER.sub("#", a) != NUMBER.sub("#", b):
        return False
    for x, y in zip(NUMBER.findall(a), NUMBER.findall(b)):
        fx, fy = float(x), float(y)
        if not (fx == fy or (math.isnan(fx) and math.isnan(fy))
                or math.isclose(fx, fy, rel_tol=1e-3, abs_tol=1e-4)):
            return False
    return True


def run(impl, *cases, timeout=300):
    """What the cases print with ``impl`` ("torch" or "tutor")."""
    proc = subprocess.run([sys.executable, str(RUNNER), impl, *map(str, cases)],
                          capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def differing_cells(got, want):
    """The cells of ``got`` that differ from ``want`` (both {number: text}), as a readable report."""
    assert list(got) == list(want), f"cells {list(got)} != {list(want)}"
    return "\n".join(f"cell {i}:\n  want: {want[i]!r}\n  got:  {got[i]!r}"
                     for i in want if not (got[i] == want[i] or close(got[i], want[i])))
