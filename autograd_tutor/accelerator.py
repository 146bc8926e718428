"""``torch.accelerator`` as on a machine without GPUs: no accelerator is available."""


def is_available():
    return False


def current_accelerator(check_available=False):
    return None


def device_count():
    return 0


def current_device_index():
    return -1


def synchronize(device=None):
    pass
