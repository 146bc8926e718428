# The three losses a learner meets first: MSELoss, CrossEntropyLoss and BCELoss.
import torch
import torch.nn as nn

pred = torch.tensor([[0.5, 1.5], [2.0, -1.0], [0.0, 0.25]], requires_grad=True)
target = torch.tensor([[1.0, 1.0], [2.0, 0.0], [-0.5, 0.5]])
mse = nn.MSELoss()
mse
# %%
loss = mse(pred, target)
loss
# %%
loss.backward()
pred.grad
# %%
nn.MSELoss(reduction="sum")(pred, target), nn.MSELoss(reduction="none")(pred, target)
# %%
nn.MSELoss(reduction="sum"), nn.MSELoss(reduction="none")
# %%
nn.MSELoss(reduction="average")(pred, target)
# %%
nn.MSELoss()(pred, target[:, :1])
# %%
nn.MSELoss()(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([[1.0], [2.0]]))
# %%
nn.MSELoss()(pred, torch.tensor([[1, 1], [2, 0], [0, 0]]))
# %%
nn.MSELoss()(torch.tensor([1, 2]), torch.tensor([1, 3]))
# %%
nn.MSELoss()(pred, [[1.0, 1.0]])
# %%
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.0, 1.0, 1.0], [-1.0, 0.0, 3.0]], requires_grad=True)
labels = torch.tensor([0, 1, 2, 2])
ce = nn.CrossEntropyLoss()
loss = ce(logits, labels)
loss
# %%
loss.backward()
logits.grad
# %%
nn.CrossEntropyLoss(reduction="none")(logits, labels)
# %%
nn.CrossEntropyLoss(reduction="sum")(logits, labels)
# %%
weighted = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5]))
weighted
# %%
weighted(logits, labels), weighted.weight
# %%
nn.CrossEntropyLoss(label_smoothing=0.1)(logits, labels)
# %%
nn.CrossEntropyLoss(ignore_index=2)(logits, labels)
# %%
probs = torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [0.0, 0.1, 0.9]])
nn.CrossEntropyLoss()(logits, probs)
# %%
ce(logits, labels.float())
# %%
ce(logits, torch.tensor([0, 1, 3, 2]))
# %%
ce(logits, torch.tensor([0, 1, 2]))
# %%
ce(logits, labels.view(4, 1))
# %%
ce(logits[0], labels[0])
# %%
ce(logits, torch.tensor([0, 1, -1, 2]))
# %%
ce(labels, logits)
# %%
nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0]))(logits, labels)
# %%
p = torch.tensor([0.9, 0.2, 0.6, 0.5], requires_grad=True)
y = torch.tensor([1.0, 0.0, 1.0, 0.0])
bce = nn.BCELoss()
loss = bce(p, y)
loss
# %%
loss.backward()
p.grad
# %%
nn.BCELoss(reduction="none")(p, y), nn.BCELoss(reduction="sum")(p, y)
# %%
nn.BCELoss(weight=torch.tensor([1.0, 2.0, 1.0, 0.5]))(p, y)
# %%
bce(torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0]))
# %%
bce(torch.tensor([1.5, 0.5]), torch.tensor([1.0, 0.0]))
# %%
bce(torch.tensor([0.5, -0.1]), torch.tensor([1.0, 0.0]))
# %%
bce(p, y.view(4, 1))
# %%
bce(p, torch.tensor([1, 0, 1, 0]))
# %%
bce(torch.tensor([2.0, -1.0]), torch.tensor([1.0, 0.0]))
# %%
bce(torch.sigmoid(torch.tensor([2.0, -1.0])), torch.tensor([1.0, 0.0]))
# %%
nn.BCEWithLogitsLoss()(torch.tensor([2.0, -1.0]), torch.tensor([1.0, 0.0]))
# %%
nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0]))(torch.tensor([2.0, -1.0]), torch.tensor([1.0, 0.0]))
# %%
nn.NLLLoss()(torch.log_softmax(logits, dim=1), labels)
# %%
nn.L1Loss()(pred, target), nn.L1Loss()
