"""torch.utils.data against real PyTorch: batches, shuffled orders, splits, reprs and errors."""
import io
import pickle

import pytest
from ops_oracle import same


def _loader_run(T, **kw):
    from importlib import import_module

    data = import_module(T.__name__ + ".utils.data")
    T.manual_seed(0)
    ds = data.TensorDataset(T.arange(22.0).reshape(11, 2), T.arange(11))
    out = []
    for _ in range(2):
        out.append([[x, y] for x, y in data.DataLoader(ds, **kw)])
    out.append(T.randn(3))  # the generator moved as PyTorch's moves
    return out


@pytest.mark.parametrize("kw", [
    dict(), dict(batch_size=4), dict(batch_size=4, shuffle=True), dict(batch_size=3, drop_last=True),
    dict(batch_size=5, shuffle=True, drop_last=True), dict(batch_size=20, shuffle=True),
])
def test_dataloader_batches_and_order(kw):
    same(lambda T: _loader_run(T, **kw))


def _data(T):
    from importlib import import_module

    return import_module(T.__name__ + ".utils.data")


def test_loader_with_own_generator_leaves_default_alone_but_for_base_seed():
    def program(T):
        d = _data(T)
        T.manual_seed(1)
        g = T.Generator().manual_seed(5)
        ds = d.TensorDataset(T.arange(9))
        order = [b[0] for b in d.DataLoader(ds, batch_size=4, shuffle=True, generator=g)]
        return order, T.rand(2), g.initial_seed()
    same(program)


@pytest.mark.parametrize("lengths", [[7, 3], [0.5, 0.5], [0.33, 0.33, 0.34], [0.9, 0.1, 0.0], [3, 3], [1.5, -0.5]])
def test_random_split(lengths):
    def program(T):
        T.manual_seed(2)
        parts = _data(T).random_split(list(range(10)), lengths)
        return [list(p) for p in parts], T.rand(1)
    # [3, 3] does not sum to the length, [1.5, -0.5] holds a negative fraction.
    same(program, raises=ValueError if lengths in ([3, 3], [1.5, -0.5]) else None)


@pytest.mark.parametrize("batch", [
    [1, 2, 3], [1.0, 2.5], [True, False], [(1, 2.0), (3, 4.0)], [[1, 2], [3, 4]], [{"a": 1}, {"a": 2}],
    ["x", "y"], [[1, 2], [3]], [object()],
])
def test_default_collate(batch):
    # The last two batches cannot be collated: ragged lists, and an object of no known type.
    raises = RuntimeError if batch == [[1, 2], [3]] else TypeError if type(batch[0]) is object else None
    same(lambda T: _data(T).default_collate(batch), raises=raises)


def test_collate_tensors_keeps_the_graph():
    def program(T):
        x = T.ones(4, 2, requires_grad=True)
        return next(iter(_data(T).DataLoader(_data(T).TensorDataset(x * 2), batch_size=3)))
    same(program)


@pytest.mark.parametrize("kw", [
    dict(batch_size=0), dict(batch_size=-1), dict(batch_size=2.0), dict(drop_last=1, batch_size=2),
    dict(shuffle=True, sampler=[0, 1]), dict(batch_sampler=[[0]], batch_size=2), dict(num_workers=-1),
    dict(batch_size=None, drop_last=True), dict(persistent_workers=True), dict(prefetch_factor=2),
])
def test_dataloader_argument_errors(kw):
    same(lambda T: _data(T).DataLoader(_data(T).TensorDataset(T.zeros(3)), **kw), raises=ValueError)


def test_dataset_errors_and_lengths():
    same(lambda T: _data(T).TensorDataset(T.zeros(3), T.zeros(4)), raises=AssertionError)
    same(lambda T: _data(T).Dataset()[0], raises=NotImplementedError)
    same(lambda T: len(_data(T).DataLoader(_data(T).TensorDataset(T.zeros(10)), batch_size=3)))
    same(lambda T: len(_data(T).DataLoader(_data(T).TensorDataset(T.zeros(10)), batch_size=3, drop_last=True)))
    same(lambda T: (lambda ds: (len(ds + ds), (ds + ds)[7], (ds + ds)[-1]))(_data(T).TensorDataset(T.arange(5))))


def test_reprs():
    import re

    def program(T):
        d = _data(T)
        ds = d.TensorDataset(T.zeros(2))
        dl = d.DataLoader(ds, shuffle=True)
        objs = [ds, dl, iter(dl), dl.sampler, dl.batch_sampler, d.Subset(ds, [0])]
        return [re.sub("0x[0-9a-f]+", "0x", repr(o)) for o in objs] + [repr(type(o)) for o in objs[:2]]
    same(program)


def test_save_load_round_trip():
    def program(T):
        T.manual_seed(0)
        m = T.nn.Linear(2, 2)
        buf = io.BytesIO()
        T.save({"m": m.state_dict(), "x": T.ones(2, requires_grad=True), "n": (1, 2.5, "s")}, buf)
        buf.seek(0)
        return T.load(buf)
    same(program)


def test_load_refuses_modules_by_default():
    def program(T):
        buf = io.BytesIO()
        T.save(T.nn.ReLU(), buf)
        buf.seek(0)
        return T.load(buf)
    same(program, raises=pickle.UnpicklingError)
