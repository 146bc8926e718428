# Shape ops: view, reshape, flatten, squeeze, unsqueeze, expand, t, transpose, permute.
import torch
x = torch.arange(12.0).requires_grad_()
x.view(3, 4), x.view(-1, 6).shape, x.reshape(2, 2, 3).shape, x.view(3, -1).grad_fn, x.reshape(4, 3).grad_fn
# %%
x.view(5, -1)
# %%
x.view(-1, -1)
# %%
x.reshape(3, 5)
# %%
m = x.view(3, 4)
m.t(), m.T.shape, m.transpose(0, 1).shape, m.t().is_contiguous(), m.t().grad_fn, m.T.grad_fn, m.transpose(0, 1).grad_fn
# %%
m.t().view(12)
# %%
m.t().reshape(12), m.t().contiguous().view(-1).shape, m.t().flatten().grad_fn
# %%
c = m.view(3, 1, 4, 1)
c.squeeze().shape, c.squeeze(1).shape, c.squeeze(0).shape, c.unsqueeze(0).shape, c.unsqueeze(-1).shape, c.squeeze().grad_fn, c.unsqueeze(0).grad_fn, c.squeeze(1).grad_fn
# %%
m.unsqueeze(3)
# %%
t3 = torch.arange(24).reshape(2, 3, 4)
t3.permute(2, 0, 1).shape, t3.permute(2, 0, 1)[1], t3.flatten(), t3.flatten(1).shape, t3.flatten(0, 1).shape, t3.transpose(-1, 0).shape
# %%
t3.permute(0, 1)
# %%
t3.transpose(0, 3)
# %%
torch.tensor([1.0, 2.0, 3.0]).t(), torch.tensor([1.0, 2.0, 3.0]).T
# %%
t3.t()
# %%
col = torch.tensor([[1.0], [2.0]], requires_grad=True)
e = col.expand(2, 3)
e, e.grad_fn, col.expand(-1, 4).shape, col.expand(3, 2, 2).shape
# %%
e.sum().backward()
col.grad
# %%
col.expand(3, 3)
# %%
torch.ones(2, 3).expand(2, 3, 3)
# %%
col.expand_as(torch.ones(2, 5)).shape, col.repeat(1, 3), col.repeat(2, 1).grad_fn
# %%
y = (m.t() * torch.arange(3.0)).reshape(2, 6).sum()
y.backward()
x.grad
# %%
m.view(4, 3).stride(), m.stride(), m.t().stride(), m.size(), m.view(torch.Size([2, 6])).shape
# %%
x.view_as(m).shape, m.flatten().shape, torch.flatten(m).shape, torch.reshape(m, (-1,)).shape, torch.squeeze(c).shape, torch.unsqueeze(x, 0).shape, torch.transpose(m, 0, 1).shape, torch.permute(t3, (1, 0, 2)).shape
# %%
m.shape = (4, 3)
# %%
e = torch.arange(4.).unsqueeze(0).expand(2, 4)
c = e.clone()
c.view(8), c.is_contiguous(), torch.ones(2, 3).t().clone().is_contiguous()
