"""``torch.cuda`` as a PyTorch built without CUDA answers: nothing available, seeding is a no-op.

So ``device = torch.device("cuda" if torch.cuda.is_available() else "cpu")`` picks the CPU.
"""


def is_available():
    return False


def device_count():
    return 0


def is_initialized():
    return False


def manual_seed(seed):
    pass


def manual_seed_all(seed):
    pass


def _unavailable(*args, **kwargs):
    raise AssertionError("Torch not compiled with CUDA enabled")


current_device = get_device_name = get_device_properties = set_device = synchronize = _unavailable
