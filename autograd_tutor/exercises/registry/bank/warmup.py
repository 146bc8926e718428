"""00_warmup: derivatives by hand, before any autograd. References are plain Python formulas
(the derivative rules themselves), so this set needs nothing but Python."""

import math

from .. import FUNCTION, Case, Exercise, HiddenDraw, register, uniform

ASSIGNMENT = "00_warmup"


def _cube_slope(x):
    return 3 * x**2


register(Exercise(
    id="warmup-power-rule",
    title="Slope of f(x) = x**3 at x = 2",
    assignment=ASSIGNMENT,
    answer="slope_at_2",
    points=1,
    public=(Case(lambda: _cube_slope(2)),),
    hints=("The power rule: d/dx x**n = n * x**(n-1).",),
))


def _gradient_xy(x, y):
    # f(x, y) = x*y + y**2
    return [y, x + 2 * y]


register(Exercise(
    id="warmup-gradient",
    title="Gradient of f(x, y) = x*y + y**2 at (3, 4)",
    assignment=ASSIGNMENT,
    answer="gradient_at_3_4",
    points=2,
    public=(Case(lambda: _gradient_xy(3, 4)),),
    hints=(
        "Give a list [df/dx, df/dy].",
        "Hold y fixed to get df/dx = y; hold x fixed to get df/dy = x + 2*y.",
    ),
))


def _slope(x):
    # f(x) = x**2 + 3*x
    return 2 * x + 3


register(Exercise(
    id="warmup-slope-function",
    title="A function returning the slope of x**2 + 3*x",
    assignment=ASSIGNMENT,
    answer="slope",
    kind=FUNCTION,
    points=2,
    public=(Case(_slope, (1.0,)), Case(_slope, (0.0,))),
    # Drawn at grading time: one input on each side of 0, away from the public ones.
    hidden=(HiddenDraw(_slope, uniform(-10.0, -0.5)), HiddenDraw(_slope, uniform(0.5, 10.0))),
    hints=("Differentiate term by term: x**2 gives 2*x, 3*x gives 3.",),
))


def _one_sided_slopes_agree(f, x, h=1e-6):
    left = (f(x) - f(x - h)) / h
    right = (f(x + h) - f(x)) / h
    return math.isclose(left, right, abs_tol=1e-3)


register(Exercise(
    id="warmup-abs-differentiable",
    title="Is |x| differentiable at x = 0?",
    assignment=ASSIGNMENT,
    answer="abs_differentiable_at_0",
    points=1,
    public=(Case(lambda: _one_sided_slopes_agree(abs, 0.0)),),
    hints=("Compare the slope just left of 0 with the slope just right of 0.",),
))
