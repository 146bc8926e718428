"""Graph nodes: one per recorded op (named as PyTorch names them), plus AccumulateGrad for leaves.

A node is what ``tensor.grad_fn`` returns. It knows where the gradient goes next
(``next_functions``), what it saved from the forward pass (``_saved_self``, ``_saved_other``...)
and how to turn the gradient of its output into gradients of its inputs (``backward``).
"""
import itertools
import weakref

import numpy as np

from .._torch_names import TorchNamed
from . import errors, grad_writes

# Bound by tensor.py once Tensor exists (the two modules refer to each other).
Tensor = None

# Creation sequence numbers: stable ids for views, and PyTorch's execution order in backward.
_sequence = itertools.count()


class _Freed:
    """Marks a saved tensor released after backward (reading it raises PyTorch's error)."""

    __slots__ = ()

    def __repr__(self):
        return "<freed>"


FREED = _Freed()
ALL_FREED = tuple((FREED,) * n for n in range(8))  # what release() leaves of n saved tensors
_PLAIN_TYPES = frozenset({type(None), float, int, bool})


class SavedOutput:
    """An op's own output, saved without a reference to the output tensor (no reference cycle)."""

    __slots__ = ("data", "version_counter", "version", "output_nr")

    def __init__(self, data, version_counter, output_nr=0):
        self.data = data
        self.version_counter = version_counter
        self.version = version_counter[0]
        self.output_nr = output_nr  # which output of the node: unpacked, it leads back there


# The active torch.autograd.graph.saved_tensors_hooks (innermost last); see graph.py.
saved_tensors_hooks_stack = []


class Packed:
    """A saved tensor as a pack hook returned it, with its unpack hook and the autograd identity
    of the tensor it stands for (``source``): PyTorch gives what ``unpack_hook`` returns that
    identity, in a new tensor object sharing its memory."""

    __slots__ = ("packed", "unpack_hook", "requires_grad", "grad_fn", "output_nr", "vc")

    def __init__(self, packed, unpack_hook, source=None):
        self.packed = packed
        self.unpack_hook = unpack_hook
        if source is not None:
            self.requires_grad, self.grad_fn = source._requires_grad, source._grad_fn
            self.output_nr, self.vc = source._output_nr, source._vc

    def unpack(self):
        from .graph import unpacked

        return unpacked(self)

    def unpack_as_saved(self):
        """``grad_fn._saved_<name>``: the unpacked values in a new tensor with the saved one's
        requires_grad, grad_fn and version counter (never the object unpack_hook returned)."""
        t = self.unpack()
        if not hasattr(self, "vc"):
            return t
        out = Tensor._make(t._data, self.requires_grad, self.grad_fn)
        out._output_nr, out._vc = self.output_nr, self.vc
        return out


def _pack_all(node, saved, order=None):
    """Runs the innermost pack hook on each saved tensor. PyTorch's generated nodes save their
    fields last-first (mul saves ``other``, then ``self``), so the hook sees them in that order;
    custom Functions pass ``order`` (their save_for_backward order)."""
    pack, unpack = saved_tensors_hooks_stack[-1]
    node._packed = True  # unpack_saved then looks for Packed values
    out = list(saved)
    for i in (order if order is not None else reversed(range(len(out)))):
        value = out[i]
        if isinstance(value, SavedOutput):
            value = _own_output(value, node)
        if isinstance(value, Tensor):
            out[i] = Packed(pack(value), unpack, value)
    return tuple(out)


class Node:
    """Base of every graph node. Subclasses set the field names and write ``backward``."""

    __slots__ = ("next_functions", "_seq", "_saved", "_out_shape", "_out_dtype", "xp", "__weakref__", "__dict__")
    # ``xp``: the array namespace ``backward`` computes in (NumPy arrays, or Tensors under
    # create_graph), set by the engine just before it runs the node; see ops/_namespace.py.
    # Names of what the node saves, exposed as ``_saved_<name>``: tensors (freed after backward)
    # and plain attributes (kept).
    tensor_fields = ()
    attr_fields = ()
    # True when the class keeps Node.apply, so the engine may call backward() directly.
    _plain_apply = True
    _plain_init = True  # True when the class keeps Node.__init__ (set by __init_subclass__)
    # Set on few nodes, so read from the class until set (a graph has thousands of nodes).
    _versions = ()  # version of each saved tensor when saved (None for other values)
    _plain = False  # only numbers and None saved: backward takes them unchecked (None once released)
    _attrs = ()
    _pre_hooks = None
    _hooks = None
    _retain = None  # weak reference to the non-leaf tensor that called retain_grad()
    _metadata = None
    _packed = False  # some saved value went through a saved_tensors_hooks pack hook
    # Set by an op that completes its node after record returns (``node._sizes = ...``): inside
    # a dual level its tangent waits for that (ops/_tangents.py, settle).
    _completed_after_record = False
    # The op name PyTorch gives when it has no forward formula for the op (forward AD then raises
    # its NotImplementedError, ops/_tangents.py); None: the tangent comes from the backward.
    forward_ad_refused = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._plain_apply = cls.apply is Node.apply
        # ops/_record may then make the node without the class call (object.__new__, Node.__init__)
        cls._plain_init = cls.__init__ is Node.__init__ and cls.__new__ is object.__new__
        _define_saved_fields(cls)

    def __init__(self, next_functions=(), saved=(), attrs=(), out_shape=(), out_dtype=None, versions=None):
        """``versions``: the version of each saved value, read by a caller that saves tensors and
        None only (a fused forward path): the loop below is then not needed."""
        self.next_functions = next_functions
        self._seq = next(_sequence)
        if versions is not None and not saved_tensors_hooks_stack:
            self._versions = versions
        elif saved:
            if saved_tensors_hooks_stack:
                # A class may name its own order (``_pack_order``, indices into ``saved``).
                saved = _pack_all(self, saved, getattr(self, "_pack_order", None))
            # One loop, no comprehension (a frame less on every recorded op): the version of each
            # saved tensor (None for other values), unless only numbers and None are saved.
            versions = []
            plain = True
            for value in saved:
                if isinstance(value, Tensor):
                    versions.append(value._vc[0])
                    plain = False
                else:
                    versions.append(None)
                    if plain and type(value) not in _PLAIN_TYPES:
                        plain = False
            if plain:
                self._plain = True
            else:
                self._versions = tuple(versions)
        self._saved = saved
        if attrs:
            self._attrs = attrs
        self._out_shape = out_shape
        self._out_dtype = out_dtype

    # ----- what PyTorch exposes -----
    def name(self):
        return type(self).__name__

    @property
    def metadata(self):
        if self._metadata is None:
            self._metadata = {}
        return self._metadata

    def register_hook(self, hook):
        """``hook(grad_inputs, grad_outputs)`` runs after this node computed its gradients."""
        if self._hooks is None:
            self._hooks = []
        return _Handle(self._hooks, hook)

    def register_prehook(self, hook):
        """``hook(grad_outputs)`` runs before this node; it may return replacement gradients."""
        if self._pre_hooks is None:
            self._pre_hooks = []
        return _Handle(self._pre_hooks, ("node", hook))

    def __dir__(self):
        # As PyTorch's nodes: the public names and the saved fields, none of our own internals.
        cls = type(self)
        public = {a for a in super().__dir__() if not a.startswith("_") or a.startswith("__")}
        public |= {a for a in self.__dict__ if a.startswith("_saved_")}
        public |= {f"_raw_saved_{f}" for f in cls.tensor_fields}
        return sorted(public | {f"_saved_{f}" for f in cls.tensor_fields + cls.attr_fields})

    def __repr__(self):
        return f"<{type(self).__name__} object at {id(self):#x}>"

    # ----- used by the engine -----
    def backward(self, grad, *saved):
        """Gradients for each entry of next_functions, given the output's gradient, computed in
        the namespace ``self.xp``."""
        raise NotImplementedError

    def needs(self, index):
        """Whether input ``index`` wants a gradient (skip work for constants)."""
        return self.next_functions[index][0] is not None

    def apply(self, grad, create_graph):
        """Runs ``backward`` in the namespace ``create_graph`` asks for (for callers other than the
        engine's loop, which sets ``xp`` itself)."""
        self.xp = namespace_for(create_graph)
        return self.backward(grad, *self.unpack_saved(create_graph))

    def unpack_saved(self, differentiable):
        """Saved values for backward: arrays, or tensors when the backward is itself recorded."""
        saved = self._saved
        if not saved:
            return ()
        plain = self._plain
        if plain:
            return saved
        if plain is None:  # released numbers
            _raise_if_freed(saved)
        out = []
        append = out.append
        for value, version in zip(saved, self._versions):
            # The common cases first, without a call: nothing saved, an unchanged tensor or output.
            if value is None:
                append(None)
            elif differentiable:
                append(None if isinstance(value, Packed) else _unpack(self, value, version, True))
            elif isinstance(value, Tensor) and value._vc[0] == version:
                append(value._data)
            elif type(value) is SavedOutput and value.version_counter[0] == value.version:
                append(value.data)
            elif isinstance(value, Packed):
                append(None)  # unpacked below, last-first as PyTorch's nodes do
            else:
                append(_unpack(self, value, version, False))
        if self._packed:
            for i in reversed(range(len(saved))):
                if isinstance(saved[i], Packed):
                    t = saved[i].unpack()
                    out[i] = t if differentiable else t._data
        return out

    def release(self):
        """Frees the saved tensors (after a backward without retain_graph); None stays None."""
        if self._plain:
            self._plain = None  # released: the numbers stay, but reading them raises (cheaper)
        elif self._saved:
            freed = []  # a loop, not a list comprehension: no frame of its own (run per node)
            for value in self._saved:
                freed.append(None if value is None else FREED)
            self._saved = tuple(freed)

    def _read_saved(self, index):
        from ..creation import tensor

        value = self._saved[index]
        if value is FREED or (self._plain is None and value is not None):
            raise RuntimeError(errors.FREED)
        if isinstance(value, Packed):
            return value.unpack_as_saved()
        if isinstance(value, (Tensor, SavedOutput)):
            _unpack(self, value, self._versions[index], False)  # PyTorch's error if changed in place
        if isinstance(value, SavedOutput):
            return _own_output(value, self)  # the node's own output, as PyTorch shows it
        if value is None or isinstance(value, (Tensor, tuple)):
            return value  # a tuple holds tensors already (e.g. IndexBackward0's indices)
        return tensor(value)  # a Python number, which PyTorch saves as a wrapped 0-dim tensor


class _SavedField:
    """``node._saved_<field>``, as PyTorch's generated nodes expose what they saved: a tensor field
    (``tensor_fields``, freed after backward) or a plain attribute (``attr_fields``).

    A descriptor on each node class rather than a ``__getattr__`` on Node: a class with
    ``__getattr__`` makes every attribute read on its instances slower, and the engine reads
    several per node. Non-data (no ``__set__``), so a value set on the instance wins, as before."""

    __slots__ = ("name", "index", "tensor")

    def __init__(self, name, index, tensor):
        self.name, self.index, self.tensor = name, index, tensor

    def __get__(self, node, cls=None):
        if node is None:
            return self
        if self.index is None:  # inherited from a class that saves it, not saved by this one
            raise AttributeError(f"'{type(node).__name__}' object has no attribute '_saved_{self.name}'")
        return node._read_saved(self.index) if self.tensor else node._attrs[self.index]


class _RawSavedField:
    """``node._raw_saved_<field>``: the SavedTensor of a tensor field, to register hooks on."""

    __slots__ = ("name", "index")

    def __init__(self, name, index):
        self.name, self.index = name, index

    def __get__(self, node, cls=None):
        if node is None:
            return self
        if self.index is None:
            raise AttributeError(f"'{type(node).__name__}' object has no attribute '_raw_saved_{self.name}'")
        return SavedTensor(node, self.index)


class SavedTensor:
    """A tensor a node saved for backward, as ``grad_fn._raw_saved_<name>`` gives it: its
    ``register_hooks(pack_hook, unpack_hook)`` packs it now (the node then keeps what pack_hook
    returned) and unpacks it each time it is read, by ``_saved_<name>`` or by backward."""

    __slots__ = ("_node", "_index")

    def __init__(self, node, index):
        self._node, self._index = node, index

    def register_hooks(self, pack_hook, unpack_hook):
        if not (callable(pack_hook) and callable(unpack_hook)):
            raise TypeError("register_hooks(): incompatible function arguments. The following argument types are "
                            "supported:\n    1. (self: torch._C._autograd.SavedTensor, arg0: collections.abc.Callable, "
                            "arg1: collections.abc.Callable) -> None")
        node, index = self._node, self._index
        value = node._saved[index] if index < len(node._saved) else None
        if value is FREED or node._plain is None:
            raise RuntimeError(errors.REGISTER_HOOKS_FREED)
        if isinstance(value, Packed):
            raise RuntimeError("Calling register_hooks on a saved tensor whose hooks have already been set. "
                               "Hint: only one pair of hooks is allowed at a time.")
        if not isinstance(value, (Tensor, SavedOutput)):
            raise RuntimeError("Calling register_hooks on a saved tensor with value None is forbidden")
        source = _own_output(value, node) if isinstance(value, SavedOutput) else value
        seen = Tensor._make(source._data, False, None)  # pack_hook sees the values, no history
        seen._vc = source._vc
        saved = list(node._saved)
        saved[index] = Packed(pack_hook(seen), unpack_hook, source)
        node._saved = tuple(saved)
        node._packed = True


SavedTensor.__module__, SavedTensor.__qualname__ = "torch._C._autograd", "SavedTensor"  # PyTorch's repr


def _define_saved_fields(cls):
    """Gives ``cls`` a ``_saved_<field>`` descriptor per saved field (a tensor field wins over an
    attribute of the same name; the first of two equal names wins), and a ``_raw_saved_<field>``
    one per tensor field, and hides the ones inherited that it does not save."""
    for base in cls.__mro__[1:]:
        for name, value in vars(base).items():
            if isinstance(value, _SavedField) and name not in vars(cls):
                setattr(cls, name, _SavedField(value.name, None, False))
            elif isinstance(value, _RawSavedField) and name not in vars(cls):
                setattr(cls, name, _RawSavedField(value.name, None))
    for fields, tensor in ((cls.attr_fields, False), (cls.tensor_fields, True)):
        for index in reversed(range(len(fields))):
            setattr(cls, f"_saved_{fields[index]}", _SavedField(fields[index], index, tensor))
            if tensor:
                setattr(cls, f"_raw_saved_{fields[index]}", _RawSavedField(fields[index], index))


class AccumulateGrad(Node):
    """The end of the graph for a leaf tensor: adds the incoming gradient into ``variable.grad``."""

    __slots__ = ("variable",)

    def __init__(self, variable):
        super().__init__((), (), (), variable._data.shape, variable._data.dtype)
        self.variable = variable

    def name(self):
        return "torch::autograd::AccumulateGrad"

    def apply(self, grad, create_graph, owned=False):
        """``owned``: the engine holds the only reference to ``grad`` (see engine.owned), so a
        first gradient may become ``.grad`` without a copy, as PyTorch steals such a gradient."""
        var = self.variable
        if var._hooks:
            grad = _run_tensor_hooks(var._hooks, grad, create_graph)
            owned = False  # a tensor hook may keep the gradient it was shown
        current = var._grad
        if grad_writes.observer is not None:
            grad_writes.observer.before(var)
        if create_graph:
            grad = grad if isinstance(grad, Tensor) else Tensor._make(grad, False, None)
            var._grad = _fresh_grad(grad) if current is None else current + grad
        elif current is None:
            data = var._data
            if owned and grad.strides == data.strides and grad.shape == data.shape and grad.dtype == data.dtype:
                var._grad = Tensor._make(grad, False, None)  # _first_grad's common case, without the call
            else:
                # Owned means nobody else holds it: not a gradient backward was started with either.
                var._grad = _first_grad(grad, data, not owned and _engine().borrowed(grad), owned)
        elif current._data.shape == grad.shape:
            # In place, as PyTorch does outside create_graph (even into a .grad that has a
            # history): a reference to .grad sees the new sum.
            current._data += grad
            current._vc[0] += 1
        else:
            var._grad = Tensor._make(current._data + grad, False, None)
        if grad_writes.observer is not None:
            grad_writes.observer.after(var, "backward")
        if var._post_acc_hooks:
            for hook in var._post_acc_hooks:
                hook(var)
        return ()


def _run_tensor_hooks(hooks, grad, create_graph):
    """A leaf's tensor hooks (register_hook), each shown the gradient the previous one returned."""
    for hook in hooks:
        new = hook(_as_tensor(grad))
        if new is not None:
            check_hook_result(hook, grad, new)
            grad = new._data if not create_graph else new
    return grad


class RemovableHandle(metaclass=TorchNamed):
    """Removable handle returned by register_hook (``handle.remove()``)."""

    _torch_path = "torch.utils.hooks.RemovableHandle"

    def __repr__(self):
        return f"<{self._torch_path} object at {id(self):#x}>"

    _ids = itertools.count()

    def __init__(self, hooks, hook):
        self.id = next(self._ids)
        self._hooks = hooks
        self._hook = hook
        hooks.append(hook)

    def remove(self):
        try:
            self._hooks.remove(self._hook)
        except ValueError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


_Handle = RemovableHandle  # the name the ops modules import


def _unpack(node, value, version, differentiable):
    if value is FREED:
        raise RuntimeError(errors.FREED)
    if isinstance(value, Tensor):
        if value._vc[0] != version:
            producer = value._grad_fn.name() if value._grad_fn else None
            if producer is not None and getattr(value, "_base", None) is not None:
                # A view whose memory changed in place: PyTorch regenerates its grad_fn first.
                producer = "AsStridedBackward0"
            raise RuntimeError(errors.modified_inplace(value, producer, value._vc[0], version))
        return value if differentiable else value._data
    if isinstance(value, SavedOutput):
        if value.version_counter[0] != value.version:
            out = Tensor._make(value.data, False, None)
            producer = node.name()
            raise RuntimeError(errors.modified_inplace(out, producer, value.version_counter[0], value.version))
        if differentiable:
            return _own_output(value, node)
        return value.data
    return value


def _own_output(saved, node):
    """A saved output unpacked as a tensor: it leads back to its node, at its own output, and
    shares the output's version counter."""
    t = Tensor._make(saved.data, True, node)
    t._vc = saved.version_counter
    if saved.output_nr:
        t._output_nr = saved.output_nr
    return t


def _raise_if_freed(saved):
    for value in saved:
        if value is not None:
            raise RuntimeError(errors.FREED)


def check_hook_result(hook, grad, new):
    """PyTorch's check on a gradient returned by a tensor hook (type, dtype, then shape)."""
    from .hook_checks import check_single

    check_single(hook, grad, new)


def _engine():
    global _engine_module
    if _engine_module is None:
        from . import engine

        _engine_module = engine
    return _engine_module


_engine_module = None  # the engine module, imported on first use (it imports this module)


def namespace_for(create_graph):
    from ..ops._namespace import namespace_for  # ops are built on this module

    return namespace_for(create_graph)


def _first_grad(grad, like, borrowed=False, owned=False):
    """A leaf's first ``.grad`` outside create_graph, laid out like the leaf.

    PyTorch keeps the incoming gradient as is when its strides already match the leaf's (the
    "layout contract"); otherwise (an expanded gradient from sum(), a transposed one from .t())
    it copies it into a tensor strided like the leaf with ``copy_``, so ``.grad._version`` is 1.
    It copies too when someone else holds the gradient (``borrowed``: the gradient given to
    backward, or the implicit 1, reaching the leaf unchanged). When nobody else can see it
    (``owned``), the array itself becomes ``.grad``: the copy would only cost time.
    """
    if type(grad) is not np.ndarray:
        grad = np.asarray(grad)
    if not borrowed and _obeys_layout(grad, like):
        if owned and grad.dtype == like.dtype:
            return Tensor._make(grad, False, None)
        return Tensor._make(np.array(grad, dtype=like.dtype, copy=True), False, None)
    out = np.empty_like(like)
    np.copyto(out, grad, casting="unsafe")
    result = Tensor._make(out, False, None)
    result._vc[0] += 1
    return result


def _obeys_layout(grad, like):
    if grad.shape != like.shape:
        return False
    if grad.strides == like.strides and grad.itemsize == like.itemsize:
        return True  # the same layout exactly (the common case)
    for size, gs, ls in zip(grad.shape, grad.strides, like.strides):
        if size != 1 and gs // grad.itemsize != ls // like.itemsize:
            return False
    return True


def _fresh_grad(grad):
    """A leaf's first gradient under create_graph: PyTorch copies it into new memory (copy_), so
    ``.grad`` shows grad_fn=<CopyBackwards> when the gradient itself has a history."""
    if not grad._requires_grad:
        out = Tensor._make(np.array(grad._data, copy=True), False, None)
    else:
        from ..ops._record import record
        from ..ops.index.assign import CopyBackwards

        out = record(CopyBackwards, np.array(grad._data, copy=True), (None, grad))
    out._vc[0] += 1  # written by copy_
    return out


def _as_tensor(grad):
    return grad if isinstance(grad, Tensor) else Tensor._make(grad, False, None)


def weak_accumulator(tensor):
    """The tensor's AccumulateGrad node, created once and cached weakly (no reference cycle)."""
    ref = tensor._acc
    node = ref() if ref is not None else None
    if node is None:
        if "_made_in_no_grad" in tensor.__dict__ and tensor._base is not None:
            return None  # PyTorch: a view made in no_grad requires grad but has no gradient edge
        node = AccumulateGrad(tensor)
        tensor._acc = weakref.ref(node)
    return node
