"""The step-through as one piece of HTML whose frames switch in the browser without Python.

What a notebook keeps when no kernel runs the widget (nbconvert's HTML, a notebook reopened
later, a viewer without ipywidgets): the picture once, every frame's CSS, panel and label, and
"prev / next" controls made of radio buttons and labels. CSS alone picks what the checked radio
shows: no script (nothing to download), so it works offline. Where a sanitizer drops the
<style> (an untrusted notebook), inline styles keep the copy on its first frame.
"""
import re

from ..viz import theme
from ..viz.markup import escape

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def gated_css(css, gate):
    """``css`` with every selector scoped under ``gate`` (e.g. ``#v-3:checked ~ .v-body``)."""
    out = []
    for selectors, body in _RULE.findall(css):
        scoped = ", ".join(f"{gate} {s.strip()}" for s in selectors.split(",") if s.strip())
        out.append(f"{scoped} {{{body}}}")
    return "\n".join(out)


def frames_html(view_id, svg, frames, frame_css, budget=None):
    """Radios, controls and panels for ``frames`` (``frame_css(index)`` gives one frame's CSS), as
    ``(html, shown)``: with ``budget`` (characters), only the first ``shown`` frames that fit in it
    (always at least one), so a long recording of a large graph cannot flood the output."""
    v = view_id
    rules = [f".{v}-f, .{v}-n {{ display: none; }}",
             f".{v}-nav label {{ cursor: pointer; border: 1px solid {theme.color('muted')}; border-radius: 3px; "
             "padding: 1px 8px; margin: 0 4px; user-select: none; }",
             f".{v}-nav label.{v}-off {{ opacity: .35; pointer-events: none; }}"]
    panels = []
    size = len(svg) + sum(map(len, rules))
    for k, frame in enumerate(frames):
        gate = f"#{v}-{k}:checked ~"
        frame_rules = [f"{gate} .{v}-nav .{v}-n{k}, {gate} .{v}-body .{v}-f{k} {{ display: inline-block !important; }}",
                       gated_css(frame_css(k), f"{gate} .{v}-body")]
        # Inline display:none keeps a sanitized copy (no <style>) to its first frame.
        hide = "" if k == 0 else "display:none;"
        panel = (f'<div class="{v}-f {v}-f{k}" style="{hide}border-left:3px solid {theme.color("accent")};'
                 f'padding-left:8px;margin-top:6px">{frame.html}</div>')
        size += sum(map(len, frame_rules)) + len(panel) + _CONTROLS_CHARS
        if budget is not None and k > 0 and size > budget:
            break
        rules += frame_rules
        panels.append(panel)
    n = len(panels)
    radios, controls = [], []
    for k, frame in enumerate(frames[:n]):
        checked = " checked" if k == 0 else ""
        radios.append(f'<input type="radio" class="{v}-r" name="{v}" id="{v}-{k}"{checked} '
                      f'aria-label="step {k + 1}" style="display:none">')
        hide = "" if k == 0 else "display:none;"
        prev = f'<label for="{v}-{max(k - 1, 0)}"{_off(v, k == 0)}>&#9664; prev</label>'
        after = f'<label for="{v}-{min(k + 1, n - 1)}"{_off(v, k == n - 1)}>next &#9654;</label>'
        first = f'<label for="{v}-0"{_off(v, k == 0)}>&#8676; first</label>'
        controls.append(f'<span class="{v}-n {v}-n{k}" style="{hide}">{first}{prev}{after} '
                        f'<b>{escape(frame.label)}</b> · step {k + 1}/{n}</span>')
    return ("<style>" + "\n".join(rules) + "</style>" + "".join(radios)
            + f'<div class="{v}-nav" style="margin:4px 0 6px">' + "".join(controls) + "</div>"
            + f'<div class="{v}-body"><div style="overflow:auto;max-height:{PICTURE_PX}px;max-height:{PICTURE_MAX_HEIGHT}">{svg}</div>'
            + "".join(panels) + "</div>"), n


# The picture's box, in the widget and in this copy: at most PICTURE_PX tall, and on a laptop
# screen (768 px, where 680 px is taller than the notebook) room left for the controls.
PICTURE_PX = 680
PICTURE_MAX_HEIGHT = f"min({PICTURE_PX}px, calc(100vh - 260px))"
_CONTROLS_CHARS = 600  # a frame's radio and prev/next controls, about (for the budget)


def _off(v, disabled):
    return f' class="{v}-off"' if disabled else ""
