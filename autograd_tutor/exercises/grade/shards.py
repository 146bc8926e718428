"""Shards that agree: one seed for all, read from a file only the grader can read, and
`autograd-tutor merge` joining their CSVs with checks.

A seed on a command line can be read by anyone on the machine (/proc/PID/cmdline), so the
seed file is the recommended way: `--seed-file PATH` reads it, or creates it (mode 0600)
with a fresh secret seed when it does not exist yet. It is refused unless it is a regular
file of the grader's user that nobody else can read or write.

Every shard leaves `<csv>.shard.json` beside its CSV: which shard of how many, a digest of
the seed (scrypt: the 53-bit seed cannot be searched for from it) and how many notebooks
and rows the CSV holds. `merge` refuses missing or repeated shards, different seeds or
shard counts, CSVs that do not match their record, and rows graded twice.
"""

import csv
import hashlib
import json
import os
import stat
from pathlib import Path

from ..registry.drawing import check_seed, new_seed
from .result_files import CSV_COLUMNS, write_atomically

INFO_SUFFIX = ".shard.json"


class ShardError(ValueError):
    """Shard files that cannot be merged, or a seed file that cannot be trusted."""


def read_seed_file(path):
    """The seed in `path`, which is created with a fresh secret seed if it does not exist."""
    path = Path(path)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(descriptor, "w") as handle:
            handle.write(f"{new_seed()}\n")
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:
        raise ShardError(f"--seed-file {path}: {error.strerror}") from None
    with os.fdopen(descriptor) as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ShardError(f"--seed-file {path} is not a regular file")
        if info.st_uid != os.geteuid() or info.st_mode & 0o077:
            raise ShardError(
                f"--seed-file {path} must belong to the grader's user and be readable by nobody else (chmod 600)"
            )
        text = handle.read(100).strip()
    try:
        return check_seed(int(text))
    except ValueError:
        raise ShardError(f"--seed-file {path} does not hold a seed (a non-negative integer)") from None


def seed_digest(seed):
    """Equal for equal seeds; costly to invert (scrypt), so it may sit beside a CSV."""
    return hashlib.scrypt(f"autograd-tutor-seed:{seed}".encode(), salt=b"autograd-tutor-shards", n=2**14, r=8, p=1).hex()[:32]


def info_path(csv_path):
    return Path(str(csv_path) + INFO_SUFFIX)


def write_shard_info(csv_path, shard, seed, grades):
    index, count = (int(part) for part in shard.split("/"))
    info = {
        "shard": index, "shards": count, "seed_digest": seed_digest(seed),
        "notebooks": len(grades), "rows": sum(len(grade.exercises) for grade in grades),
    }
    write_atomically(info_path(csv_path), json.dumps(info, indent=2) + "\n")


def merge(csv_paths, out):
    """Join shard CSVs into `out` after checking them; returns the number of rows."""
    shards = [_load(Path(path)) for path in csv_paths]
    if not shards:
        raise ShardError("no shard CSVs given")
    counts = {shard["info"]["shards"] for shard in shards}
    if len(counts) != 1:
        raise ShardError(f"the shards were cut differently: n = {sorted(counts)}")
    digests = {shard["info"]["seed_digest"] for shard in shards}
    if len(digests) != 1:
        raise ShardError("the shards were graded with different seeds, so with different hidden inputs")
    count = counts.pop()
    seen = {}
    for shard in shards:
        index = shard["info"]["shard"]
        if index in seen:
            raise ShardError(f"shard {index}/{count} is given twice: {seen[index]} and {shard['path']}")
        seen[index] = shard["path"]
    missing = sorted(set(range(1, count + 1)) - set(seen))
    if missing:
        raise ShardError(f"missing shard(s) {', '.join(f'{i}/{count}' for i in missing)}")
    rows, graded = [], {}
    for shard in sorted(shards, key=lambda shard: shard["info"]["shard"]):
        for row in shard["rows"]:
            key = (row["notebook"], row["exercise"])
            if key in graded:
                raise ShardError(f"{row['notebook']} / {row['exercise']} is in {graded[key]} and in {shard['path']}")
            graded[key] = shard["path"]
            rows.append(row)
    rows.sort(key=lambda row: row["notebook"])  # stable: exercises keep their order
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(out, _csv_text(rows))
    return len(rows)


def _load(path):
    try:
        info = json.loads(info_path(path).read_text())
    except FileNotFoundError:
        raise ShardError(f"{path}: no {info_path(path).name} beside it (was it graded with --shard?)") from None
    except ValueError:
        raise ShardError(f"{info_path(path)} is not valid JSON") from None
    if not isinstance(info, dict) or not all(type(info.get(key)) is int for key in ("shard", "shards", "notebooks", "rows")):
        raise ShardError(f"{info_path(path)} is not a shard record")
    try:
        with path.open(newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != CSV_COLUMNS:
                raise ShardError(f"{path}: the columns are {reader.fieldnames}, expected {CSV_COLUMNS}")
            rows = list(reader)
    except FileNotFoundError:
        raise ShardError(f"{path}: no such file") from None
    notebooks = len({row["notebook"] for row in rows})
    if len(rows) != info["rows"] or notebooks != info["notebooks"]:
        raise ShardError(
            f"{path} holds {len(rows)} rows of {notebooks} notebooks, its record says {info['rows']} of "
            f"{info['notebooks']} (an unfinished run, or an edited file)"
        )
    return {"path": str(path), "info": info, "rows": rows}


def _csv_text(rows):
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
