"""Never silently wrong: what autograd_tutor does not implement raises NotImplementedError naming
it (and what to do), instead of being ignored.

Two lists: every keyword PyTorch accepts that one of our functions does not take (from the
recorded signatures, enumerated: each is called and must raise), and the features below, each
called for real.
"""
import pytest

import autograd_tutor as torch
import autograd_tutor.nn.functional as F
from autograd_tutor.ops import _keywords, _torch_keywords as recorded


def _missing_keywords():
    tables = ((torch, recorded.FUNCTIONS, False), (torch.Tensor, recorded.METHODS, True), (F, recorded.FUNCTIONAL, False))
    for owner, table, method in tables:
        for name, keys in table.items():
            fn = getattr(owner, name, None)
            ours = None if fn is None else _keywords.accepted(fn)
            if ours is None:
                continue
            for key in keys:
                if key not in ours and key != "out" and key not in getattr(fn, "renamed", ()):
                    yield fn, name, key, method


MISSING = list(_missing_keywords())


def test_every_missing_pytorch_keyword_raises_not_implemented_naming_it():
    sentinel = object()
    for fn, name, key, method in MISSING:
        args = (torch.zeros(2),) if method else ()
        with pytest.raises(NotImplementedError, match=f"argument '{key}'"):
            fn(*args, **{key: sentinel})
    print(f"\nnever silently wrong: {len(MISSING)} PyTorch keywords we do not implement raise NotImplementedError")
    assert len(MISSING) > 50


# Features whose non-default values are refused (keyword, then a call using it).
FEATURES = [
    ("layout", lambda: torch.zeros(2, layout=torch.sparse_coo)),
    ("pin_memory", lambda: torch.ones(2, pin_memory=True)),
    ("pin_memory", lambda: torch.tensor([1.0], pin_memory=True)),
    ("memory_format", lambda: torch.zeros(2, 2).clone(memory_format=torch.channels_last)),
    ("memory_format", lambda: torch.zeros_like(torch.zeros(2), memory_format=torch.channels_last)),
    ("out_dtype", lambda: torch.mm(torch.zeros(2, 2), torch.zeros(2, 2), out_dtype=torch.float64)),
    ("sparse_grad", lambda: torch.gather(torch.zeros(2), 0, torch.tensor([0]), sparse_grad=True)),
    ("a mean or std that requires grad", lambda: torch.normal(torch.zeros(2, requires_grad=True), 1.0)),
]


@pytest.mark.parametrize("feature,call", FEATURES, ids=[f"{i}-{f}" for i, (f, _) in enumerate(FEATURES)])
def test_feature_not_implemented_raises_naming_it(feature, call):
    with pytest.raises(NotImplementedError, match=feature):
        call()
