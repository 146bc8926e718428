# Dropout draws from the same generator as the shuffled DataLoader: the order must match PyTorch's.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(7)
X = torch.randn(40, 3)
y = X.pow(2).sum(dim=1, keepdim=True)
loader = DataLoader(TensorDataset(X, y), batch_size=10, shuffle=True)
model = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Dropout(0.3), nn.Linear(16, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
for epoch in range(5):
    model.train()
    for xb, yb in loader:
        loss = nn.functional.mse_loss(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(X), y)
    print(f"epoch {epoch}: train {loss.item():.4f} eval {val.item():.4f}")
# %%
model.eval()
a, b = model(X[:2]), model(X[:2])
print(torch.equal(a, b), a)
model.train()
print(model(X[:2]))
# %%
torch.randn(3)
