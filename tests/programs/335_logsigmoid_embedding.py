import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
# %%
F.softplus(torch.tensor([-2.0, 0.0, 3.0])), F.softplus(torch.tensor([1.0, 30.0]), beta=2, threshold=10)
# %%
F.logsigmoid(torch.tensor([-100.0, -1.0, 0.0, 2.0], requires_grad=True))
# %%
nn.LogSigmoid()(torch.tensor([1.0]))
# %%
emb = nn.Embedding(10, 3)
emb
# %%
emb(torch.tensor([[1, 2], [3, 9]]))
# %%
emb.weight.shape, sum(p.numel() for p in emb.parameters())
# %%
e2 = nn.Embedding(5, 2, padding_idx=0)
e2.weight
# %%
out = e2(torch.tensor([0, 1, 1, 4])).sum()
out.backward()
e2.weight.grad
# %%
F.embedding(torch.tensor([1, 0]), torch.arange(6.).reshape(3, 2))
# %%
x = torch.tensor([-3.0, 0.5, 4.0], requires_grad=True)
y = F.logsigmoid(x).sum()
y.backward()
x.grad
# %%
F.logsigmoid(torch.tensor([1, 2]))
# %%
F.embedding(torch.tensor([1.0]), torch.ones(3, 2))
# %%
nn.Embedding(4, 2)(torch.tensor([4]))
# %%
nn.Embedding(4, 2, padding_idx=-1).padding_idx, nn.Embedding(4, 2, max_norm=1.0, scale_grad_by_freq=True)
# %%
w = torch.tensor([[0.0, 0.0], [3.0, 4.0], [0.3, 0.4]])
e = nn.Embedding.from_pretrained(w)
e, e.weight.requires_grad, e(torch.tensor([2, 1]))
# %%
e3 = nn.Embedding(4, 2, scale_grad_by_freq=True)
e3(torch.tensor([1, 1, 2])).sum().backward()
e3.weight.grad
