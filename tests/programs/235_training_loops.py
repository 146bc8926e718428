# Typical training loops: linear regression, a small classifier, printing loss every epoch.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import optim

# Linear regression y = 3x - 1 with nn.Linear and SGD, weights started at zero.
x = torch.linspace(-1, 1, 8).unsqueeze(1)
y = 3 * x - 1
model = nn.Linear(1, 1)
with torch.no_grad():
    model.weight.zero_()
    model.bias.zero_()
loss_fn = nn.MSELoss()
opt = optim.SGD(model.parameters(), lr=0.1)
for epoch in range(10):
    pred = model(x)
    loss = loss_fn(pred, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"epoch {epoch + 1:2d}  loss {loss.item():.6f}")
# %%
model.weight.item(), model.bias.item()
# %%
list(model.parameters())
# %%
with torch.no_grad():
    print(model(torch.tensor([[2.0]])))
# %%
model(torch.tensor([[2.0]])).detach()
# %%
losses = []
for epoch in range(200):
    opt.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    losses.append(loss.item())
print(round(losses[-1], 6), [round(v, 4) for v in losses[::50]])
print(model.weight.data, model.bias.data)
# %%
# The same regression written by hand with tensors that require grad.
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = optim.SGD([w, b], lr=0.1, momentum=0.9)
for step in range(5):
    loss = ((x * w + b - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss, w.grad, b.grad)
# %%
# Forgetting zero_grad: the gradients accumulate.
w = torch.zeros(1, requires_grad=True)
for step in range(3):
    loss = ((x * w - y) ** 2).mean()
    loss.backward()
    print(w.grad)
# %%
# A two-layer classifier for XOR with hand-set weights, CrossEntropyLoss and Adam.
X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = torch.tensor([0, 1, 1, 0])
net = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 2))
with torch.no_grad():
    net[0].weight.copy_(torch.tensor([[1.2, 0.9], [-0.8, -1.1], [1.0, -0.7], [-0.6, 1.3]]))
    net[0].bias.copy_(torch.tensor([-0.5, 1.4, 0.1, -0.2]))
    net[2].weight.copy_(torch.tensor([[0.5, 0.4, -0.3, -0.6], [-0.2, -0.5, 0.7, 0.3]]))
    net[2].bias.zero_()
opt = optim.Adam(net.parameters(), lr=0.05)
criterion = nn.CrossEntropyLoss()
for epoch in range(30):
    opt.zero_grad()
    logits = net(X)
    loss = criterion(logits, Y)
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        acc = (logits.argmax(dim=1) == Y).float().mean()
        print(f"epoch {epoch} loss={loss.item():.4f} acc={acc.item():.2f}")
# %%
net(X).softmax(dim=1)
# %%
net(X).argmax(1)
# %%
net.eval()
with torch.no_grad():
    out = net(X)
out.requires_grad, out.grad_fn
# %%
# Binary classification with a sigmoid output and BCELoss.
clf = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
with torch.no_grad():
    clf[0].weight.copy_(torch.tensor([[0.5, -0.5]]))
    clf[0].bias.zero_()
targets = torch.tensor([[0.0], [1.0], [1.0], [1.0]])
opt = optim.SGD(clf.parameters(), lr=1.0)
for epoch in range(5):
    opt.zero_grad()
    loss = nn.BCELoss()(clf(X), targets)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4))
clf[0].weight
# %%
# Mini-batches by slicing.
for start in range(0, 8, 4):
    xb, yb = x[start:start + 4], y[start:start + 4]
    print(xb.shape, F.mse_loss(model(xb), yb).item() < 1e-3)
# %%
# A closure for step().
p = torch.tensor([2.0], requires_grad=True)
o = optim.SGD([p], lr=0.25)
def closure():
    o.zero_grad()
    l = (p ** 2).sum()
    l.backward()
    return l
o.step(closure), p
# %%
# Calling backward twice.
loss = F.mse_loss(model(x), y)
loss.backward()
loss.backward()
