"""Named results of ops such as ``max(dim)``: ``torch.return_types.max(values=..., indices=...)``."""


def _named(name, fields):
    class Result(tuple):
        __slots__ = ()
        _fields = fields

        def __new__(cls, *values):
            return tuple.__new__(cls, values)

        def __repr__(self):
            inner = ",\n".join(f"{f}={v!r}" for f, v in zip(fields, self))
            return f"torch.return_types.{name}(\n{inner})"

    for i, f in enumerate(fields):
        setattr(Result, f, property(lambda self, i=i: self[i]))
    Result.__name__ = Result.__qualname__ = name
    return Result


max = _named("max", ("values", "indices"))
min = _named("min", ("values", "indices"))
sort = _named("sort", ("values", "indices"))
topk = _named("topk", ("values", "indices"))
var_mean = _named("var_mean", ("var", "mean"))
aminmax = _named("aminmax", ("min", "max"))
std_mean = _named("std_mean", ("std", "mean"))
cummax = _named("cummax", ("values", "indices"))
cummin = _named("cummin", ("values", "indices"))
kthvalue = _named("kthvalue", ("values", "indices"))
median = _named("median", ("values", "indices"))
nanmedian = _named("nanmedian", ("values", "indices"))
mode = _named("mode", ("values", "indices"))
linalg_inv_ex = _named("linalg_inv_ex", ("inverse", "info"))
linalg_slogdet = _named("linalg_slogdet", ("sign", "logabsdet"))
slogdet = _named("slogdet", ("sign", "logabsdet"))
linalg_solve_ex = _named("linalg_solve_ex", ("result", "info"))
linalg_cholesky_ex = _named("linalg_cholesky_ex", ("L", "info"))
linalg_qr = _named("linalg_qr", ("Q", "R"))
qr = _named("qr", ("Q", "R"))
linalg_eigh = _named("linalg_eigh", ("eigenvalues", "eigenvectors"))
linalg_svd = _named("linalg_svd", ("U", "S", "Vh"))
svd = _named("svd", ("U", "S", "V"))
linalg_lstsq = _named("linalg_lstsq", ("solution", "residuals", "rank", "singular_values"))
