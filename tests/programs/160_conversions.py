# Conversions between dtypes, to Python and to NumPy.
import torch
x = torch.tensor([1.7, -2.3, 0.0], requires_grad=True)
x.float(), x.double(), x.long(), x.int(), x.bool(), x.half()
# %%
x.to(torch.float64), x.to(dtype=torch.int32), x.to("cpu"), x.to(torch.float32) is x, x.float() is x, x.type(torch.float64)
# %%
x.double().grad_fn, x.to(torch.float64).grad_fn, x.long().requires_grad, x.int().grad_fn
# %%
x.double().sum().backward()
x.grad, x.grad.dtype
# %%
i = torch.tensor([1, 2, 3])
i.float(), i.to(torch.float32).mean(), i.double(), i.bool(), i.type(torch.float32), i.type()
# %%
i.float().requires_grad_().long().requires_grad
# %%
x.tolist(), x.detach().numpy().tolist(), x[0].item(), type(x[0].item()), type(i[0].item()), type(i.tolist()[0])
# %%
x.numpy()
# %%
x.detach().cpu().numpy().dtype, i.numpy().dtype, torch.tensor([True]).numpy().dtype
# %%
int(x[0]), float(i[1]), bool(i[0])
# %%
int(x)
# %%
x.to("cuda")
# %%
x.cuda()
# %%
x.device, x.is_cuda, x.cpu() is x, torch.device("cpu")
# %%
x.to(torch.int64, copy=True), x.to(x), i.to(x)
# %%
x.float().is_leaf, x.double().is_leaf
# %%
torch.tensor([3.99, -3.99]).int(), torch.tensor([255, 256, -1]).to(torch.uint8)
