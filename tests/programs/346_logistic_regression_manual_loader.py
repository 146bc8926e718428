# Logistic regression written by hand (weights as tensors), batched by a DataLoader.
import torch
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(9)
X = torch.randn(60, 3)
y = (X @ torch.tensor([1.5, -2.0, 0.5]) > 0.2).float()
w = torch.zeros(3, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.5)
for epoch in range(4):
    for xb, yb in DataLoader(TensorDataset(X, y), batch_size=16, shuffle=True):
        logits = xb @ w + b
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch} loss {loss.item():.4f}")
print(loss)
w, b
# %%
p = torch.sigmoid(X[:4] @ w + b)
p, torch.nn.functional.binary_cross_entropy(p, y[:4]), -torch.nn.functional.logsigmoid(X[:4] @ w + b)
# %%
torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor(2.0))(X[:4] @ w + b, y[:4])
