"""Run a command under resource limits, optionally as another user: the kernel launcher.

Run as a script (`python limited_exec.py --memory-mb 2048 ... -- CMD ARGS`; the grader runs
its in-memory copy, see trusted_code.py), never imported by a kernel: it sets the limits in
its own process and then replaces itself with CMD, so the kernel and everything it starts
inherit them. Limits:
- memory: RLIMIT_AS (address space), so a memory bomb raises MemoryError;
- CPU time: RLIMIT_CPU (SIGXCPU at the soft limit, SIGKILL one second later);
- file size: RLIMIT_FSIZE (writes past it fail with "File too large");
- processes: RLIMIT_NPROC, which Linux counts per user and does not apply to root. Without
  root the limit is the user's current task count plus the allowance. As root the command
  joins `--cgroup` (a pids cgroup the grader created with its pids.max set) and, given
  `--uid`, runs as that unprivileged user, which also keeps student code away from the
  grader's files.
"""

import argparse
import os
import resource
import sys


def parse(argv):
    parser = argparse.ArgumentParser(prog="limited_exec")
    parser.add_argument("--memory-mb", type=int, default=0)
    parser.add_argument("--cpu-seconds", type=int, default=0)
    parser.add_argument("--file-size-mb", type=int, default=0)
    parser.add_argument("--processes", type=int, default=0)
    parser.add_argument("--uid", type=int, default=None)
    parser.add_argument("--home", default=None, help="directory handed over to --uid")
    parser.add_argument("--cgroup", default=None, help="pids cgroup directory to join")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args(argv)
    if options.command[:1] == ["--"]:
        options.command = options.command[1:]
    if not options.command:
        parser.error("no command given")
    return options


def set_limit(which, value):
    resource.setrlimit(which, (value, value))


def count_tasks_of(uid):
    """Threads count towards RLIMIT_NPROC, so count every task of the user."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.stat(f"/proc/{entry}").st_uid == uid:
                total += len(os.listdir(f"/proc/{entry}/task"))
        except OSError:
            continue  # the process ended while we looked
    return total


def hand_over(directory, uid):
    for root, dirs, files in os.walk(directory):
        for name in [root] + [os.path.join(root, entry) for entry in dirs + files]:
            os.lchown(name, uid, uid)


def apply(options):
    megabyte = 1024 * 1024
    if options.memory_mb:
        set_limit(resource.RLIMIT_AS, options.memory_mb * megabyte)
    if options.cpu_seconds:
        resource.setrlimit(resource.RLIMIT_CPU, (options.cpu_seconds, options.cpu_seconds + 1))
    if options.file_size_mb:
        set_limit(resource.RLIMIT_FSIZE, options.file_size_mb * megabyte)
    if options.cgroup:
        with open(os.path.join(options.cgroup, "cgroup.procs"), "w") as procs:
            procs.write(str(os.getpid()))
    switch_user = options.uid is not None and os.geteuid() == 0
    # Root is exempt from RLIMIT_NPROC: there the cgroup does the counting.
    if options.processes and (switch_user or os.geteuid() != 0):
        base = 0 if switch_user else count_tasks_of(os.getuid())
        set_limit(resource.RLIMIT_NPROC, base + options.processes)
    if switch_user:
        if options.home:
            hand_over(options.home, options.uid)
        os.setgroups([])
        os.setgid(options.uid)
        os.setuid(options.uid)


def main(argv=None):
    options = parse(sys.argv[1:] if argv is None else argv)
    apply(options)
    os.execvp(options.command[0], options.command)


if __name__ == "__main__":
    main()
