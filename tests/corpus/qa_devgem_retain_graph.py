# Source: "Understanding PyTorch's 'retain_graph=True' Error", https://devgem.io/posts/understanding-pytorch-s-retain-graph-true-error
# (Q&A explanation of the error, with its error case and the retain_graph=True fix)
# Changes: the error case and the fixed case run as separate cells; the fixed case prints x.grad and y.grad.
# %%
import torch

x = torch.tensor([2.0], requires_grad=True)
y = torch.tensor([3.0], requires_grad=True)
f = x + y
z = 2 * f
y1 = z ** 2
y2 = z ** 3
y1.backward()
y2.backward()
# %%
x = torch.tensor([2.0], requires_grad=True)
y = torch.tensor([3.0], requires_grad=True)
f = x + y
z = 2 * f
y1 = z ** 2
y2 = z ** 3
y1.backward(retain_graph=True)
y2.backward()
print(x.grad, y.grad)
