# Source: d2l-ai/d2l-en, chapter_builders-guide/custom-layer.md (PyTorch tab)
# Changes: dropped the d2lbook tab-selection cell and the d2l import; d2l.tensor/d2l.rand written as
# torch.tensor/torch.rand (what d2l's aliases are); added torch.manual_seed(0).
# %%
import torch
from torch import nn
from torch.nn import functional as F
torch.manual_seed(0)
# %%
class CenteredLayer(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, X):
        return X - X.mean()
# %%
layer = CenteredLayer()
layer(torch.tensor([1.0, 2, 3, 4, 5]))
# %%
net = nn.Sequential(nn.LazyLinear(128), CenteredLayer())
# %%
Y = net(torch.rand(4, 8))
Y.mean()
# %%
class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units,))
        
    def forward(self, X):
        linear = torch.matmul(X, self.weight.data) + self.bias.data
        return F.relu(linear)
# %%
linear = MyLinear(5, 3)
linear.weight
# %%
linear(torch.rand(2, 5))
# %%
net = nn.Sequential(MyLinear(64, 8), MyLinear(8, 1))
net(torch.rand(2, 64))
