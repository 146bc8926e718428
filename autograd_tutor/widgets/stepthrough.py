"""``StepThrough(recording_or_tensor)``: replay a forward and backward pass node by node.

    with autograd_tutor.tracing.record() as rec:
        loss = ((w * x).sum() - 1) ** 2
        loss.backward()
    StepThrough(rec)          # or StepThrough(loss): replayed from the graph, .grad untouched

The picture is laid out once; a step only swaps a small <style> block (which nodes exist,
which one is current, where values or gradients flow), the label and the numbers panel.
"""
import ipywidgets as W

from ..stepthrough import styling
from ..stepthrough.layout import new_prefix
from ..stepthrough.replay import Replay
from ..stepthrough.static_view import PICTURE_MAX_HEIGHT
from ..viz import DotNotFound, RenderError, theme
from ..viz.defaults import VALUE_LIMIT
from ..viz.markup import escape

SPEEDS = (("slow", 1600), ("normal", 900), ("fast", 400))
LINKED_FRAMES = 150  # more frames: the kernel restyles each step (a Stack child per frame costs a model each)
LINKED_CHARS = 500_000  # nor more than this in all the frames' panels (a large graph's styles are long)
_BOX = f"border-left:3px solid {theme.color('accent')};padding-left:8px;"
_NOTE = f"color:{theme.color('changed')};font-size:13px"


class StepThrough(W.VBox):
    """Widget with Play (and speed), a slider, previous/next, a "backward 3/5" label, the graph
    and a panel with the current frame's numbers. From Python: ``.frames``, ``.step``,
    ``.next()``, ``.prev()``.

    names: mapping of variable names to tensors (default: the notebook's variables) used to
    label nodes. max_nodes: the picture shows at most this many graph nodes.
    """

    def __init__(self, source, names=None, max_nodes=200, value_limit=VALUE_LIMIT, interval=900):
        self._replay = Replay(source, names=names, max_nodes=max_nodes, value_limit=value_limit)
        self.frames = self._replay.frames
        self._prefix = new_prefix()
        last = max(len(self.frames) - 1, 0)
        # The graph takes the width the panel leaves; a picture larger than the box scrolls
        # (it is never shrunk below a readable label size, see replay.fit_svg). Its box leaves
        # room for the controls on a laptop screen (static_view.PICTURE_MAX_HEIGHT).
        self._graph = W.HTML(self._picture(),
                             layout=W.Layout(flex="1 1 460px", overflow="auto", min_width="280px",
                                             max_height=PICTURE_MAX_HEIGHT, margin="0 16px 0 0"))
        self._graph.add_class("autograd-tutor-stepthrough-graph")
        self._style = W.HTML(layout=W.Layout(height="0px", overflow="hidden", margin="0"))
        # Up to LINKED_FRAMES frames, each frame's style and panel is a child of a Stack that the
        # slider selects in the browser (jslink): a notebook reopened without a kernel, or
        # exported with its widget state, still steps through with the slider and Play.
        panels = self._linked_panels()
        self._linked = bool(panels)
        if self._linked:
            self._panel = W.Stack([W.HTML(html) for html in panels],
                                  selected_index=0, layout=W.Layout(overflow="auto"))
        else:
            self._panel = W.HTML(layout=W.Layout(overflow="auto"))
        self._panel.add_class("autograd-tutor-stepthrough-panel")
        self._label = W.Label(layout=W.Layout(min_width="150px", margin="0 0 0 18px"))  # clear of the slider handle
        self._label.add_class("autograd-tutor-stepthrough-label")
        self._slider = W.IntSlider(0, 0, last, readout=False, disabled=not self.frames,
                                   layout=W.Layout(width="220px"))
        self._play = W.Play(0, 0, last, interval=interval, show_repeat=False, disabled=not self.frames,
                            description="play", tooltip="play the steps")
        W.jslink((self._play, "value"), (self._slider, "value"))
        if self._linked:
            W.jslink((self._slider, "value"), (self._panel, "selected_index"))
        self._speed = W.Dropdown(options=SPEEDS, value=interval if interval in dict(SPEEDS).values() else None,
                                 layout=W.Layout(width="90px"), tooltip="speed")
        if self._speed.value is None:
            self._speed.options = SPEEDS + ((f"{interval} ms", interval),)
            self._speed.value = interval
        self._speed.observe(self._on_speed, "value")
        self._prev = W.Button(description="◀ prev", tooltip="previous step", layout=W.Layout(width="80px"))
        self._next = W.Button(description="next ▶", tooltip="next step", layout=W.Layout(width="80px"))
        self._prev.add_class("autograd-tutor-prev")
        self._next.add_class("autograd-tutor-next")
        self._prev.on_click(lambda _: self.prev())
        self._next.on_click(lambda _: self.next())
        controls = W.HBox([self._play, self._speed, self._prev, self._next, self._slider, self._label],
                          layout=W.Layout(align_items="center", flex_flow="row wrap"))
        notes = W.HTML("".join(f'<div style="{_NOTE}">{escape(n)}</div>'
                               for n in self._replay.notes))
        side = W.VBox([self._panel, W.HTML(styling.legend_html())],
                      layout=W.Layout(flex="0 1 420px", min_width="280px"))
        body = W.HBox([self._graph, side], layout=W.Layout(flex_flow="row wrap", align_items="flex-start"))
        # Nothing recorded: the note alone says so (no empty picture, controls or legend).
        parts = [controls, notes, body, self._style] if self.frames else [notes, self._style]
        super().__init__(parts, layout=W.Layout(padding="0 0 0 8px"))
        self.add_class("autograd-tutor-stepthrough")
        self.add_class(theme.ROOT)
        self._slider.observe(self._on_slider, "value")
        self._show(0)

    def _linked_panels(self):
        """Every frame's panel HTML when all of them fit the limits (LINKED_FRAMES, LINKED_CHARS),
        else [] and the kernel restyles each step instead: the widget's saved state stays small."""
        if not 0 < len(self.frames) <= LINKED_FRAMES:
            return []
        panels, size = [], 0
        for k in range(len(self.frames)):
            panels.append(self._frame_html(k))
            size += len(panels[-1])
            if size > LINKED_CHARS:
                return []
        return panels

    def _picture(self):
        try:
            return self._replay.svg(self._prefix)
        except (DotNotFound, RenderError) as err:  # the steps still work, in words and numbers
            return f'<div style="{_NOTE};max-width:420px">{escape(err)}</div>'

    # ----- Python API -----
    @property
    def step(self):
        """Index of the frame shown (0-based); setting it shows that frame (clamped)."""
        return self._slider.value

    @step.setter
    def step(self, index):
        index = min(max(int(index), 0), max(len(self.frames) - 1, 0))
        if index != self._slider.value:
            self._slider.value = index  # the observer shows the frame
        else:
            self._show(index)

    @property
    def frame(self):
        """The frame shown now (None when nothing was recorded)."""
        return self.frames[self.step] if self.frames else None

    def next(self):
        """One step forward (stays on the last frame); returns the new step."""
        self.step = self.step + 1
        return self.step

    def prev(self):
        """One step back (stays on the first frame); returns the new step."""
        self.step = self.step - 1
        return self.step

    @property
    def css(self):
        """The <style> of the frame shown (what a front-end applies to the picture)."""
        return self._replay.css(self._prefix, self.step if self.frames else -1)

    # ----- display -----
    def _on_speed(self, change):
        self._play.interval = change["new"]

    def _on_slider(self, change):
        self._show(change["new"])

    def _show(self, index):
        n = len(self.frames)
        if not n:
            self._style.value = self._frame_style(-1)
            self._label.value = "nothing recorded"
            self._panel.value = ""
            self._prev.disabled = self._next.disabled = True
            return
        frame = self.frames[index]
        self._label.value = f"{frame.label}  ·  step {index + 1}/{n}"
        if self._linked:
            self._panel.selected_index = index  # the browser does the same through the jslink
        else:
            self._style.value = self._frame_style(index)
            self._panel.value = f'<div style="{_BOX}">{frame.html}</div>'
        self._prev.disabled = index == 0
        self._next.disabled = index == n - 1

    def _ipython_display_(self, **kwargs):
        """The widget, then its static copy once more as an output of its own: JupyterLab and
        Notebook hide that one (a widget view with no model), while nbconvert's HTML, which keeps
        only the widget's <script> when the notebook saved widget state, shows it."""
        from IPython.display import display

        display(self._repr_mimebundle_(), raw=True)
        display(export_copy(self._replay.static_html("export-" + self._prefix)), raw=True)

    def _frame_style(self, index):
        return f"{theme.STYLE}<style>{self._replay.css(self._prefix, index)}</style>"

    def _frame_html(self, index):
        """What the panel shows at frame ``index``, with the <style> that restyles the picture."""
        return f'{self._frame_style(index)}<div style="{_BOX}">{self.frames[index].html}</div>'

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/html"] = self._replay.static_html("static-" + self._prefix)
        bundle["text/plain"] = f"StepThrough: {len(self.frames)} steps\n" + self._replay.static_text()
        return bundle

    def __repr__(self):
        phases = [f.phase for f in self.frames]
        return (f"<StepThrough: {phases.count('forward')} forward and {phases.count('backward')} "
                f"backward steps, showing step {self.step + 1 if self.frames else 0}>")


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# The export copy steps aside where the output before it already shows the static copy
# (nbconvert without saved widget state): one picture, not two.
# Hidden inline, shown by its own <style>: a sanitizer that drops styles shows no second copy.
_EXPORT_STYLE = ("<style>.autograd-tutor-stepthrough-export { display: block !important; }\n"
                 ".jp-OutputArea-child:has(.autograd-tutor-stepthrough-static) + .jp-OutputArea-child "
                 ".autograd-tutor-stepthrough-export { display: none !important; }</style>")


def export_copy(static_html):
    """The display bundle of the export copy: an empty widget view first (widget front ends hide
    it), then the static HTML that every other renderer shows."""
    return {WIDGET_VIEW: {"version_major": 2, "version_minor": 0, "model_id": ""},
            "text/html": f'{_EXPORT_STYLE}<div class="autograd-tutor-stepthrough-export" style="display:none">{static_html}</div>',
            "text/plain": ""}
