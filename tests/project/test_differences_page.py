"""The differences docs/pytorch-differences.md lists are still differences, with the words the
page quotes from each library: when one is fixed, this fails and the page must lose it."""
import warnings
from pathlib import Path

import pytest
import torch
from ops_oracle import whole_messages

import autograd_tutor

PAGE = (Path(__file__).resolve().parents[2] / "docs" / "pytorch-differences.md").read_text()


def _message(call, lib):
    x = lib.tensor([1.0, 2.0])
    with pytest.raises(Exception) as caught:
        call(lib, x)
    return f"{type(caught.value).__name__}: {str(caught.value).splitlines()[0]}"


def test_numpy_warns_where_pytorch_is_silent():
    for lib, expected in ((torch, []), (autograd_tutor, ["invalid value encountered in multiply"])):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            lib.tensor([1.0, float("inf")]) * 0
        assert [str(w.message) for w in caught] == expected
    assert "RuntimeWarning: invalid value encountered in multiply" in PAGE


@pytest.mark.parametrize("call", [lambda T, x: T.matmul(x, "a"), lambda T, x: T.where(True, "a", 1.0)])
def test_quoted_error_messages_still_differ(call):
    theirs, ours = _message(call, torch), _message(call, autograd_tutor)
    assert theirs != ours
    for message in (theirs, ours):
        quoted = message.split(": ", 1)[1].split(" - got")[0].split(" with shapes")[0].rstrip(", ")
        assert quoted in PAGE, quoted


def test_a_list_as_masked_fills_mask_lacks_the_didnt_match_lines():
    messages = whole_messages(lambda T: T.tensor([1.0, 2.0]).masked_fill([True, False], 1.0), TypeError)
    assert messages[0].splitlines()[0] == messages[1].splitlines()[0]
    assert "didn't match" in messages[0] and "didn't match" not in messages[1]
    assert "`x.masked_fill([True, False], 1.0)`" in PAGE


@pytest.mark.parametrize("name", ["stft", "fft", "use_deterministic_algorithms"])
def test_a_missing_function_raises_attribute_error_naming_it(name):
    assert hasattr(torch, name)
    with pytest.raises(AttributeError, match=f"has no attribute '{name}'"):
        getattr(autograd_tutor, name)


def test_a_wrong_dim_with_more_arguments_gets_another_message():
    messages = []
    for lib in (torch, autograd_tutor):
        with pytest.raises(TypeError) as caught:
            lib.sum(lib.ones(2), "a", keepdim=True)
        messages.append(str(caught.value).splitlines()[0])
    assert messages[0] != messages[1]
    assert messages[0] in PAGE and messages[1].split(" - got")[0] in PAGE
