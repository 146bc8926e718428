# Tensor attributes a learner inspects first.
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x.shape, x.dtype, x.device, x.requires_grad, x.is_leaf, x.grad, x.grad_fn
# %%
x.size(), x.size(0), x.size(-1), x.dim(), x.ndim, x.numel(), len(x)
# %%
x.size(2)
# %%
x.shape[1], type(x.shape), x.shape == (2, 3), list(x.shape), torch.Size([2, 3])
# %%
torch.tensor(3.5).item(), torch.tensor([7]).item(), torch.tensor(True).item()
# %%
x.item()
# %%
x.tolist(), torch.tensor(2).tolist(), torch.tensor([1, 2]).tolist()
# %%
a = x.numpy()
type(a).__name__, a.dtype, a.shape
# %%
w = torch.tensor([1.0, 2.0], requires_grad=True)
w.numpy()
# %%
w.detach().numpy(), w.detach().requires_grad, w.data, w.data.requires_grad
# %%
bool(torch.tensor([0.0])), bool(torch.tensor(2))
# %%
bool(torch.tensor([1.0, 2.0]))
# %%
if torch.tensor([1, 0]):
    print("yes")
# %%
len(torch.tensor(5.0))
# %%
float(torch.tensor([2.5])), int(torch.tensor(3.9)), float(x)
# %%
c = x.clone()
c[0, 0] = 100.0
x[0, 0], c[0, 0], c.is_leaf
# %%
z = torch.tensor([1, 2, 3], requires_grad=True)
# %%
z = torch.tensor([1.0, 2.0]).requires_grad_()
z, z.requires_grad_(False), z.requires_grad
# %%
y = w * 2
y.requires_grad_(False)
# %%
y.is_leaf, y.grad_fn.name(), w.is_leaf, y.detach().is_leaf
# %%
print(f"{torch.tensor(1.5)}", f"{torch.tensor(1.5):.3f}", "{:.2e}".format(torch.tensor(12345.0)))
# %%
f"{torch.tensor([1.5, 2.0])}"
# %%
"{:.2f}".format(torch.tensor([1.5, 2.0]))
# %%
torch.is_tensor(x), torch.numel(x), x.type(), x.element_size(), x.is_contiguous()
# %%
for row in x:
    print(row)
# %%
iter(torch.tensor(1.0))
