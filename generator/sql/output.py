"""Writing the generated files (atomically) and checking `out/` against a fresh build."""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..dataset.inputs import Inputs
from ..errors import ExitCode, SeedError
from ..progress import Progress
from ..schema.model import Schema
from .fileformat import COPY_END, ROW_LINE, UPSERT_TARGET, opens_copy_data
from .names import relation
from .plans import Upsert, check_binding
from .render import OUTPUT_FILES, RESET_FILE, SEED_FILE, VERIFY_FILE, render_reset, render_seed, render_verify


def _write_atomically(path: Path, chunks: Iterator[str]) -> None:
    """Write to a temporary file beside ``path``, then rename: never a half-written file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            for chunk in chunks:
                f.write(chunk)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_files(inputs: Inputs, out_dir: Path, schema: Schema, progress: Progress | None = None) -> list[Path]:
    """Render the three files into ``out_dir`` (created if needed); returns their paths.

    All three are rendered into a temporary directory first and only then moved into
    place, so a failure leaves ``out_dir`` as it was.
    """
    check_binding(inputs, schema)  # a dataset that does not fit its tables: refused before out_dir is touched
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".gen-seed-sql.", dir=out_dir) as staging:
            stage = Path(staging)
            _write_atomically(stage / SEED_FILE, render_seed(inputs, schema, progress))
            _write_atomically(stage / RESET_FILE, render_reset(inputs, schema))
            _write_atomically(stage / VERIFY_FILE, render_verify(inputs, schema))
            for name in OUTPUT_FILES:
                os.replace(stage / name, out_dir / name)
    except OSError as exc:
        raise SeedError(f"cannot write {out_dir}: {exc.strerror or exc}", ExitCode.FILE) from exc
    return [out_dir / name for name in OUTPUT_FILES]


def render_all(inputs: Inputs, schema: Schema) -> dict[str, str]:
    """The three files' text, in memory (for --check and tests)."""
    check_binding(inputs, schema)
    return {
        SEED_FILE: "".join(render_seed(inputs, schema)),
        RESET_FILE: "".join(render_reset(inputs, schema)),
        VERIFY_FILE: "".join(render_verify(inputs, schema)),
    }


@dataclass(frozen=True)
class FileDifference:
    name: str
    status: str  # "missing", "changed"
    diff: str


def check_files(fresh_files: dict[str, str], out_dir: Path) -> list[FileDifference]:
    """What differs between ``out_dir`` and a fresh build (empty: up to date)."""
    differences = []
    for name, fresh in fresh_files.items():
        path = out_dir / name
        try:
            current = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            differences.append(FileDifference(name, "missing", f"--- {path} is missing\n"))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            raise SeedError(f"cannot read {path}: {exc}", ExitCode.FILE) from exc
        if current != fresh:
            diff = "".join(
                difflib.unified_diff(
                    current.splitlines(keepends=True),
                    fresh.splitlines(keepends=True),
                    fromfile=f"{path} (committed)",
                    tofile=f"{path} (fresh build)",
                    n=1,
                )
            )
            differences.append(FileDifference(name, "changed", diff))
    return differences


# --- what a reviewer reads before the diff: rows added / removed / changed per table ------

_VALUE = re.compile(r"E?'(?:[^']|'')*'|[^,]+")


def split_row(values: str) -> list[str]:
    """The literals of one VALUES row, as written (a string may hold commas)."""
    return [v.strip() for v in _VALUE.findall(values) if v.strip()]


def _unquoted(literal: str) -> str:
    """A VALUES literal as COPY's text format writes the same value (for comparing rows
    across the two flavors): a plain string without its quotes, NULL as \\N."""
    if literal.startswith("'") and literal.endswith("'"):
        return literal[1:-1].replace("''", "'")
    return "\\N" if literal == "NULL" else literal


def seed_rows(text: str, schema: Schema) -> dict[str, dict[tuple[str, ...], tuple[str, ...]]]:
    """Per table: conflict key → the row's values, read back from a seed file of either
    flavor: the rows (VALUES rows of the plain flavor, COPY data lines of the psql one) that
    come before an upsert's ``INSERT INTO "table"`` line are that table's. No comment is
    read, so the plain flavor (which keeps none) reads as the psql one does."""
    # A row holds the statement's value columns; a row is known by its conflict key.
    tables = {relation(t).ref: relation(t) for t in schema.seeded_tables()}  # the upserts' targets: their labels
    upserts = {relation(t).ref: Upsert.of(t, schema) for t in schema.seeded_tables()}
    keys = {name: list(u.value_columns) for name, u in upserts.items()}
    found: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {}
    pending: list[list[str]] = []  # the rows read since the last upsert
    copying = False
    for line in text.split("\n"):
        if copying:
            if line == COPY_END:
                copying = False
            else:
                pending.append(line.split("\t"))
            continue
        if opens_copy_data(line):
            copying = True
            continue
        row = ROW_LINE.match(line)
        if row:
            pending.append([_unquoted(v) for v in split_row(row.group("values"))])
            continue
        target = UPSERT_TARGET.match(line)
        if target:
            table_name = target.group("target")
            if table_name in keys:
                columns, key_columns = keys[table_name], upserts[table_name].conflict_key
                into = found.setdefault(tables[table_name], {})
                for values in pending:
                    into[tuple(values[columns.index(k)] for k in key_columns)] = tuple(values)
            pending = []
    return found


def row_stat(committed: str, fresh: str, schema: Schema) -> list[tuple[str, int, int, int]]:
    """(table, added, removed, changed) for every table whose rows differ."""
    before, after = seed_rows(committed, schema), seed_rows(fresh, schema)
    stats = []
    for t in schema.seeded_tables():
        old, new = before.get(relation(t), {}), after.get(relation(t), {})
        added = sum(1 for k in new if k not in old)
        removed = sum(1 for k in old if k not in new)
        changed = sum(1 for k in new if k in old and new[k] != old[k])
        if added or removed or changed:
            stats.append((relation(t), added, removed, changed))
    return stats


def stat_files(fresh_files: dict[str, str], out_dir: Path, schema: Schema) -> list[tuple[str, int, int, int]]:
    """Rows added / removed / changed per table between ``out_dir`` and a fresh build."""
    try:
        committed = (out_dir / SEED_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        committed = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise SeedError(f"cannot read {out_dir / SEED_FILE}: {exc}", ExitCode.FILE) from exc
    return row_stat(committed, fresh_files[SEED_FILE], schema)


# --- `build --check` and `doctor`: out/ against a fresh build ---------------------------


@dataclass(frozen=True)
class OutDirCheck:
    """What differs between ``out_dir`` and a fresh build: the files (none: up to date)
    and, when asked for, per table the rows added / removed / changed."""

    differences: list[FileDifference]
    rows: list[tuple[str, int, int, int]]


def check_out_dir(inputs: Inputs, schema: Schema, out_dir: Path, stat: bool = False) -> OutDirCheck | None:
    """Compare ``out_dir`` with the files ``inputs`` and ``schema`` make, in memory
    (None: ``out_dir`` is not a directory, nothing to compare); with ``stat``, when a
    file differs, also count the seed's rows per table."""
    if not out_dir.is_dir():
        return None
    fresh = render_all(inputs, schema)
    differences = check_files(fresh, out_dir)
    rows = stat_files(fresh, out_dir, schema) if stat and differences else []
    return OutDirCheck(differences, rows)
