# Linear regression written by hand: the learner's first loop without nn or optim.
import torch
X = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
Y = 2 * X + 1
w = torch.zeros(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for step in range(5):
    pred = X @ w + b
    loss = ((pred - Y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
        b -= 0.05 * b.grad
    w.grad.zero_()
    b.grad.zero_()
    print(step, loss.item(), loss)
w, b
# %%
pred, loss, loss.grad_fn, loss.grad_fn.next_functions
# %%
pred.grad_fn.next_functions, pred.grad_fn.next_functions[0][0].next_functions
# %%
for step in range(200):
    loss = ((X @ w + b - Y) ** 2).mean()
    w.grad = None
    b.grad = None
    loss.backward()
    with torch.no_grad():
        w.sub_(0.05 * w.grad)
        b.sub_(0.05 * b.grad)
print(f"w={w.item():.3f} b={b.item():.3f} loss={loss.item():.6f}")
# %%
for step in range(2):
    loss = ((X @ w + b - Y) ** 2).mean()
    loss.backward()
    w = w - 0.05 * w.grad
w.is_leaf, w.grad
# %%
w2 = torch.tensor([[0.0]], requires_grad=True)
loss = ((X @ w2 - Y) ** 2).mean()
loss.backward()
loss.backward()
# %%
w2.grad.zero_()
w2.grad, w2.grad.requires_grad
# %%
xs = torch.linspace(-1, 1, 5)
ys = xs ** 2
coef = torch.zeros(3, requires_grad=True)
feats = torch.stack([torch.ones(5), xs, xs ** 2], dim=1)
for _ in range(300):
    loss = ((feats @ coef - ys) ** 2).sum()
    coef.grad = None
    loss.backward()
    with torch.no_grad():
        coef -= 0.1 * coef.grad
coef, loss
# %%
loss.item(), round(loss.item(), 4), coef.detach().numpy().round(3).tolist(), coef.grad_fn
