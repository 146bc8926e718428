# Loss constructor arguments and class weights of the wrong type, dtype or size; empty batches.
import torch
import torch.nn as nn
nn.CrossEntropyLoss(weight=[1.0, 2.0])
# %%
nn.BCELoss(weight=[1.0])
# %%
nn.CrossEntropyLoss(reduction=None)(torch.zeros(2, 3), torch.tensor([0, 1]))
# %%
nn.CrossEntropyLoss(label_smoothing=1.5)(torch.zeros(2, 3), torch.tensor([0, 1]))
# %%
nn.CrossEntropyLoss(label_smoothing=-0.1)(torch.zeros(2, 3), torch.tensor([0, 1]))
# %%
nn.CrossEntropyLoss(weight=torch.tensor([1, 2, 3]))(torch.zeros(2, 3), torch.tensor([0, 1]))
# %%
nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64))(torch.zeros(2, 3), torch.tensor([0, 1]))
# %%
nn.MSELoss("sum")
# %%
nn.MSELoss(reduction="sum", size_average=True)
# %%
nn.NLLLoss(weight=torch.ones(3), ignore_index=2)(torch.log_softmax(torch.ones(2, 3), 1), torch.tensor([2, 2]))
# %%
nn.CrossEntropyLoss()(torch.zeros(0, 3), torch.zeros(0, dtype=torch.long))
# %%
nn.CrossEntropyLoss(reduction="sum")(torch.zeros(0, 3), torch.zeros(0, dtype=torch.long))
# %%
F = nn.functional
x = torch.zeros(2, 3)
F.cross_entropy(x, torch.tensor([0, 1]), weight=torch.ones(3, dtype=torch.float64))
# %%
F.cross_entropy(x, torch.tensor([0.0, 1.0]), weight=torch.ones(3, dtype=torch.float64))
# %%
F.cross_entropy(x, torch.zeros(2, 3), weight=torch.ones(3, dtype=torch.float64))
# %%
F.cross_entropy(x, torch.tensor([0, 1]), weight=torch.ones(3, dtype=torch.float64), label_smoothing=0.1)
# %%
F.nll_loss(x, torch.tensor([0, 1]), weight=torch.ones(3, dtype=torch.float64))
# %%
F.binary_cross_entropy(torch.full((3,), 0.5), torch.zeros(3), weight=torch.tensor([1, 2, 3]))
