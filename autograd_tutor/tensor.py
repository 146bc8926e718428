"""The Tensor: a NumPy array plus what autograd needs (requires_grad, grad, grad_fn).

Operations on tensors live in ``ops/`` (each op's forward and backward side by side) and are
attached to this class there; this file holds the state, the properties PyTorch exposes, and
``backward``.
"""
import warnings
import weakref

from . import _dtypes
from ._layout import strided as _STRIDED
from ._torch_names import read_only
from .autograd import engine, errors, functional_api, grad_mode, grad_writes
from .autograd.dual_pending import PENDING, settle as _settle
from .autograd.node import RemovableHandle as _Handle, weak_accumulator
from .size import Size

_new = object.__new__


_TO_SCALAR_WARNED = []


def _warn_requires_grad_to_scalar(t):
    """float(t) of a tensor that requires grad: PyTorch warns, once per process (TORCH_WARN_ONCE)."""
    if not (t._requires_grad and grad_mode.enabled) or _TO_SCALAR_WARNED:
        return
    _TO_SCALAR_WARNED.append(True)
    import sys

    frame, level = sys._getframe(1), 2  # level 1 is this function, 2 its caller
    while frame is not None and frame.f_globals.get("__name__", "").startswith("autograd_tutor"):
        frame, level = frame.f_back, level + 1  # point at the user's line, as PyTorch does
    warnings.warn(errors.REQUIRES_GRAD_TO_SCALAR, UserWarning, stacklevel=level)


def _grad_dtype(t):
    if t._grad_fn is not None:
        raise RuntimeError("grad_dtype can only be accessed on leaf tensors.")
    return t.dtype


def _set_grad_dtype(value):
    raise NotImplementedError("setting Tensor.grad_dtype is not implemented by autograd_tutor")


def _empty_strides(shape):
    """PyTorch's strides for a new empty tensor: row-major, a size-0 dimension counted as 1.
    NumPy gives every stride of the empty arrays it allocates as 0, which says nothing of layout
    (a slice of a non-empty array keeps its strides and is reported as they are)."""
    strides, step = [], 1
    for size in reversed(shape):
        strides.append(step)
        step *= max(size, 1)
    return tuple(reversed(strides))


class Tensor:
    __slots__ = ("_data", "_requires_grad", "_grad_fn", "_vc", "__weakref__", "__dict__")
    # Rarely set on a tensor, so read from the class until set (one op makes thousands of
    # tensors; each attribute not written there is time saved).
    _grad = None
    _acc = None  # weak reference to the leaf's AccumulateGrad node
    _hooks = None
    _post_acc_hooks = None
    _retains_grad = False
    _tangent = None  # forward AD: set only inside a dual level (ops/_tangents.py)
    # Makes NumPy defer to Tensor's reflected operators (array * tensor -> Tensor.__rmul__).
    __array_priority__ = 1000
    # Which output of its grad_fn this tensor is. Only multi-output nodes (split, custom
    # Functions...) set it on their later outputs; every other tensor reads this default.
    _output_nr = 0
    # Printed as PyTorch's class (``<class 'torch.Tensor'>``). Not with the TorchNamed metaclass:
    # isinstance(x, Tensor) on other objects takes a slower path when the class has a metaclass.
    # Tensors pickle through __reduce_ex__ (_rebuild below), which never names this module.
    __module__ = "torch"

    def __init__(self, *args, **kwargs):
        from .creation import _tensor_constructor

        _init_from(self, _tensor_constructor(*args, **kwargs))

    # No __getattr__ (for a "PyTorch has Tensor.x" message on a missing name): a class defining
    # one loses CPython's fast attribute reads on every instance, and reading a tensor's slots
    # then costs five times as much on every op. A missing method keeps Python's own message.

    @staticmethod
    def _make(data, requires_grad, grad_fn):
        """The fast internal constructor: ``data`` must already be an ndarray of a torch dtype."""
        t = _new(Tensor)
        t._data = data
        t._requires_grad = requires_grad
        t._grad_fn = grad_fn
        t._vc = [0]
        return t

    # ------------------------------------------------------------------ metadata
    shape = read_only("shape", lambda self: Size(self._data.shape))

    def size(self, dim=None):
        if dim is None:
            return Size(self._data.shape)
        return self._data.shape[_wrap_dim(dim, self._data.ndim)]

    dtype = read_only("dtype", lambda self: _dtypes.from_numpy_dtype(self._data.dtype))
    ndim = read_only("ndim", lambda self: self._data.ndim)

    def dim(self):
        return self._data.ndim

    ndimension = dim

    def numel(self):
        return self._data.size

    nelement = numel

    def element_size(self):
        return self._data.itemsize

    @property
    def device(self):
        from .device import cpu

        return cpu

    device = read_only("device", device.fget)

    @property
    def is_cuda(self):
        return False

    # Every tensor is a dense CPU tensor: PyTorch's answers for one.
    is_cpu = read_only("is_cpu", lambda self: True)
    layout = read_only("layout", lambda self: _STRIDED)
    is_sparse = read_only("is_sparse", lambda self: False)
    is_quantized = read_only("is_quantized", lambda self: False)
    is_meta = read_only("is_meta", lambda self: False)
    name = read_only("name", lambda self: None)  # a named tensor's name: never set here

    def is_pinned(self, device=None):
        return False

    def data_ptr(self):
        """The address of the first element in memory: equal for tensors that share memory from
        the same element on (a view, ``detach()``), as in PyTorch; 0 for an empty tensor."""
        if self._data.size == 0:
            return 0
        return self._data.__array_interface__["data"][0]

    grad_dtype = property(lambda self: _grad_dtype(self), lambda self, value: _set_grad_dtype(value))

    def is_floating_point(self):
        return self._data.dtype.kind == "f"

    def is_complex(self):
        return False

    def is_contiguous(self, memory_format=None):
        return self._data.flags.c_contiguous

    def stride(self, dim=None):
        data = self._data
        if data.size == 0 and not any(data.strides):
            strides = _empty_strides(data.shape)
        else:
            strides = tuple(s // data.itemsize for s in data.strides)
        return strides if dim is None else strides[_wrap_dim(dim, data.ndim)]

    def _read_version(self):
        if type(self._vc) is grad_mode.InferenceVersion:
            raise RuntimeError("Inference tensors do not track version counter.")
        return self._vc[0]

    _version = read_only("_version", _read_version)

    def is_inference(self):
        return type(self._vc) is grad_mode.InferenceVersion

    # ------------------------------------------------------------------ autograd state
    @property
    def requires_grad(self):
        if PENDING:  # forward AD: an op's output waiting for its tangent (ops/_tangents.py)
            _settle()
        return self._requires_grad

    @requires_grad.setter
    def requires_grad(self, value):
        if not isinstance(value, bool):
            raise RuntimeError("requires_grad must be a bool")
        if value and self._data.dtype.kind != "f":  # the setter's own wording: lower-case "only"
            raise RuntimeError("only Tensors of floating point and complex dtype can require gradients")
        self._set_requires_grad(value)

    def requires_grad_(self, requires_grad=True):
        if requires_grad and self._data.dtype.kind != "f":
            raise RuntimeError(errors.NON_FLOAT_REQUIRES_GRAD_)
        self._set_requires_grad(bool(requires_grad))
        return self

    def _set_requires_grad(self, value):
        if self._grad_fn is not None:
            if not value:
                raise RuntimeError(errors.NON_LEAF_REQUIRES_GRAD)
            return
        if value and self._data.dtype.kind != "f":
            raise RuntimeError(errors.NON_FLOAT_REQUIRES_GRAD)
        if value and not grad_mode.inference and type(self._vc) is grad_mode.InferenceVersion:
            raise RuntimeError("Setting requires_grad=True on inference tensor outside InferenceMode is not allowed.")
        self._requires_grad = value

    def _public_grad_fn(self):
        if PENDING:
            _settle()
        fn = self._grad_fn
        if fn is None and "_made_in_no_grad" in self.__dict__:  # only views made in no_grad mode
            from .ops._views import check_no_grad_view

            check_no_grad_view(self)
        return fn

    grad_fn = read_only("grad_fn", _public_grad_fn)
    is_leaf = read_only("is_leaf", lambda self: (PENDING and _settle()) or self._grad_fn is None)
    # Which output of its grad_fn this tensor is (split, aminmax...: 0, 1, ...).
    output_nr = read_only("output_nr", lambda self: self._output_nr)

    @property
    def grad(self):
        if PENDING:
            _settle()
        # PyTorch warns only while a non-leaf's .grad is empty (backward(inputs=[t]) fills it).
        if self._grad_fn is not None and not self._retains_grad and self._grad is None:
            warnings.warn(errors.NON_LEAF_GRAD_WARNING, UserWarning, stacklevel=2)
        return self._grad

    @grad.setter
    def grad(self, value):
        if value is not None:
            if not isinstance(value, Tensor):
                raise TypeError(
                    f"assigned grad expected to be a Tensor or None but got grad of type {type(value).__name__}"
                )
            if value._data.dtype != self._data.dtype:
                raise RuntimeError(
                    f"attempting to assign a gradient with dtype '{_legacy_name(value)}' to a tensor with "
                    f"grad_dtype '{_legacy_type(self)}'. The gradient must match the tensor's grad_dtype "
                    "(defaults to the tensor's dtype). You can set the tensor's grad_dtype attribute with a "
                    "specific dtype, or None to allow any dtype. Set grad_dtype with caution. Diverging the "
                    "dtypes of a tensor and its gradient may break downstream systems that assume they match."
                )
            if value._data.shape != self._data.shape:
                raise RuntimeError(
                    f"attempting to assign a gradient of size '{list(value.shape)}' to a tensor of size "
                    f"'{list(self.shape)}'. Please ensure that the gradient and the tensor are the same size"
                )
        grad_writes.before(self)
        self._grad = value
        grad_writes.after(self, "assigned")

    @grad.deleter
    def grad(self):
        grad_writes.before(self)
        self._grad = None
        grad_writes.after(self, "deleted")

    retains_grad = read_only("retains_grad", lambda self: self._retains_grad)

    def retain_grad(self):
        if PENDING:
            _settle()
        if not self._requires_grad:
            raise RuntimeError("can't retain_grad on Tensor that has requires_grad=False")
        if self._grad_fn is None or self._retains_grad:
            return
        self._retains_grad = True
        if hasattr(self._grad_fn, "retain_output"):  # one of several outputs (split, unbind...)
            self._grad_fn.retain_output(self._output_nr, weakref.ref(self))
            return
        self._grad_fn._retain = weakref.ref(self)

    def register_hook(self, hook):
        """``hook(grad)`` runs when this tensor's gradient is computed; it may return a new one."""
        if PENDING:
            _settle()
        if not self._requires_grad:
            raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
        if self._grad_fn is None:
            if self._hooks is None:
                self._hooks = []
            return _Handle(self._hooks, hook)
        node = self._grad_fn
        if hasattr(node, "register_output_hook"):  # one of several outputs: its own slot only
            return node.register_output_hook(self._output_nr, hook)
        if node._pre_hooks is None:
            node._pre_hooks = []
        return _Handle(node._pre_hooks, ("tensor", hook))

    def register_post_accumulate_grad_hook(self, hook):
        if self._grad_fn is not None:
            raise RuntimeError("post accumulate grad hooks cannot be registered on non-leaf tensors")
        if self._post_acc_hooks is None:
            self._post_acc_hooks = []
        return _Handle(self._post_acc_hooks, hook)

    def backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None):
        """Computes the gradient of this tensor w.r.t. the graph leaves, adding it into ``.grad``."""
        if gradient is None and retain_graph is None and create_graph is False and inputs is None:
            functional_api.backward_with_defaults(self)
        else:
            functional_api.backward((self,), gradient, retain_graph, create_graph, inputs=inputs)

    # ------------------------------------------------------------------ data access
    @property
    def data(self):
        return Tensor._make(self._data, False, None)

    @data.setter
    def data(self, value):
        self._data = value._data

    def detach(self):
        t = Tensor._make(self._data, False, None)
        t._vc = self._vc  # shares memory, so it shares the version counter too
        return t

    def detach_(self):
        if self._base is not None:  # a view shares its base's history: it cannot leave it alone
            raise RuntimeError(errors.DETACH_VIEW_INPLACE)
        if self._grad_fn is not None and self._grad_fn._retain is not None:
            self._grad_fn._retain = None
        self._grad_fn = None
        self._requires_grad = False
        return self

    def item(self):
        if self._data.size != 1:
            raise RuntimeError(f"a Tensor with {self._data.size} elements cannot be converted to Scalar")
        return self._data.reshape(()).item()

    def tolist(self):
        return self._data.tolist()

    def numpy(self, *, force=False):
        if self._requires_grad and not force:
            raise RuntimeError(
                "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead."
            )
        return self._data.view()  # shares memory; a new array object each call, as in PyTorch

    def __array__(self, dtype=None, copy=None):
        return self._data if dtype is None else self._data.astype(dtype)

    def cpu(self):
        return self

    def cuda(self, device=None, non_blocking=False):
        from .device import require_available

        require_available("cuda")

    def get_device(self):
        return -1  # PyTorch's answer for a CPU tensor

    def contiguous(self, memory_format=None):
        return self

    def __len__(self):
        if self._data.ndim == 0:
            raise TypeError("len() of a 0-d tensor")
        return self._data.shape[0]

    def __iter__(self):
        if self._data.ndim == 0:
            raise TypeError("iteration over a 0-d tensor")
        return (self[i] for i in range(self._data.shape[0]))

    def __bool__(self):
        if self._data.size == 0:
            raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
        if self._data.size != 1:
            raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
        return bool(self._data)

    def __float__(self):
        _warn_requires_grad_to_scalar(self)
        return float(self._scalar())

    def __int__(self):
        return int(self._scalar())

    def _scalar(self):
        # float(t), int(t), complex(t): Python's conversions raise ValueError, item() RuntimeError.
        if self._data.size != 1:
            raise ValueError("only one element tensors can be converted to Python scalars")
        return self._data.reshape(()).item()

    def __index__(self):
        if self._data.dtype.kind not in "iub" or self._data.size != 1:
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return int(self._data.reshape(()).item())

    def __complex__(self):
        _warn_requires_grad_to_scalar(self)
        return complex(self._scalar())

    __hash__ = object.__hash__

    # ------------------------------------------------------------------ printing
    def __repr__(self, *, tensor_contents=None):
        from ._formatting import format_tensor

        if PENDING:
            _settle()
        if self._grad_fn is not None:
            # PyTorch prints the node's class name (CopySlices, not torch::autograd::CopySlices).
            suffixes = (f"grad_fn=<{type(self._grad_fn).__name__}>",)
        elif self._requires_grad:
            suffixes = ("requires_grad=True",)
        else:
            suffixes = ()
        if self._tangent is not None and _dual_shown():  # a dual tensor (forward AD): PyTorch adds its tangent
            suffixes += (f"tangent={self._tangent}",)
        return format_tensor(self._data, self.dtype.name, suffixes,
                             default_float=_dtypes.get_default_dtype().name)

    __str__ = __repr__

    def __format__(self, spec):
        if self._data.ndim == 0:
            return self.item().__format__(spec)
        if spec:
            raise TypeError("unsupported format string passed to Tensor.__format__")
        return str(self)

    def __reduce_ex__(self, protocol):
        return (_rebuild, (self._data, self._requires_grad))

    def __deepcopy__(self, memo):
        if self._grad_fn is not None:
            raise RuntimeError(
                "Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment.  If you were attempting to deepcopy a module, this may be because of a torch.nn.utils.weight_norm usage, see https://github.com/pytorch/pytorch/pull/103001"
            )
        t = type(self).__new__(type(self))
        _init_from(t, Tensor._make(self._data.copy(), self._requires_grad, None))
        if self._grad is not None:
            t._grad = Tensor._make(self._grad._data.copy(), False, None)
        memo[id(self)] = t
        return t


from .autograd import node as _node_module  # noqa: E402

_node_module.Tensor = Tensor


def _dual_shown():
    """Tangents print unless forward AD is off (inside a custom Function's forward or jvp)."""
    from .ops import _record

    return _record.dual_active


def _init_from(target, source):
    for slot in ("_data", "_requires_grad", "_grad_fn", "_grad", "_vc", "_acc", "_hooks",
                 "_post_acc_hooks", "_retains_grad"):
        setattr(target, slot, getattr(source, slot))


def _rebuild(data, requires_grad):
    return Tensor._make(data, requires_grad, None)


def _wrap_dim(dim, ndim):
    n = max(ndim, 1)
    if not -n <= dim < n:
        raise IndexError(
            f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})"
        )
    return dim % n if ndim else 0


def _legacy_name(t):
    return _dtypes.CPP_NAME[t.dtype.name]


def _legacy_type(t):
    return _dtypes.TYPE_NAME[t.dtype.name]


# Kept for the engine's tensor checks: the module-level names engine helpers import lazily.
__all__ = ["Tensor", "weak_accumulator", "engine", "grad_mode"]
