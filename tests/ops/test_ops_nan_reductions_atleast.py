"""nansum, nanmean, atleast_1d/2d/3d and broadcast_shapes against torch: values, dtypes, graphs
(NansumBackward0's saved dim and keepdim; nanmean's DivBackward0 over it), gradients (-0. at a nan
included) and errors."""
import pytest
from ops_oracle import same

REDUCTIONS = ["torch.nansum(x)", "torch.nansum(x, 1)", "x.nansum(dim=0, keepdim=True)", "x.nansum((0, -1), True)",
              "x.nansum(-1)", "torch.nansum(x, dtype=torch.float64)", "torch.nanmean(x)", "torch.nanmean(x, 1)",
              "x.nanmean(0, keepdim=True)", "torch.nanmean(x, (0, 1))", "x.nansum(axis=1)"]


@pytest.mark.parametrize("expr", REDUCTIONS)
def test_nan_reductions_as_torch(expr):
    def program(T):
        x = T.tensor([[1.0, float("nan"), 3.0], [4.0, 5.0, float("nan")]], requires_grad=True)
        r = eval(expr, {"torch": T, "x": x})
        (r * -1).sum().backward()  # -grad: a nan's gradient is -0., as PyTorch's mask product gives
        return r, x.grad

    same(program)


@pytest.mark.parametrize("expr", ["torch.nansum(torch.tensor([1, 2]))", "torch.nansum(torch.tensor([True]))",
                                  "torch.nansum(torch.tensor(2.5, requires_grad=True))",
                                  "torch.nanmean(torch.tensor([float('nan'), float('nan')]))",
                                  "torch.nansum(torch.tensor([[1., 2.]]), 0, dtype=torch.float16)"])
def test_nan_reduction_values_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}))


@pytest.mark.parametrize("expr", ["torch.nanmean(torch.tensor([1, 2]))", "torch.nansum(torch.ones(2), 1)",
                                  "torch.nansum(torch.ones(2), 1.5)", "torch.nanmean(torch.ones(2), 1.5)",
                                  "torch.ones(2).nansum([0.5])", "torch.nanmean(torch.ones(2), True)", "torch.ones(2).nanmean(1.5)"])
def test_nan_reduction_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=(RuntimeError, TypeError, IndexError))


ATLEAST = ["torch.atleast_1d(s)", "torch.atleast_1d(v) is v", "torch.atleast_2d(s)", "torch.atleast_2d(v)",
           "torch.atleast_2d(m) is m", "torch.atleast_3d(s)", "torch.atleast_3d(v)", "torch.atleast_3d(m)",
           "torch.atleast_3d(c) is c", "torch.atleast_1d(s, v)", "torch.atleast_2d([s, v])", "torch.atleast_3d((s,))",
           "torch.atleast_1d()", "torch.broadcast_shapes((2, 1), (3,))", "torch.broadcast_shapes(2, (3, 1))",
           "torch.broadcast_shapes()", "torch.broadcast_shapes(torch.Size([1, 4]), (3, 1), (2, 1, 1))",
           "torch.broadcast_shapes((0,), (1,))"]


@pytest.mark.parametrize("expr", ATLEAST)
def test_atleast_and_broadcast_shapes_as_torch(expr):
    def program(T):
        names = {"torch": T, "s": T.tensor(1.5, requires_grad=True), "v": T.ones(2, requires_grad=True),
                 "m": T.ones(2, 3, requires_grad=True), "c": T.ones(1, 2, 3)}
        return eval(expr, names)

    same(program)


@pytest.mark.parametrize("expr", ["torch.atleast_1d(1.0)", "torch.broadcast_shapes((2,), (3,))",
                                  "torch.broadcast_shapes((2, 3), (1, 2, 2))", "torch.broadcast_shapes((-1,))"])
def test_atleast_and_broadcast_shapes_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=(RuntimeError, TypeError, ValueError))


def test_atleast_gradients_as_torch():
    def program(T):
        s = T.tensor(1.5, requires_grad=True)
        v = T.tensor([1.0, 2.0], requires_grad=True)
        (T.atleast_3d(s) * 2).sum().backward()
        (T.atleast_3d(v) * T.tensor([[[3.0], [4.0]]])).sum().backward()
        return s.grad, v.grad

    same(program)


@pytest.mark.parametrize("dtype", ["float32", "float64", "float16"])
@pytest.mark.parametrize("shape", [(64, 300), (1000,), (7, 33), (3, 5, 40)])
def test_nansum_and_nanmean_give_torchs_bits(shape, dtype):
    # PyTorch's nansum runs its sum's loops reading each nan as 0: the same order, the same bits
    # (NumPy's nansum adds pairwise and differs in the last bits).
    import numpy as np
    import torch

    import autograd_tutor as at

    rng = np.random.default_rng(len(shape) * 100 + shape[-1])
    x = rng.standard_normal(shape).astype(dtype)
    x[rng.random(shape) < 0.1] = np.nan
    # nanmean divides by an int64 count; float16 divided by an integer tensor rounds differently
    # from PyTorch (a known gap: PyTorch divides by the exact count in float32), so only nansum there.
    for name in ("nansum",) if dtype == "float16" else ("nansum", "nanmean"):
        for dim in ((), (0,), (-1,)):
            ours = getattr(at, name)(at.tensor(x), *dim).numpy()
            theirs = getattr(torch, name)(torch.tensor(x), *dim).numpy()
            assert ours.tobytes() == theirs.tobytes(), (name, dim)
