from autograd_tutor._torch_names import TorchNamed, torch_path


class TorchObject(metaclass=TorchNamed):
    """Prints as PyTorch's object does: ``<torch.utils.data.dataset.TensorDataset object at 0x...>``."""

    def __repr__(self):
        return f"<{torch_path(type(self))} object at {hex(id(self))}>"
