"""Which floating-point warnings autograd_tutor prints that PyTorch does not.

Every op the registry declares (``torch.<name>``, ``Tensor.<name>``, in-place variants, operator
methods) and every ``torch.nn.functional`` function is called, on PyTorch and on autograd_tutor,
with float32 and float64 tensors holding inf, -inf, nan, 0, -0, huge (1e38 / 1e308), tiny
(the smallest subnormal), negatives, and empty tensors; then backward from the result, then its
repr (what a notebook shows). A warning autograd_tutor emits (category and message) that PyTorch
does not emit for the same call is an offender, reported with the module the warning is
attributed to (an op module of ours, or one of NumPy's Python files such as numpy/_core/_methods.py).

Which arguments an op takes is found by asking PyTorch: each argument pattern (x; x, y; x, number;
x, dim; x, y, z; number, x) is tried with ordinary values, and the patterns PyTorch accepts are
the ones scanned. Calls that raise in either library are left out (errors are other tests' matter).

Run it in a fresh interpreter, as a user's notebook would import the package (the test does):
    .venv/bin/python tests/support/fp_warning_scan.py [--names sub,mul]  -> JSON on stdout
"""
import json
import math
import re
import sys
import warnings

import numpy as np
import torch

import autograd_tutor
from autograd_tutor.ops._registry import declared

LIBS = {"torch": torch, "ours": autograd_tutor}
INF, NAN = math.inf, math.nan
HUGE = {"float32": 1e38, "float64": 1e308}
TINY = {"float32": 1e-45, "float64": 5e-324}
SCALARS = [0.0, -0.0, 2.0, -1.5, 0.5, INF, -INF, NAN, 1e308]

# Not arithmetic, or needing arguments no pattern gives: calling them with these patterns says
# nothing about floating-point warnings (and some change global state).
SKIP = {"backward", "register_hook", "retain_grad", "requires_grad_", "share_memory_", "set_", "resize_",
        "resize_as_", "numpy", "tolist", "item", "__setitem__", "__delitem__", "detach_", "record_stream",
        "manual_seed", "set_default_dtype", "set_default_tensor_type", "set_printoptions", "set_grad_enabled",
        "use_deterministic_algorithms", "set_num_threads", "seed", "__bool__", "__index__", "__int__",
        "__float__", "__len__", "__iter__", "__hash__", "__array__", "__reduce_ex__", "__deepcopy__"}


def values(dtype):
    return [INF, -INF, NAN, 0.0, -0.0, HUGE[dtype], -HUGE[dtype], TINY[dtype], -1.5, 2.0, 0.5]


def operands(T, dtype, rank):
    """(x, y, z) triples to scan: every pair of special values meets elementwise (rank 2: row i
    of x is value i, column j of y is value j), and empty tensors."""
    dt = getattr(T, dtype)
    v = values(dtype)
    if rank == 2:
        x = T.tensor([[a] * len(v) for a in v], dtype=dt)
        y = T.tensor([v] * len(v), dtype=dt)
        empty = T.zeros(0, 3, dtype=dt)
    else:
        x, y, empty = T.tensor(v, dtype=dt), T.tensor(v[::-1], dtype=dt), T.zeros(0, dtype=dt)
    return [(x, y, y), (y, x, x), (empty, empty, empty)]


def benign(T, rank):
    shape = (3, 3) if rank == 2 else (3,)
    x = T.arange(1, 10, dtype=T.float32)[: math.prod(shape)].reshape(shape) / 4
    return x, x + 0.5, x * 2


PATTERNS = {  # pattern -> (x, y, z, number) -> args
    "x": lambda x, y, z, s: (x,),
    "x,y": lambda x, y, z, s: (x, y),
    "x,number": lambda x, y, z, s: (x, s),
    "x,dim": lambda x, y, z, s: (x, 0),
    "x,y,z": lambda x, y, z, s: (x, y, z),
    "number,x": lambda x, y, z, s: (s, x),
}


def callable_of(T, where, name):
    if where == "torch":
        return getattr(T, name, None)
    if where == "F":
        return getattr(T.nn.functional, name, None)
    if not hasattr(T.Tensor, name):
        return None
    return lambda self, *args: getattr(self, name)(*args)


def targets(only=None):
    """(where, name) of every op to scan: the registry's declarations and torch.nn.functional."""
    found = set()
    for o in declared():
        names = (o.name, *o.aliases)
        if o.function is not False and not o.as_property:
            found.update(("torch", n) for n in names)
        if o.method is not False and not o.as_property:
            found.update(("Tensor", n) for n in names)
        if o.inplace:
            found.update(("Tensor", n) for n in (o.inplace, *(f"{a}_" for a in o.aliases)))
        found.update(("Tensor", d) for d in o.dunders)
    found.update(("F", n) for n in vars(autograd_tutor.nn.functional)
                 if not n.startswith("_") and callable(getattr(autograd_tutor.nn.functional, n)))
    found = {(w, n) for w, n in found if n not in SKIP and (only is None or n in only)}
    return sorted(found)


def _tensors(result):
    if isinstance(result, (tuple, list)):
        return [t for r in result for t in _tensors(r)]
    return [result] if isinstance(result, (torch.Tensor, autograd_tutor.Tensor)) else []


def accepted(where, name):
    """The (pattern, rank) pairs PyTorch accepts for this op, with ordinary values, and the
    warnings PyTorch gave meanwhile (some it gives once per process: torch.meshgrid's)."""
    fn = callable_of(torch, where, name)
    if fn is None or callable_of(autograd_tutor, where, name) is None:
        return [], set()
    found, said = [], set()
    for pattern, args_of in PATTERNS.items():
        if pattern == "number,x" and where == "Tensor":
            continue
        for rank in (2, 1):
            x, y, z = benign(torch, rank)
            if name.endswith("_") and not name.endswith("__"):
                x = x.clone()
            result, caught = _caught(lambda: fn(*args_of(x, y, z, 2.0)))
            said.update((c, m) for c, m, _ in caught)
            if _tensors(result):
                found.append((pattern, rank))
                break
    return found, said


def _caught(run):
    """(result or None, [(category, message, filename)]) of ``run()``, every warning recorded
    (the "always" goes last: filters already installed, the package's own, still apply)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.filterwarnings("always", append=True)
        try:
            result = run()
        except Exception:
            result = None
    return result, [(w.category.__name__, str(w.message).splitlines()[0] if str(w.message) else "", w.filename)
                    for w in caught if not issubclass(w.category, ResourceWarning)]


def one_call(T, fn, pattern, rank, dtype, index, number, phase):
    """Warnings of one call on library ``T`` in ``phase`` (forward, backward or repr)."""
    x, y, z = operands(T, dtype, rank)[index]
    if phase == "backward":  # leaves that require grad, cloned: in-place ops need a non-leaf
        x, y, z = (t.detach().clone().requires_grad_().clone() for t in (x, y, z))
    else:
        x = x.clone()
    args = PATTERNS[pattern](x, y, z, number)
    if phase == "forward":
        return _caught(lambda: fn(*args))[1]
    result, _ = _caught(lambda: fn(*args))
    if result is None:
        return []
    outs = [t for t in _tensors(result) if t.dtype.is_floating_point]
    if phase == "repr":
        return _caught(lambda: [repr(t) for t in outs])[1]
    outs = [t for t in outs if t.requires_grad]
    if not outs:
        return []
    return _caught(lambda: T.autograd.backward(outs, [T.ones_like(t) for t in outs]))[1]


def module_of(filename):
    """The dotted module a warning is attributed to, from its file name."""
    path = filename.replace("\\", "/")
    for root in ("autograd_tutor/", "numpy/", "torch/"):
        if root in path:
            tail = root + path.rsplit(root, 1)[1]
            return re.sub(r"(/__init__)?\.py$", "", tail).replace("/", ".")
    return path


def scan(only=None):
    offenders, calls = [], 0
    for where, name in targets(only):
        fns = {lib: callable_of(T, where, name) for lib, T in LIBS.items()}
        patterns, torch_said = accepted(where, name)
        for pattern, rank in patterns:
            numbers = SCALARS if "number" in pattern else [None]
            for dtype in ("float32", "float64"):
                for index in range(3):
                    for number in numbers:
                        if index == 2 and number not in (None, 0.0):
                            continue  # empty tensors: one number is enough
                        for phase in ("forward", "backward", "repr"):
                            calls += 1
                            got = {lib: one_call(T, fns[lib], pattern, rank, dtype, index, number, phase)
                                   for lib, T in LIBS.items()}
                            theirs = torch_said | {(c, m) for c, m, _ in got["torch"]}
                            for category, message, filename in got["ours"]:
                                if (category, message) not in theirs:
                                    offenders.append({
                                        "op": f"{'torch' if where == 'torch' else where}.{name}", "pattern": pattern,
                                        "dtype": dtype, "operands": ["pairs", "pairs swapped", "empty"][index],
                                        "number": repr(number), "phase": phase, "category": category,
                                        "message": message, "module": module_of(filename)})
    return {"calls": calls, "offenders": offenders}


def summary(offenders):
    """One line per (op, message, module), the way the test reports them."""
    return sorted({f"{o['op']}: {o['category']}: {o['message']} [{o['module']}]" for o in offenders})


if __name__ == "__main__":
    only = None
    if "--names" in sys.argv:
        only = set(sys.argv[sys.argv.index("--names") + 1].split(","))
    np.seterr(divide="warn", over="warn", invalid="warn", under="ignore")  # NumPy's defaults, stated
    report = scan(only)
    if "--summary" in sys.argv:
        lines = summary(report["offenders"])
        print(f"{report['calls']} calls, {len(report['offenders'])} offending calls, {len(lines)} distinct")
        print("\n".join(lines))
    else:
        json.dump(report, sys.stdout)
