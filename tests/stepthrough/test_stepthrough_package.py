"""The step-through model (frames, rules, picture, HTML) works with ipywidgets unavailable;
only ``autograd_tutor.widgets`` needs it."""
import subprocess
import sys

_NO_IPYWIDGETS = (
    "import sys; sys.modules['ipywidgets'] = None\n"  # any import of it now raises ImportError
    "import autograd_tutor as at\n"
    "from autograd_tutor import tracing\n"
    "from autograd_tutor.stepthrough import Replay, rule_for\n"
    "with tracing.record() as rec:\n"
    "    x = at.tensor([1.0, 2.0], requires_grad=True)\n"
    "    (x * x).sum().backward()\n"
    "r = Replay(rec, names={'x': x})\n"
    "assert [f.phase for f in r.frames].count('backward') >= 2, r.frames\n"
    "assert 'MulBackward0' in r.static_html('p')\n"
    "assert rule_for('MulBackward0')\n"
    "try:\n"
    "    import autograd_tutor.widgets\n"
    "except ImportError:\n"
    "    print('widgets need ipywidgets')\n"
)


def test_stepthrough_imports_and_replays_without_ipywidgets():
    out = subprocess.run([sys.executable, "-c", _NO_IPYWIDGETS], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "widgets need ipywidgets"


def test_widgets_keeps_its_public_names():
    from autograd_tutor import stepthrough, widgets
    assert widgets.Replay is stepthrough.Replay
    assert widgets.StepThrough.__module__ == "autograd_tutor.widgets.stepthrough"
