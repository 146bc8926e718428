"""Widgets for notebooks (need ipywidgets): ``StepThrough`` replays a recorded forward and
backward pass node by node (see ``autograd_tutor.tracing.record``). The model behind it
(frames, rules, picture, HTML) lives in ``autograd_tutor.stepthrough``, which needs no ipywidgets."""
from ..stepthrough import RULES, Replay, rule_for
from .stepthrough import StepThrough

__all__ = ["StepThrough", "Replay", "RULES", "rule_for"]
