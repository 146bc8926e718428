"""02_chain_rule: the r1/r2/r3 example, y.backward() against r2.backward(), retain_grad,
the chain rule as a sum over paths (count them, then add them up by hand), and a function
that uses autograd. References run the library's own autograd."""

from ...feedback.gradient_paths import gradients_explainer
from .. import FUNCTION, Case, Exercise, HiddenDraw, register, uniform

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


def _chain_names(x_value=5.0, z_value=3.0):
    x, z, r1, r2, y = _chain(x_value, z_value)
    return {"x": x, "z": z, "r1": r1, "r2": r2, "y": y}


def _small():
    """The paths exercise: few enough paths to list by hand, one leaf used twice."""
    torch = _torch()
    x = torch.tensor(2.0, requires_grad=True)
    z = torch.tensor(-1.0, requires_grad=True)
    a = x * z
    b = torch.exp(a) + x
    y = a * b
    return {"x": x, "z": z, "a": a, "b": b, "y": y}


def _small_path_counts():
    from autograd_tutor import viz

    names = _small()
    return [viz.paths(names["y"], names[leaf]).count for leaf in ("x", "z")]


def _small_grads():
    names = _small()
    names["y"].backward()
    return [names["x"].grad, names["z"].grad]


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
    explain=gradients_explainer(_chain_names, ("x", "z")),
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
    explain=gradients_explainer(_chain_names, ("x", "z"), output="r2"),
    hints=(
        "Start from fresh x and z, so that no gradient is left over from before.",
        "r2.backward() differentiates r2 only: r2 = r1 + sqrt(x) does not involve r3.",
    ),
))

register(Exercise(
    id="paths-count",
    title="How many paths lead from y back to x, and to z?",
    assignment=ASSIGNMENT,
    answer="n_paths",
    points=1,
    public=(Case(_small_path_counts),),
    hints=(
        "Start at y = a * b and follow every arrow towards the leaves; at each op, every input "
        "is a separate way on. A leaf used twice (x appears in a and in b) is reached by more "
        "than one path.",
        "Count per node: the paths from y to a node is the sum over the nodes that use it.",
    ),
))

register(Exercise(
    id="paths-gradient",
    title="dy/dx and dy/dz by hand: one product of local derivatives per path, added up",
    assignment=ASSIGNMENT,
    answer="grads_by_hand",
    points=2,
    public=(Case(_small_grads),),
    explain=gradients_explainer(_small, ("x", "z")),
    hints=(
        "For each path, multiply the local derivatives along it: d(a*b)/da = b, "
        "d(exp(a))/da = exp(a), d(x*z)/dx = z...; then add the paths of each leaf.",
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
