"""Running graphviz's ``dot`` program: DOT text in, SVG (or PNG) out, with a small cache.

The ``dot`` executable is called directly (no Python binding needed). When it is missing,
``DotNotFound`` carries a one-line message saying how to install it; text views keep working.
"""
import shutil
import subprocess
from collections import OrderedDict

from . import palette as P

INSTALL_HINT = ("graphviz's `dot` program was not found: install it with `apt-get install graphviz` "
                "(or `make lab`, `brew install graphviz`, `conda install graphviz`); text views still work.")
TIMEOUT_S = 30
_CACHE_SIZE = 64
_cache = OrderedDict()  # (format, dot text) -> output; the watcher redraws unchanged graphs often


class DotNotFound(RuntimeError):
    pass


class RenderError(RuntimeError):
    pass


def find_dot():
    """Path of the ``dot`` executable, or None (looked up on every call: PATH may change)."""
    return shutil.which("dot")


def render(dot_text, fmt="svg", cache=True, extra=()):
    key = (fmt, tuple(extra), dot_text)
    if cache and key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    exe = find_dot()
    if exe is None:
        raise DotNotFound(INSTALL_HINT)
    try:
        done = subprocess.run([exe, "-T" + fmt, *extra], input=dot_text.encode("utf-8"), capture_output=True,
                              timeout=TIMEOUT_S, check=False)
    except FileNotFoundError:
        raise DotNotFound(INSTALL_HINT) from None
    except subprocess.TimeoutExpired:
        raise RenderError(f"dot took more than {TIMEOUT_S} s; draw fewer nodes (max_nodes=...)") from None
    if done.returncode != 0:
        first = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[0]
        raise RenderError(f"dot failed: {first}")
    out = done.stdout
    if fmt == "svg":
        out = _bare_svg(out.decode("utf-8"))
    if cache:
        _cache[key] = out
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return out


def clear_cache():
    _cache.clear()


def _bare_svg(text):
    """Just the ``<svg>`` element: no XML prolog or DOCTYPE, so it embeds inside HTML too;
    with fallbacks for the fonts dot measured with."""
    start = text.find("<svg")
    text = text[start:] if start >= 0 else text
    text = text.replace(f'font-family="{P.MONO}"', f'font-family="{P.MONO_WEB}"')
    return text.replace(f'font-family="{P.FONT}"', f'font-family="{P.FONT_WEB}"')
