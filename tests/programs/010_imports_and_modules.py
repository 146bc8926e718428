# The ways learners import PyTorch's pieces, and what those modules print.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import optim
print(nn.Module.__name__, F.relu.__name__)
# %%
x = torch.tensor([[1.0, -2.0], [3.0, 4.0]], requires_grad=True)
F.relu(x), nn.ReLU()(x), torch.relu(x)
# %%
model = nn.Linear(2, 1)
opt = optim.SGD(model.parameters(), lr=0.1)
opt
