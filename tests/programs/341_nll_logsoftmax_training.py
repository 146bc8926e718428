import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(2)
centers = torch.tensor([[0.0, 0.0], [3.0, 0.0], [0.0, 3.0]])
y = torch.arange(3).repeat(20)
X = centers[y] + 0.7 * torch.randn(60, 2)
model = nn.Sequential(nn.Linear(2, 10), nn.ReLU(), nn.Linear(10, 3), nn.LogSoftmax(dim=1))
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True)
crit = nn.NLLLoss()
loader = DataLoader(TensorDataset(X, y), batch_size=15, shuffle=True, drop_last=True)
print(len(loader))
for epoch in range(5):
    losses = []
    for xb, yb in loader:
        opt.zero_grad()
        loss = crit(model(xb), yb)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    print(f"epoch {epoch}: mean {sum(losses) / len(losses):.4f}")
print(loss)
# %%
with torch.no_grad():
    logp = model(X[:4])
logp, logp.exp().sum(dim=1)
# %%
(model(X).argmax(dim=1) == y).sum()
# %%
nn.NLLLoss(reduction="sum")(model(X[:3]), y[:3]), nn.NLLLoss(weight=torch.tensor([1.0, 2.0, 0.5]))(model(X[:6]), y[:6])
