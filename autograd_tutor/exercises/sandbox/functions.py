"""Run learners' function answers on public and hidden inputs in a sandbox process.

The kernel only hands over the function's source text; the grader runs it here, in a
separate process with the same limits and isolation as a kernel (workspace.py), so hidden
inputs never reach the learner's kernel. The process runs the grader's in-memory copy of
function_child.py (trusted_code.py), which refuses imports of the answer key
(answer_key_guard.py). Only a marker-framed JSON reply is read back.
"""

import json
import selectors
import subprocess
import time

from ..feedback.judging import ERROR, TIMEOUT, Outcome
from ..grade.extraction import checked_value, new_marker
from . import shared_folder
from .trusted_code import python_running, source_of

MAX_REPLY = 32 * 1024 * 1024


def run_functions(requests, space, limits, call_timeout, total_timeout):
    """`requests`: {key: {"source", "names", "calls"}} -> {key: [Outcome per call]}."""
    if not requests:
        return {}
    marker = new_marker()
    payload = {
        "marker": marker,
        "call_timeout": call_timeout,
        "guard": source_of("answer_key_guard.py"),
        "plain": source_of("plain.py"),
        "functions": [{"key": key, **spec} for key, spec in requests.items()],
    }
    command = space.command(python_running("function_child.py"), limits)
    try:
        reply, timed_out, stopped = _run_capped(command, json.dumps(payload).encode(), space, total_timeout)
    finally:
        space.kill_leftovers()
    if stopped:
        shared_folder.empty(space.sockets)
        return _all(requests, Outcome(ERROR, message=f"the functions' process was stopped: {stopped}"))
    if timed_out:
        return _all(requests, Outcome(TIMEOUT, message=f"the functions took longer than {total_timeout:g} s"))
    try:
        return _parse(reply.decode("utf-8", "replace"), marker, requests)
    except ValueError as error:
        return _all(requests, Outcome(ERROR, message=f"the sandbox gave no usable reply: {error}"))


def _run_capped(command, stdin_bytes, space, timeout):
    """Run, feed stdin, read at most MAX_REPLY bytes of stdout before the deadline; stop early
    if the process fills the folder it shares with the grader (shared_folder.py).
    Returns (reply, timed out, why it was stopped or "")."""
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        cwd=str(space.home), env=space.env(),
    )
    try:
        process.stdin.write(stdin_bytes)
        process.stdin.close()
    except BrokenPipeError:
        pass
    chunks, size, deadline = [], 0, time.monotonic() + timeout
    watched = space.sandbox and space.sockets.is_dir()
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while size <= MAX_REPLY:
            left = deadline - time.monotonic()
            if left <= 0:
                process.kill()
                process.wait()
                return b"", True, ""
            stopped = shared_folder.overflowing(space.sockets) if watched else ""
            if stopped:
                process.kill()
                process.wait()
                return b"", False, stopped
            if not selector.select(min(left, shared_folder.POLL_SECONDS)):
                continue
            chunk = process.stdout.read1(65536)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    process.kill()
    process.wait()
    return b"".join(chunks), False, ""


def _parse(text, marker, requests):
    begin, end = marker + "BEGIN", marker + "END"
    if text.count(begin) != 1 or not text.endswith(end):
        raise ValueError("no single framed reply")
    try:
        body = json.loads(text[text.index(begin) + len(begin): -len(end)])
    except RecursionError:  # the learner's code can rewrite what the process replies
        raise ValueError("the reply is nested too deeply") from None
    results = {}
    for key, spec in requests.items():
        entries = body.get(key) if type(body) is dict else None
        if type(entries) is not list or len(entries) != len(spec["calls"]):
            raise ValueError(f"no results for {key}")
        results[key] = [_outcome(entry) for entry in entries]
    return results


def _outcome(entry):
    if type(entry) is not dict:
        return Outcome(ERROR, message="malformed result")
    if entry.get("status") == "value":
        checked = checked_value({"kind": "value", "value": entry.get("value")})
        if checked["kind"] == "error":
            return Outcome(ERROR, message=checked["error"])
        return Outcome.of_value(entry.get("value"))
    status = TIMEOUT if entry.get("status") == TIMEOUT else ERROR
    return Outcome(status, message=str(entry.get("message", ""))[:500])


def _all(requests, outcome):
    return {key: [outcome] * len(spec["calls"]) for key, spec in requests.items()}
