# torch.nn.functional: activations, softmax and the losses as functions, with large logits.
import torch
import torch.nn.functional as F

x = torch.tensor([[-2.0, -0.5, 0.0, 0.5, 3.0], [1.0, 2.0, 3.0, 4.0, 5.0]], requires_grad=True)
F.relu(x)
# %%
F.sigmoid(x)
# %%
torch.sigmoid(x), torch.tanh(x[0])
# %%
F.softmax(x, dim=1)
# %%
F.softmax(x, dim=1).sum(dim=1)
# %%
F.softmax(x, dim=0)
# %%
F.softmax(x)
# %%
F.log_softmax(x, dim=-1)
# %%
F.softmax(x, dim=2)
# %%
x.softmax(1).log(), F.log_softmax(x, 1)
# %%
big = torch.tensor([[1000.0, 0.0, -1000.0], [88.0, 89.0, 90.0]], requires_grad=True)
F.softmax(big, dim=1)
# %%
F.log_softmax(big, dim=1)
# %%
torch.exp(big) / torch.exp(big).sum(dim=1, keepdim=True)
# %%
F.cross_entropy(big, torch.tensor([2, 0]))
# %%
loss = F.cross_entropy(big, torch.tensor([0, 2]))
loss.backward()
loss, big.grad
# %%
F.sigmoid(torch.tensor([-100.0, -20.0, 0.0, 20.0, 100.0]))
# %%
F.binary_cross_entropy(torch.sigmoid(torch.tensor([-100.0, 100.0])), torch.tensor([1.0, 0.0]))
# %%
F.binary_cross_entropy_with_logits(torch.tensor([-100.0, 100.0]), torch.tensor([1.0, 0.0]))
# %%
F.mse_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 2.5])), F.mse_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 2.5]), reduction="sum")
# %%
F.mse_loss(torch.tensor([1.0, 2.0], dtype=torch.float64), torch.tensor([1.5, 2.5]))
# %%
F.cross_entropy(torch.tensor([[1.0, 2.0, 3.0]], dtype=torch.float64, requires_grad=True), torch.tensor([1]))
# %%
F.cross_entropy(torch.tensor([[1.0, 2.0, 3.0]]), torch.tensor([1]), reduction="none")
# %%
F.cross_entropy(torch.tensor([1.0, 2.0, 3.0]), torch.tensor(2))
# %%
F.cross_entropy(torch.zeros(2, 3, 4), torch.zeros(2, 4, dtype=torch.long))
# %%
F.cross_entropy(torch.zeros(2, 3), torch.zeros(2, dtype=torch.int32))
# %%
F.nll_loss(torch.tensor([[-1.0, -2.0], [-0.5, -3.0]]), torch.tensor([1, 0]))
# %%
F.binary_cross_entropy(torch.tensor([0.2, 0.8], dtype=torch.float64), torch.tensor([0.0, 1.0], dtype=torch.float64))
# %%
F.binary_cross_entropy(torch.tensor([0.2, 0.8]), torch.tensor([0.0, 1.0], dtype=torch.float64))
# %%
F.relu(torch.tensor([-1, 0, 2]))
# %%
F.sigmoid(torch.tensor([0, 1]))
# %%
F.softmax(torch.tensor([1, 2, 3]), dim=0)
# %%
F.softmax(torch.tensor([1, 2, 3]), dim=0, dtype=torch.float64)
# %%
F.relu([1.0, -1.0])
# %%
y = F.relu(x)
y.sum().backward()
x.grad
# %%
a = torch.tensor([0.0, 1.0, -1.0], requires_grad=True)
F.relu(a).sum().backward()
a.grad
# %%
s = torch.tensor([0.0, 2.0], requires_grad=True)
F.sigmoid(s).sum().backward()
s.grad
# %%
F.tanh(torch.tensor([0.5])), F.leaky_relu(torch.tensor([-2.0, 2.0]), 0.1)
