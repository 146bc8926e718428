# torch.no_grad / enable_grad / inference_mode decorating generators and classes.
import torch
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
@torch.no_grad()
def gen():
    for i in range(2):
        yield (a * 2).requires_grad, torch.is_grad_enabled()
g = gen()
next(g), torch.is_grad_enabled(), (a * 2).requires_grad, next(g)
# %%
@torch.no_grad
def gen2(n):
    x = yield 1
    yield (a * x).requires_grad
    return n
g = gen2(3)
next(g), g.send(2)
# %%
@torch.no_grad()
class C:
    def __init__(self):
        self.r = (a * 2).requires_grad
C
# %%
C().r, type(C()).__name__
# %%
@torch.enable_grad()
def gen3():
    yield (a * 2).requires_grad
with torch.no_grad():
    r = list(gen3())
r
# %%
@torch.inference_mode()
def gen4():
    yield torch.is_grad_enabled()
list(gen4())
