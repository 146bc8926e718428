# The matmul family: @, matmul, mm, bmm, dot, mv, outer.
import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
B = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.5]], requires_grad=True)
v = torch.tensor([1.0, -1.0], requires_grad=True)
A @ B, A.mm(B), torch.matmul(A, B), A @ v, v @ B
# %%
v @ v, torch.dot(v, v), torch.mv(A, v), torch.outer(v, v)
# %%
(A @ B).sum().backward()
A.grad, B.grad
# %%
A.grad = None
(A @ v).sum().backward()
A.grad, v.grad
# %%
(A @ B).grad_fn, (A @ v).grad_fn, (v @ v).grad_fn, (v @ B).grad_fn, torch.mm(A, B).grad_fn, A.mm(B).grad_fn
# %%
batch = torch.arange(12.0).reshape(2, 3, 2)
w = torch.tensor([[1.0], [2.0]])
batch @ w, torch.bmm(batch, batch.transpose(1, 2)).shape, (batch @ w).shape
# %%
A @ A
# %%
torch.mm(A, v)
# %%
torch.dot(v, torch.tensor([1.0, 2.0, 3.0]))
# %%
torch.tensor([1, 2]) @ torch.tensor([1.0, 2.0])
# %%
torch.tensor([[1, 2], [3, 4]]) @ torch.tensor([[1, 0], [0, 1]])
# %%
torch.tensor(2.0) @ torch.tensor(3.0)
# %%
torch.bmm(A, B)
# %%
W = torch.tensor([[0.5, -0.5], [1.0, 1.0]], requires_grad=True)
b = torch.tensor([0.1, 0.2], requires_grad=True)
out = A @ W.t() + b
out, out.grad_fn
# %%
torch.addmm(b, A, W), torch.addmm(b, A, W).grad_fn
# %%
(batch @ W).sum().backward()
W.grad
# %%
x = torch.tensor([[1.0, 2.0, 3.0]])
x @ x.T, x.T @ x
# %%
torch.matmul(torch.ones(2, 1, 3, 4), torch.ones(5, 4, 2)).shape
# %%
torch.matmul(torch.ones(2, 3, 4), torch.ones(3, 4, 2))
# %%
M = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], requires_grad=True)
M.diagonal(), M.trace(), M.tril(), torch.triu(M, 1), torch.diag(M), torch.diag(torch.tensor([1.0, 2.0]))
# %%
(M.tril() @ M.triu()).trace().backward()
M.grad
# %%
torch.ones(3).trace()
