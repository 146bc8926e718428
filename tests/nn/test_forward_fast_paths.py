"""The forward pass's shortcuts (relu in one NumPy pass, nn.Linear reading its parameters
directly, the base's list of views) against real PyTorch, on both sides of each condition."""
import numpy as np
import pytest
from ops_oracle import same

# Signed zeros, nans of both signs, infinities, denormals of both widths, ordinary values.
SPECIAL = np.array([-0.0, 0.0, np.nan, -np.nan, np.inf, -np.inf, 1e-45, -1e-45, 5e-324, -5e-324,
                    6e-8, -6e-8, 1.5, -2.5])


def _bits(T, t):
    return t.detach().numpy().tobytes().hex()


@pytest.mark.parametrize("dtype", ["float32", "float64", "float16", "int64", "int32", "uint8"])
@pytest.mark.parametrize("n", [1, 7, 8, 9, 17, 33, 67])
def test_relu_keeps_every_bit_as_pytorch(dtype, n):
    # float32/float64 take np.maximum(0, x); float16 (where that turns -0. into 0.) the mask.
    values = np.resize(SPECIAL if dtype.startswith("float") else np.arange(-7, 7), 2 * n)
    values = values if dtype != "uint8" else np.abs(values)

    def program(T):
        base = T.tensor(values.astype(dtype))
        x = base.reshape(2, n)
        outs = [T.relu(v) for v in (base, base[::2], base.flip(0), x.t(), x[1:, ::2], base[3 % n])]
        return [(_bits(T, y), tuple(y.stride()), y.dtype) for y in outs]

    same(program)


@pytest.mark.parametrize("dtype", ["float32", "float64", "float16"])
def test_relu_graph_and_gradient_at_special_values(dtype):
    def program(T):
        x = T.tensor(np.resize(SPECIAL, 9).astype(dtype), requires_grad=True)
        y = T.nn.ReLU()(x)
        y.backward(T.arange(9.0, dtype=x.dtype) - 4)
        return y, _bits(T, y), _bits(T, x.grad)

    same(program)


RELU_CALLS = {
    "torch.relu": lambda T, x: T.relu(x),
    "Tensor.relu": lambda T, x: x.relu(),
    "torch.relu_": lambda T, x: T.relu_(x),
    "Tensor.relu_": lambda T, x: x.relu_(),
    "F.relu": lambda T, x: T.nn.functional.relu(x),
    "F.relu(inplace=True)": lambda T, x: T.nn.functional.relu(x, inplace=True),
    "nn.ReLU": lambda T, x: T.nn.ReLU()(x),
}


@pytest.mark.parametrize("call", RELU_CALLS)
def test_relu_refuses_booleans_as_pytorch(call):
    same(lambda T: RELU_CALLS[call](T, T.tensor([True, False])), raises=RuntimeError)


def test_linear_reads_its_parameters_or_what_replaced_them():
    def program(T):
        T.manual_seed(0)
        plain, replaced, frozen = T.nn.Linear(3, 2), T.nn.Linear(3, 2), T.nn.Linear(3, 2, bias=False)
        del replaced.weight  # out of _parameters: the attribute set next is what forward reads
        replaced.weight = T.ones(2, 3, requires_grad=True) * 2
        x = T.arange(6.0).reshape(2, 3).requires_grad_()
        return plain(x), replaced(x), frozen(x)

    same(program)


def test_views_dropped_from_their_base_list_still_follow_in_place_changes():
    # More views than the list keeps before it drops the dead ones: the live ones still see the
    # base's in-place change (their grad_fn becomes AsStridedBackward0), the dead ones are gone.
    def program(T):
        a = T.zeros(4, 3, requires_grad=True)
        base = a * 1
        kept = []
        for i in range(40):
            view = base[i % 4]
            if i % 3 == 0:
                kept.append(view)
        base.mul_(2)
        return [v.grad_fn for v in kept], kept[-1]

    same(program)


# F.linear's 2-D case records addmm(bias, input, weight.t()) itself when the shapes are the
# everyday ones (a 1-D bias of the output's width); any other shape goes through addmm.
LINEAR_CASES = {
    "everyday": ((4, 3), (2, 3), (2,), None),
    "input without grad": ((4, 3), (2, 3), (2,), "input"),
    "weight without grad": ((4, 3), (2, 3), (2,), "weight"),
    "row bias": ((4, 3), (2, 3), (1, 2), None),
    "full bias": ((4, 3), (2, 3), (4, 2), None),
    "scalar bias": ((4, 3), (2, 3), (), None),
    "one column": ((4, 1), (2, 1), (2,), None),
}
LINEAR_ERRORS = {
    "wrong bias": ((4, 3), (2, 3), (3,)),
    "wrong input": ((4, 5), (2, 3), (2,)),
    "1-D weight": ((4, 3), (3,), (2,)),
    "3-D weight": ((4, 3), (2, 3, 1), (2,)),
}


@pytest.mark.parametrize("case", LINEAR_CASES)
def test_linear_records_what_pytorch_records(case):
    x_shape, w_shape, b_shape, frozen = LINEAR_CASES[case]

    def program(T):
        x = T.linspace(0.25, 1.5, int(np.prod(x_shape))).reshape(x_shape).requires_grad_(frozen != "input")
        w = T.linspace(-2, 1, int(np.prod(w_shape))).reshape(w_shape).requires_grad_(frozen != "weight")
        b = T.linspace(0, 1, int(np.prod(b_shape))).reshape(b_shape).requires_grad_()
        y = T.nn.functional.linear(x, w, b)
        y.backward(T.ones_like(y))
        return y, x.grad, w.grad, b.grad

    same(program)


@pytest.mark.parametrize("grad", [False, True], ids=["constant weights", "weights requiring grad"])
@pytest.mark.parametrize("case", LINEAR_ERRORS)
def test_linear_refuses_what_pytorch_refuses(case, grad):
    x_shape, w_shape, b_shape = LINEAR_ERRORS[case]

    def program(T):
        x = T.ones(x_shape, requires_grad=True)
        return T.nn.functional.linear(x, T.ones(w_shape, requires_grad=grad), T.ones(b_shape, requires_grad=grad))

    same(program, raises=RuntimeError)




# nn.Linear (and F.linear's 2-D case) record addmm(bias, input, weight.t()) in one go
# (matmul.recorded_linear) for the everyday call; each case sits on one side of one of its
# conditions, the general path taking the others. The graph, the saved tensors, the view of the
# weight and the gradients must be PyTorch's on both sides.
def _layer(T, n_in=3, n_out=2, bias=True, frozen=()):
    T.manual_seed(0)
    m = T.nn.Linear(n_in, n_out, bias=bias)
    for name in frozen:
        getattr(m, name).requires_grad_(False)
    return m


def _rows(T, shape=(4, 3), grad=False, dtype=None):
    # Quarters: sums of them are exact, whatever order a matrix product adds them in.
    x = (T.arange(int(np.prod(shape)), dtype=dtype) * 0.25 - 1.5).reshape(shape)
    return x.requires_grad_(grad)


def _signed_zeros(T, m):
    with T.no_grad():
        m.weight.abs_().neg_()
        m.bias.zero_().neg_()
    return m


def _linear_outcome(T, m, x):
    """The output (its graph and saved fields compared by the oracle), what the saved tensors
    are (the input itself; a view of the weight sharing its version counter), the gradients."""
    y = m(x)
    facts = ()
    if type(y.grad_fn).__name__ == "AddmmBackward0":
        mat1, mat2 = y.grad_fn._saved_mat1, y.grad_fn._saved_mat2
        facts = (mat1 is x, mat2 is None or (mat2._base is m.weight, mat2._version == m.weight._version))
    if y.requires_grad:
        y.backward(T.ones_like(y))
    # Bit for bit with one input feature only: longer sums may be added in another order.
    bits = _bits(T, y) if x.shape[-1] == 1 else None
    return y, bits, facts, [p.grad for p in m.parameters()], x.grad if x.is_leaf else None


LINEAR_MODULE_CASES = {
    "everyday": lambda T: (_layer(T), _rows(T)),
    "input requires grad": lambda T: (_layer(T), _rows(T, grad=True)),
    "input with a history": lambda T: (_layer(T), _rows(T, grad=True) * 2),
    "one input feature": lambda T: (_layer(T, 1, 2), _rows(T, (4, 1), grad=True)),
    # 0 * -w is -0. in an outer product (PyTorch's for one input feature), and -0. + -0. is -0.
    "one input feature, signed zeros": lambda T: (_signed_zeros(T, _layer(T, 1, 3)), _rows(T, (7, 1), grad=True)),
    "no bias": lambda T: (_layer(T, bias=False), _rows(T, grad=True)),
    "frozen weight": lambda T: (_layer(T, frozen=("weight",)), _rows(T, grad=True)),
    "frozen bias": lambda T: (_layer(T, frozen=("bias",)), _rows(T, grad=True)),
    "frozen layer, input requires grad": lambda T: (_layer(T, frozen=("weight", "bias")), _rows(T, grad=True)),
    "one row": lambda T: (_layer(T), _rows(T, (3,), grad=True)),
    "batch of matrices": lambda T: (_layer(T), _rows(T, (2, 4, 3), grad=True)),
    "float64 layer": lambda T: (_layer(T).double(), _rows(T, grad=True, dtype=T.float64)),
}


@pytest.mark.parametrize("case", LINEAR_MODULE_CASES)
def test_linear_module_records_what_pytorch_records(case):
    same(lambda T: _linear_outcome(T, *LINEAR_MODULE_CASES[case](T)))


@pytest.mark.parametrize("mode", ["no_grad", "inference_mode", "enable_grad"])
def test_linear_module_under_grad_modes(mode):
    def program(T):
        m, x = _layer(T), _rows(T, grad=True)
        with getattr(T, mode)():
            y = m(x)
        return y, y.is_inference(), m.weight._version

    same(program)


LINEAR_MODULE_ERRORS = {
    "float64 input": (lambda T: _rows(T, dtype=T.float64), RuntimeError),
    "wrong width": (lambda T: _rows(T, (4, 5)), RuntimeError),
    "an inference tensor": (lambda T: _inference_rows(T), RuntimeError),
    "a list": (lambda T: [[1.0, 2.0, 3.0]], TypeError),
    "a number": (lambda T: 2.0, TypeError),
}


def _inference_rows(T):
    with T.inference_mode():
        return _rows(T)


@pytest.mark.parametrize("case", LINEAR_MODULE_ERRORS)
def test_linear_module_refuses_what_pytorch_refuses(case):
    make_input, error = LINEAR_MODULE_ERRORS[case]
    same(lambda T: _layer(T)(make_input(T)), raises=error)


def test_linear_weight_view_follows_changes_of_the_weight():
    # The weight's transposed view, saved for the input's gradient, shares the weight's version
    # counter and is in the list of its views: an in-place change of a weight with a history
    # reaches it (its grad_fn becomes AsStridedBackward0), and backward then refuses.
    def program(T):
        x = _rows(T, grad=True)
        w = T.linspace(-1, 1, 6).reshape(2, 3).requires_grad_() * 1
        y = T.nn.functional.linear(x, w, T.zeros(2, requires_grad=True))
        view = y.grad_fn._saved_mat2
        w.mul_(2)
        return view.grad_fn, view._version, w._version

    same(program)
    same(lambda T: program(T) and None or _backward_after_weight_change(T), raises=RuntimeError)


def _backward_after_weight_change(T):
    m, x = _layer(T), _rows(T, grad=True)
    y = m(x)
    with T.no_grad():
        m.weight.mul_(2)
    y.sum().backward()


def test_linear_weight_that_is_a_view():
    def program(T):
        big = T.linspace(-1, 1, 12).reshape(3, 4).requires_grad_()
        x = _rows(T, grad=True)
        y = T.nn.functional.linear(x, big[:2, 1:], T.zeros(2, requires_grad=True))
        shared = y.grad_fn._saved_mat2._base is big
        y.backward(T.ones_like(y))
        return y, shared, big.grad, x.grad

    same(program)


def test_linear_module_with_hooks():
    def program(T):
        m, x = _layer(T), _rows(T, grad=True)
        seen = []
        m.register_forward_pre_hook(lambda mod, args: (args[0] * 2,))
        m.register_forward_hook(lambda mod, args, out: seen.append((args[0].grad_fn, out.grad_fn)) or out * 3)
        # PyTorch wraps what the pre-hook returned (BackwardHookFunctionBackward), and the
        # forward hook is shown that.
        m.register_full_backward_hook(lambda mod, gin, gout: seen.append([g.shape for g in gin + gout]))
        y = m(x)
        y.sum().backward()
        return y, seen, x.grad

    same(program)


def test_linear_module_packs_saved_tensors_through_hooks():
    def program(T):
        m, x = _layer(T), _rows(T, grad=True)
        packed = []

        def pack(t):
            packed.append((tuple(t.shape), t is x, t._base is m.weight))
            return t

        with T.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
            y = m(x)
        y.sum().backward()
        return y, packed, m.weight.grad

    same(program)


def test_linear_module_nodes_run_in_pytorch_order():
    # Creation order decides backward's order among ready nodes: the weight's TBackward0 is made
    # before AddmmBackward0, as PyTorch makes them.
    def program(T):
        m, x = _layer(T), _rows(T, grad=True)
        order = []
        y = m(x)
        nodes = [y.grad_fn] + [n for n, _ in y.grad_fn.next_functions if n is not None]
        nodes += [n for n, _ in nodes[-1].next_functions if n is not None]
        for node in nodes:
            node.register_prehook(lambda g, node=node: order.append(node.name()))
        y.sum().backward()
        return order

    same(program)


def test_linear_module_under_a_tracer_records_the_general_path():
    # The tracer is ours alone: the recording of nn.Linear's call must be the one of the ops
    # nn.Linear stands for, addmm(bias, input, weight.t()).
    import autograd_tutor as at
    from autograd_tutor import tracing

    m, x = _layer(at), _rows(at, grad=True)
    with tracing.record() as fused:
        y = m(x)
    with tracing.record() as general:
        y2 = at.addmm(m.bias, x, m.weight.t())
    def described(recording):  # each event but the nodes' sequence numbers
        return [repr((e.op, [(i.kind, i.value, i.output_nr) for i in e.inputs], e.output, e.saved, e.attrs))
                for e in recording.forward]

    assert [e.op for e in fused.forward] == ["TBackward0", "AddmmBackward0"]
    assert described(fused) == described(general)
    assert [n.name() for n, _ in y.grad_fn.next_functions] == [n.name() for n, _ in y2.grad_fn.next_functions]


def test_module_call_without_module_init():
    # Module calls read the hook dicts from the instance dict; without Module.__init__ they are
    # missing, and the error names the one PyTorch reads first.
    def program(T):
        class Bare(T.nn.Module):
            def __init__(self):
                pass

            def forward(self, x):
                return x

        return Bare()(T.ones(1))

    same(program, raises=AttributeError)


# Sequential calls a child's forward itself when calling the child would do just that (no hook
# of its own or global, Module's __call__); otherwise it calls the child.
def _mlp(T):
    T.manual_seed(0)
    return T.nn.Sequential(T.nn.Linear(3, 4), T.nn.ReLU(), T.nn.Linear(4, 2))


def _hook_on_child(T, model, seen):
    model[1].register_forward_hook(lambda mod, args, out: seen.append(out.grad_fn) or out * 2)


def _pre_hook_on_child(T, model, seen):
    model[2].register_forward_pre_hook(lambda mod, args: seen.append(args[0].shape) or (args[0] + 1,))


def _backward_hook_on_child(T, model, seen):
    model[2].register_full_backward_hook(lambda mod, gin, gout: seen.append([g.shape for g in gout]))


class _GlobalHook:
    """A global forward hook, put straight into the module's dict (as its handle would) and
    taken out by remove()."""

    def __init__(self, T, seen):
        self.hooks = T.nn.modules.module._global_forward_hooks
        self.hooks[-1] = lambda mod, args, out: seen.append(type(mod).__name__)

    def remove(self):
        del self.hooks[-1]


def _global_hook(T, model, seen):
    seen.append(_GlobalHook(T, seen))


SEQUENTIAL_CASES = {
    "plain": lambda T, model, seen: None,
    "forward hook on a child": _hook_on_child,
    "forward pre-hook on a child": _pre_hook_on_child,
    "full backward hook on a child": _backward_hook_on_child,
    "global forward hook": _global_hook,
}


@pytest.mark.parametrize("case", SEQUENTIAL_CASES)
def test_sequential_runs_children_as_pytorch(case):
    def program(T):
        model, seen = _mlp(T), []
        SEQUENTIAL_CASES[case](T, model, seen)
        handles = [h for h in seen if not isinstance(h, (str, list)) and hasattr(h, "remove")]
        try:
            y = model(_rows(T, grad=True))
            y.sum().backward()
        finally:
            for h in handles:
                h.remove()
        return y, [s for s in seen if s not in handles], [p.grad for p in model.parameters()]

    same(program)


def test_sequential_child_with_its_own_call():
    def program(T):
        class Doubling(T.nn.ReLU):
            def __call__(self, x):
                return super().__call__(x) * 2

        T.manual_seed(0)
        model = T.nn.Sequential(T.nn.Linear(3, 4), Doubling(), T.nn.Linear(4, 2))
        return model(_rows(T))

    same(program)


def test_sequential_with_an_empty_place():
    def program(T):
        model = T.nn.Sequential(T.nn.ReLU())
        model.add_module("gap", None)
        return model(T.ones(2))

    same(program, raises=TypeError)


RELU_MODULE_CASES = {
    "a tensor": lambda T: T.nn.ReLU()(_rows(T, grad=True) - 0.5),
    "in place": lambda T: _relu_in_place(T),
    "a list": lambda T: T.nn.ReLU()([1.0, -1.0]),
    "a number": lambda T: T.nn.ReLU()(-1.0),
}


def _relu_in_place(T):
    x = _rows(T, grad=True) * 1
    y = T.nn.ReLU(inplace=True)(x)
    return y, x, y is x


@pytest.mark.parametrize("case", RELU_MODULE_CASES)
def test_relu_module_as_pytorch(case):
    same(lambda T: RELU_MODULE_CASES[case](T), raises=TypeError if case in ("a list", "a number") else None)


# Nodes made with the versions of what they save given (nn.Linear's addmm, ops saving their result
# alone such as relu and exp) still run saved-tensor hooks, and still see in-place changes.
RESULT_SAVING = {"relu": lambda T, x: T.relu(x), "exp": lambda T, x: x.exp(), "nn.ReLU": lambda T, x: T.nn.ReLU()(x)}


@pytest.mark.parametrize("op", RESULT_SAVING)
def test_ops_saving_their_result_under_saved_tensors_hooks(op):
    def program(T):
        x = _rows(T, grad=True) * 1
        packed = []

        def pack(t):
            packed.append((tuple(t.shape), t.grad_fn is not None and t.grad_fn.name()))
            return t * 1

        with T.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
            y = RESULT_SAVING[op](T, x)
        y.sum().backward()
        return y, packed

    same(program)


@pytest.mark.parametrize("op", RESULT_SAVING)
def test_ops_saving_their_result_refuse_backward_after_it_changed(op):
    def program(T):
        y = RESULT_SAVING[op](T, _rows(T, grad=True) * 1)
        y.add_(1)
        y.sum().backward()

    same(program, raises=RuntimeError)
