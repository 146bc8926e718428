# Calling modules and losses the wrong way, and setting weights by hand.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import optim
p = torch.tensor([0.2, 0.7], requires_grad=True)
t = torch.tensor([0.0, 1.0], requires_grad=True)
F.binary_cross_entropy(p, t)
# %%
F.mse_loss(p, t).backward()
p.grad, t.grad
# %%
F.cross_entropy(torch.tensor([[1.0, 2.0]], requires_grad=True), torch.tensor([[0.3, 0.7]], requires_grad=True)).backward()
# %%
seq = nn.Sequential(nn.Linear(2, 2))
seq(torch.ones(1, 2), torch.ones(1, 2))
# %%
seq()
# %%
nn.Linear(2, 2)()
# %%
nn.Linear(2, 2)(torch.ones(2), extra=1)
# %%
nn.Linear(2, 2)([1.0, 2.0])
# %%
nn.ReLU()([1.0])
# %%
nn.MSELoss()(torch.ones(2), 1.0)
# %%
nn.CrossEntropyLoss()(torch.ones(2, 3), [0, 1])
# %%
nn.Linear(in_features=2, out_features=3, bias=False, device="cpu")
# %%
nn.Linear(2, 3, device="cuda")
# %%
nn.Linear(2)
# %%
nn.ReLU(True)
# %%
nn.Sigmoid(1)
# %%
class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.fc = nn.Linear(2, 1)
    def forward(self, x):
        return torch.sigmoid(self.fc(x))
net = Net()
with torch.no_grad():
    net.fc.weight[:] = torch.tensor([[1.0, -1.0]])
    net.fc.bias[:] = 0.5
net(torch.tensor([[1.0, 2.0], [0.0, 0.0]]))
# %%
net.fc.weight[0, 0] = 2.0
# %%
net.fc.weight.data[0, 0] = 2.0
net.fc.weight
# %%
with torch.no_grad():
    net.fc.weight += 1
net.fc.weight
# %%
net.fc.weight.grad is None, net.fc.weight.is_leaf
# %%
out = net(torch.ones(1, 2))
out.backward()
net.fc.weight.grad, net.fc.bias.grad
# %%
print(net.fc.weight.grad.shape, net.fc.weight.shape)
# %%
opt = optim.SGD(net.parameters(), lr=0.1)
opt.step()
net.fc.weight
# %%
for name, param in net.named_parameters():
    print(name, param.shape, param.requires_grad, param.grad)
# %%
net.state_dict()
# %%
torch.manual_seed(42)
a = nn.Linear(3, 3)
torch.manual_seed(42)
b = nn.Linear(3, 3)
torch.equal(a.weight, b.weight)
