# Source: pytorch/pytorch, docs/source/notes/autograd.rst ("Autograd mechanics"), its code blocks in order
# Changes: the blocks are snippets, so an import cell is added (os, tempfile, threading, uuid, torch, torch.nn as nn;
# torch.manual_seed(0); tmp_dir = tempfile.mkdtemp() for the SelfDeletingTempFile example); the threads of the
# multithreaded example are joined with p.join() (the stored copy breaks off after "for p in threads:"); the
# saved_tensors_hooks example's pack_hook saves 'x' where the page writes 'tensor' (a NameError the page never
# runs); after the pair of hooks registered on _raw_saved_self, a read of y.grad_fn._saved_self and a backward
# (the page says that unpack_hook runs then); the identity-hooks example prints the identities the page states in
# prose; the last block defines the hook it registers (fn = lambda grad: grad * 2) and prints t.grad_fn and t.grad.
# The "what NOT to do" DataParallel block is not run (it has no input defined).
# %%
import os
import tempfile
import threading
import uuid
import torch
import torch.nn as nn
torch.manual_seed(0)
tmp_dir = tempfile.mkdtemp()
# %%
x = torch.randn(5, requires_grad=True)
y = x.pow(2)
print(x.equal(y.grad_fn._saved_self))  # True
print(x is y.grad_fn._saved_self)  # True
# %%
x = torch.randn(5, requires_grad=True)
y = x.exp()
print(y.equal(y.grad_fn._saved_result))  # True
print(y is y.grad_fn._saved_result)  # False
# %%
# Define a train function to be used in different threads
def train_fn():
    x = torch.ones(5, 5, requires_grad=True)
    # forward
    y = (x + 3) * (x + 4) * 0.5
    # backward
    y.sum().backward()
    # potential optimizer update


# User write their own threading code to drive the train_fn
threads = []
for _ in range(10):
    p = threading.Thread(target=train_fn, args=())
    p.start()
    threads.append(p)

for p in threads:
    p.join()
# %%
class SelfDeletingTempFile():
    def __init__(self):
        self.name = os.path.join(tmp_dir, str(uuid.uuid4()))

    def __del__(self):
        os.remove(self.name)

def pack_hook(tensor):
    temp_file = SelfDeletingTempFile()
    torch.save(tensor, temp_file.name)
    return temp_file

def unpack_hook(temp_file):
    return torch.load(temp_file.name)
# %%
x = torch.randn(5, requires_grad=True)
y = x.pow(2)
y.grad_fn._raw_saved_self.register_hooks(pack_hook, unpack_hook)
print(y.grad_fn._saved_self.equal(x), y.grad_fn._saved_self is x)
y.sum().backward()
print(x.grad.equal(2 * x))
# %%
# Only save on disk tensors that have size >= 1000
SAVE_ON_DISK_THRESHOLD = 1000

def pack_hook(x):
    if x.numel() < SAVE_ON_DISK_THRESHOLD:
        return x
    temp_file = SelfDeletingTempFile()
    torch.save(x, temp_file.name)
    return temp_file

def unpack_hook(tensor_or_sctf):
    if isinstance(tensor_or_sctf, torch.Tensor):
        return tensor_or_sctf
    return torch.load(tensor_or_sctf.name)

class Model(nn.Module):
    def forward(self, x):
        with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):
          # ... compute output
          output = x
        return output

model = Model()
net = nn.DataParallel(model)
# %%
with torch.autograd.graph.saved_tensors_hooks(lambda x: x, lambda x: x):
    x = torch.randn(5, requires_grad=True)
    y = x * x
print(y.grad_fn._saved_self is x, y.grad_fn._saved_other is x, y.grad_fn._saved_self is y.grad_fn._saved_other)
print(y.grad_fn._saved_self.equal(x), y.grad_fn._saved_other.equal(x))
# %%
fn = lambda grad: grad * 2
t = torch.tensor(1., requires_grad=True).sin()
t.cos_()
t.register_hook(fn)
t.backward()
print(t.grad_fn, t.grad)
