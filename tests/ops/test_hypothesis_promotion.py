"""Property-based differential test of PyTorch's type promotion: random operand kinds (tensors
with dimensions, 0-dim tensors, Python numbers) of random dtypes through + - * / // and
comparisons; the result's dtype, shape and values must be torch's."""
import numpy as np
import torch
from hypothesis import HealthCheck, given, settings, strategies as st

import autograd_tutor

DTYPES = ["bool", "uint8", "int32", "int64", "float16", "float32", "float64"]
OPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "truediv": lambda a, b: a / b,
    "floordiv": lambda a, b: a // b,
    "gt": lambda a, b: a > b,
    "eq": lambda a, b: a == b,
    "maximum_like": lambda a, b: (a > b) * a + (a <= b) * b,
}


@st.composite
def operands(draw):
    """(kind, dtype, value seed) for one operand: a tensor with dims, a 0-dim tensor or a number."""
    kind = draw(st.sampled_from(["tensor", "scalar_tensor", "number"]))
    dtype = draw(st.sampled_from(DTYPES if kind != "number" else ["bool", "int64", "float64"]))
    return kind, dtype, draw(st.integers(0, 2**31 - 1))


def make(T, kind, dtype, seed):
    rng = np.random.default_rng(seed)
    values = rng.integers(1, 5, size=3)  # nonzero: integer // by 0 is an error in both
    if dtype == "bool":
        values = values > 2
    elif dtype.startswith("float"):
        values = values + rng.integers(0, 4, size=3) * 0.25
    if kind == "number":
        return values[0].item()
    t = T.tensor(values.tolist(), dtype=getattr(T, dtype))
    return t if kind == "tensor" else t[0]


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(operands(), operands(), st.sampled_from(sorted(OPS)))
def test_type_promotion_agrees_with_torch(a, b, op):
    if a[0] == "number" and b[0] == "number":
        return  # plain Python arithmetic
    results = []
    for T in (torch, autograd_tutor):
        try:
            out = OPS[op](make(T, *a), make(T, *b))
            results.append(("value", str(out.dtype).replace("torch.", ""), tuple(out.shape),
                            np.array(out.numpy(), dtype=np.float64)))
        except (RuntimeError, TypeError, NotImplementedError) as exc:
            results.append(("error", type(exc).__name__, str(exc).splitlines()[0]))
    want, got = results
    assert got[:3] == want[:3], f"{a} {op} {b}: {got[:3]} vs torch {want[:3]}"
    if want[0] == "value":
        assert np.allclose(got[3], want[3], rtol=1e-3, equal_nan=True), f"{a} {op} {b}: {got[3]} vs {want[3]}"
