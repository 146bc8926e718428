# Losses and softmax at the edges (probabilities 0 and 1, huge and infinite logits), one_hot, normalize.
import torch
import torch.nn as nn
import torch.nn.functional as F
p = torch.tensor([0.0, 1.0, 1e-12, 1 - 1e-7, 0.5], requires_grad=True)
y = torch.tensor([1.0, 0.0, 1.0, 0.0, 1.0])
l = F.binary_cross_entropy(p, y, reduction="none")
l
# %%
l.sum().backward()
p.grad
# %%
z = torch.tensor([-1000.0, -50.0, 0.0, 50.0, 1000.0], requires_grad=True)
l = F.binary_cross_entropy_with_logits(z, y, reduction="none")
l
# %%
l.sum().backward()
z.grad
# %%
s = torch.tensor([[float("-inf"), 0.0, 1.0], [float("-inf"), float("-inf"), 2.0]], requires_grad=True)
F.softmax(s, dim=1), F.log_softmax(s, dim=1)
# %%
F.cross_entropy(s, torch.tensor([2, 2]))
# %%
F.cross_entropy(s, torch.tensor([0, 2]))
# %%
F.softmax(torch.tensor([1e30, 1e30]), dim=0)
# %%
torch.sigmoid(torch.tensor([-88.0, -89.0, -104.0, -110.0]))
# %%
F.binary_cross_entropy(torch.sigmoid(torch.tensor([20.0])), torch.tensor([0.0]))
# %%
F.binary_cross_entropy(torch.tensor([0.3], dtype=torch.float64), torch.tensor([1.0], dtype=torch.float64))
# %%
x = torch.tensor([[50.0, -50.0, 0.0]], dtype=torch.float64, requires_grad=True)
loss = F.cross_entropy(x, torch.tensor([1]))
loss.backward()
loss, x.grad
# %%
nn.CrossEntropyLoss()(torch.tensor([[0.1, 0.2, 0.7]]).log(), torch.tensor([2]))
# %%
nn.NLLLoss(reduction="none")(torch.tensor([[-0.1, -2.0], [-3.0, -0.05]]), torch.tensor([0, 1]))
# %%
F.log_softmax(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), dim=0)
# %%
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
F.softmax(w, dim=1)[:, 0].sum().backward()
w.grad
# %%
F.one_hot(torch.tensor([0, 2, 1]))
# %%
F.one_hot(torch.tensor([0, 2, 1]), 5)
# %%
F.one_hot(torch.tensor([-1, 2]))
# %%
F.one_hot(torch.tensor([0, 3]), 3)
# %%
F.one_hot(torch.tensor([0.0, 1.0]))
# %%
F.one_hot(torch.tensor([[0, 1], [1, 0]]))
# %%
F.one_hot(torch.tensor(1), 3)
# %%
F.one_hot(torch.tensor([], dtype=torch.long))
# %%
F.one_hot(torch.tensor([], dtype=torch.long), 2)
# %%
F.one_hot(torch.tensor([0, 1], dtype=torch.int32))
# %%
F.one_hot(torch.tensor([1, 0]), num_classes=0)
# %%
F.one_hot([1, 0])
# %%
F.one_hot(torch.tensor([1, 0]), 2).float()
# %%
F.normalize(torch.tensor([[3.0, 4.0], [0.0, 0.0]], requires_grad=True))
# %%
F.normalize(torch.tensor([3.0, 4.0]))
# %%
F.normalize(torch.tensor([3.0, 4.0]), dim=0)
# %%
x = torch.tensor([[3.0, 4.0], [1.0, -1.0]], requires_grad=True)
F.normalize(x, p=1, dim=0).sum().backward()
x.grad
