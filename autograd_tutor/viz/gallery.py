"""The final graph of each seed tutorial, rebuilt with any torch-like module.

``build(torch_module)`` runs the same five programs on real PyTorch or on autograd_tutor, so
the docs renders, the benchmark and the tests compare like with like. Values are fixed (the
seeds' printed ones) instead of random, so both libraries draw identical pictures.
"""


def seed0_freed_buffers(torch):
    """000: out = mean(3 * (2x)^2), after backward(): the saved tensors are freed."""
    x = torch.ones(2, 2, requires_grad=True)
    y = x * 2
    z = y * y * 3
    out = z.mean()
    out.backward()
    return (out,), locals(), {"show_saved": True}


def seed1_doubling_loop(torch):
    """001: y = x * 2; while y.data.norm() < 1000: y = y * 2, then y.backward(v)."""
    x = torch.tensor([0.0254, -0.2455, 1.1570], requires_grad=True)
    y = x * 2
    while y.data.norm() < 1000:
        y = y * 2
    v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
    y.backward(v)
    return (y,), locals(), {}


def seed2_mean_of_square(torch):
    """002: out = mean(3 * (x + 2)^2), after backward(): x.grad is 4.5 everywhere."""
    x = torch.ones(2, 2, requires_grad=True)
    y = x + 2
    z = y * y * 3
    out = z.mean()
    out.backward()
    return (out,), locals(), {}


def seed3_power(torch):
    """003: y = x ** 2, z = y * y * 2, z.backward(v): the op keeps its exponent."""
    x = torch.ones(3, requires_grad=True)
    y = x ** 2
    z = y * y * 2
    v = torch.ones_like(z)
    z.backward(v)
    return (z,), locals(), {"show_attrs": True}


def seed4_shared_intermediates(torch):
    """004: y = r1 + r2 + r3 where r2 and r3 reuse r1: nodes with several consumers."""
    x = torch.tensor(5, requires_grad=True, dtype=torch.float32)
    z = torch.tensor(3, requires_grad=True, dtype=torch.float32)
    r1 = x * x + z + torch.log(z)
    r2 = r1 + torch.sqrt(x)
    r3 = 100 * r1 + torch.log(r2)
    y = r1 + r2 + r3
    y.backward()
    return (y,), locals(), {}


SEEDS = {
    "seed0_freed_buffers": seed0_freed_buffers,
    "seed1_doubling_loop": seed1_doubling_loop,
    "seed2_mean_of_square": seed2_mean_of_square,
    "seed3_power": seed3_power,
    "seed4_shared_intermediates": seed4_shared_intermediates,
}


def build(torch):
    """``{name: (tensors, names, graph options)}`` for the five seed programs."""
    return {name: make(torch) for name, make in SEEDS.items()}
