"""DOT text, SVG rendering and its cache, the display bundle, and life without graphviz's dot."""
import re
import subprocess
import sys

import pytest
from viz_support import lib  # noqa: F401 - pytest fixture

from autograd_tutor import viz
from autograd_tutor.viz import render


def small_graph(lib):
    x = lib.ones(2, requires_grad=True)
    y = (x * 3).sum()
    return x, y


@pytest.fixture
def no_cache():
    render.clear_cache()
    yield
    render.clear_cache()


def test_svg_renders_and_is_cached(lib, no_cache, monkeypatch):
    x, y = small_graph(lib)
    g = viz.graph(y, names=locals())
    svg = g.svg()
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert ">x<" in svg and ">MulBackward0<" in svg

    def no_second_run(*args, **kwargs):
        raise AssertionError("dot ran again for an unchanged graph")

    monkeypatch.setattr(render, "_pipe", no_second_run)
    assert g.svg() is svg
    assert viz.graph(y, names=locals()).svg() == svg  # same DOT from a new view: module cache


def test_mimebundle_has_svg_and_text(lib):
    x, y = small_graph(lib)
    bundle = viz.graph(y, names=locals())._repr_mimebundle_()
    assert bundle["image/svg+xml"].startswith("<svg")
    assert "MulBackward0" in bundle["text/plain"] and "x" in bundle["text/plain"]
    only_text = viz.graph(y)._repr_mimebundle_(include=["text/plain"])
    assert list(only_text) == ["text/plain"]


def test_picture_has_legend_and_gradient_direction_caption(lib):
    x, y = small_graph(lib)
    dot = viz.graph(y).dot
    for words in ("leaf tensor", "op (grad_fn)", "output tensor", "backward() sends gradients", "output → leaves"):
        assert words in dot
    assert "saved tensor" not in dot  # the legend lists only kinds in the picture


def test_names_with_markup_characters_are_escaped(lib, no_cache):
    x, y = small_graph(lib)
    g = viz.graph(y, names={'a<b>&"c': x})
    assert 'a&lt;b&gt;&amp;&quot;c' in g.dot and 'a<b>' not in g.dot
    assert "a&lt;b&gt;&amp;" in g.svg()  # dot accepted the label


@pytest.mark.parametrize("how", ["lookup", "path"])
def test_missing_dot_gives_install_hint_and_text_fallback(lib, no_cache, monkeypatch, tmp_path, how):
    if how == "lookup":
        monkeypatch.setattr(render, "find_dot", lambda: None)
    else:
        monkeypatch.setenv("PATH", str(tmp_path))  # an empty directory: no dot anywhere
    x, y = small_graph(lib)
    g = viz.graph(y, names=locals())
    with pytest.raises(viz.DotNotFound) as err:
        g.svg()
    message = str(err.value)
    assert "\n" not in message and "apt-get install graphviz" in message and "make lab" in message
    bundle = g._repr_mimebundle_()
    assert set(bundle) == {"text/plain"}
    assert "MulBackward0" in bundle["text/plain"] and "apt-get install graphviz" in bundle["text/plain"]
    y.backward()
    assert "MulBackward0" in str(viz.chain(y, names=locals()))
    assert repr(x.grad) in viz.grads(locals()).text


def test_dot_failure_is_a_clear_error_not_a_crash(no_cache, capfd):
    with pytest.raises(viz.RenderError, match="^dot failed: .*syntax error") as err:
        render.render("digraph { this is not dot", "svg")
    assert "\n" not in str(err.value)
    assert capfd.readouterr().err == ""  # dot's message is in the error, not printed under a cell


@pytest.mark.parametrize("engine, fmt, words", [("dott", "svg", "unknown graphviz engine 'dott'"),
                                                ("dot", "svgg", "unknown graphviz format 'svgg'")])
def test_unknown_engine_or_format_is_named(no_cache, engine, fmt, words):
    with pytest.raises(viz.RenderError, match=re.escape(words)):
        render.render("digraph { a -> b }", fmt, engine=engine)


def test_other_engines_lay_out_the_same_dot(no_cache):
    dot_svg = render.render("digraph { a -> b }", "svg")
    neato_svg = render.render("digraph { a -> b }", "svg", engine="neato")
    assert neato_svg.startswith("<svg") and neato_svg != dot_svg  # a different layout, not a cache hit


def test_missing_python_package_gives_pip_hint(lib, no_cache, monkeypatch):
    monkeypatch.setitem(sys.modules, "graphviz", None)  # import graphviz raises ImportError
    x, y = small_graph(lib)
    g = viz.graph(y)
    with pytest.raises(viz.DotNotFound, match="pip install graphviz"):
        g.svg()
    assert "pip install graphviz" in g._repr_mimebundle_()["text/plain"]


def test_png_for_docs(lib):
    x, y = small_graph(lib)
    small, large = viz.graph(y).png(dpi=72), viz.graph(y).png(dpi=144)
    assert small[:8] == large[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(small[16:20], "big"), int.from_bytes(large[16:20], "big")  # IHDR width
    assert abs(width[1] - 2 * width[0]) <= 2  # the dpi reached dot


def test_importing_views_loads_neither_ipython_nor_graphviz():
    code = ("import sys, autograd_tutor.viz; "
            "bad = [m for m in ('IPython', 'graphviz', 'ipywidgets') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_text_fallback_prints_an_only_input_under_its_consumer_without_nesting(lib):
    x = lib.ones(2, requires_grad=True)
    y = x.exp().log().sum()
    text = viz.graph(y, names=locals()).text
    rows = [re.split(r"(?<=\S) {2,}", line)[0] for line in text.splitlines()[1:]]  # notes dropped
    assert rows == ["y", "└─SumBackward0", "  LogBackward0", "  ExpBackward0", "   └─x"]
    x2 = x * 2
    z = x2 * x  # two inputs: one level deeper, as before
    lines = viz.graph(z, names=locals()).text.splitlines()
    assert lines[2].startswith("└─MulBackward0") and lines[3].startswith("   ├─MulBackward0")
