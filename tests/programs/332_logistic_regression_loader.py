import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(1)
X = torch.randn(100, 2)
y = (X[:, 0] + X[:, 1] > 0).float().unsqueeze(1)
ds = TensorDataset(X, y)
train, val = torch.utils.data.random_split(ds, [80, 20])
train_loader = DataLoader(train, batch_size=20, shuffle=True)
val_loader = DataLoader(val, batch_size=20)
model = nn.Sequential(nn.Linear(2, 1))
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9)
for epoch in range(6):
    model.train()
    for xb, yb in train_loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
    model.eval()
    with torch.no_grad():
        correct = 0
        for xb, yb in val_loader:
            pred = (torch.sigmoid(model(xb)) > 0.5).float()
            correct += (pred == yb).sum().item()
    print(f"epoch {epoch} loss {loss.item():.4f} acc {correct / len(val):.2f}")
print(loss)
# %%
probs = torch.sigmoid(model(X[:5]))
probs
# %%
F.binary_cross_entropy(probs, y[:5]), F.binary_cross_entropy_with_logits(model(X[:5]), y[:5])
# %%
print(model.state_dict().keys())
print(list(model.state_dict()))
print(model[0].weight.grad)
