"""The backward replay says, at each step that feeds a leaf, how many of its paths have arrived.

The counts come from the recording; the oracle is viz.paths (which enumerates the paths) and
real PyTorch (whose replay must say the same).
"""

from browser import needs
from viz_support import seed_004_program

import autograd_tutor as at
from autograd_tutor import tracing, viz
from autograd_tutor.stepthrough import Replay

torch = needs.module("torch")


def notes(replay):
    return [(f.title, f.paths_note) for f in replay.frames if f.paths_note]


def test_recorded_backward_tells_the_paths_arriving_at_each_leaf():
    with tracing.record() as rec:
        names = seed_004_program(at)
        names["y"].backward()
    said = notes(Replay(rec, names=names))
    assert said == [
        ("SqrtBackward0", "x: 2 of its 10 paths from y have arrived (2 with this step); "
                          "still to come: 8 via MulBackward0"),
        ("LogBackward0", "z: 4 of its 8 paths from y have arrived (4 with this step); "
                         "still to come: 4 via AddBackward0"),
        ("AddBackward0", "z: 8 of its 8 paths from y have arrived (4 with this step)"),
        ("AccumulateGrad of z", "all 8 paths from y to z have arrived: this gradient is their sum"),
        ("MulBackward0", "x: 10 of its 10 paths from y have arrived (8 with this step)"),
        ("AccumulateGrad of x", "all 10 paths from y to x have arrived: this gradient is their sum"),
    ]
    fresh = seed_004_program(at)
    assert [viz.paths(fresh["y"], fresh[leaf]).count for leaf in "xz"] == [10, 8]


def test_replay_of_a_pytorch_graph_says_the_same():
    ours, theirs = seed_004_program(at), seed_004_program(torch)
    assert notes(Replay(ours["y"], names=ours)) == notes(Replay(theirs["y"], names=theirs))
    frame = next(f for f in Replay(theirs["y"], names=theirs).frames
                 if f.title == "SqrtBackward0" and f.phase == "backward")
    assert "paths: x: 2 of its 10 paths" in frame.text and "still to come" in frame.html


def test_a_leaf_reached_by_one_path_gets_no_note():
    x = at.tensor(2.0, requires_grad=True)
    y = x * 3
    assert notes(Replay(y, names=locals())) == []
