"""The extension's options, settable with `%config AutogradTutor.<option> = value`."""
import os

from traitlets import Bool, Enum, Int, List, default
from traitlets.config import Configurable

from ..viz.defaults import VALUE_LIMIT

VIEWS = ("graph", "chain", "grads")


class AutogradTutor(Configurable):
    """Options of the autograd_tutor notebook extension (see `%config AutogradTutor`)."""

    enabled = Bool(
        help="Show the views after each cell. AUTOGRAD_TUTOR_WATCH=0 starts with it off; "
        "%autograd on|off switches it.",
    ).tag(config=True)
    views = List(
        Enum(VIEWS), default_value=list(VIEWS),
        help="Which views the watcher shows after a cell: any of 'graph', 'chain', 'grads'.",
    ).tag(config=True)
    hints = Bool(True, help="Explain well-known autograd errors under the traceback.").tag(config=True)
    short_tracebacks = Bool(
        True, help="Leave autograd_tutor's own frames out of tracebacks, so an error reads like PyTorch's: "
        "your lines, then the message.",
    ).tag(config=True)
    # Lower bounds: `%config` refuses a value outside them with one line and keeps the old one
    # (a node cap of 0 would draw a graph of any size, and can hang the drawing).
    node_cap = Int(
        200, min=1, help="Most nodes drawn in one graph; larger graphs say what they leave out.",
    ).tag(config=True)
    value_threshold = Int(
        VALUE_LIMIT, min=0, help="Tensors with at most this many elements show their values; larger ones a summary "
        "(in the graph, the step-through and under each cell alike).",
    ).tag(config=True)
    show_saved = Bool(False, help="Draw saved tensors in the watcher's graph.").tag(config=True)
    show_attrs = Bool(False, help="Draw saved non-tensor attributes in the watcher's graph.").tag(config=True)
    container_cap = Int(
        32, min=0, help="Items looked at inside each list, tuple, dict or module of the namespace.",
    ).tag(config=True)
    max_output_chars = Int(
        400_000, min=0, help="Largest display the watcher puts under a cell; bigger views become a note.",
    ).tag(config=True)

    @default("enabled")
    def _enabled_from_environment(self):
        return os.environ.get("AUTOGRAD_TUTOR_WATCH", "1").strip().lower() not in {"0", "false", "off", "no"}
