"""Widgets for notebooks (need ipywidgets): ``StepThrough`` replays a recorded forward and
backward pass node by node (see ``autograd_tutor.tracing.record``)."""
from .replay import Replay
from .rules import RULES, rule_for
from .stepthrough import StepThrough

__all__ = ["StepThrough", "Replay", "RULES", "rule_for"]
