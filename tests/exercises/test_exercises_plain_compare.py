"""Plain-data conversion and the comparison shared by check() and the grader."""

import math

import numpy as np
import pytest
import torch

from autograd_tutor.exercises.feedback.compare import difference
from autograd_tutor.exercises.feedback.plain import NotPlainData, to_plain


class AlwaysEqual:
    def __eq__(self, other):
        return True


class EqualFloat(float):
    def __eq__(self, other):
        return True


def test_plain_values_pass_through_and_tuples_become_lists():
    assert to_plain([1, 2.5, "MulBackward0", None, True, (3, 4)]) == [1, 2.5, "MulBackward0", None, True, [3, 4]]


def test_tensors_and_arrays_become_lists_via_tolist():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    assert to_plain(x * 2) == (x * 2).detach().tolist()
    assert to_plain(np.float32(1.5)) == 1.5 and type(to_plain(np.float32(1.5))) is float
    assert to_plain(np.arange(3)) == [0, 1, 2]


@pytest.mark.parametrize("cheat", [AlwaysEqual(), EqualFloat(1.0), [AlwaysEqual()], {"a": AlwaysEqual()}, {1: 2}])
def test_objects_that_are_not_plain_data_are_refused(cheat):
    with pytest.raises(NotPlainData):
        to_plain(cheat)


def test_oversized_answers_are_refused():
    with pytest.raises(NotPlainData):
        to_plain(list(range(200_000)))
    nested = []
    for _ in range(100):
        nested = [nested]
    with pytest.raises(NotPlainData):
        to_plain(nested)


def test_numbers_compare_with_tolerance_and_bools_are_not_numbers():
    assert difference(10.0, 10) is None
    assert difference(1.3333333, 1.33333) is None
    assert difference(1.3333333, 1.3) is not None
    assert difference(True, 1) is not None
    assert difference(1, True) is not None
    assert difference(None, 0) is not None
    assert difference(math.nan, math.nan) is None


def test_structure_mismatches_are_described_without_revealing_the_expected_value():
    message = difference([10.0, 1.3333], [10.0, 2.0])
    assert "answer[1]" in message and "2.0" in message and "1.333" not in message
    assert "expected 2 items, got 3" in difference([1, 2], [1, 2, 3])
    assert "expected a string" in difference("MulBackward0", 3)
    assert difference("MulBackward0", " MulBackward0 ") is None
    assert difference("MulBackward0", "mulbackward0") is not None


@pytest.mark.parametrize("huge", [10**400, -(10**400), 2**1024], ids=["1e400", "-1e400", "2**1024"])
def test_integers_beyond_float_range_are_wrong_numbers(huge):
    for expected in (12, 12.0, math.inf, -math.inf):
        found = difference(expected, huge)
        assert "too large to be the right value" in found
    assert difference(huge, huge) is None
    assert difference([1.0, 2.0], [1.0, huge]).startswith("answer[1]")


def test_integers_too_long_to_travel_as_text_are_not_plain_data():
    assert to_plain(10**3900) == 10**3900
    with pytest.raises(NotPlainData, match="digits"):
        to_plain([1, 10**5000])


def test_a_non_bool_answer_to_a_yes_no_question_is_told_a_bool_is_expected():
    from autograd_tutor.exercises.feedback.compare import difference

    assert difference(True, "no") == "answer: expected True or False (a bool), got a string 'no'"
    assert "expected True or False" in difference(False, 0)
    assert difference(False, True) == "answer: True is not right"  # a wrong bool names no kind
