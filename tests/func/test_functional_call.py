"""functional_call and stack_module_state against PyTorch: the module runs with the given
tensors and gets its own back, tied weights, strict keys, and their errors."""
import pytest
from ops_oracle import same, whole_messages


class _Nets:
    """Modules built the same way with both libraries (same seed, same numbers)."""

    @staticmethod
    def mlp(T):
        T.manual_seed(0)
        return T.nn.Sequential(T.nn.Linear(3, 4), T.nn.ReLU(), T.nn.Linear(4, 2))

    @staticmethod
    def tied(T):
        T.manual_seed(0)
        net = T.nn.Sequential(T.nn.Linear(3, 3, bias=False), T.nn.Linear(3, 3, bias=False))
        net[1].weight = net[0].weight
        return net

    @staticmethod
    def with_buffer(T):
        T.manual_seed(0)
        net = T.nn.Sequential(T.nn.Linear(3, 3), T.nn.BatchNorm1d(3))
        return net.eval()


def _x(T):
    T.manual_seed(1)
    return T.randn(5, 3)


def _zeros_like_params(T, net):
    return {k: T.zeros_like(p) + 0.5 for k, p in net.named_parameters()}


def program_dict(T):
    net = _Nets.mlp(T)
    out = T.func.functional_call(net, _zeros_like_params(T, net), (_x(T),))
    return out, net(_x(T)), [p for p in net.parameters()]


def program_tuple_of_dicts_and_buffers(T):
    net = _Nets.with_buffer(T)
    params = {k: v * 2 for k, v in net.named_parameters()}
    buffers = {k: v + 1 for k, v in net.named_buffers()}
    return T.func.functional_call(net, (params, buffers), _x(T)), dict(net.named_buffers())


def program_partial_dict_and_kwargs(T):
    class Scale(T.nn.Module):
        def __init__(self):
            super().__init__()
            self.w = T.nn.Parameter(T.ones(3))

        def forward(self, x, *, shift=0.0):
            return x * self.w + shift

    net = Scale()
    return T.func.functional_call(net, {"w": T.full((3,), 2.0)}, (_x(T),), {"shift": 1.0}), net.w


def program_tied(T):
    net = _Nets.tied(T)
    new = T.eye(3)
    return T.func.functional_call(net, {"0.weight": new}, (_x(T),)), \
        T.func.functional_call(net, {"0.weight": new}, (_x(T),), tie_weights=False)


def program_grad_through_functional_call(T):
    net = _Nets.mlp(T)
    params = {k: p.detach() for k, p in net.named_parameters()}
    loss = lambda p, x: T.func.functional_call(net, p, (x,)).pow(2).mean()  # noqa: E731
    return T.func.grad(loss)(params, _x(T))


def program_ensemble(T):
    models = [_Nets.mlp(T) for _ in range(3)]
    for i, m in enumerate(models):
        with T.no_grad():
            for p in m.parameters():
                p.mul_(i + 1)
    params, buffers = T.func.stack_module_state(models)
    out = T.vmap(lambda p, b, x: T.func.functional_call(models[0], (p, b), (x,)), in_dims=(0, 0, None))(
        params, buffers, _x(T))
    # out is attached to the stacked parameters; its grad_fn is PyTorch's batched op's (AddmmBackward0...)
    # there, StackBackward0 here (vmap runs per model and stacks): compared without it
    return params, buffers, out.detach(), out.requires_grad, [(k, v.is_leaf, v.requires_grad) for k, v in params.items()]


def program_stack_buffers(T):
    params, buffers = T.func.stack_module_state([_Nets.with_buffer(T), _Nets.with_buffer(T)])
    return sorted(params), buffers


def program_batchnorm_updates_the_given_buffers(T):
    T.manual_seed(0)
    bn = T.nn.BatchNorm1d(3)
    buffers = {k: v.clone() for k, v in bn.named_buffers()}
    params = {k: v.detach().clone() for k, v in bn.named_parameters()}
    out = T.func.functional_call(bn, (params, buffers), (_x(T),))
    return out, buffers, dict(bn.named_buffers())


def program_replace_all_batch_norm_modules(T):
    T.manual_seed(0)
    net = T.nn.Sequential(T.nn.Linear(3, 3), T.nn.BatchNorm1d(3), T.nn.Sequential(T.nn.BatchNorm1d(3)))
    same_net = T.func.replace_all_batch_norm_modules_(net)
    params = {k: v.detach() for k, v in net.named_parameters()}
    per_sample = T.vmap(T.func.grad(lambda p, x: T.func.functional_call(net, p, (T.stack([x, x.flip(0) * 2]),)).pow(3).sum()),
                        in_dims=(None, 0))(params, _x(T))
    return same_net is net, [(m.running_mean, m.running_var, m.num_batches_tracked, m.track_running_stats)
                             for m in (net[1], net[2][0])], dict(net.named_buffers()), per_sample, net(_x(T))


@pytest.mark.parametrize("program", [program_replace_all_batch_norm_modules, program_batchnorm_updates_the_given_buffers, program_dict, program_tuple_of_dicts_and_buffers, program_partial_dict_and_kwargs,
                                     program_tied, program_grad_through_functional_call, program_ensemble,
                                     program_stack_buffers], ids=lambda p: p.__name__)
def test_same_as_pytorch(program):
    same(program, exact=False)


def _strict(T):
    net = _Nets.mlp(T)
    params = {k: v for k, v in net.named_parameters() if k != "2.bias"}
    params["extra"] = T.ones(1)
    return T.func.functional_call(net, params, (_x(T),), strict=True)


ERRORS = {
    "strict_keys": (_strict, RuntimeError),
    "repeated_keys": (lambda T: T.func.functional_call(_Nets.mlp(T), ({"0.bias": T.ones(4)}, {"0.bias": T.ones(4)}),
                                                       (_x(T),)), ValueError),
    "not_dicts": (lambda T: T.func.functional_call(_Nets.mlp(T), [{"0.bias": T.ones(4)}, 3], (_x(T),)), ValueError),
    "not_a_dict": (lambda T: T.func.functional_call(_Nets.mlp(T), 3, (_x(T),)), ValueError),
    "tied_two_values": (lambda T: T.func.functional_call(_Nets.tied(T), {"0.weight": T.eye(3), "1.weight": T.ones(3, 3)},
                                                         (_x(T),)), ValueError),
    "stack_no_models": (lambda T: T.func.stack_module_state([]), RuntimeError),
    "stack_mixed_modes": (lambda T: T.func.stack_module_state([T.nn.Linear(2, 2), T.nn.Linear(2, 2).eval()]),
                          RuntimeError),
    "stack_mixed_classes": (lambda T: T.func.stack_module_state([T.nn.Linear(2, 2), T.nn.ReLU()]),
                            RuntimeError),
    "stack_mixed_requires_grad": (lambda T: T.func.stack_module_state([T.nn.Linear(2, 2),
                                                                       T.nn.Linear(2, 2).requires_grad_(False)]),
                                  RuntimeError),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_error(name):
    program, kind = ERRORS[name]
    same(program, raises=kind)
    ours, theirs = whole_messages(program, kind)[::-1]
    assert ours == theirs


def test_the_module_gets_its_own_tensors_back_after_an_error():
    import autograd_tutor as T

    net = _Nets.mlp(T)
    before = dict(net.named_parameters())

    def boom(*args):
        raise ValueError("inside")

    net.register_forward_pre_hook(boom)
    with pytest.raises(ValueError):
        T.func.functional_call(net, {"0.weight": T.zeros(4, 3)}, (_x(T),))
    assert all(p is before[k] for k, p in net.named_parameters())
