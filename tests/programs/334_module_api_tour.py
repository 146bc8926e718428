import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
net = nn.Sequential(
    nn.Linear(3, 8), nn.Tanh(),
    nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Dropout(p=0.5)),
    nn.Linear(8, 2), nn.LogSoftmax(dim=1),
)
net
# %%
for name, m in net.named_modules():
    print(repr(name), type(m).__name__)
print([type(c).__name__ for c in net.children()])
print([n for n, _ in net.named_parameters()])
print([n for n, _ in net.named_children()])
# %%
net.state_dict()
# %%
def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        nn.init.zeros_(m.bias)
net.apply(init_weights)
print(net[0].weight)
print(net[0].bias)
# %%
for p in net[0].parameters():
    p.requires_grad_(False)
print([p.requires_grad for p in net.parameters()])
x = torch.randn(4, 3)
out = net(x)
loss = nn.NLLLoss()(out, torch.tensor([0, 1, 1, 0]))
loss.backward()
print(loss)
print(net[0].weight.grad, net[3].bias.grad)
# %%
net.eval()
print(net.training, net[2][2].training)
print(net(x))
net.train()
print(net(x))
