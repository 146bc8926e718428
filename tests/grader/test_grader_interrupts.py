"""An interrupt reaches a kernel a moment after it is sent: sent to an idle kernel just
before the next cell, it broke that cell (a KeyboardInterrupt, or no reply at all: 2 of 40
tries with ipykernel here). The grader interrupts only a cell that ran out of time and
lets the interrupt land before it sends the next cell, its own answer-reading one included.
Checked with stand-ins for the kernel client and manager: the order and timing of calls."""

import asyncio
import time

import nbformat

from autograd_tutor.exercises.grade import runner


class _Kernel:
    def __init__(self, timing_out=()):
        self.calls = []
        self.timing_out = set(timing_out)  # cells that run out of time
        self.execution = None
        self.extraction_index = None

    async def interrupt_kernel(self):
        self.calls.append(("interrupt", time.monotonic()))

    async def async_execute_cell(self, cell, index, **kwargs):
        self.calls.append((index, time.monotonic()))
        if index in self.timing_out:  # what nbclient's timeout leaves: an error record
            self.execution.cells.append(runner.CellRun(index, "timeout", "CellTimeoutError: ..."))


def _calls(kernel, execution, cells, deadline=None):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("0") for _ in range(cells)])
    kernel.execution = execution

    async def run():
        await runner._run_cells(kernel, nb, deadline or time.monotonic() + 60, execution)
        await runner._extract(kernel, nb, kernel, ["x"], execution)

    asyncio.run(run())
    return kernel.calls


def test_no_interrupt_for_a_notebook_whose_time_ran_out_between_cells():
    execution = runner.Execution(kernel=runner.FINISHED)
    calls = _calls(_Kernel(), execution, cells=2, deadline=time.monotonic() - 1)
    assert execution.kernel == runner.TIMED_OUT
    assert [name for name, _ in calls] == [2]  # only the grader's own cell: nothing was running


def test_an_interrupted_cell_gets_time_to_stop_before_the_next_cell():
    calls = _calls(_Kernel(timing_out={0}), runner.Execution(kernel=runner.FINISHED), cells=3)
    (first, started), (second, then), (third, last), (extraction, _) = calls
    assert (first, second, third, extraction) == (0, 1, 2, 3)
    assert then - started >= runner.INTERRUPT_SETTLE
    assert last - then < runner.INTERRUPT_SETTLE  # a cell that finished in time: no pause


def test_the_last_cell_out_of_time_is_interrupted_and_settles_before_the_answers_are_read():
    kernel = _Kernel()
    execution = runner.Execution(kernel=runner.TIMED_OUT, last_cell_timed_out=True)
    nb = nbformat.v4.new_notebook()
    asyncio.run(runner._extract(kernel, nb, kernel, ["x"], execution))
    (interrupt, sent), (_, read) = kernel.calls
    assert interrupt == "interrupt" and read - sent >= runner.INTERRUPT_SETTLE
