"""Kill leftover processes by pid or by owner, never by name: a sandbox's processes may be
called anything, and other users' processes of the same name are none of the grader's business."""

import os
import signal


def kill_processes_of(uid):
    for _ in range(5):  # again: a process may fork while we scan
        pids = pids_of(uid)
        if not pids:
            return
        for pid in pids:
            kill(pid)


def pids_of(uid):
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    pids.append(int(entry))
            except OSError:
                continue
    return pids


def kill(pid):
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
