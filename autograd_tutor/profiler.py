"""``torch.profiler``: ``profile``, ``record_function``, ``ProfilerActivity`` and ``schedule``,
backed by ``torch.autograd.profiler`` (named blocks timed with the wall clock)."""
import enum

from autograd_tutor.autograd.profiler import EventList, profile as _autograd_profile, record_function  # noqa: F401


class ProfilerActivity(enum.Enum):
    CPU = 0
    CUDA = 2
    XPU = 3
    MTIA = 4


def schedule(*, wait, warmup, active, repeat=0, skip_first=0, skip_first_wait=0):
    def action(step):
        return None

    return action


def tensorboard_trace_handler(dir_name, worker_name=None, use_gzip=False):
    def handler(prof):
        pass

    return handler


class profile(_autograd_profile):
    def __init__(self, *, activities=None, schedule=None, on_trace_ready=None, record_shapes=False,
                 profile_memory=False, with_stack=False, with_flops=False, with_modules=False,
                 experimental_config=None, execution_trace_observer=None, acc_events=False, **kwargs):
        super().__init__()
        self.on_trace_ready = on_trace_ready

    def __exit__(self, *exc):
        super().__exit__(*exc)
        if self.on_trace_ready is not None:
            self.on_trace_ready(self)
        return False
