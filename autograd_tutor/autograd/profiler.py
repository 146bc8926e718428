"""``torch.autograd.profiler`` (and ``torch.profiler``): ``profile`` and ``record_function`` as
working context managers. They time the named blocks with the wall clock; the table lists
each name with its count and total time (no per-op kernel timings, which are PyTorch's own).
"""
import functools
import json
import time

_active = []  # the profiles being recorded


class FunctionEvent:
    def __init__(self, name, start, end):
        self.name = self.key = name
        self.time_range = (start, end)
        self.cpu_time_total = (end - start) * 1e6  # microseconds, as PyTorch reports
        self.count = 1


class EventList(list):
    def key_averages(self, group_by_input_shape=False, group_by_stack_n=0):
        merged = {}
        for e in self:
            if e.name in merged:
                merged[e.name].count += 1
                merged[e.name].cpu_time_total += e.cpu_time_total
            else:
                m = FunctionEvent(e.name, *e.time_range)
                merged[e.name] = m
        return EventList(merged.values())

    def table(self, sort_by=None, row_limit=100, **kwargs):
        rows = list(self)
        if sort_by and "time" in sort_by:
            rows.sort(key=lambda e: -e.cpu_time_total)
        rows = rows[:row_limit] if row_limit and row_limit > 0 else rows
        width = max([len("Name")] + [len(e.name) for e in rows])
        line = "-" * (width + 32)
        out = [line, f"{'Name':<{width}}  {'CPU total':>16}  {'# of Calls':>10}", line]
        out += [f"{e.name:<{width}}  {e.cpu_time_total:>14.3f}us  {e.count:>10}" for e in rows]
        out.append(line)
        return "\n".join(out)

    def __str__(self):
        return self.table()

    def total_average(self):
        total = FunctionEvent("Total", 0.0, 0.0)
        total.cpu_time_total = sum(e.cpu_time_total for e in self)
        total.count = sum(e.count for e in self)
        return total


class profile:
    def __init__(self, enabled=True, *, use_cuda=False, use_device=None, record_shapes=False,
                 with_flops=False, profile_memory=False, with_stack=False, with_modules=False,
                 use_kineto=False, use_cpu=True, experimental_config=None, acc_events=False,
                 custom_trace_id_callback=None, **kwargs):
        self.enabled = enabled
        self.function_events = None
        self._events = EventList()

    def __enter__(self):
        if self.enabled:
            _active.append(self)
        return self

    def __exit__(self, *exc):
        if self.enabled and self in _active:
            _active.remove(self)
        self.function_events = self._events
        return False

    # torch.profiler.profile's schedule API
    def start(self):
        return self.__enter__()

    def stop(self):
        self.__exit__(None, None, None)

    def step(self):
        pass

    def events(self):
        return self._events

    def key_averages(self, group_by_input_shape=False, group_by_stack_n=0, **kwargs):
        return self._events.key_averages()

    def table(self, **kwargs):
        return self._events.table(**kwargs)

    def export_chrome_trace(self, path):
        trace = [{"name": e.name, "ph": "X", "ts": e.time_range[0] * 1e6,
                  "dur": e.cpu_time_total, "pid": 0, "tid": 0} for e in self._events]
        with open(path, "w") as f:
            json.dump({"traceEvents": trace}, f)

    def __str__(self):
        return self.table()


class record_function:
    """``with record_function("name"):`` (or as a decorator) marks a block in the active profiles."""

    def __init__(self, name, args=None):
        self.name = name
        self.args = args

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        end = time.perf_counter()
        for prof in _active:
            prof._events.append(FunctionEvent(self.name, self._start, end))
        return False

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapped(*args, **kwargs):
            with record_function(self.name):
                return fn(*args, **kwargs)

        return wrapped


class emit_nvtx:
    def __init__(self, enabled=True, record_shapes=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
