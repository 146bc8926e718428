"""03_vjp_and_graph_modes: backward(v) and the vector-Jacobian product, a second backward
pass with and without retain_graph, no_grad and detach, and a function that computes a
vector-Jacobian product with autograd. References run the library's own autograd."""

from .. import FUNCTION, Case, Exercise, HiddenDraw, register, uniform

ASSIGNMENT = "03_vjp_and_graph_modes"


def _torch():
    import autograd_tutor

    return autograd_tutor


def _doubled_vjp():
    torch = _torch()
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = x * 2
    y.backward(torch.tensor([0.1, 1.0, 0.0001]))
    return x.grad


def _jacobian_by_rows():
    # y = x * x.sum() at x = (1, 2, 3): one backward pass per row, v picking one output.
    torch = _torch()
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = x * x.sum()
    rows = []
    for i in range(3):
        v = torch.zeros(3)
        v[i] = 1.0
        x.grad = None
        y.backward(v, retain_graph=True)
        rows.append(x.grad.tolist())
    return rows


def _second_backward_message():
    torch = _torch()
    x = torch.tensor(3.0, requires_grad=True)
    y = x * x
    y.backward()
    try:
        y.backward()
    except RuntimeError as error:
        return str(error).splitlines()[0]
    return "no error"


def _grad_after_two_backwards():
    torch = _torch()
    x = torch.tensor(3.0, requires_grad=True)
    y = x**3
    y.backward(retain_graph=True)
    y.backward()
    return x.grad


def _requires_grad_inside_and_after_no_grad():
    torch = _torch()
    x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
    with torch.no_grad():
        inside = x * 2
    after = x * 2
    return [inside.requires_grad, after.requires_grad]


def _grad_through_detach():
    torch = _torch()
    x = torch.tensor(2.0, requires_grad=True)
    y = x * x
    z = y.detach() * x + y
    z.backward()
    return x.grad


def _vjp(x, v):
    # The gradient of sum(v * f(x)) for f(x) = x**2 * x.sum(), that is v^T J.
    torch = _torch()
    x = torch.tensor(x, requires_grad=True)
    y = x**2 * x.sum()
    y.backward(torch.tensor(v))
    return x.grad


def _vectors(size, low=-2.0, high=2.0):
    """A draw of two lists of `size` floats each: x and v."""
    one = uniform(low, high)

    def draw(rng):
        return tuple([one(rng)[0] for _ in range(size)] for _ in range(2))

    return draw


register(Exercise(
    id="vjp-double",
    title="x.grad after y = x * 2 and y.backward(v)",
    assignment=ASSIGNMENT,
    answer="x_grad_doubled",
    points=1,
    public=(Case(_doubled_vjp),),
    hints=(
        "y is not a single number, so backward needs the vector: y.backward(v) with v a "
        "tensor shaped like y.",
        "Each y_i depends only on x_i, with dy_i/dx_i = 2, so J is 2 times the identity and "
        "J^T v is just 2 * v.",
    ),
))

register(Exercise(
    id="jacobian-by-rows",
    title="The Jacobian of y = x * x.sum() at x = (1, 2, 3), one row per backward pass",
    assignment=ASSIGNMENT,
    answer="jacobian",
    points=2,
    public=(Case(_jacobian_by_rows),),
    hints=(
        "A v with a single 1 at position i gives row i of J. Reset x.grad = None before each "
        "pass, or the rows add up.",
        "You go back through the same y three times, so pass retain_graph=True (at least on "
        "all but the last call). Answer a list of 3 rows, each a list of 3 numbers.",
    ),
))

register(Exercise(
    id="second-backward-error",
    title="The error from a second backward() without retain_graph",
    assignment=ASSIGNMENT,
    answer="second_backward_message",
    points=1,
    public=(Case(_second_backward_message),),
    hints=(
        "Put the second y.backward() in a try block, catch the RuntimeError and keep the "
        "first line of str(error).",
        "Use a graph that saves something, like y = x * x: an addition saves nothing and a "
        "second pass through it works.",
    ),
))

register(Exercise(
    id="retain-graph-accumulates",
    title="x.grad after two backward passes through y = x**3 with retain_graph=True",
    assignment=ASSIGNMENT,
    answer="grad_after_two_backwards",
    points=1,
    public=(Case(_grad_after_two_backwards),),
    hints=(
        "The first call needs retain_graph=True so that the second one can run.",
        "Each pass adds dy/dx = 3x**2 into x.grad; nothing resets it in between.",
    ),
))

register(Exercise(
    id="no-grad-requires-grad",
    title="requires_grad of x * 2 inside torch.no_grad() and after the block",
    assignment=ASSIGNMENT,
    answer="no_grad_flags",
    points=1,
    public=(Case(_requires_grad_inside_and_after_no_grad),),
    hints=(
        "Answer a list of two booleans: [inside.requires_grad, after.requires_grad].",
        "no_grad only stops the recording inside the with block; it does not change x.",
    ),
))

register(Exercise(
    id="detach-cuts-gradient",
    title="x.grad for z = y.detach() * x + y with y = x * x at x = 2",
    assignment=ASSIGNMENT,
    answer="x_grad_detached",
    points=1,
    public=(Case(_grad_through_detach),),
    hints=(
        "y.detach() has the value of y but counts as a constant: no gradient goes through it.",
        "So z looks like c * x + x**2 to autograd, with c = 4 held fixed.",
    ),
))

register(Exercise(
    id="vjp-function",
    title="A function returning v^T J for f(x) = x**2 * x.sum(), computed by autograd",
    assignment=ASSIGNMENT,
    answer="vjp",
    kind=FUNCTION,
    points=2,
    # float32 in the library against an answer worked out in float64 by hand: a little slack
    # near zero.
    atol=1e-4,
    public=(
        Case(_vjp, ([1.0, 2.0, 3.0], [1.0, 0.0, 0.0])),
        Case(_vjp, ([0.5, -1.0, 2.0], [0.1, 1.0, 0.0001])),
    ),
    # Drawn at grading time: vectors of 2, 3 and 4 numbers.
    hidden=(
        HiddenDraw(_vjp, _vectors(2)),
        HiddenDraw(_vjp, _vectors(3)),
        HiddenDraw(_vjp, _vectors(4)),
    ),
    hints=(
        "Inside the function: make x a tensor with requires_grad=True, compute y, then "
        "y.backward(torch.tensor(v)) and return x.grad.",
        "Inputs can have any length, so don't assume 3 numbers.",
    ),
))
