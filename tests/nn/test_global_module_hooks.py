"""Global module hooks (torch.nn.modules.module.register_module_*) against torch 2.13: their order
beside each module's own hooks, always_call on a raising forward, backward hooks of both kinds,
the error mixing them, and the registration hooks' replacements.

Global hooks outlive a test: every program registers them through ``_Globals``, which removes
them (and resets the global backward kind, which PyTorch never resets) whatever happens, and
the autouse fixture fails a test that leaves any behind.
"""
import contextlib

import pytest
import torch

import autograd_tutor
from tests.support.ops_oracle import same, whole_messages

HOOK_DICTS = ("_global_forward_pre_hooks", "_global_forward_hooks", "_global_forward_hooks_always_called",
              "_global_backward_hooks", "_global_backward_pre_hooks", "_global_buffer_registration_hooks",
              "_global_module_registration_hooks", "_global_parameter_registration_hooks")


def _kind_owner(T):
    """Where the global backward kind lives: torch keeps it in module.py, we in _global_hooks.py."""
    return T.nn.modules.module if T is torch else T.nn.modules._global_hooks


def _left_registered(T):
    state = T.nn.modules.module
    left = {name: list(getattr(state, name)) for name in HOOK_DICTS if getattr(state, name)}
    if T is autograd_tutor and state._global_forward_hooks_with_kwargs:
        # torch's handle leaves its with_kwargs ids behind (nothing reads them); ours clears them.
        left["_global_forward_hooks_with_kwargs"] = list(state._global_forward_hooks_with_kwargs)
    if T is autograd_tutor and state._any_global_call_hook[0]:
        left["_any_global_call_hook"] = True  # the fast path would stay off
    if _kind_owner(T)._global_is_full_backward_hook is not None:
        left["_global_is_full_backward_hook"] = _kind_owner(T)._global_is_full_backward_hook
    return left


@pytest.fixture(autouse=True)
def nothing_left_behind():
    yield
    left = {T.__name__: _left_registered(T) for T in (torch, autograd_tutor)}
    assert not any(left.values()), f"global hooks left registered: {left}"


class _Globals(contextlib.AbstractContextManager):
    """Registers global hooks through ``T.nn.modules.module``; exiting removes them all."""

    def __init__(self, T):
        self.T, self.handles = T, []

    def __getattr__(self, name):  # e.g. g.register_module_forward_hook(hook, always_call=True)
        function = getattr(self.T.nn.modules.module, name)

        def register(*args, **kwargs):
            handle = function(*args, **kwargs)
            self.handles.append(handle)
            return handle

        return register

    def __exit__(self, *exc):
        for handle in self.handles:
            handle.remove()
        _kind_owner(self.T)._global_is_full_backward_hook = None
        return False


def _name(module):
    return type(module).__name__


def _mlp(T):
    T.manual_seed(0)
    return T.nn.Sequential(T.nn.Linear(3, 2), T.nn.ReLU(), T.nn.Linear(2, 1))


# ------------------------------------------------------------------ forward order


def test_global_forward_hooks_run_before_the_modules_own_and_see_every_child():
    def program(T):
        seen = []
        model = _mlp(T)
        model[0].register_forward_pre_hook(lambda m, args: seen.append(("own pre", _name(m))))
        model[0].register_forward_hook(lambda m, args, out: seen.append(("own hook", _name(m))))
        with _Globals(T) as g:
            g.register_module_forward_pre_hook(lambda m, args: seen.append(("global pre", _name(m), args[0].shape)))
            g.register_module_forward_hook(lambda m, args, out: seen.append(("global hook", _name(m), out.shape)))
            out = model(T.ones(4, 3))
        seen.append("removed")
        model(T.ones(4, 3))
        return out, seen

    same(program, exact=False)


def test_global_hooks_change_arguments_and_outputs():
    def program(T):
        T.manual_seed(0)
        layer = T.nn.Linear(2, 2)
        with _Globals(T) as g:
            g.register_module_forward_pre_hook(lambda m, args: args[0] * 2)  # one value: made a tuple
            g.register_module_forward_hook(lambda m, args, out: out + 100)
            layer.register_forward_hook(lambda m, args, out: out * 0 + out.sum())  # sees the global's output
            return layer(T.ones(1, 2)), layer.weight.sum() * 2 + layer.bias.sum() + 200

    same(program, exact=False)


def test_global_forward_hook_with_kwargs_and_the_handle_as_context():
    def program(T):
        class Scale(T.nn.Module):
            def forward(self, x, *, factor=1.0):
                return x * factor

        seen, module = [], Scale()
        with _Globals(T) as g:
            with g.register_module_forward_hook(
                    lambda m, args, kwargs, out: seen.append((args, kwargs, out)) or out + 1, with_kwargs=True) as h:
                seen.append(repr(h).split(" object")[0])
                first = module(T.ones(2), factor=3.0)
            second = module(T.ones(2), factor=3.0)  # the with block removed the hook
        return first, second, seen

    same(program)


def test_global_forward_hook_sees_losses_and_layers_called_alone():
    def program(T):
        T.manual_seed(0)
        seen = []
        with _Globals(T) as g:
            g.register_module_forward_hook(lambda m, a, o: seen.append((_name(m), o.shape)))
            loss = T.nn.CrossEntropyLoss()(T.ones(2, 3, requires_grad=True), T.tensor([0, 1]))
            T.nn.Flatten()(T.ones(2, 2, 2))
            T.nn.Dropout()(T.ones(2))
            T.nn.Conv2d(1, 1, 2)(T.ones(1, 1, 3, 3))
        return seen, loss

    same(program, exact=False)


# Each kind alone must take every child of a Sequential off its no-hook shortcut.
ALONE = {
    "forward pre-hook": lambda g, seen: g.register_module_forward_pre_hook(lambda m, a: seen.append(_name(m))),
    "forward hook": lambda g, seen: g.register_module_forward_hook(lambda m, a, o: seen.append(_name(m))),
    "full backward pre-hook": lambda g, seen: g.register_module_full_backward_pre_hook(
        lambda m, go: seen.append(_name(m))),
    "full backward hook": lambda g, seen: g.register_module_full_backward_hook(lambda m, gi, go: seen.append(_name(m))),
    "legacy backward hook": lambda g, seen: g.register_module_backward_hook(lambda m, gi, go: seen.append(_name(m))),
}


@pytest.mark.parametrize("kind", ALONE)
def test_one_global_hook_alone_reaches_sequentials_children(kind):
    def program(T):
        seen, model = [], _mlp(T)
        with _Globals(T) as g:
            ALONE[kind](g, seen)
            y = model(T.ones(1, 3, requires_grad=True))
            y.backward()
        return seen

    same(program)


# ------------------------------------------------------------------ always_call


def _failing(T):
    class Boom(T.nn.Module):
        def forward(self, x):
            raise ValueError("forward failed")

    return Boom()


def test_always_call_hooks_run_when_forward_raises():
    def program(T):
        seen, module = [], _failing(T)
        module.register_forward_hook(lambda m, a, o: seen.append(("own", o)))
        module.register_forward_hook(lambda m, a, o: seen.append(("own always", a, o)), always_call=True)
        module.register_forward_hook(lambda m, a, k, o: seen.append(("own always kwargs", k, o)),
                                     with_kwargs=True, always_call=True)
        with _Globals(T) as g:
            g.register_module_forward_hook(lambda m, a, o: seen.append(("global", o)))
            g.register_module_forward_hook(lambda m, a, o: seen.append(("global always", a, o)), always_call=True)
            # On the error path torch calls global hooks without kwargs, even with_kwargs ones:
            # this one's TypeError is silenced into a warning.
            g.register_module_forward_hook(lambda m, a, k, o: seen.append("never"), with_kwargs=True,
                                           always_call=True)
            try:
                module(T.ones(1))
            except ValueError as e:
                seen.append(str(e))
        return seen

    same(program)


def test_own_always_call_hook_runs_without_any_global_hook():
    def program(T):
        seen, module = [], _failing(T)
        module.register_forward_hook(lambda m, a, o: seen.append(("always", a)), always_call=True)
        with pytest.raises(ValueError):
            module(T.ones(1))
        return seen

    same(program)


def test_always_call_hooks_that_ran_are_not_run_again_when_a_later_hook_raises():
    def program(T):
        seen = []
        layer = T.nn.Identity()

        def failing(m, a, o):
            raise RuntimeError("hook failed")

        def failing_always(m, a, o):
            raise KeyError("also failed")

        layer.register_forward_hook(lambda m, a, o: seen.append(("own always", o)) or o * 2, always_call=True)
        layer.register_forward_hook(failing)
        layer.register_forward_hook(lambda m, a, o: seen.append(("own always after", o)), always_call=True)
        layer.register_forward_hook(failing_always, always_call=True)
        with _Globals(T) as g:
            g.register_module_forward_hook(lambda m, a, o: seen.append(("global always", o)), always_call=True)
            try:
                layer(T.ones(1))
            except RuntimeError as e:
                seen.append(str(e))
        return seen

    same(program)


# ------------------------------------------------------------------ backward


def test_global_full_backward_hooks_and_pre_hooks_with_their_gradients():
    def program(T):
        seen, model = [], _mlp(T)
        model[2].register_full_backward_hook(lambda m, gi, go: seen.append(("own", _name(m), gi, go)))
        model[2].register_full_backward_pre_hook(lambda m, go: seen.append(("own pre", _name(m), go)))
        x = T.ones(4, 3, requires_grad=True)
        with _Globals(T) as g:
            g.register_module_full_backward_pre_hook(lambda m, go: seen.append(("global pre", _name(m), go)))
            g.register_module_full_backward_hook(lambda m, gi, go: seen.append(("global", _name(m), gi, go)))
            y = model(x)
            seen.append(y.grad_fn.name())
            y.sum().backward()
        return x.grad, seen

    same(program, exact=False)


def test_global_full_backward_hooks_when_the_input_needs_no_gradient():
    # The first layer's hook fires from its outputs' gradients, with a warning, as in torch.
    def program(T):
        seen, model = [], _mlp(T)
        with _Globals(T) as g:
            g.register_module_full_backward_hook(lambda m, gi, go: seen.append((_name(m), gi, go)))
            g.register_module_full_backward_pre_hook(lambda m, go: seen.append(("pre", _name(m), go)))
            model(T.ones(2, 3)).sum().backward()
        return seen

    same(program, exact=False)


def test_global_backward_hooks_replace_gradients():
    def program(T):
        x = T.ones(2, requires_grad=True)
        with _Globals(T) as g:
            g.register_module_full_backward_pre_hook(lambda m, go: (go[0] * 10,))
            g.register_module_full_backward_hook(lambda m, gi, go: (gi[0] + 1,))
            T.nn.Tanh()(x).sum().backward()
        return x.grad

    same(program, exact=False)


def test_global_backward_pre_hook_alone_sends_sequential_children_through_the_hooked_path():
    def program(T):
        seen, model = [], _mlp(T)
        with _Globals(T) as g:
            g.register_module_full_backward_pre_hook(lambda m, go: seen.append(_name(m)))
            y = model(T.ones(1, 3))
            y.backward()
        # The children's outputs pass through BackwardHookFunction too.
        return y.grad_fn.name(), y.grad_fn.next_functions[0][0].next_functions[0][0].name(), seen

    same(program)


def test_global_backward_hook_on_a_module_returning_a_list_warns():
    def program(T):
        class Pair(T.nn.Module):
            def forward(self, x):
                return [x * 2, x * 3]

        seen = []
        with _Globals(T) as g:
            g.register_module_full_backward_hook(lambda m, gi, go: seen.append(_name(m)))
            out = Pair()(T.ones(2, requires_grad=True))
            out[0].sum().backward()
        return seen

    same(program)


def test_global_legacy_backward_hook_beside_a_modules_full_hook():
    def program(T):
        T.manual_seed(0)
        seen, layer = [], T.nn.Linear(3, 2)
        layer.register_full_backward_hook(lambda m, gi, go: seen.append(("own full", gi, go)))
        x = T.ones(4, 3, requires_grad=True)
        with _Globals(T) as g:
            g.register_module_backward_hook(lambda m, gi, go: seen.append(("global legacy", gi, go)))
            layer(x).sum().backward()
        return seen

    same(program, exact=False)


def test_mixing_global_backward_hook_kinds_raises_as_torch():
    def full_then_legacy(T):
        with _Globals(T) as g:
            g.register_module_full_backward_hook(lambda m, gi, go: None).remove()
            g.register_module_backward_hook(lambda m, gi, go: None)  # the kind stays after removal

    def legacy_then_full(T):
        with _Globals(T) as g:
            g.register_module_backward_hook(lambda m, gi, go: None)
            g.register_module_full_backward_hook(lambda m, gi, go: None)

    for program in (full_then_legacy, legacy_then_full):
        want, got = whole_messages(program, RuntimeError)
        assert got == want


# ------------------------------------------------------------------ registration hooks


def test_registration_hooks_replace_parameters_buffers_and_submodules():
    def program(T):
        T.manual_seed(0)  # Linear initialises the weight the hook returned
        seen = []

        def on_parameter(module, name, param):
            seen.append(("parameter", _name(module), name, tuple(param.shape)))
            if name == "weight":
                return T.nn.Parameter(T.ones(param.shape))

        def on_buffer(module, name, buffer):
            seen.append(("buffer", _name(module), name, buffer))
            return None if buffer is None else buffer + 1

        def on_module(module, name, submodule):
            seen.append(("module", _name(module), name, _name(submodule)))
            return T.nn.Tanh() if isinstance(submodule, T.nn.ReLU) else None

        with _Globals(T) as g:
            g.register_module_parameter_registration_hook(on_parameter)
            g.register_module_buffer_registration_hook(on_buffer)
            g.register_module_module_registration_hook(on_module)
            model = T.nn.Sequential(T.nn.Linear(2, 2), T.nn.ReLU())
            model.norm = T.nn.BatchNorm1d(2)
            model.add_module("act", T.nn.ReLU())
            model.register_buffer("step", T.zeros(1))
            model.norm = None  # a None in place of a registered module is shown to the hook too
        model.register_buffer("untouched", T.zeros(1))
        return model, model[0].weight, model.step, model.untouched, seen

    same(program)


def test_registration_hooks_see_what_containers_and_layers_register():
    def program(T):
        seen, nn = [], T.nn
        with _Globals(T) as g:
            for kind in ("parameter", "buffer", "module"):
                g.__getattr__(f"register_module_{kind}_registration_hook")(
                    lambda m, n, v, kind=kind: seen.append((kind, _name(m), n, _name(v))))
            ml = nn.ModuleList([nn.ReLU()])
            ml.append(nn.Tanh())
            ml.extend([nn.ReLU()])
            ml.insert(0, nn.ReLU())
            ml[1] = nn.Tanh()
            md = nn.ModuleDict({"a": nn.ReLU()})
            md["b"] = nn.Tanh()
            md.update({"c": nn.ReLU()})
            pl = nn.ParameterList([nn.Parameter(T.ones(1))])
            pl.append(nn.Parameter(T.ones(1)))
            pl[0] = nn.Parameter(T.ones(2))
            pl.extend([T.ones(1)])
            pd = nn.ParameterDict({"a": nn.Parameter(T.ones(1))})
            pd["b"] = T.ones(1)
            s = nn.Sequential(nn.ReLU())
            s.append(nn.Tanh())
            s.insert(0, nn.ReLU())
            s[0] = nn.Tanh()
            s += nn.Sequential(nn.ReLU())
            s[0:2], s * 2
            nn.BatchNorm1d(2), nn.LayerNorm(2), nn.Embedding(3, 2), nn.Conv2d(1, 1, 2), nn.PReLU()
            nn.LazyLinear(2)(T.ones(1, 3))
            nn.Linear(2, 2).load_state_dict(nn.Linear(2, 2).state_dict(), assign=True)
        return seen

    same(program)


def test_hooks_put_straight_into_the_global_dict_run_until_deleted():
    # Some code fills PyTorch's dict itself instead of calling the register function.
    def program(T):
        seen, hooks = [], T.nn.modules.module._global_forward_hooks
        printed = [repr(hooks)]
        try:
            hooks["direct"] = lambda m, a, o: seen.append(_name(m))
            printed.append(list(hooks))
            _mlp(T)(T.ones(1, 3))
        finally:
            del hooks["direct"]
        _mlp(T)(T.ones(1, 3))
        return seen, printed, repr(hooks)

    same(program)


def test_handles_print_as_torchs():
    def program(T):
        with _Globals(T) as g:
            handle = g.register_module_forward_pre_hook(lambda m, a: None)
            return repr(handle).split(" object")[0]

    same(program)


def test_nothing_is_left_registered():
    # After every other test here (and the fixture checks after each one): no global hook of
    # either library, and the backward kind back to unset.
    assert _left_registered(torch) == {} and _left_registered(autograd_tutor) == {}
