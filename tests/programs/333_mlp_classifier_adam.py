import torch
from torch import nn, optim
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(42)
n = 120
X = torch.randn(n, 4)
y = (X[:, 0] > 0).long() + (X[:, 1] > 0.5).long()
loader = DataLoader(TensorDataset(X, y), batch_size=32, shuffle=True)
class MLP(nn.Module):
    def __init__(self, d_in, d_hidden, d_out):
        super().__init__()
        self.fc1 = nn.Linear(d_in, d_hidden)
        self.act = nn.ReLU()
        self.drop = nn.Dropout(0.2)
        self.fc2 = nn.Linear(d_hidden, d_out)
    def forward(self, x):
        return self.fc2(self.drop(self.act(self.fc1(x))))
model = MLP(4, 16, 3)
print(model)
print("params:", sum(p.numel() for p in model.parameters()))
print("trainable:", sum(p.numel() for p in model.parameters() if p.requires_grad))
opt = optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.CrossEntropyLoss()
# %%
for epoch in range(8):
    running = 0.0
    for i, (xb, yb) in enumerate(loader):
        logits = model(xb)
        loss = loss_fn(logits, yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        running += loss.item()
    print(f"epoch {epoch + 1}/{8} loss={running / len(loader):.4f} last={loss.item():.4f}")
print(loss)
# %%
model.eval()
with torch.no_grad():
    logits = model(X)
    acc = (logits.argmax(dim=1) == y).float().mean()
print(f"accuracy: {acc.item():.3f}")
logits[:3], logits.softmax(dim=1)[:3]
# %%
sd = model.state_dict()
print(type(sd).__name__, list(sd.keys()))
print({k: tuple(v.shape) for k, v in sd.items()})
model2 = MLP(4, 16, 3)
print(model2.load_state_dict(sd))
model2.eval()
print(torch.equal(model2(X), model(X)))
# %%
opt.state_dict()["param_groups"]
