# Mistakes learners make with nn and optim, and what PyTorch says.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import optim

model = nn.Linear(3, 1)
optim.SGD(model.parameters, lr=0.1)
# %%
params = model.parameters()
first = optim.SGD(params, lr=0.1)
second = optim.SGD(params, lr=0.1)
# %%
class ListNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(2, 2), nn.Linear(2, 1)]

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


net = ListNet()
print(net, list(net.parameters()))
optim.Adam(net.parameters())
# %%
nn.Linear(2.0, 3)
# %%
nn.Linear(-1, 3)
# %%
nn.Linear(0, 3)
# %%
pred = torch.tensor([[0.5], [1.5]], requires_grad=True)
nn.MSELoss()(pred)
# %%
loss_fn = nn.MSELoss
loss_fn(pred, torch.ones(2, 1))
# %%
nn.Sequential(nn.Linear(2, 2), F.relu)
# %%
optim.Adam(model.parameters(), lr=0.01, betas=0.9)
# %%
optim.SGD(model.parameters(), lr="0.1")
# %%
optim.SGD(model.parameters(), 0.1, 0.9)
# %%
optim.SGD(model.parameters(), lr=torch.tensor(0.01))
# %%
optim.SGD(model.parameters(), lr=torch.tensor([0.01, 0.02]))
# %%
loss = nn.MSELoss(reduction="none")(pred, torch.ones(2, 1))
loss.backward()
# %%
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -0.25, 1.0]]))
    model.bias.fill_(0.1)
x = torch.ones(4, 3)
out = model(x)
out.backward()
# %%
torch.nn.functional.mse_loss(out, torch.ones(4))
# %%
logits = torch.tensor([[1.0, 2.0], [0.5, -0.5]])
F.cross_entropy(logits, torch.tensor([[0], [1]]))
# %%
F.cross_entropy(logits, torch.tensor([1.0, 0.0]))
# %%
F.cross_entropy(logits, torch.tensor([[0.0, 1.0], [1.0, 0.0]]))
# %%
F.binary_cross_entropy(torch.tensor([0.5, 0.5]), torch.tensor([1, 0]))
# %%
F.binary_cross_entropy(torch.tensor([0.5, 0.5]), torch.tensor([1.0, 0.0, 1.0]))
# %%
nn.BCELoss()(torch.tensor([[0.2], [0.7]]), torch.tensor([0.0, 1.0]))
# %%
sm = nn.Softmax()
sm(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
# %%
nn.Softmax(dim=1)(torch.tensor([1.0, 2.0]))
# %%
model.to("cpu") is model, model.cpu() is model
# %%
model.cuda()
# %%
model.weight = torch.zeros(1, 3)
# %%
model.weight.data = torch.zeros(1, 3)
model.weight
# %%
w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = optim.SGD([w], lr=0.1)
opt.step()
w, w.grad
# %%
w.data -= 0.1
w
# %%
with torch.no_grad():
    w -= 0.1
w
# %%
w -= 0.1
# %%
w.grad = torch.tensor([1.0])
# %%
w.grad = torch.tensor([1.0, 1.0], dtype=torch.float64)
# %%
m = nn.Linear(2, 1)
m(torch.tensor([1, 2]))
# %%
m(torch.tensor([1.0, 2.0], dtype=torch.float64))
# %%
m.double()(torch.tensor([1.0, 2.0], dtype=torch.float64)).dtype
# %%
print(m.weight.dtype)
m.to(torch.int64)
