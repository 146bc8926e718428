"""Hooks on one saved tensor (``grad_fn._raw_saved_<name>.register_hooks``) and what a saved
tensor read through hooks is, against PyTorch 2.13 ("Autograd mechanics", hooks for saved tensors).

PyTorch packs a saved tensor as soon as hooks are registered on it, unpacks it at every read
(``_saved_<name>`` and backward), and gives what ``unpack_hook`` returns the saved tensor's
autograd identity in a new tensor object: never the object the hook returned, not even the
original input under identity hooks.
"""
import pytest
from ops_oracle import same


def _calls_and_grad(build, field):
    def program(T):
        calls = []
        x = T.tensor([1.0, -2.0, 0.5], requires_grad=True)
        y = build(T, x)
        raw = getattr(y.grad_fn, f"_raw_saved_{field}")
        raw.register_hooks(lambda t: (calls.append(("pack", t is x, t.requires_grad, t.grad_fn is None)), t * 1)[1],
                           lambda t: (calls.append("unpack"), t)[1])
        calls.append("registered")
        seen = getattr(y.grad_fn, f"_saved_{field}")
        identity = (seen is x, seen.requires_grad, seen.is_leaf, seen.grad_fn is y.grad_fn, seen.grad_fn is None)
        y.sum().backward()
        return tuple(calls), identity, seen, x.grad, type(raw).__name__, repr(raw)[:33]

    return program


@pytest.mark.parametrize("build, field", [
    (lambda T, x: x.pow(2), "self"),
    (lambda T, x: x.exp(), "result"),
    (lambda T, x: x * x.detach(), "other"),
    (lambda T, x: x.sigmoid(), "result"),
    (lambda T, x: T.nn.functional.linear(x[None], T.ones(2, 3, requires_grad=True), T.zeros(2)), "mat1"),
], ids=["pow_self", "exp_result", "mul_other", "sigmoid_result", "linear_mat1"])
def test_register_hooks_packs_now_and_unpacks_at_every_read(build, field):
    same(_calls_and_grad(build, field))


def test_register_hooks_errors_as_torch():
    def twice(T):
        y = T.tensor([1.0, 2.0], requires_grad=True).pow(2)
        y.grad_fn._raw_saved_self.register_hooks(lambda t: t, lambda t: t)
        y.grad_fn._raw_saved_self.register_hooks(lambda t: t, lambda t: t)

    def after_backward(T):
        y = T.tensor([1.0, 2.0], requires_grad=True).pow(2)
        raw = y.grad_fn._raw_saved_self
        y.sum().backward()
        raw.register_hooks(lambda t: t, lambda t: t)

    def not_callable(T):
        T.tensor([1.0, 2.0], requires_grad=True).pow(2).grad_fn._raw_saved_self.register_hooks(1, 2)

    def unpack_returns_none(T):
        y = T.tensor([1.0, 2.0], requires_grad=True).pow(2)
        y.grad_fn._raw_saved_self.register_hooks(lambda t: t, lambda t: None)
        return y.grad_fn._saved_self

    def not_a_tensor_field(T):
        return T.tensor([1.0, 2.0], requires_grad=True).pow(2).grad_fn._raw_saved_exponent

    for program, error in [(twice, RuntimeError), (after_backward, RuntimeError), (not_callable, TypeError),
                           (unpack_returns_none, TypeError), (not_a_tensor_field, AttributeError)]:
        same(program, raises=error)


def test_identity_hooks_unpack_new_tensor_objects_sharing_memory():
    # the note's example: without hooks x, _saved_self and _saved_other are one object; with them, not
    def program(T):
        with T.autograd.graph.saved_tensors_hooks(lambda x: x, lambda x: x):
            x = T.randn(5, requires_grad=True)
            y = x * x
            z = x.exp()
        s, o, r = y.grad_fn._saved_self, y.grad_fn._saved_other, z.grad_fn._saved_result
        with T.no_grad():
            x.add_(1)  # the unpacked tensors share x's memory and version counter
        return (s is x, o is x, s is o, s.is_leaf, s.requires_grad, s.equal(x), s._version, r is z,
                r.grad_fn is z.grad_fn, r.requires_grad, r._version)

    same(program)
