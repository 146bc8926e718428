"""02_chain_rule: the r1/r2/r3 example, y.backward() against r2.backward(), retain_grad,
and a function that uses autograd. References run the library's own autograd."""

from ..drawing import uniform
from ..registry import FUNCTION, Case, Exercise, HiddenDraw, register

ASSIGNMENT = "02_chain_rule"


def _torch():
    import autograd_tutor

    return autograd_tutor


def _chain(x_value=5.0, z_value=3.0):
    torch = _torch()
    x = torch.tensor(x_value, requires_grad=True)
    z = torch.tensor(z_value, requires_grad=True)
    r1 = x * x + z + torch.log(z)
    r2 = r1 + torch.sqrt(x)
    r3 = 100 * r1 + torch.log(r2)
    y = r1 + r2 + r3
    return x, z, r1, r2, y


def _dy_dx_dz():
    x, z, _, _, y = _chain()
    y.backward()
    return [x.grad, z.grad]


def _r2_grads():
    x, z, _, r2, _ = _chain()
    r2.backward()
    return [x.grad, z.grad]


def _dy_dr1():
    _, _, r1, _, y = _chain()
    r1.retain_grad()
    y.backward()
    return r1.grad


def _cubic_slope(x_value):
    torch = _torch()
    x = torch.tensor(x_value, requires_grad=True)
    y = x**3 - 2 * x
    y.backward()
    return x.grad


register(Exercise(
    id="chain-r123",
    title="dy/dx and dy/dz through r1, r2 and r3",
    assignment=ASSIGNMENT,
    answer="dy_dx_dz",
    points=2,
    public=(Case(_dy_dx_dz),),
    hints=(
        "Build r1, r2, r3 and y exactly as in the tutorial, call y.backward() once, "
        "answer [x.grad, z.grad].",
    ),
))

register(Exercise(
    id="r2-backward",
    title="x.grad and z.grad after r2.backward() instead of y.backward()",
    assignment=ASSIGNMENT,
    answer="r2_grads",
    points=2,
    public=(Case(_r2_grads),),
    hints=(
        "Start from fresh x and z, so that no gradient is left over from before.",
        "r2.backward() differentiates r2 only: r2 = r1 + sqrt(x) does not involve r3.",
    ),
))

register(Exercise(
    id="r1-retain-grad",
    title="dy/dr1 with retain_grad()",
    assignment=ASSIGNMENT,
    answer="dy_dr1",
    points=1,
    public=(Case(_dy_dr1),),
    hints=("Call r1.retain_grad() before y.backward(); then r1.grad is kept.",),
))

register(Exercise(
    id="cubic-slope-function",
    title="A function returning dy/dx of y = x**3 - 2*x, computed by autograd",
    assignment=ASSIGNMENT,
    answer="cubic_slope",
    kind=FUNCTION,
    points=2,
    public=(Case(_cubic_slope, (2.0,)),),
    # Drawn at grading time: a negative input, one near 0 and a positive one.
    hidden=(
        HiddenDraw(_cubic_slope, uniform(-4.0, -0.5)),
        HiddenDraw(_cubic_slope, uniform(-0.5, 0.5)),
        HiddenDraw(_cubic_slope, uniform(0.5, 4.0)),
    ),
    hints=(
        "Inside the function: make a tensor from x with requires_grad=True, build y, call "
        "y.backward() and return the gradient.",
    ),
))
