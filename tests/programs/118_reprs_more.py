# More printing: big and small numbers, ints, bools, wide rows, nested dims, dtypes.
import torch
torch.tensor([1e-4, 1.0]), torch.tensor([1e-5, 1e5]), torch.tensor([9.9999e3, 1.0]), torch.tensor([100000.0, 0.5])
# %%
torch.tensor([1e8, 1.0]), torch.tensor([1e9]), torch.tensor([0.00012345]), torch.tensor([-1e-4, 2.0])
# %%
torch.tensor([123456789]), torch.tensor([-5, 10**12]), torch.tensor([[True, False], [False, True]])
# %%
torch.tensor([1.0, float("nan"), 1e6]), torch.tensor([float("inf"), 1e-6]), torch.tensor([float("-inf"), 2.5])
# %%
torch.tensor([0.1, 0.2], dtype=torch.float64) * 3, torch.tensor([1 / 3], dtype=torch.float64)
# %%
torch.arange(30.0) / 7
# %%
torch.arange(12).reshape(2, 1, 2, 3)
# %%
torch.zeros(2, 0, 3), torch.ones(1, 1, 1), torch.zeros(3, 1)
# %%
torch.arange(1001)
# %%
torch.arange(2000.0).reshape(2, 1000)
# %%
torch.arange(10000.0).reshape(100, 100)
# %%
torch.tensor([1.5, 2.5], requires_grad=True).double(), torch.tensor([1, 2]).to(torch.int32) * 3
# %%
torch.tensor(-0.0), torch.tensor([0.0, -0.0]), torch.tensor([-1e-30]), torch.tensor([1e-30, 1.0])
# %%
print(torch.tensor([[1.123456, 2.0], [3.0, 4.5]]))
print(repr(torch.tensor(5)))
print([torch.tensor(1.0), torch.tensor([2, 3])])
print({"w": torch.tensor([0.5])})
# %%
x = torch.tensor([3.0], requires_grad=True)
print(x.grad_fn, x.grad)
y = x * 2
print(y.grad_fn)
str(y), f"{y}"
# %%
"{}".format(torch.tensor(2.5)), "{:6.2f}".format(torch.tensor(2.5)), "%.3f" % torch.tensor(2.5), round(torch.tensor(2.567).item(), 2)
# %%
torch.float32, torch.int64, torch.bool, str(torch.float64), torch.Size([]), torch.Size([1]), torch.ones(2).shape.numel()
# %%
torch.tensor([1, 2]).dtype.is_floating_point, torch.float16.is_floating_point, torch.finfo(torch.float32).eps, torch.iinfo(torch.int32).max
