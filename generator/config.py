"""`gen-seed-sql.toml`: a team's settings, committed beside its out/.

Found in the current directory or the nearest parent that has one (``--config PATH``
names another). Its keys are the command line's own option names; an option given on the
command line overrides the file; relative paths are relative to the file's directory.
No file: today's defaults. Every problem with the file is a usage error (exit 2) in one
line naming the file, the key (and its line) and what is accepted.

The reader is a table of keys, each with its parser: the keys of a later version (a
schema file, tables of names) are rows added here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

from .errors import ExitCode, SeedError
from .identity import CHILD_BASE, MAX_INDEX

CONFIG_NAME = "gen-seed-sql.toml"
MAX_SEED = 2**63 - 1
MAX_ORDERS = MAX_INDEX // CHILD_BASE  # an order's items and events are its children
MAX_CAMPAIGNS = MAX_INDEX // CHILD_BASE**2  # a campaign's ads are its grandchildren
MAX_SCALE = 1000


def _integer(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"an integer from {low} to {high}")
        if not low <= value <= high:
            raise ValueError(f"an integer from {low} to {high}")
        return value

    return parse


def _day(value: Any) -> date:
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError("a date YYYY-MM-DD (a TOML date or a string)")


def _path(value: Any) -> str:
    if not isinstance(value, str) or not value or "\x00" in value:
        raise ValueError("a directory path (a string)")
    return value


def _file(value: Any) -> str:
    if not isinstance(value, str) or not value or "\x00" in value:
        raise ValueError("a file path (a string)")
    return value


def _dotted(table: Any, what: str) -> dict[str, Any]:
    """A table keyed "Model.field": quoted keys as they are, and unquoted dotted keys
    (which TOML reads as a table per model) flattened one level."""
    if not isinstance(table, dict):
        raise ValueError(f"a table of {what}")
    out: dict[str, Any] = {}
    for key, value in table.items():
        if "." not in key and isinstance(value, dict):
            out |= {f"{key}.{name}": inner for name, inner in value.items()}
        else:
            out[key] = value
    for key in out:
        model, _, name = key.partition(".")
        if not model or not name or "." in name:
            raise ValueError(f'a table of {what}, keyed "Model.field" (not {key!r})')
    return out


def _names(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) and v for v in value.values()):
        raise ValueError('a table of names: Model = "TheirModel"')
    return dict(value)


def _field_names(value: Any) -> dict[str, str]:
    out = _dotted(value, 'field names: "Model.field" = "theirField"')
    if not all(isinstance(v, str) and v for v in out.values()):
        raise ValueError('a table of field names: "Model.field" = "theirField"')
    return out


def _flavor(value: Any) -> str:
    from .fileformat import FLAVORS

    if value not in FLAVORS:
        raise ValueError(" or ".join(repr(f) for f in FLAVORS))
    return value


def _fill(value: Any) -> dict[str, Any]:
    return _dotted(value, 'values: "Model.field" = value (the team\'s names)')


# key -> (parser, what it accepts is said by the parser's error)
KEYS: dict[str, Callable[[Any], Any]] = {
    "out": _path,
    "seed": _integer(0, MAX_SEED),
    "orders": _integer(0, MAX_ORDERS),
    "campaigns": _integer(0, MAX_CAMPAIGNS),
    "scale": _integer(1, MAX_SCALE),
    "as-of": _day,
    "flavor": _flavor,
    "prisma-schema": _file,
    "prisma-migrations": _path,
    "models": _names,
    "fields": _field_names,
    "fill": _fill,
}
# Keys that name a file or directory: relative to the settings file's directory.
PATH_KEYS = ("out", "prisma-schema", "prisma-migrations")


@dataclass(frozen=True)
class Config:
    """The settings a command runs with: the file they came from (None: no file) and its
    values, keyed by option name (``as-of``, not ``as_of``)."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def directory(self) -> Path:
        return self.path.parent if self.path else Path(".")

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def path_of(self, key: str) -> Path | None:
        """The file or directory ``key`` names, relative to the settings file's directory."""
        value = self.values.get(key)
        return (self.directory / value) if value is not None else None

    def out_dir(self, given: Path | None) -> Path:
        """``--out`` if given; else, with a settings file, its ``out`` (default ``out``)
        relative to the file's directory; else ./out. Shown relative to the current
        directory where it lies below it."""
        if given is not None:
            return given
        if self.path is None:
            return Path("out")
        out = (self.directory / self.values.get("out", "out")).resolve()
        try:
            return out.relative_to(Path.cwd().resolve())
        except ValueError:
            return out

    def label(self, relative_to: Path | None = None) -> str | None:
        """How the header and messages name the file: relative to ``relative_to`` (the
        repository holding out/) when it lies inside it, never an absolute path."""
        return relative_label(self.path, relative_to) if self.path else None


def relative_label(path: Path, relative_to: Path | None = None) -> str:
    """``path`` relative to ``relative_to`` (default: the current directory) when it lies
    inside it, else its name alone: never an absolute path."""
    resolved = path.resolve()
    base = (relative_to or Path.cwd()).resolve()
    try:
        return resolved.relative_to(base).as_posix()
    except ValueError:
        return resolved.name


def _nearest(start: Path, holds: Callable[[Path], bool]) -> Path | None:
    """``start`` or its nearest parent directory for which ``holds`` is true."""
    here = start.resolve()
    return next((directory for directory in (here, *here.parents) if holds(directory)), None)


def find_config(start: Path | None = None) -> Path | None:
    """``gen-seed-sql.toml`` in ``start`` (default: the current directory) or its nearest parent."""
    found = _nearest(start or Path.cwd(), lambda d: (d / CONFIG_NAME).is_file())
    return found / CONFIG_NAME if found else None


def repository_of(directory: Path) -> Path:
    """The repository that holds ``directory`` (the nearest parent with .git), else its parent."""
    return _nearest(directory, lambda d: (d / ".git").exists()) or directory.resolve().parent


def discovered_from(out: Path) -> Path | None:
    """The settings file a plain `gen-seed-sql build` run from out/'s repository finds."""
    found = find_config(repository_of(out))
    return found.resolve() if found else None


def _line_of(text: str, key: str) -> int | None:
    """The line of ``key = ...`` at the top level of the file (TOML does not say)."""
    pattern = re.compile(rf"""^\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*=""")
    header = re.compile(rf"""^\s*\[\s*(?:{re.escape(key)}|"{re.escape(key)}")\s*\]""")
    top = True
    for number, line in enumerate(text.splitlines(), start=1):
        if header.match(line):
            return number
        if line.lstrip().startswith("["):
            top = False  # past the top-level keys
        elif top and pattern.match(line):
            return number
    return None


def load_config(path: Path) -> Config:
    """Read and check one settings file; every problem is exit 2 in one line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SeedError(f"{path}: cannot read the settings file: {reason}", ExitCode.USAGE) from None
    import tomllib  # only where there is a settings file

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SeedError(f"{path}: not valid TOML: {exc}", ExitCode.USAGE) from None
    values: dict[str, Any] = {}
    for key, value in data.items():
        line = _line_of(text, key)
        where = f"{path}:{line}" if line else str(path)
        if key not in KEYS:
            raise SeedError(
                f"{where}: unknown key {key!r}; the keys are {', '.join(KEYS)}", ExitCode.USAGE
            )
        try:
            values[key] = KEYS[key](value)
        except ValueError as exc:
            raise SeedError(f"{where}: {key} = {value!r} is not {exc}", ExitCode.USAGE) from None
    return Config(path, values)


def read_config(given: Path | None) -> Config:
    """The settings for one command: ``--config`` if given (it must exist), else the file
    found from the current directory, else none."""
    if given is not None:
        if not given.is_file():
            raise SeedError(f"{given}: no such settings file (--config)", ExitCode.USAGE)
        return load_config(given)
    found = find_config()
    return load_config(found) if found else Config()
