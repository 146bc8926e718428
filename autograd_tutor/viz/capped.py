"""A box of bounded height with an explicit "show all": a hidden checkbox and CSS, no script,
so it works in any front-end that shows trusted HTML and in exported pages."""
import itertools

from . import theme

MAX_HEIGHT_PX = 640
# ... and at most the window's height less this much: on a laptop screen (768 px) a 640 px box is
# taller than the notebook's own area (about 650 px under JupyterLab's bars), so the view's caption
# and "show all" never fit on screen with it.
ROOM_PX = 240
STYLE = ("<style>.autograd-tutor-showall:checked + .autograd-tutor-capped{max-height:none!important}"
         ".autograd-tutor-showall:checked ~ label .autograd-tutor-more,"
         ".autograd-tutor-showall:not(:checked) ~ label .autograd-tutor-less{display:none}</style>")
_LABEL = (f"font:12px Helvetica,Arial,sans-serif;color:{theme.color('muted')};cursor:pointer;"
          "text-decoration:underline;display:inline-block;margin-top:2px")
_ids = itertools.count()


def capped(inner, box_style="", max_px=MAX_HEIGHT_PX):
    """``inner`` in a box at most ``max_px`` tall, and ROOM_PX less than the window (it scrolls), with
    a "show all" toggle."""
    toggle = f"autograd-tutor-all-{next(_ids)}"
    return (f'{STYLE}<input type="checkbox" id="{toggle}" class="autograd-tutor-showall" style="display:none">'
            # The plain value first: where min() is not understood (or filtered out), it still caps.
            f'<div class="autograd-tutor-capped" style="{box_style}max-height:{max_px}px;'
            f'max-height:min({max_px}px, calc(100vh - {ROOM_PX}px));overflow:auto;">'
            f'{inner}</div>'
            f'<label for="{toggle}" class="autograd-tutor-showall-label" style="{_LABEL}">'
            f'<span class="autograd-tutor-more">show all (capped in height: scroll inside, or click)</span>'
            '<span class="autograd-tutor-less">cap the height again</span></label>')
