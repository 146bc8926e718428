"""04_accumulation_and_optimizers: backward() adds into .grad, zero_grad, one SGD step, a
training loop that forgets zero_grad, and a function running n steps of SGD. References run
the library's own autograd and optimizers."""

from .. import FUNCTION, Case, Exercise, HiddenDraw, register, uniform

ASSIGNMENT = "04_accumulation_and_optimizers"


def _torch():
    import autograd_tutor

    return autograd_tutor


def _accumulated_grad():
    torch = _torch()
    w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    (w**2).sum().backward()
    (3 * w).sum().backward()
    return w.grad


def _grad_after_zero_grad():
    torch = _torch()
    w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    (w**2).sum().backward()
    optimizer.zero_grad()
    return w.grad


def _one_sgd_step():
    torch = _torch()
    w = torch.tensor([2.0, -1.0], requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    loss = (w**3).sum()
    loss.backward()
    optimizer.step()
    return w


def _forgot_zero_grad():
    torch = _torch()
    w = torch.tensor(0.0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.1)
    for _ in range(3):
        loss = (w - 1) ** 2
        loss.backward()
        optimizer.step()
    return w


def _sgd_steps(w0, a, lr, n):
    torch = _torch()
    w = torch.tensor(w0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr)
    for _ in range(n):
        optimizer.zero_grad()
        loss = (w - a) ** 2
        loss.backward()
        optimizer.step()
    return w


def _sgd_problem(w0_range, a_range, lr_range=(0.05, 0.25), steps=(1, 6)):
    """A draw of (w0, a, lr, n): the start, the minimum, the learning rate and a whole number
    of steps. w0 and a are drawn apart and n stays small, so that one step more or less
    always changes the answer by much more than the tolerance."""
    w0, a, lr = uniform(*w0_range), uniform(*a_range), uniform(*lr_range)

    def draw(rng):
        return (w0(rng)[0], a(rng)[0], lr(rng)[0], int(rng.integers(steps[0], steps[1] + 1)))

    return draw


register(Exercise(
    id="grad-accumulates",
    title="w.grad after two backward() calls without zeroing",
    assignment=ASSIGNMENT,
    answer="w_grad_accumulated",
    points=1,
    public=(Case(_accumulated_grad),),
    hints=(
        "Call backward() on the first loss, then on the second, and read w.grad once at the end.",
        "backward() adds into .grad instead of replacing it: after two calls, .grad holds the "
        "sum of the two losses' gradients.",
    ),
))

register(Exercise(
    id="zero-grad-sets-none",
    title="w.grad after optimizer.zero_grad()",
    assignment=ASSIGNMENT,
    answer="grad_after_zero_grad",
    points=1,
    public=(Case(_grad_after_zero_grad),),
    hints=(
        "Does zero_grad() fill .grad with zeros, or take it away? Print w.grad right after "
        "it and see.",
        "Store w.grad as it is after zero_grad(), even if it looks empty: None is a fine answer.",
    ),
))

register(Exercise(
    id="sgd-one-step",
    title="w after one SGD step (lr = 0.1) on the loss sum(w**3) from w = (2, -1)",
    assignment=ASSIGNMENT,
    answer="w_after_one_step",
    points=1,
    public=(Case(_one_sgd_step),),
    hints=(
        "loss.backward() first, then optimizer.step(); the answer is w itself after the step.",
        "optimizer.step() moves w against its .grad, scaled by lr: read w after the step "
        "rather than working it out.",
    ),
))

register(Exercise(
    id="forgot-zero-grad",
    title="w after three SGD steps on (w - 1)**2 that never reset the gradient",
    assignment=ASSIGNMENT,
    answer="w_without_zero_grad",
    points=2,
    public=(Case(_forgot_zero_grad),),
    hints=(
        "Run the loop as written, without zero_grad(): each step then uses the sum of all "
        "the gradients so far.",
        "Build the loss again inside the loop, from the current w, before each backward().",
    ),
))

register(Exercise(
    id="sgd-function",
    title="A function running n SGD steps on (w - a)**2 from w0, returning w",
    assignment=ASSIGNMENT,
    answer="sgd_steps",
    kind=FUNCTION,
    points=2,
    # float32 in the library against an answer worked out in float64 by hand: a little slack
    # near zero (one step more or less changes the answer by far more, see _sgd_problem).
    atol=1e-4,
    public=(
        Case(_sgd_steps, (0.0, 3.0, 0.1, 1)),
        Case(_sgd_steps, (5.0, -1.0, 0.25, 4)),
    ),
    # Drawn at grading time: starts on each side of the minimum, and more steps with a
    # smaller learning rate.
    hidden=(
        HiddenDraw(_sgd_steps, _sgd_problem((-4.0, -1.0), (1.0, 4.0))),
        HiddenDraw(_sgd_steps, _sgd_problem((1.0, 4.0), (-4.0, -1.0))),
        HiddenDraw(_sgd_steps, _sgd_problem((-4.0, -1.0), (1.0, 4.0), (0.05, 0.15), (4, 8))),
    ),
    hints=(
        "Make w a tensor from w0 with requires_grad=True and hand it to "
        "torch.optim.SGD([w], lr=lr).",
        "Each of the n steps: zero_grad(), build the loss from the current w, backward(), step().",
    ),
))
