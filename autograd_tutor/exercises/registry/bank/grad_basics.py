"""01_grad_basics: requires_grad, .grad, grad_fn names and reading the graph.
Every reference runs the library's own autograd (imported when a case is judged)."""

from ...feedback.gradient_paths import gradients_explainer
from .. import Case, Exercise, register

ASSIGNMENT = "01_grad_basics"


def _torch():
    import autograd_tutor

    return autograd_tutor


def _square_graph():
    torch = _torch()
    x = torch.tensor(5.0, requires_grad=True)
    return {"x": x, "y": x * x}


def _xz_graph():
    torch = _torch()
    x = torch.tensor(5.0, requires_grad=True)
    z = torch.tensor(3.0, requires_grad=True)
    return {"x": x, "z": z, "y": x * x + z + torch.log(z)}


def _grad_of_square():
    torch = _torch()
    x = torch.tensor(5.0, requires_grad=True)
    (x * x).backward()
    return x.grad


def _grads_of_xz():
    torch = _torch()
    x = torch.tensor(5.0, requires_grad=True)
    z = torch.tensor(3.0, requires_grad=True)
    y = x * x + z + torch.log(z)
    y.backward()
    return [x.grad, z.grad]


def _mul_grad_fn_name():
    torch = _torch()
    x = torch.tensor(5.0, requires_grad=True)
    return type((x * 2).grad_fn).__name__


def _add_graph():
    torch = _torch()
    x = torch.tensor(5.0, requires_grad=True)
    z = torch.tensor(3.0, requires_grad=True)
    y = x * x + z
    return [
        type(y.grad_fn).__name__,
        [type(fn).__name__ for fn, _ in y.grad_fn.next_functions],
    ]


def _backward_without_requires_grad():
    torch = _torch()
    x = torch.tensor(5.0)
    try:
        (x * x).backward()
    except RuntimeError as error:
        return str(error).splitlines()[0]
    return "no error"


register(Exercise(
    id="grad-square",
    title="x.grad after y = x*x at x = 5",
    assignment=ASSIGNMENT,
    answer="x_grad",
    points=1,
    public=(Case(_grad_of_square),),
    explain=gradients_explainer(_square_graph, ("x",)),
    hints=("Create x with requires_grad=True, compute y = x * x, call y.backward(), read x.grad.",),
))

register(Exercise(
    id="grad-xz",
    title="Gradients of y = x*x + z + log(z) at x = 5, z = 3",
    assignment=ASSIGNMENT,
    answer="grads_xz",
    points=2,
    public=(Case(_grads_of_xz),),
    explain=gradients_explainer(_xz_graph, ("x", "z")),
    hints=(
        "Give a list [x.grad, z.grad] after one call to y.backward().",
        "By hand: dy/dx = 2x and dy/dz = 1 + 1/z. Compare with what autograd gives.",
    ),
))

register(Exercise(
    id="gradfn-mul",
    title="The grad_fn name of x * 2",
    assignment=ASSIGNMENT,
    answer="mul_grad_fn_name",
    points=1,
    public=(Case(_mul_grad_fn_name),),
    hints=("Backward functions are named after the forward op plus 'Backward0'.",),
))

register(Exercise(
    id="graph-next-functions",
    title="Reading the graph of y = x*x + z",
    assignment=ASSIGNMENT,
    answer="add_graph",
    points=2,
    public=(Case(_add_graph),),
    hints=(
        "Answer [name of y.grad_fn, [names of the functions in y.grad_fn.next_functions]].",
        "A leaf tensor that requires grad appears in next_functions as AccumulateGrad.",
    ),
))

register(Exercise(
    id="backward-needs-requires-grad",
    title="The error from backward() on a tensor that does not require grad",
    assignment=ASSIGNMENT,
    answer="no_grad_message",
    points=1,
    public=(Case(_backward_without_requires_grad),),
    hints=("Catch the RuntimeError and keep the first line of str(error).",),
))
