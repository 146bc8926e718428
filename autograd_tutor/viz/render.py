"""DOT text in, SVG (or PNG) out, through the `graphviz` Python package, with a small cache.

The package is imported on first use only (``import autograd_tutor.viz`` stays light). It runs
graphviz's layout programs; when the program or the package is missing, ``DotNotFound``
carries a one-line message saying how to install it, and text views keep working.
"""
import shutil
from collections import OrderedDict

from . import palette as P

INSTALL_HINT = ("graphviz's `dot` program was not found: install it with `apt-get install graphviz` "
                "(or `make lab`, `brew install graphviz`, `conda install graphviz`); text views still work.")
PACKAGE_HINT = ("the `graphviz` Python package is missing: install it with `pip install graphviz` "
                "(or `pip install 'autograd-tutor[lab]'`); text views still work.")
ENGINE = "dot"
_CACHE_SIZE = 64
_cache = OrderedDict()  # (engine, format, dpi, dot text) -> output; the watcher redraws unchanged graphs often


class DotNotFound(RuntimeError):
    pass


class RenderError(RuntimeError):
    pass


def find_dot():
    """Path of the ``dot`` executable, or None (looked up on every call: PATH may change)."""
    return shutil.which("dot")


def render(dot_text, fmt="svg", cache=True, engine=ENGINE, dpi=None):
    """``dot_text`` laid out by ``engine`` (dot, neato, ...) as ``fmt`` (svg: text, others: bytes).

    ``dpi`` sets the resolution of bitmap formats. Raises ``DotNotFound`` (how to install) or
    ``RenderError`` (graphviz's own first line, or an unknown engine or format).
    """
    key = (engine, fmt, dpi, dot_text)
    if cache and key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    out = _pipe(_with_dpi(dot_text, dpi), engine, fmt)
    if fmt == "svg":
        out = _bare_svg(out.decode("utf-8"))
    if cache:
        _cache[key] = out
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return out


def clear_cache():
    _cache.clear()


def _pipe(dot_text, engine, fmt):
    try:
        import graphviz
    except ImportError:
        raise DotNotFound(PACKAGE_HINT) from None
    if find_dot() is None:
        raise DotNotFound(INSTALL_HINT)
    if engine not in graphviz.ENGINES:
        raise RenderError(f"unknown graphviz engine {engine!r}; one of: {', '.join(sorted(graphviz.ENGINES))}")
    if fmt not in graphviz.FORMATS:
        raise RenderError(f"unknown graphviz format {fmt!r}; for example svg, png or pdf")
    try:
        # quiet: dot's warnings would land under a learner's cell; its errors are raised below.
        return graphviz.pipe(engine, fmt, dot_text.encode("utf-8"), quiet=True)
    except graphviz.ExecutableNotFound:
        raise DotNotFound(INSTALL_HINT) from None
    except graphviz.CalledProcessError as err:
        stderr = (err.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise RenderError(f"{engine} failed: {stderr[0] if stderr else f'exit status {err.returncode}'}") from None


def _with_dpi(dot_text, dpi):
    """A graph-level ``dpi`` attribute added after the opening brace (the same as ``-Gdpi``)."""
    if dpi is None:
        return dot_text
    brace = dot_text.index("{") + 1
    return f"{dot_text[:brace]}\n  dpi={int(dpi)};{dot_text[brace:]}"


def _bare_svg(text):
    """Just the ``<svg>`` element: no XML prolog or DOCTYPE, so it embeds inside HTML too;
    with fallbacks for the fonts dot measured with."""
    start = text.find("<svg")
    text = text[start:] if start >= 0 else text
    text = text.replace(f'font-family="{P.MONO}"', f'font-family="{P.MONO_WEB}"')
    return text.replace(f'font-family="{P.FONT}"', f'font-family="{P.FONT_WEB}"')
