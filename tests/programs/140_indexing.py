# Indexing: ints, slices, steps, negatives, integer tensors, boolean masks; gradients.
import torch
x = torch.arange(12.0).reshape(3, 4).requires_grad_()
x[0], x[-1], x[1, 2], x[:, 1], x[1:, ::2], x[..., -1], x[None, 0].shape, x[0][1]
# %%
x[0].grad_fn, x[1, 2].grad_fn, x[:, 1].grad_fn, x[1:].grad_fn, x[::2].grad_fn, x[None].grad_fn, x[..., 0].grad_fn
# %%
x[3]
# %%
x[0, 4]
# %%
x[:, :, 0]
# %%
x[::-1]
# %%
idx = torch.tensor([0, 2, 0])
x[idx], x[idx].grad_fn, x[:, idx].shape, x[[0, 1], [1, 2]], x[[1]]
# %%
x[idx].sum().backward()
x.grad
# %%
x.grad = None
mask = x > 5
mask, x[mask], x[mask].grad_fn
# %%
x[mask].sum().backward()
x.grad
# %%
x[torch.tensor([True, False, True])], x[:, torch.tensor([True, False, True, False])].shape
# %%
x[torch.tensor([True, False])]
# %%
x[torch.tensor([0, 5])]
# %%
x[torch.tensor([1.0])]
# %%
x[1.5]
# %%
x["a"]
# %%
v = torch.tensor([10.0, 20.0, 30.0])
v[1].item(), v[-1], v[1:2], v[5:], v[torch.tensor(1)], v[[2, 0]], v[torch.tensor([[0, 1], [2, 2]])]
# %%
x.grad = None
x[1:, 1:3].sum().backward()
x.grad
# %%
x.grad = None
(x[0] * x[1]).sum().backward()
x.grad
# %%
x.index_select(0, torch.tensor([2, 0])), torch.gather(x, 1, torch.tensor([[0], [1], [2]])), x.masked_fill(mask, 0.0)
# %%
x[x.argmax() // 4], x.flatten()[x.argmax()]
# %%
torch.where(x > 5, x, torch.zeros(1)), torch.where(x > 5)
