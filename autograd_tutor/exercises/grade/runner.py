"""Execute one submission in a fresh, limited kernel and pull its answers out as JSON.

Per cell: a timeout that interrupts the kernel and goes on with the next cell. Per
submission: a time limit shared by all cells (each cell's timeout shrinks to what is
left). Outputs are capped per cell and per notebook, and the ZeroMQ sockets refuse
oversized messages, so a flood of output cannot exhaust the grader's memory.
"""

import asyncio
import logging
import sys
import time
from dataclasses import dataclass, field

import nbformat
import zmq
import zmq.asyncio
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError

from ..sandbox import shared_folder
from ..sandbox.bubblewrap import Quotas
from ..sandbox.workspace import Limits, workspace
from .extraction import ExtractionError, extraction_source, new_marker, parse_extraction
from .output_cap import cap_source

TIMEOUT_ENAME = "CellTimeoutError"
MAX_ZMQ_MESSAGE = 64 * 1024 * 1024
EXTRACTION_OUTPUT_LIMIT = 48 * 1024 * 1024
TRUNCATED_NOTE = "[output truncated by the grader]\n"
MAX_ENAME, MAX_EVALUE = 100, 300
# Cells that failed, timed out or did not run, listed in a report: a notebook of 300,000
# one-line cells (32 MiB) that runs out of time once made a 36 MB report.
MAX_CELL_RECORDS = 100

# nbclient logs every timeout and dead kernel as an error; here those are expected events,
# recorded in the Execution instead.
_KERNEL_LOG = logging.getLogger("autograd_tutor.grading.kernel")
_KERNEL_LOG.addHandler(logging.NullHandler())
_KERNEL_LOG.propagate = False

# An interrupt is a message that the kernel turns into SIGINT a moment later: sent to an idle
# kernel just before the next cell, it lands as that cell starts and either fails it with a
# KeyboardInterrupt or leaves it without a reply (2 of 40 tries here). So the grader interrupts
# only a cell that ran out of time, and waits this long before sending the next cell.
INTERRUPT_SETTLE = 0.5

# Kernel states
FINISHED, DIED, TIMED_OUT, NOT_STARTED = "finished", "died", "timeout", "not-started"
BROKEN = "broken"  # the kernel sent messages the client could not make sense of


@dataclass(frozen=True)
class RunSettings:
    cell_timeout: float = 30
    submission_timeout: float = 300
    extraction_timeout: float = 30
    startup_timeout: float = 60
    cell_output_limit: int = 64 * 1024
    notebook_output_limit: int = 1024 * 1024
    limits: Limits = field(default_factory=Limits)
    sandbox: bool = False  # under bubblewrap (sandbox/bubblewrap.py); the grader decides, see grader.py
    quotas: Quotas = field(default_factory=Quotas)


@dataclass
class CellRun:
    index: int
    status: str  # "ok", "error", "timeout", "not-run"
    error: str = ""


@dataclass
class Execution:
    kernel: str = NOT_STARTED
    cells: list = field(default_factory=list)
    answers: dict | None = None  # variable name -> entry (see extraction.py)
    problem: str = ""  # why there are no answers, when there are none
    extraction_timed_out: bool = False
    last_cell_timed_out: bool = False  # the submission's time ran out with its last cell (it may still run)
    outputs_truncated: bool = False
    seconds: float = 0.0

    def as_report(self):
        cells = [vars(cell) for cell in self.cells if cell.status != "ok"]
        report = {
            "kernel": self.kernel,
            "problem": self.problem,
            "outputs_truncated": self.outputs_truncated,
            "seconds": round(self.seconds, 3),
            "cells": cells[:MAX_CELL_RECORDS],
        }
        if len(cells) > MAX_CELL_RECORDS:
            report["cells_not_listed"] = len(cells) - MAX_CELL_RECORDS
        return report


def run_submission(nb, answer_names, settings=RunSettings(), gate=None):
    """Run a notebook node in a fresh kernel and return its Execution (blocking). `gate`
    (or None): its blocking `acquire()` is called once the kernel is ready, before the first
    cell, so that kernels can start while others run; the caller releases it."""
    return asyncio.run(run_submission_async(nb, answer_names, settings, gate))


async def run_submission_async(nb, answer_names, settings, gate=None):
    started = time.monotonic()
    execution = Execution()
    with workspace(settings.limits.processes, settings.sandbox, settings.quotas) as space:
        try:
            await _run(nb, answer_names, settings, space, execution, gate)
        finally:
            space.kill_leftovers()
    execution.seconds = time.monotonic() - started
    return execution


class _SpecManager(KernelSpecManager):
    """Serves one kernel spec: ipykernel behind the limits launcher."""

    def __init__(self, spec, **kwargs):
        super().__init__(**kwargs)
        self._spec = spec

    def get_kernel_spec(self, kernel_name, *args, **kwargs):
        return self._spec


class _KernelManager(AsyncKernelManager):
    def client(self, **kwargs):
        kwargs.setdefault("context", self.context)  # our context: it caps message sizes
        return super().client(**kwargs)


class _GradingClient(NotebookClient):
    """nbclient with output caps and a record of every cell's outcome."""

    def __init__(self, nb, km, settings, execution, **kwargs):
        super().__init__(nb, km=km, **kwargs)
        self._settings = settings
        self._execution = execution
        self.deadline = time.monotonic() + settings.submission_timeout
        self._cell_bytes = {}
        self._total_bytes = 0
        self._truncated = set()
        self.extraction_index = None  # known by position only: a notebook's metadata is the student's
        self.on_cell_error = self._record_error

    def cell_timeout(self, cell):
        if self.extraction_index is not None and cell is self.nb.cells[self.extraction_index]:
            return self._settings.extraction_timeout
        left = self.deadline - time.monotonic()
        return max(0.5, min(self._settings.cell_timeout, left))

    def _record_error(self, cell, cell_index, execute_reply):
        content = execute_reply.get("content", {})
        # Every string from a kernel is capped: an exception class may have a 15 MB name.
        ename = str(content.get("ename", ""))[:MAX_ENAME]
        status = "timeout" if ename == TIMEOUT_ENAME else "error"
        evalue = str(content.get("evalue", ""))[:MAX_EVALUE]
        self._execution.cells.append(CellRun(cell_index, status, f"{ename}: {evalue}"))

    def output(self, outs, msg, display_id, cell_index):
        extraction = cell_index == self.extraction_index
        limit = EXTRACTION_OUTPUT_LIMIT if extraction else self._settings.cell_output_limit
        size = _message_size(msg)
        used = self._cell_bytes.get(cell_index, 0)
        over_total = not extraction and self._total_bytes + size > self._settings.notebook_output_limit
        if cell_index in self._truncated or used + size > limit or over_total:
            if cell_index not in self._truncated:
                self._truncated.add(cell_index)
                outs.append(nbformat.v4.new_output("stream", name="stderr", text=TRUNCATED_NOTE))
            self._execution.outputs_truncated = True
            return None
        self._cell_bytes[cell_index] = used + size
        if not extraction:
            self._total_bytes += size
        return super().output(outs, msg, display_id, cell_index)


async def _run(nb, answer_names, settings, space, execution, gate):
    nb = nbformat.from_dict(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    context = zmq.asyncio.Context()
    context.setsockopt(zmq.MAXMSGSIZE, MAX_ZMQ_MESSAGE)
    spec = KernelSpec(
        argv=space.command(
            [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"], settings.limits
        ),
        display_name="grading kernel",
        language="python",
        # A sandboxed kernel has a session of its own: a signal to the launcher's process
        # group would not reach it, an interrupt_request on the control channel does.
        interrupt_mode="message" if space.sandbox else "signal",
    )
    km = _KernelManager(
        kernel_name="grading",
        kernel_spec_manager=_SpecManager(spec),
        context=context,
        transport="ipc",
        ip=str(space.sockets / "kernel"),
        connection_file=str(space.sockets / "kernel.json"),
        log=_KERNEL_LOG,
    )
    client = _GradingClient(
        nb, km, settings, execution,
        kernel_name="grading",
        allow_errors=True,
        interrupt_on_timeout=True,
        error_on_timeout={"ename": TIMEOUT_ENAME, "evalue": "the cell ran out of time and was interrupted"},
        iopub_timeout=2,
        startup_timeout=settings.startup_timeout,
        record_timing=False,
        store_widget_state=False,
        log=_KERNEL_LOG,
    )
    client.timeout_func = client.cell_timeout
    watch = None
    try:
        try:
            await _start(client, space)
        except Exception as error:
            execution.problem = f"the kernel did not start: {type(error).__name__}: {error}"
            return
        execution.kernel = FINISHED
        stopped = []  # why the watch on the shared folder stopped the kernel, if it did
        if space.sandbox:
            watch = asyncio.create_task(_watch_shared_folder(space, km, stopped))
        if gate is not None:
            await asyncio.to_thread(gate.acquire)
        await _cap_output(client, nb, settings)
        # The submission's time starts once its kernel is ready and its turn has come
        # (startup has its own limit).
        client.deadline = deadline = time.monotonic() + settings.submission_timeout
        await _run_cells(client, nb, deadline, execution)
        if execution.kernel not in (DIED, BROKEN) and not stopped:
            await _extract(client, nb, km, answer_names, execution)
        if stopped:
            execution.kernel, execution.answers, execution.problem = DIED, None, f"the kernel was stopped: {stopped[0]}"
    finally:
        if watch is not None:
            watch.cancel()
        await _stop(client, km)
        context.destroy(linger=0)


async def _watch_shared_folder(space, km, stopped):
    """Stop the kernel once the folder it shares with the grader, on the grader's disk,
    holds more than its connection file and sockets could (shared_folder.py)."""
    while True:
        await asyncio.sleep(shared_folder.POLL_SECONDS)
        found = await asyncio.to_thread(shared_folder.overflowing, space.sockets)
        if found:
            stopped.append(found)
            try:
                await km._async_kill_kernel()
            except Exception:
                pass
            space.kill_leftovers()
            await asyncio.to_thread(shared_folder.empty, space.sockets)
            return


async def _start(client, space):
    # The kernel's own stdout and stderr go to a file capped by the file-size limit, never
    # to the grader's terminal (fake messages, escape sequences).
    with open(space.output_file, "wb") as output:
        await client.async_start_new_kernel(cwd=str(space.home), env=space.env(), stdout=output, stderr=output)
    await client.async_start_new_kernel_client()


async def _cap_output(client, nb, settings):
    """The grader's first cell (output_cap.py): not part of the submission, so it leaves
    no trace in the notebook nor in the cell records."""
    cell = nbformat.v4.new_code_cell(cap_source(settings.cell_output_limit))
    nb.cells.insert(0, cell)
    records = len(client._execution.cells)
    try:
        await client.async_execute_cell(cell, 0, store_history=False)
    except Exception:
        pass  # a kernel that breaks here breaks on the first cell too, and is recorded there
    finally:
        del nb.cells[0]
        del client._execution.cells[records:]
        client._cell_bytes.clear()
        client._truncated.clear()


async def _run_cells(client, nb, deadline, execution):
    code_cells = [index for index, cell in enumerate(nb.cells) if cell.cell_type == "code"]
    for position, index in enumerate(code_cells):
        if time.monotonic() >= deadline:
            execution.kernel = TIMED_OUT
            execution.last_cell_timed_out = position > 0 and _timed_out(execution, code_cells[position - 1])
            execution.cells += [CellRun(i, "not-run", "the submission ran out of time") for i in code_cells[position:]]
            return
        try:
            await client.async_execute_cell(nb.cells[index], index, execution_count=position + 1)
        except DeadKernelError:
            execution.kernel, execution.problem = DIED, "the kernel died"
        except Exception as error:  # e.g. a kernel whose json module was patched
            execution.kernel, execution.problem = BROKEN, f"the kernel broke the Jupyter protocol ({type(error).__name__})"
        else:
            if _timed_out(execution, index):
                await asyncio.sleep(INTERRUPT_SETTLE)  # nbclient interrupted it just now
            continue
        execution.cells.append(CellRun(index, "error", f"{execution.problem} while running this cell"))
        execution.cells += [CellRun(i, "not-run", execution.problem) for i in code_cells[position + 1:]]
        return


def _timed_out(execution, index):
    return bool(execution.cells) and execution.cells[-1].index == index and execution.cells[-1].status == "timeout"


async def _extract(client, nb, km, answer_names, execution):
    if execution.kernel == TIMED_OUT and execution.last_cell_timed_out:
        await km.interrupt_kernel()  # whatever still runs must not block the extraction
        await asyncio.sleep(INTERRUPT_SETTLE)
    marker = new_marker()
    cell = nbformat.v4.new_code_cell(extraction_source(answer_names, marker))
    nb.cells.append(cell)
    index = client.extraction_index = len(nb.cells) - 1
    errors_before = len(execution.cells)
    try:
        await client.async_execute_cell(cell, index, store_history=False)
    except DeadKernelError:
        execution.kernel = DIED
        execution.problem = "the kernel died while the grader read the answers"
        return
    except Exception as error:
        execution.kernel = BROKEN
        execution.problem = f"the kernel broke the Jupyter protocol while the grader read the answers ({type(error).__name__})"
        return
    extraction_runs = [run for run in execution.cells[errors_before:] if run.index == index]
    del execution.cells[errors_before:]  # the grader's own cell is not part of the submission
    if any(run.status == "timeout" for run in extraction_runs):
        execution.extraction_timed_out = True
        execution.problem = "the kernel did not answer when the grader read the answers"
        return
    text = "".join(out.get("text", "") for out in cell.outputs if out.get("output_type") == "stream" and out.get("name") == "stdout")
    try:
        execution.answers = parse_extraction(text, marker, answer_names)
    except ExtractionError as error:
        execution.problem = f"the answers could not be read: {error}"


async def _stop(client, km):
    try:
        if client.kc is not None:
            client.kc.stop_channels()
        if km.has_kernel:
            await km.shutdown_kernel(now=True)
    except Exception:
        pass  # the workspace kills whatever is left
    try:
        await km.cleanup_resources()
    except Exception:
        pass


def _message_size(msg):
    content = msg.get("content", {})
    size = len(content.get("text", ""))
    for value in (content.get("data") or {}).values():
        size += len(value) if isinstance(value, str) else len(str(value))
    traceback = content.get("traceback") or []
    size += sum(len(line) if isinstance(line, str) else len(str(line)) for line in traceback) if isinstance(traceback, list) else len(str(traceback))
    return size + len(str(content.get("ename", ""))) + len(str(content.get("evalue", "")))
