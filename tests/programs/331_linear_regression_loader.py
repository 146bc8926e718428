import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(0)
X = torch.randn(64, 3)
w_true = torch.tensor([[2.0], [-1.0], [0.5]])
y = X @ w_true + 0.3 + 0.1 * torch.randn(64, 1)
loader = DataLoader(TensorDataset(X, y), batch_size=16, shuffle=True)
model = nn.Linear(3, 1)
print(model)
print(sum(p.numel() for p in model.parameters()))
loss_fn = nn.MSELoss()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
# %%
for epoch in range(5):
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    print(f"epoch {epoch}: {total / len(loader.dataset):.4f}")
print(loss)
# %%
model.weight, model.bias
# %%
model.state_dict()
# %%
with torch.no_grad():
    print(model(torch.tensor([[1.0, 1.0, 1.0]])))
