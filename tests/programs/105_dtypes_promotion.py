# dtypes and PyTorch's type promotion rules.
import torch
torch.tensor(1).dtype, torch.tensor(1.0).dtype, torch.tensor(True).dtype, torch.tensor([1, 2.0]).dtype
# %%
torch.get_default_dtype(), torch.float, torch.double, torch.long, torch.int, torch.float32 is torch.float
# %%
i = torch.tensor([1, 2, 3])
f = torch.tensor([0.5, 1.5, 2.5])
d = torch.tensor([0.5, 1.5, 2.5], dtype=torch.float64)
(i + f).dtype, (f + d).dtype, (i + d).dtype, (i * 2).dtype, (i * 2.5).dtype
# %%
i / 2, i / i, (i / 2).dtype
# %%
i // 2, i % 2, -7 // torch.tensor(2), torch.tensor(-7) % 3
# %%
f // 1, torch.tensor([7.5, -7.5]) // 2, torch.tensor([7.5, -7.5]) % 2
# %%
i + True, (torch.tensor([True, False]) + torch.tensor([True, True])), torch.tensor([True]) * 3
# %%
torch.tensor([1, 2], dtype=torch.int32) + torch.tensor([1, 2]), (torch.tensor([1, 2], dtype=torch.int32) + 1).dtype
# %%
torch.tensor(2.0, dtype=torch.float64) * torch.tensor([1.0, 2.0])
# %%
torch.tensor([2.0], dtype=torch.float64) * torch.tensor([1.0, 2.0])
# %%
i ** 2, i ** -1
# %%
i ** 0.5, 2 ** i, 2.0 ** i
# %%
torch.promote_types(torch.int64, torch.float32), torch.promote_types(torch.uint8, torch.int8)
# %%
torch.tensor([300], dtype=torch.uint8)
# %%
torch.tensor([1.7, -1.7]).to(torch.int64), torch.tensor([1.7, -1.7]).long(), torch.tensor([0.0, 2.0]).bool()
# %%
i += 1.5
# %%
f += i
f
# %%
torch.tensor([1, 2]).mean()
# %%
torch.tensor([1, 2]).float().mean(), torch.tensor([1, 2]).sum().dtype, torch.tensor([True, True]).sum()
# %%
torch.set_default_dtype(torch.float64)
torch.tensor([1.0]).dtype, torch.ones(2), torch.arange(3.0)
# %%
torch.set_default_dtype(torch.float32)
torch.tensor([1.0]).dtype
# %%
torch.tensor([1, 2], dtype=torch.float16), torch.tensor([1, 2], dtype=torch.int8)
# %%
torch.zeros(2, dtype=torch.int32) + torch.zeros(2, dtype=torch.float64)
