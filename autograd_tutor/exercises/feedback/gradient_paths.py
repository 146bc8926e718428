"""Feedback for exercises that ask for gradients: which path a wrong answer left out.

``gradients_explainer(build, ("x", "z"))`` makes an ``Exercise.explain``: it rebuilds the
exercise's graph, lists the paths to each leaf (``viz.paths``) and, for an answer
``[dy/dx, dy/dz]``, says per leaf what is wrong (a path left out or counted twice, the sign,
an accumulated multiple) without saying what is right.
"""


def gradients_explainer(build, leaves, output="y"):
    """build() -> {name: tensor} with ``output`` and ``leaves``, no backward called yet."""

    def explain(answer):
        from autograd_tutor import viz

        values = list(answer) if isinstance(answer, (list, tuple)) else [answer]
        if len(values) != len(leaves):
            return None
        names = build()
        said = []
        for leaf, value in zip(leaves, values):
            text = viz.paths(names[output], names[leaf], names=names).explain(_number(value))
            if text:
                said.append(f"∂{output}/∂{leaf}: {text}")
        return "\n".join(said) or None

    return explain


def _number(value):
    """A tensor answer as plain numbers (its .tolist()); anything else as it is."""
    tolist = getattr(value, "tolist", None)
    return tolist() if callable(tolist) else value
