"""Whole learner programs, printed: each runs with ``torch`` bound to real PyTorch and to
autograd_tutor, and what they print must be the same text (object addresses aside; numbers
within the conformance tolerance), as the conformance cases compare the seed tutorials."""
import pytest
from ops_oracle import printed, same

PROGRAMS = {
    "linear regression by hand": """
torch.manual_seed(0)
X = torch.tensor([[1.0, 2.0], [2.0, 0.5], [3.0, -1.0], [4.0, 1.5]])
y = torch.tensor([5.0, 4.0, 2.5, 7.0])
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for step in range(3):
    pred = X @ w + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    print(step, loss, w.grad, b.grad)
    with torch.no_grad():
        w -= 0.05 * w.grad
        b -= 0.05 * b.grad
    w.grad.zero_()
    b.grad.zero_()
print(w, b)
print(pred.grad_fn, pred.grad_fn.next_functions)
""",
    "a small network by hand": """
x = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.0, -0.5]])
W1 = torch.tensor([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]], requires_grad=True)
b1 = torch.tensor([0.01, -0.02], requires_grad=True)
W2 = torch.tensor([[0.7, -0.8]], requires_grad=True)
h = torch.addmm(b1, x, W1.t()).relu()
out = (h @ W2.T).squeeze(1)
loss = out.sigmoid().log().neg().mean()
print(h)
print(out)
print(loss)
loss.backward()
print(W1.grad, b1.grad, W2.grad, sep="\\n")
print(h.grad_fn, h.grad_fn.next_functions[0][0], h.grad_fn.next_functions[0][0]._saved_mat2_sym_strides)
print(torch.max(h, dim=1))
print(h.argmax(1), h.sum(0, keepdim=True), h.mean(), h.std(), h.var(0), h.norm(dim=1))
""",
    "second derivatives": """
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3 + x.sin() * x
dy, = torch.autograd.grad(y, x, create_graph=True)
d2y, = torch.autograd.grad(dy, x, create_graph=True)
d3y, = torch.autograd.grad(d2y, x)
print(y, dy, d2y, d3y, sep="\\n")
v = torch.tensor([1.0, -1.0, 0.5], requires_grad=True)
f = (v.exp() * v).sum()
g, = torch.autograd.grad(f, v, create_graph=True)
print(g)
print(torch.autograd.grad(g.sum(), v))
""",
    "indexing and in-place": """
a = torch.arange(12.0).reshape(3, 4).requires_grad_()
b = a * 2
print(b[1], b[:, 2], b[1:, ::2], b[-1, -1], b[[0, 2]], b[b > 10], b[None, 0].shape)
c = b.clone()
c[0] = 0
c[:, -1] = torch.tensor([7.0, 8.0, 9.0])
c[c > 15] = -1
print(c)
print(c.grad_fn, c.grad_fn.next_functions)
c.sum().backward()
print(a.grad)
d = a.detach().clone()
d[1] += 100
print(d, d._version)
try:
    a.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
e = a * 1
f = e * e
e.mul_(2)
try:
    f.sum().backward()
except RuntimeError as err:
    print("RuntimeError:", str(err).splitlines()[0])
""",
    "shapes and joins": """
x = torch.arange(6.0).view(2, 3)
print(x.t(), x.T.shape, x.view(3, 2), x.reshape(-1), x.flatten(), x.unsqueeze(0).shape)
print(x.squeeze(), x.expand(2, 2, 3).shape, x.repeat(2, 1), x.permute(1, 0), x.transpose(0, 1))
print(torch.cat([x, x]), torch.cat([x, x], dim=1).shape, torch.stack([x, x]).shape)
print(x.split(2, dim=1), x.chunk(2), x.unbind(1))
print(torch.where(x > 2, x, torch.zeros_like(x)), x.clamp(1, 4), x.gather(1, torch.tensor([[0], [2]])))
y = x.requires_grad_()
parts = y.split([1, 2], dim=1)
print(parts[1], parts[1].grad_fn, parts[0].grad_fn is parts[1].grad_fn)
(parts[1] * 3).sum().backward()
print(y.grad)
""",
    "dtypes and creation": """
print(torch.arange(5), torch.arange(0, 1, 0.25), torch.linspace(0, 1, 5), torch.eye(3), torch.full((2, 2), 7))
print(torch.tensor([1, 2]) / torch.tensor([4, 4]), torch.tensor([7, -7]) // 2, torch.tensor([1, 2]) + 1.5)
print(torch.tensor([1.5]).double(), torch.tensor([1.5]).long(), torch.tensor([True, False]).sum())
print(torch.get_default_dtype(), torch.ones(2, dtype=torch.float64) + torch.ones(2))
print(torch.zeros(2, 3).dtype, torch.empty(2, 3).shape, torch.tensor([]).shape, torch.tensor([[1, 2]]).float())
print(torch.tensor([1.0, 2.0]).equal(torch.tensor([1.0, 2.0])), torch.allclose(torch.ones(2), torch.ones(2) + 1e-9))
print((torch.tensor([1, 2, 3]) > 1).any(), (torch.tensor([1, 2, 3]) > 1).all(), torch.tensor([1.0, 2.0]).ne(1.0))
""",
    "hooks and retain_grad": """
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * x
h.retain_grad()
handle = h.register_hook(lambda g: print("hook saw", g) or g * 2)
h.sum().backward()
print(h.grad, x.grad)
handle.remove()
x.grad = None
(x * x).sum().backward()
print(x.grad)
""",
}


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_program_prints_what_torch_prints(name):
    same(printed(PROGRAMS[name]), exact=False)
