# %% [markdown]
# # Start here
#
# Welcome! These notebooks teach **automatic differentiation**, the machinery behind
# `loss.backward()` in PyTorch, by letting you watch it work.
#
# Every notebook starts with two lines:
#
# ```python
# %load_ext autograd_tutor
# import autograd_tutor as torch
# ```
#
# The second line gives you PyTorch's API, with the same numbers, printouts and error messages,
# under the usual name `torch`; lines such as `import torch.nn as nn` or
# `from torch.utils.data import DataLoader` after it load autograd_tutor's versions too. The
# first one turns on the **live views**: after each cell that changes the autograd graph, a
# picture of the graph appears under the cell. Try it: run the two cells below (click into a
# cell, then <kbd>Shift</kbd>+<kbd>Enter</kbd>).

# %%
# %load_ext autograd_tutor

# %%
import autograd_tutor as torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
y.backward()
print(x.grad)  # dy/dx = 3x² = 12

# %% [markdown]
# ## Reading the pictures
#
# - **Blue boxes** are *leaf* tensors, the ones you created (here `x`). Once you call
#   `backward()`, they show their `.grad`.
# - **Orange ovals** are the recorded operations, the `grad_fn` nodes (`PowBackward0` above).
# - **Green boxes** are the results (`y`).
# - **Pink boxes** (only with `%graph ... --saved`) are the values an operation saved for the
#   backward pass.
# - Arrows go the way the computation ran, from inputs to results. `backward()` travels
#   against them.
#
# Beside the picture, the same graph is written as a chain of `grad_fn`s, and a table lists the
# `.grad` of every leaf that changed, before and after the cell.
#
# The notebooks are saved with their outputs, so you can read them before running anything.
# If a saved picture shows up as a jumble of words instead, Jupyter is being careful with
# pictures saved on another computer: run the notebook's cells, or choose *Trust Notebook* in the
# command palette (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd>).
#
# ## The tools
#
# | you type | you get |
# |---|---|
# | `%graph y` | the graph of `y` (add `--saved` to see saved tensors) |
# | `%chain y` | `y.grad_fn` and its `next_functions`, as a tree |
# | `%grads` | every leaf that requires grad, with its `.grad` |
# | `%%stepthrough` (first line of a cell) | replays the cell's forward and backward pass, step by step |
# | `%autograd off` / `%autograd on` | turns the pictures after each cell off and on |
#
# ## Where to go
#
# Work through the tutorials in order; each takes about 20 minutes.
#
# 1. [Tensors and `requires_grad`](tutorials/01_tensors_and_requires_grad.ipynb): leaves,
#    `.data`, `.grad`, `.grad_fn`, and why gradients need floats.
# 2. [The tape and `grad_fn`](tutorials/02_the_tape_and_grad_fn.ipynb): what autograd records,
#    walking the graph by hand, saved tensors, why a second `backward()` fails.
# 3. [Gradients and the vector-Jacobian product](tutorials/03_gradients_and_the_vjp.ipynb):
#    the chain rule node by node, and what `backward(v)` computes.
# 4. [`retain_graph`, `no_grad` and `detach`](tutorials/04_retain_graph_no_grad_detach.ipynb):
#    keeping the graph, and keeping things out of it.
# 5. [Accumulation, `zero_grad` and optimizers](tutorials/05_accumulation_and_optimizers.ipynb):
#    training steps, and a longer chain-rule example with a closing exercise.
#
# Then practise with the graded exercises: each one checks your answer as soon as you run it.
# They are in the `practice` folder, your own copies that `make lab` (or `autograd-tutor lab`)
# made for you; your work there is never overwritten.
#
# 1. [Warm-up: derivatives by hand](practice/00_warmup.ipynb)
# 2. [Gradients with `requires_grad`, `backward()` and `grad_fn`](practice/01_grad_basics.ipynb)
# 3. [The chain rule through `r1`, `r2` and `r3`](practice/02_chain_rule.ipynb)
# 4. [The vector-Jacobian product, `retain_graph`, `no_grad` and `detach`](practice/03_vjp_and_graph_modes.ipynb)
# 5. [Accumulation, `zero_grad` and optimizers](practice/04_accumulation_and_optimizers.ipynb)
#
# ## Moving on to PyTorch
#
# Everything you write here runs with real PyTorch. Replace `import autograd_tutor as torch` with
# `import torch`. You can even keep `%load_ext autograd_tutor`: the pictures after each cell,
# `%graph`, `%chain` and `%grads` work with real PyTorch tensors too.
