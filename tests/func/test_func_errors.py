"""Wrong calls of torch.func's transforms raise PyTorch's errors, in its words (whole messages:
vmap's show the inputs' structure on several lines)."""
import pytest
from func_support import without_fx_warnings
from ops_oracle import same, whole_messages


def x34(T):
    return T.arange(12.0).reshape(3, 4)


def _vmap(T, f, *args, **kw):
    return T.vmap(f, **kw)(*args)


ERRORS = {
    # vmap: in_dims, batch sizes, outputs, out_dims, randomness, chunk_size
    "in_dims_too_long": (lambda T: _vmap(T, T.sin, x34(T), in_dims=(0, 1)), ValueError),
    "in_dims_too_short": (lambda T: _vmap(T, T.add, x34(T), x34(T), in_dims=(0,)), ValueError),
    "in_dims_not_int": (lambda T: _vmap(T, T.sin, x34(T), in_dims=(0.5,)), ValueError),
    "in_dims_str": (lambda T: _vmap(T, T.sin, x34(T), in_dims="a"), ValueError),
    "in_dim_true": (lambda T: _vmap(T, T.sin, x34(T), in_dims=True), TypeError),
    "in_dim_true_out_of_range": (lambda T: _vmap(T, T.sin, T.ones(3), in_dims=True), ValueError),
    "in_dims_dict_keys": (lambda T: _vmap(T, lambda d: d["a"], {"a": x34(T)}, in_dims=({"b": 0},)), ValueError),
    "out_dims_tuple_for_a_list": (lambda T: _vmap(T, lambda a: [a, a], x34(T), out_dims=(0, 1)), ValueError),
    "in_dims_none": (lambda T: _vmap(T, T.sin, x34(T), in_dims=None), ValueError),
    "in_dim_out_of_range": (lambda T: _vmap(T, T.sin, x34(T), in_dims=2), ValueError),
    "in_dim_on_a_float": (lambda T: _vmap(T, T.add, x34(T), 1.0, in_dims=(0, 0)), ValueError),
    "batch_size_mismatch": (lambda T: _vmap(T, T.add, x34(T), x34(T), in_dims=(0, 1)), ValueError),
    "nothing_mapped": (lambda T: _vmap(T, T.add, x34(T), x34(T), in_dims=(None, None)), ValueError),
    "no_inputs": (lambda T: _vmap(T, T.sin), ValueError),
    "returns_a_float": (lambda T: _vmap(T, lambda a: 1.0, x34(T)), ValueError),
    "returns_a_tuple_with_an_int": (lambda T: _vmap(T, lambda a: (a, 1), x34(T)), ValueError),
    "out_dims_too_long": (lambda T: _vmap(T, T.sin, x34(T), out_dims=(0, 1)), ValueError),
    "out_dims_float": (lambda T: _vmap(T, T.sin, x34(T), out_dims=1.5), ValueError),
    "out_dim_out_of_range": (lambda T: _vmap(T, T.sin, x34(T), out_dims=5), IndexError),
    "batched_output_with_out_dim_none": (lambda T: _vmap(T, lambda a: (a, a), x34(T), out_dims=(0, None)),
                                         ValueError),
    "random_op_in_error_mode": (lambda T: _vmap(T, lambda a: a + T.randn(4), x34(T)), RuntimeError),
    "dropout_in_error_mode": (lambda T: _vmap(T, lambda a: T.nn.functional.dropout(a, 0.5), x34(T)),
                              RuntimeError),
    "random_op_outer_error_inner_same": (lambda T: _vmap(T, T.vmap(lambda a: a + T.randn(()), randomness="same"),
                                                         x34(T)), RuntimeError),
    "random_op_outer_same_inner_error": (lambda T: _vmap(T, T.vmap(lambda a: a + T.randn(())), x34(T),
                                                         randomness="same"), RuntimeError),
    "bad_randomness": (lambda T: T.vmap(T.sin, randomness="x"), RuntimeError),
    "chunk_size_zero": (lambda T: T.vmap(T.sin, chunk_size=0), ValueError),
    # grad / grad_and_value
    "grad_of_a_vector": (lambda T: T.func.grad(T.sin)(x34(T)), RuntimeError),
    "grad_of_a_float": (lambda T: T.func.grad(lambda a: 1.0)(x34(T)), RuntimeError),
    "grad_has_aux_not_a_pair": (lambda T: T.func.grad(lambda a: a.sum(), has_aux=True)(x34(T)), RuntimeError),
    "grad_argnums_out_of_range": (lambda T: T.func.grad(lambda a: a.sum(), argnums=1)(x34(T)), RuntimeError),
    "grad_argnums_float": (lambda T: T.func.grad(lambda a: a.sum(), argnums=1.0)(x34(T)), RuntimeError),
    "grad_argnums_repeated": (lambda T: T.func.grad(lambda a, b: (a * b).sum(), argnums=(0, 0))(x34(T), x34(T)),
                              RuntimeError),
    "grad_argnums_empty": (lambda T: T.func.grad(lambda a: a.sum(), argnums=())(x34(T)), RuntimeError),
    "grad_of_a_float_input": (lambda T: T.func.grad(lambda a: a.sum())(1.0), ValueError),
    # vjp
    "vjp_cotangent_structure": (lambda T: T.func.vjp(T.sin, x34(T))[1]((x34(T), x34(T))), RuntimeError),
    "vjp_cotangent_shape": (lambda T: T.func.vjp(T.sin, x34(T))[1](T.ones(2)), RuntimeError),
    "vjp_integer_output": (lambda T: T.func.vjp(lambda a: a.long(), x34(T)), RuntimeError),
    "vjp_returns_a_float": (lambda T: T.func.vjp(lambda a: a.sum().item(), x34(T)), RuntimeError),
    "vjp_has_aux_not_a_pair": (lambda T: T.func.vjp(T.sin, x34(T), has_aux=True), RuntimeError),
    # jvp
    "jvp_primals_not_a_tuple": (lambda T: T.func.jvp(T.sin, x34(T), x34(T)), RuntimeError),
    "jvp_structure": (lambda T: T.func.jvp(T.sin, (x34(T),), (x34(T), x34(T))), RuntimeError),
    "jvp_tangent_shape": (lambda T: T.func.jvp(T.sin, (x34(T),), (T.ones(2),)), RuntimeError),
    "jvp_returns_a_float": (lambda T: T.func.jvp(lambda a: 1.0, (x34(T),), (x34(T),)), RuntimeError),
    "jvp_empty_output": (lambda T: T.func.jvp(lambda a: [], (x34(T),), (x34(T),)), RuntimeError),
    "jvp_float_primal": (lambda T: T.func.jvp(T.sin, (1.0,), (x34(T),)), RuntimeError),
    "jvp_no_primals": (lambda T: T.func.jvp(T.sin, (), ()), RuntimeError),
    "jvp_strict_independent": (lambda T: T.func.jvp(lambda a: T.ones(2), (x34(T),), (x34(T),), strict=True),
                               RuntimeError),
    # linearize
    "linearize_tangent_structure": (lambda T: T.func.linearize(T.mul, x34(T), x34(T))[1](x34(T)), RuntimeError),
    "linearize_tangent_shape": (lambda T: T.func.linearize(T.sin, x34(T))[1](T.ones(2)), RuntimeError),
    "linearize_tangent_dtype": (lambda T: T.func.linearize(T.sin, x34(T))[1](x34(T).double()), RuntimeError),
    # jacrev / jacfwd
    "jacrev_chunk_size": (lambda T: T.func.jacrev(T.sin, chunk_size=0), ValueError),
    "jacrev_argnums": (lambda T: T.func.jacrev(T.sin, argnums=1)(x34(T)), RuntimeError),
    "jacfwd_argnums_repeated": (lambda T: T.func.jacfwd(T.sin, argnums=(0, 0))(x34(T)), RuntimeError),
    "jacrev_integer_output": (lambda T: T.func.jacrev(lambda a: a.long())(x34(T)), RuntimeError),
    "jacfwd_random_op": (lambda T: T.func.jacfwd(lambda a: T.randn(4) * a)(x34(T)), RuntimeError),
    "jacfwd_bad_randomness": (lambda T: T.func.jacfwd(T.sin, randomness="x")(x34(T)), RuntimeError),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_error(name):
    program, kind = ERRORS[name]
    if name.startswith("linearize"):  # PyTorch's tracer warns (func_support.without_fx_warnings)
        program = (lambda p: lambda T: without_fx_warnings(lambda: p(T)))(program)
    same(program, raises=kind)
    ours, theirs = whole_messages(program, kind)[::-1]
    assert ours == theirs


def test_a_torch_func_name_not_implemented_says_so():
    import autograd_tutor

    with pytest.raises(AttributeError, match=r"PyTorch has torch.func.functionalize; autograd_tutor does not implement"):
        autograd_tutor.func.functionalize
