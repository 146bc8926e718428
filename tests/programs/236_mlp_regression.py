# A tutorial-style MLP regression: a Module subclass, SGD with momentum, loss printed every 10 epochs.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import optim
# A tiny MLP regression written the way tutorials write it, weights set to a pattern.
class MLP(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.hidden = nn.Linear(n_in, n_hidden)
        self.out = nn.Linear(n_hidden, n_out)

    def forward(self, x):
        x = F.relu(self.hidden(x))
        return self.out(x)


torch.manual_seed(0)
model = MLP(1, 8, 1)
with torch.no_grad():
    for i, p in enumerate(model.parameters()):
        p.copy_(torch.linspace(-1.0, 1.0, p.numel()).reshape(p.shape) * (-1) ** i)
x = torch.arange(-2.0, 2.01, 0.5).unsqueeze(1)
y = x ** 2
print(model)
# %%
criterion = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
history = []
for epoch in range(1, 51):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    history.append(loss.item())
    if epoch % 10 == 0:
        print(f"Epoch [{epoch}/50], Loss: {loss.item():.4f}")
# %%
print(f"final loss {history[-1]:.4f}, best {min(history):.4f}")
# %%
with torch.no_grad():
    test = torch.tensor([[0.0], [1.0], [1.5]])
    print(model(test).squeeze())
# %%
model.hidden.weight.grad.norm(), model.out.bias.grad
# %%
total = 0
for name, p in model.named_parameters():
    print(f"{name:15s} {str(tuple(p.shape)):10s} {p.numel()}")
    total += p.numel()
total
