# Weights in the binary losses: class weights, pos_weight for imbalance, and shapes that do not fit.
import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, -1.0, 0.5], [-0.5, 1.5, -2.0]], requires_grad=True)
targets = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 2.0, 3.0]))(logits, targets)
# %%
loss = nn.BCEWithLogitsLoss(weight=torch.tensor([0.5, 1.0, 2.0]), reduction="sum")(logits, targets)
loss.backward()
loss, logits.grad
# %%
nn.BCEWithLogitsLoss(weight=torch.tensor([[1.0], [3.0]]))(logits, targets)
# %%
nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 2.0]))(logits, targets)
# %%
nn.BCEWithLogitsLoss(weight=torch.tensor([1.0, 2.0]))(logits, targets)
# %%
nn.BCEWithLogitsLoss(weight=torch.ones(4, 2, 3))(logits, targets)
# %%
nn.BCEWithLogitsLoss(pos_weight=torch.ones(4, 1, 1))(logits, targets)
# %%
nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0]))
# %%
probs = torch.sigmoid(logits.detach())
nn.BCELoss(weight=torch.tensor([1.0, 2.0, 0.5]))(probs, targets)
# %%
nn.BCELoss(weight=torch.tensor([[2.0], [1.0]]), reduction="none")(probs, targets)
# %%
nn.BCELoss(weight=torch.tensor([1.0, 2.0]))(probs, targets)
# %%
nn.BCELoss(weight=torch.ones(3, 2, 3))(probs, targets)
# %%
F.binary_cross_entropy(probs, targets, weight=torch.tensor(2.0))
# %%
F.binary_cross_entropy_with_logits(logits, targets[0])
