# Source: https://taourl.com/read-2140379.html (answer on "RuntimeError: one of the variables needed for gradient
# computation has been modified by an inplace operation"; its example and its first two solutions)
# Changes: the page's rendering drops '*' and call parentheses ("y = x 2", "z = y.sum", "z.backward",
# "y.detach.add_(1)"): written as 'x * 2' and calls; torch.manual_seed(0) added; the example and each
# solution are cells of their own (the solutions are one-line replacements of the add_ line, run here in
# the example's place).
# %%
import torch
torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
y = x * 2
y.add_(1) # Inplace operation
z = y.sum()
z.backward() # Raises RuntimeError
# %%
x = torch.rand(3, requires_grad=True)
y = x * 2
y = y + 1 # Instead of y.add_(1)
z = y.sum()
z.backward()
# %%
x = torch.rand(3, requires_grad=True)
y = x * 2
y = y.detach().add_(1)
z = y.sum()
z.backward()
