"""Text colours for the HTML views that follow the notebook's theme (light, dark, high contrast).

Inline styles say ``color: var(--at-muted, #595959)``: the fallback is the light colour, so an
exported page or a front-end without the style block still reads well on white. The style
block (``STYLE``) sets the variables on ``.autograd-tutor-theme``; under a dark JupyterLab or
Notebook 7 theme (``body[data-jp-theme-light="false"]``, also VS Code's ``body.vscode-dark``)
they switch to light-on-dark shades, and the base text colour follows Jupyter's own variables
(so the high-contrast themes apply too). Every pair is at least 4.5:1 (WCAG AA) on the theme's
background: white / #111 for Lab, checked by the browser tests.

Graph pictures are not themed: dot draws them on their own white card, readable on both.
"""
ROOT = "autograd-tutor-theme"

# role: (light, dark)
COLORS = {
    "fg": ("#1f1f1f", "#ececec"),
    "muted": ("#595959", "#b8b8b8"),  # secondary words: kind lines, "None", captions
    "leaf": ("#005F94", "#7cc7f2"),  # names of leaves, the forward phase
    "op": ("#7A5100", "#f2c061"),
    "output": ("#006B4F", "#5fd6b0"),
    "new": ("#006B4F", "#5fd6b0"),  # grads table: .grad appeared
    "changed": ("#A34700", "#ffa36b"),  # accumulated, backward phase, warnings
    "box": ("#F3F3F3", "#262626"),  # background of the rule line in the step-through
    "accent": ("#0072B2", "#56B4E9"),  # the views' left border
}
_BASE = {"fg": "var(--jp-content-font-color1, {})"}  # Jupyter's own text colour where it has one


def color(role):
    """``var(--at-ROLE, LIGHT)`` for an inline style."""
    return f"var(--at-{role}, {COLORS[role][0]})"


def _block(index):
    out = []
    for role, pair in COLORS.items():
        value = pair[index]
        if index == 1 and role in _BASE:
            value = _BASE[role].format(value)
        out.append(f"--at-{role}:{value};")
    return "".join(out)


CSS = (
    f".{ROOT}{{{_block(0)}color:var(--at-fg);}}"
    f'body[data-jp-theme-light="false"] .{ROOT},body.vscode-dark .{ROOT}{{{_block(1)}}}'
)
STYLE = f"<style>{CSS}</style>"


def wrap(html_text, tag="div", extra_style=""):
    """``html_text`` inside an element carrying the theme class, with the style block."""
    style = f' style="{extra_style}"' if extra_style else ""
    return f'{STYLE}<{tag} class="{ROOT}"{style}>{html_text}</{tag}>'
