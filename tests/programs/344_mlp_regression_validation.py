import copy
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset, random_split
torch.manual_seed(123)
X = torch.linspace(-2, 2, 80).unsqueeze(1)
y = torch.sin(2 * X) + 0.1 * torch.randn(80, 1)
train_ds, val_ds = random_split(TensorDataset(X, y), [0.75, 0.25])
train_dl = DataLoader(train_ds, batch_size=12, shuffle=True)
val_dl = DataLoader(val_ds, batch_size=len(val_ds))
model = nn.Sequential(nn.Linear(1, 32), nn.Tanh(), nn.Linear(32, 32), nn.Tanh(), nn.Linear(32, 1))
print(model)
print(f"{sum(p.numel() for p in model.parameters())} parameters")
opt = torch.optim.AdamW(model.parameters(), lr=0.01, weight_decay=0.01)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=4, gamma=0.5)
best, best_state = float("inf"), None
for epoch in range(10):
    model.train()
    for xb, yb in train_dl:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xb), yb)
        loss.backward()
        opt.step()
    sched.step()
    model.eval()
    with torch.no_grad():
        val = sum(nn.functional.mse_loss(model(xb), yb).item() for xb, yb in val_dl)
    if val < best:
        best, best_state = val, copy.deepcopy(model.state_dict())
    print(f"epoch {epoch:2d} lr {sched.get_last_lr()[0]:.4f} train {loss.item():.4f} val {val:.4f}")
# %%
model.load_state_dict(best_state)
print(f"best {best:.4f}")
model(torch.tensor([[0.0], [1.0]]))
