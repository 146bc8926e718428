"""Everything the step-through shows, without ipywidgets: frames, the picture, per-step CSS,
and a static HTML version (the fallback for front-ends that cannot run widgets)."""
import re

from ..tracing import Recording
from ..viz import theme
from ..viz.defaults import VALUE_LIMIT
from ..viz.markup import escape
from ..viz.names import Names
from . import arrowheads, frames as frames_mod, layout as layout_mod, static_view, styling
from .derive import recording_from
from .naming import Naming, user_namespace

# The picture is scaled to fit this box, but never below MIN_SCALE (node labels stay >= 12 px;
# a larger graph scrolls inside the widget instead) and never above MAX_SCALE.
MAX_WIDTH_PX = 820
MAX_HEIGHT_PX = 640
MIN_SCALE = 0.9
MAX_SCALE = 1.4
STATIC_FRAMES = 300  # the static fallback lists at most this many steps
# ... and at most about this many characters of them (HTML, then text): a notebook output, shown
# twice (the widget's bundle and its export copy), must stay small however long the recording.
STATIC_CHARS = 300_000
STATIC_TEXT_CHARS = 30_000
EMPTY_NOTE = ("Nothing to step through: no autograd_tutor operation on a tensor with "
              "requires_grad=True ran while recording (for PyTorch tensors, use %stepthrough EXPR "
              "or StepThrough(tensor)).")


class Replay:
    def __init__(self, source, names=None, max_nodes=200, value_limit=VALUE_LIMIT):
        mapping = names if names is not None else user_namespace()
        nodes = {}  # a replayed graph's nodes, held only until they are named
        if isinstance(source, Recording):
            recording = source
        else:
            recording = recording_from(source, name=_name_of(source, mapping), mapping=mapping, nodes=nodes)
        self.recording = recording
        naming = Naming(recording, mapping, nodes)
        del nodes
        self.layout = layout_mod.build(recording, naming, max_nodes, value_limit)
        if self.layout.ids:
            self.layout.start_render()
        self.frames = frames_mod.build(recording, self.layout, naming)
        self.notes = list(recording.notes)
        if self.layout.dropped:
            self.notes.append(f"{self.layout.dropped:,} nodes beyond the first {max_nodes:,} are left "
                              "out (StepThrough(..., max_nodes=N) shows more); their steps are skipped.")
        if not self.frames:
            self.notes.append(EMPTY_NOTE)
        self._css = {}

    def svg(self, prefix):
        """The picture (rendered by dot once per recording), scaled to fit the widget."""
        if not self.layout.ids:
            return ""
        return fit_svg(self.layout.svg(prefix))

    def css(self, prefix, index):
        key = (prefix, index)
        if key not in self._css:
            frame = self.frames[index] if 0 <= index < len(self.frames) else None
            done = styling.done_before(self.frames, index) if frame is not None else ()
            self._css[key] = styling.frame_css(prefix, self.layout, frame, done)
        return self._css[key]

    def static_html(self, prefix):
        """The graph and every step as HTML that steps through its frames in the browser with
        no kernel and no script (see static_view): what exports and reopened notebooks show."""
        parts = [theme.STYLE, f'<div class="autograd-tutor-stepthrough-static {theme.ROOT}" '
                 f'style="font:13px Helvetica,Arial,sans-serif;border-left:3px solid {theme.color("accent")};'
                 'padding-left:8px">']
        parts.append(f'<div style="color:{theme.color("muted")};font-size:12px;margin:2px 0 4px">autograd step-through '
                     f'({len(self.frames)} steps) · a static copy: its buttons work without Python; run the cell '
                     'in Jupyter for the live widget</div>')
        parts += [f'<div style="color:{theme.color("changed")};margin:4px 0">{escape(n)}</div>' for n in self.notes]
        try:
            svg = arrowheads.forward_only(self.svg(prefix))
        except RuntimeError as err:  # dot missing or failing: the steps still read well as text
            svg = f'<div style="color:{theme.color("muted")}">{escape(err)}</div>'
        shown = self.frames[:STATIC_FRAMES]
        if shown:
            budget = STATIC_CHARS - sum(map(len, parts))
            frames, count = static_view.frames_html(f"{prefix}v", svg, shown, lambda k: self.css(prefix, k), budget)
            parts.append(frames)
            more = len(self.frames) - count
            if more > 0:
                parts.append(f"<p>… {more:,} more steps (the live widget shows them all)</p>")
        else:
            parts.append(f"<div>{svg}</div>")
        parts.append("</div>")
        return "".join(parts)

    def static_text(self):
        lines, size = list(self.notes), 0
        for k, frame in enumerate(self.frames[:STATIC_FRAMES]):
            size += len(frame.text) + 1
            if k > 0 and size > STATIC_TEXT_CHARS:
                break
            lines.append(frame.text)
        more = len(self.frames) - (len(lines) - len(self.notes))
        if more > 0:
            lines.append(f"… {more:,} more steps (the live widget shows them all)")
        return "\n".join(lines)


def _name_of(tensor, mapping):
    try:
        return Names(mapping).of_tensor(tensor) or "y"
    except Exception:  # an odd namespace must not stop the widget
        return "y"


_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')


def fit_svg(svg):
    """Pixel width/height that fit MAX_WIDTH_PX x MAX_HEIGHT_PX (the viewBox keeps the drawing),
    scaled between MIN_SCALE and MAX_SCALE; the widget's graph box scrolls what does not fit."""
    m = _SIZE.search(svg)
    if not m:
        return svg
    w, h = float(m.group(1)) * 4 / 3, float(m.group(2)) * 4 / 3  # pt -> px
    scale = min(MAX_SCALE, max(MIN_SCALE, min(MAX_WIDTH_PX / w, MAX_HEIGHT_PX / h)))
    size = (f'<svg width="{w * scale:.0f}px" height="{h * scale:.0f}px" '
            f'style="min-width:{w * scale:.0f}px;height:auto"')
    return svg[:m.start()] + size + svg[m.end():]
