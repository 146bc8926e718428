# How tensors print: precision, scientific notation, summarisation, suffixes.
import torch
torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.5, 2.25]), torch.tensor([0.1, 0.123456789])
# %%
torch.tensor([1e-5, 1.0]), torch.tensor([1e10, 1.0]), torch.tensor([123456.0, 1.0]), torch.tensor([1e-10])
# %%
torch.tensor([0.0001, 0.001]), torch.tensor([12345678.0]), torch.tensor([-1.5, 0.0, 2.0])
# %%
torch.tensor([float("nan"), float("inf"), -float("inf"), 1.0]), torch.tensor([float("nan")])
# %%
torch.tensor(3.14159), torch.tensor(2), torch.tensor(-0.0), torch.tensor(1e-8)
# %%
torch.tensor([[1, -20, 300], [4, 5, 6]]), torch.tensor([True, False])
# %%
torch.tensor([[1.5, -20.25], [300.125, 4.0]])
# %%
torch.arange(24.0).reshape(2, 3, 4)
# %%
torch.arange(2000)
# %%
torch.arange(1200.0).reshape(40, 30)
# %%
torch.ones(3, dtype=torch.float64), torch.tensor([1, 2], dtype=torch.int32), torch.tensor(1.0, dtype=torch.float64)
# %%
torch.zeros(0), torch.zeros(2, 0), torch.zeros(0, dtype=torch.int64), torch.zeros(0, dtype=torch.float64)
# %%
x = torch.tensor([1.0, 2.0], requires_grad=True)
x, x * 2, x.sum(), x.mean(), (x * 2).detach(), x + 1, x - 1, x / 2, x ** 2, -x
# %%
x.double() * 3
# %%
with torch.no_grad():
    y = x * 2
y
# %%
print(x * 2)
print(torch.arange(6).view(2, 3))
# %%
str(torch.tensor([1.0])), repr(torch.tensor(0.5))
# %%
torch.tensor([0.1 + 0.2, 1 / 3, 2 / 3])
# %%
torch.set_printoptions(precision=2)
torch.tensor([1 / 3, 2 / 3, 10.0])
# %%
torch.set_printoptions(sci_mode=True)
torch.tensor([1.0, 2.5])
# %%
torch.set_printoptions(sci_mode=False, precision=4)
torch.tensor([1e-6, 1e6])
# %%
torch.set_printoptions(profile="default")
torch.tensor([1e-6, 1e6])
# %%
torch.set_printoptions(threshold=5, edgeitems=2)
torch.arange(10)
# %%
torch.set_printoptions(profile="default")
torch.linspace(0, 1, 30)
# %%
torch.arange(60.0).reshape(3, 20) * 1000
# %%
x.grad_fn, (x * 2).grad_fn, x.sum().grad_fn
# %%
torch.tensor([1.0, 2.0, 3.0], dtype=torch.float16)
# %%
torch.tensor([[1e-3, 1e3], [5.0, -2.5]], dtype=torch.float64)
