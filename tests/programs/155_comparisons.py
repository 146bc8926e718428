# Comparisons, equality and closeness.
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([3.0, 2.0, 1.0])
a == b, a != b, a < b, a <= b, a > b, a >= b, a == 2, 2 < a
# %%
a.eq(b), a.ne(b), a.gt(b), a.ge(2), a.lt(b), a.le(b), torch.eq(a, b), torch.gt(a, 1.5)
# %%
torch.equal(a, b), torch.equal(a, a.clone()), torch.equal(a, torch.tensor([1, 2, 3])), torch.equal(a, a[:2])
# %%
torch.allclose(a, a + 1e-6), torch.allclose(a, b), torch.allclose(a, a + 0.01, atol=0.1), torch.isclose(a, a + 1e-3), torch.allclose(a, a + 0.01, rtol=0.0)
# %%
torch.allclose(a, torch.tensor([1, 2, 3]))
# %%
torch.allclose(torch.tensor([1.0, float("nan")]), torch.tensor([1.0, float("nan")])), torch.allclose(torch.tensor([1.0, float("nan")]), torch.tensor([1.0, float("nan")]), equal_nan=True)
# %%
(a == b).any(), (a == b).all(), (a > 0).all(), torch.any(a > 2), torch.all(a > 2), (a > 1).sum(), (a > 1).float().mean()
# %%
a == torch.ones(2)
# %%
(a > b) & (a > 1), (a > b) | (a > 2), ~(a > b), (a > b) ^ (a > 1)
# %%
(a > 1) and (a < 3)
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
x > 1, (x > 1).requires_grad, x.eq(1).dtype, (x == x).all()
# %%
torch.tensor([1, 2]) == torch.tensor([1.0, 2.5]), torch.tensor([1, 2]) < 1.5
# %%
a.equal(b), a.allclose(b), torch.ne(a, 2)
# %%
a == "x"
# %%
a == None
# %%
torch.sort(b), torch.topk(a, 2), b.argsort(), torch.unique(torch.tensor([3, 1, 3]))
