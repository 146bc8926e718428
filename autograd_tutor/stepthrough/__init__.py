"""The step-through without ipywidgets: frames, rules, the laid-out picture, per-step CSS and
the static HTML. ``autograd_tutor.widgets.StepThrough`` is the thin widget shell over
``Replay``; anything else (a static export, another front-end, tests) can use this package
without ipywidgets installed."""
from .replay import Replay
from .rules import RULES, rule_for

__all__ = ["Replay", "RULES", "rule_for"]
