import torch
import torch.nn as nn
torch.manual_seed(5)
backbone = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
head = nn.Linear(8, 3)
model = nn.Sequential(backbone, head)
for p in backbone.parameters():
    p.requires_grad = False
print(sum(p.numel() for p in model.parameters()), sum(p.numel() for p in model.parameters() if p.requires_grad))
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.1)
X, y = torch.randn(20, 4), torch.randint(0, 3, (20,))
before = backbone[0].weight.clone()
for step in range(5):
    loss = nn.CrossEntropyLoss()(model(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(torch.equal(before, backbone[0].weight), backbone[0].weight.grad, head.weight.grad.shape)
# %%
model.requires_grad_(False)
print([p.requires_grad for p in model.parameters()])
model[1].requires_grad_()
print([n for n, p in model.named_parameters() if p.requires_grad])
# %%
out = model(X[:2])
out, out.requires_grad
# %%
list(model.named_modules())
# %%
model.zero_grad()
print([p.grad for p in model.parameters()])
