"""Differential testing against real PyTorch: run the same program on torch and autograd_tutor.

A test writes ``program(T)`` using only the ``torch`` API through ``T``; ``same(program)`` runs
it with ``T = torch`` and ``T = autograd_tutor`` and compares what came out:

- tensors: their ``repr`` (exactly, or values within tolerance with ``exact=False``), dtype, shape,
  and the whole ``grad_fn`` graph: node names, ``next_functions`` structure and every
  ``_saved_*`` field (non-tensor values by ``repr``, saved tensors by dtype, shape and values);
- exceptions, only where the test declares them (``raises=ValueError``): their type and the
  first line of their message; an undeclared exception fails the test with its traceback;
- warnings: their category and the first line of their message;
- anything else (numbers, bools, tuples, Sizes...): by ``repr``.

Nothing expected is typed by hand: torch computes it in the same test. A program is always a
callable; ``printed(source)`` turns a source text into one whose outcome is what it printed.
"""
import contextlib
import io
import math
import re
import subprocess
import sys
import warnings

import numpy as np
import torch

import autograd_tutor

LIBS = (torch, autograd_tutor)


def outcome(program, T, raises=None):
    """What running ``program(T)`` produced, as plain comparable data. Only an error of a
    declared type (``raises``) is an outcome; any other propagates and fails the test."""
    with warnings.catch_warnings(record=True) as caught:
        # every warning, once each filter already there has had its say: autograd_tutor's own
        # (_fp_warnings) hides NumPy's inf/nan warnings from its ops, as a learner sees it
        warnings.filterwarnings("always", append=True)
        try:
            result = ("returned", describe(program(T)))
        except Exception as exc:
            if raises is None or not isinstance(exc, raises):
                raise
            result = ("raised", type(exc).__name__, _first_line(exc))
    notes = tuple((w.category.__name__, _first_line(w.message)) for w in caught if not _stray(w))
    return result + (("warnings",) + notes,)


def _stray(caught_warning):
    """A ResourceWarning is the garbage collector finalising some earlier test's socket or file
    while the program ran: not something the program under test did."""
    return issubclass(caught_warning.category, ResourceWarning)


stray = _stray  # for the other in-process comparisons


def _first_line(message):
    lines = str(message).splitlines()
    return lines[0] if lines else ""


def describe(value):
    """Plain data for a value coming out of a program (tensors with their graph)."""
    if isinstance(value, (Tensorish, Printed, np.ndarray)):
        return value  # already described inside the program (e.g. before a backward frees it)
    if _is_tensor(value):
        return Tensorish(value)
    if isinstance(value, (list, tuple)) and not _is_size(value):
        inner = tuple(describe(v) for v in value)
        if type(value) in (list, tuple):
            return (type(value).__name__,) + inner
        return ("named", type(value).__name__, Printed(repr(value))) + inner
    if isinstance(value, dict):
        return ("dict",) + tuple((k, describe(v)) for k, v in value.items())
    if _is_node(value):
        return ("node", graph(value))
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    return ("value", type(value).__name__ if not _is_dtype(value) else "dtype", Printed(repr(value)))


class Printed:
    """Printed text: equal when identical, or (with ``exact=False``) when only numbers differ a little."""

    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        if not isinstance(other, Printed):
            return NotImplemented
        return self.text == other.text or (not Tensorish.exact and _close_text(self.text, other.text))

    def __repr__(self):
        return self.text


_NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|nan|inf")


def _close_text(a, b):
    if _NUMBER.sub("#", a) != _NUMBER.sub("#", b):
        return False
    return all(
        x == y or math.isclose(float(x), float(y), rel_tol=1e-3, abs_tol=1e-4)
        for x, y in zip(_NUMBER.findall(a), _NUMBER.findall(b))
    )


class Tensorish:
    """A tensor's printed form, values, dtype and graph, compared with a tolerance when asked."""

    exact = True
    rtol = 1e-5
    atol = 1e-6

    def __init__(self, t):
        self.repr = Printed(repr(t))
        self.dtype = str(t.dtype).replace("torch.", "")
        self.values = np.array(t.detach().numpy(force=True), copy=True)
        self.requires_grad = t.requires_grad
        self.is_leaf = t.is_leaf
        self.graph = graph(t.grad_fn) if t.grad_fn is not None else None

    def __eq__(self, other):
        if not isinstance(other, Tensorish):
            return NotImplemented
        return (
            self.dtype == other.dtype
            and self.values.shape == other.values.shape
            and self.requires_grad == other.requires_grad
            and self.is_leaf == other.is_leaf
            and self.repr == other.repr
            and _close(self.values, other.values)
            and same_data(self.graph, other.graph)
        )

    def __repr__(self):
        return f"Tensorish({self.repr}, graph={self.graph})"


def _close(a, b):
    if a.shape != b.shape:
        return False
    if a.dtype.kind == "f" or b.dtype.kind == "f":
        return bool(np.allclose(a, b, rtol=Tensorish.rtol, atol=Tensorish.atol, equal_nan=True))
    return bool(np.array_equal(a, b))


def same_data(a, b):
    """Structural equality where arrays compare within tolerance."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.dtype.kind == b.dtype.kind \
            and _close(a, b)
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same_data(x, y) for x, y in zip(a, b))
    return a == b


def first_difference(got, want, path="outcome"):
    """Where two outcomes first differ, as a short readable message."""
    if isinstance(got, tuple) and isinstance(want, tuple) and len(got) == len(want):
        for i, (g, w) in enumerate(zip(got, want)):
            if not same_data(g, w):
                return first_difference(g, w, f"{path}[{i}]")
    if isinstance(got, Tensorish) and isinstance(want, Tensorish):
        for field in ("repr", "dtype", "requires_grad", "is_leaf", "graph"):
            if not same_data(getattr(got, field), getattr(want, field)):
                return first_difference(getattr(got, field), getattr(want, field), f"{path}.{field}")
        return f"{path}: values differ\nautograd_tutor: {got.values}\ntorch:          {want.values}"
    return f"{path}\nautograd_tutor: {got!r}\ntorch:          {want!r}"


def _is_tensor(v):
    return isinstance(v, (torch.Tensor, autograd_tutor.Tensor))


def _is_size(v):
    return isinstance(v, (torch.Size, autograd_tutor.Size))


def _is_dtype(v):
    return isinstance(v, (torch.dtype, autograd_tutor.dtype))


def _is_node(v):
    return hasattr(v, "next_functions") and hasattr(v, "name")


def graph(root):
    """The graph below ``root`` as nested tuples: (name, saved fields, children)."""
    if root is None:
        return None
    memo = {}
    stack = [(root, False)]
    while stack:  # iterative post-order: long chains must not hit the recursion limit
        node, expanded = stack.pop()
        if node in memo:
            continue
        children = [n for n, _ in node.next_functions if n is not None]
        if not expanded:
            stack.append((node, True))
            stack.extend((c, False) for c in children if c not in memo)
            continue
        name = node.name()
        if name.endswith("AccumulateGrad"):
            memo[node] = (name, _saved_of_leaf(node))
            continue
        kids = tuple(
            (memo[n], i) if n is not None else None for n, i in node.next_functions
        )
        memo[node] = (name, saved_fields(node), kids)
    return memo[root]


def _saved_of_leaf(node):
    v = node.variable
    return (tuple(v.shape), str(v.dtype))


def saved_fields(node):
    out = []
    for attr in sorted(a for a in dir(node) if a.startswith("_saved_")):
        try:
            value = getattr(node, attr)
        except RuntimeError as exc:
            value = ("raises", _first_line(exc))
        out.append((attr, _saved_value(value)))
    return tuple(out)


def _saved_value(value):
    if _is_tensor(value):
        grad_fn = None if value.grad_fn is None else type(value.grad_fn).__name__
        return ("tensor", str(value.dtype), tuple(value.shape), value.requires_grad, grad_fn,
                np.array(value.detach().numpy(force=True), copy=True))
    if isinstance(value, tuple) and any(_is_tensor(v) for v in value):
        return tuple(_saved_value(v) for v in value)
    return repr(value)


def whole_messages(program, raises):
    """The whole message of the ``raises`` error that ``program(T)`` raises, on torch then on
    autograd_tutor (``same`` compares first lines: this is for messages checked to the end)."""
    messages = []
    for T in LIBS:
        try:
            program(T)
        except raises as exc:
            messages.append(str(exc))
        else:
            raise AssertionError(f"{T.__name__} raised no {raises.__name__}")
    return messages


def same_error(expr, raises):
    """``expr`` (source text naming ``torch``) raises the declared ``raises`` on torch and on
    autograd_tutor, with the same first line (``same``) and the same whole message."""
    def program(T):
        return eval(expr, {"torch": T})

    same(program, raises=raises)
    theirs, ours = whole_messages(program, raises)
    assert ours == theirs


def same(program, *, raises=None, exact=True, rtol=1e-5, atol=1e-6):
    """Asserts that ``program`` behaves the same on torch and on autograd_tutor. ``raises``
    declares the error type(s) torch is expected to raise; torch must then raise one."""
    if not callable(program):
        raise TypeError(f"same() takes a callable program(T), not {type(program).__name__}; "
                        "wrap source text in printed()")
    Tensorish.exact, Tensorish.rtol, Tensorish.atol = exact, rtol, atol
    try:
        want = outcome(program, torch, raises)
        if raises is not None:
            assert want[0] == "raised", f"declared raises={raises!r}, but torch returned {want[1]!r}"
        got = outcome(program, autograd_tutor, raises)
        assert same_data(got, want), first_difference(got, want)
    finally:
        Tensorish.exact, Tensorish.rtol, Tensorish.atol = True, 1e-5, 1e-6
    return want


def printed_in_fresh_processes(source):
    """What ``source`` prints in a new Python process under torch, then under autograd_tutor
    (``{lib}`` in it stands for the module's name): for what happens once per process, such as
    a warning given only the first time."""
    return [subprocess.run([sys.executable, "-c", source.format(lib=lib)], capture_output=True, text=True,
                           check=True).stdout for lib in ("torch", "autograd_tutor")]


_ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def printed(source):
    """A program running ``source`` with ``torch`` bound to the library; its outcome is the text
    it printed (object addresses masked), so printed programs go through ``same()`` too."""
    if not isinstance(source, str):
        raise TypeError(f"printed() takes source text, not {type(source).__name__}")
    code = compile(source, "<printed program>", "exec")

    def program(T):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            exec(code, {"torch": T})
        return Printed(_ADDRESS.sub("0xADDR", buffer.getvalue()))

    return program


def op_case_id(case):
    """A test id for a ``(expr, *arrays)`` case of ``check_op``: the expression, then each input's shape."""
    return f"{case[0]}-{'-'.join('x'.join(map(str, np.shape(a))) for a in case[1:])}"


def check_op(expr, *arrays, dtype="float64", exact=False, second_order=True, rtol=1e-5, atol=1e-6,
             raises=None, second_order_raises=None):
    """One op on inputs ``a``, ``b``, ``c`` (from ``arrays``): its output and graph, its gradient
    for a fixed random weighting of the output, and (``second_order``) the gradient of that
    gradient, all compared with torch's. ``raises`` declares an error of the op itself;
    ``second_order_raises`` one of the second derivative only: the output and the first
    derivative are compared all the same, and torch must raise it."""
    names = dict(zip("abc", arrays))
    unbound = sorted(set(compile(expr, "<op>", "eval").co_names) & set("abc") - set(names))
    if unbound:
        raise TypeError(f"check_op({expr!r}) names {unbound} but has {len(arrays)} input(s)")

    def program(T):
        dt = getattr(T, dtype)
        xs = [T.tensor(a, dtype=dt, requires_grad=True) for a in arrays]
        y = eval(expr, {"T": T, "torch": T}, dict(zip("abc", xs)))
        out = y[0] if isinstance(y, tuple) else y
        before = describe(y)
        if not out.requires_grad:  # integer results (indices): nothing to differentiate
            return before, None
        rng = np.random.default_rng(0)
        # Exact printing needs exact sums: small integer weights keep quarter-step inputs exact.
        weights = rng.integers(-3, 4, tuple(out.shape)) if exact else rng.standard_normal(tuple(out.shape))
        w = T.tensor(weights, dtype=out.dtype)
        grads = T.autograd.grad((out * w).sum(), xs, create_graph=second_order, allow_unused=True)
        shown = tuple(None if g is None else (g.requires_grad, describe(g.detach())) for g in grads)
        if not second_order:
            return before, shown
        live = [g for g in grads if g is not None and g.requires_grad]
        if not live:
            return before, shown, None
        v = [T.tensor(rng.standard_normal(tuple(g.shape)), dtype=g.dtype) for g in live]
        total = sum((g * vi).sum() for g, vi in zip(live, v))
        if second_order_raises is None:
            second = T.autograd.grad(total, xs, allow_unused=True)
        else:
            try:
                second = T.autograd.grad(total, xs, allow_unused=True)
            except second_order_raises as exc:
                return before, shown, ("raised", type(exc).__name__, _first_line(exc))
            assert T is not torch, f"declared second_order_raises={second_order_raises!r}, but torch returned"
        return before, shown, tuple(None if g is None else np.array(g.detach().numpy(force=True)) for g in second)

    return same(program, exact=exact, rtol=rtol, atol=atol, raises=raises)
