"""`gen-seed-sql.toml`: a team's settings, committed beside its out/.

Found in the current directory or the nearest parent that has one (``--config PATH``
names another). Its keys are the command line's own option names; an option given on the
command line overrides the file; relative paths are relative to the file's directory.
No file: today's defaults. ``Config.inputs`` and ``Config.schema`` merge the file with a
command's options into what the command runs with. Every problem with the file is a usage
error (exit 2) in one line naming the file, the key (and its line) and what is accepted.

The reader is a table of keys, each with its parser: the keys of a later version (a
schema file, tables of names) are rows added here.

The file is bounded before TOML reads it (tomllib is recursive, and slow, quadratic or
memory-hungry on some inputs): its size, its nesting, its number of tokens and the length of
a number, each a named limit below (docs/cli.md, "Limits"), so that any file is read, or
refused, in under a second and a few MB.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Callable

from .dataset.identity import CHILD_BASE, MAX_INDEX
from .dataset.inputs import DEFAULT_SEED, Inputs
from .errors import ExitCode, SeedError
from .schema.builtin import builtin_schema
from .schema.model import Schema

CONFIG_NAME = "gen-seed-sql.toml"
MAX_SEED = 2**63 - 1
MAX_ORDERS = MAX_INDEX // CHILD_BASE  # an order's items and events are its children
MAX_CAMPAIGNS = MAX_INDEX // CHILD_BASE**2  # a campaign's ads are its grandchildren
MAX_SCALE = 1000

# The bounds of a settings file, each exit 2 (docs/cli.md, "Limits"). A real file has a few
# hundred tokens, nesting 3 and a few kB; a [fill] value of 1 MB fits.
MAX_SETTINGS_BYTES = 2 * 1024 * 1024
MAX_NESTING = 32  # [ ] and { } within one another; parts of one dotted key; tables and arrays in tables
MAX_TOKENS = 50_000  # keys, values, = . , [ ] { }, comments, line ends: a string is one, however long
MAX_WORD = 10_000  # characters of a number, date or bare key, with the spaces around it (not a string)

# One token of TOML, for the bound check: a string or a comment whole (an unterminated one up
# to where TOML stops reading it), a run of anything else, or one structural character. Every
# character starts a token, so the tokens cover the file; the quantifiers are possessive, so
# no input makes the expression backtrack.
_TOKEN = re.compile(
    r'"""(?:[^"\\]++|\\.|"{1,2}+(?!"))*+(?:"{3,5})?'  # multi-line basic string
    r"|'''(?:[^']++|'{1,2}+(?!'))*+(?:'{3,5})?"  # multi-line literal string
    r'|"(?:[^"\\\n]++|\\[^\n])*+"?'  # basic string: a backslash escapes the next character
    r"|'[^'\n]*+'?"  # literal string
    r"|#[^\n]*+"  # comment
    r"""|[^"'#\[\]{}=.,\n]++"""  # bare keys, numbers, dates, booleans, spaces
    r"|.",  # one of [ ] { } = . , or the line end
    re.DOTALL,
)


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
            raise ValueError(f'a table of {what}, keyed "Model.field" (not {_shown(key)})')
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
    from .sql.fileformat import FLAVORS

    if value not in FLAVORS:
        raise ValueError(" or ".join(repr(f) for f in FLAVORS))
    return value


def _fill(value: Any) -> dict[str, Any]:
    return _dotted(value, 'values: "Model.field" = value (the team\'s names)')


def _app_managed(value: Any) -> tuple[str, ...]:
    """The "Model.field"s (the team's names) the app writes on seeded rows."""
    wanted = 'a list of "Model.field" (the team\'s names)'
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(wanted)
    for entry in value:
        model, _, name = entry.partition(".")
        if not model or not name or "." in name:
            raise ValueError(f"{wanted}, not {_shown(entry)}")
    return tuple(dict.fromkeys(value))


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
    "app-managed": _app_managed,
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

    def inputs(self, *, seed: int | None = None, orders: int | None = None, campaigns: int | None = None,
               scale: int | None = None, as_of: date | None = None, out_dir: Path | None = None,
               prisma_schema: Path | None = None, flavor: str | None = None) -> Inputs:
        """The inputs of a command from its options (None: not given): each option as
        given, else this file's value, else the default. With a settings file, the inputs
        carry its name and the command that reproduces them (the plain `gen-seed-sql
        build` when nothing overrides it)."""
        given = {"seed": seed, "orders": orders, "campaigns": campaigns, "scale": scale, "as-of": as_of}
        value = {key: v if v is not None else self.get(key) for key, v in given.items()}
        inputs = Inputs.scaled(scale=value["scale"] or 1, seed=DEFAULT_SEED if value["seed"] is None else value["seed"],
                               orders=value["orders"], campaigns=value["campaigns"], as_of=value["as-of"])
        inputs = replace(inputs, flavor=flavor or self.get("flavor", "psql"))
        out = self.out_dir(out_dir)
        schema_path = prisma_schema if prisma_schema is not None else self.path_of("prisma-schema")
        if schema_path is not None:
            inputs = replace(inputs, prisma_schema=relative_label(schema_path, repository_of(out)))
        given_schema = [f"--prisma-schema {prisma_schema}"] if prisma_schema is not None else []
        if self.path is None:
            if not given_schema:
                return inputs
            return replace(inputs, regenerate=" ".join([inputs.command_line(), *given_schema]))
        label = self.label(repository_of(out))
        options = inputs.options_against(self.values)
        if out_dir is not None:
            options.append(f"--out {out_dir}")
        named = [] if self.path.resolve() == discovered_from(out) else [f"--config {label}"]
        return replace(inputs, settings=label,
                       regenerate=" ".join(["gen-seed-sql build", *named, *given_schema, *options]))

    def schema(self, given: Path | None = None, inputs: Inputs | None = None) -> Schema:
        """The schema a command binds the dataset to, built once and passed down: the
        team's schema.prisma (``given``, i.e. ``--prisma-schema``, else this file's
        ``prisma-schema``), else the built-in stand-in."""
        path = given if given is not None else self.path_of("prisma-schema")
        if path is None:
            return builtin_schema()
        from .prisma.binding import Names, bind
        from .prisma.psl import read_schema

        names = Names(self.get("models", {}), self.get("fields", {}), self.get("fill", {}), self.get("app-managed", ()))
        return bind(read_schema(path, relative_label(path) if path.is_absolute() else str(path)), names, inputs,
                    base=builtin_schema())

    def rebuild(self, inputs: Inputs, out_dir: Path | None = None) -> str:
        """The command that rebuilds the files of ``inputs`` in ``out_dir`` (``--out``),
        for messages: with a settings file, the inputs' own; else with its ``--out``."""
        return inputs.command_line() if self.path else f"{inputs.command_line()} --out {self.out_dir(out_dir)}"

    def output_path(self, kind: str, given: Path | None = None) -> Path:
        """The file a run reads: ``given`` (FILE), else the file of that ``kind`` ("seed",
        "reset", "verify") in this file's out (else ./out)."""
        from .sql.fileformat import output_file

        default = self.out_dir(None) / output_file(kind).name
        return given if given is not None else default


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


def _usage(path: Path, text: str, at: int, why: str) -> SeedError:
    """Exit 2, naming the file and the line of offset ``at``."""
    return SeedError(f"{path}:{text.count(chr(10), 0, at) + 1}: {why}", ExitCode.USAGE)


def _bounded(path: Path, text: str) -> list[int]:
    """Refuse, before TOML reads it, a file that would take TOML too long, too much memory or
    too deep a recursion: more than MAX_TOKENS tokens, [ ] and { } nested more than
    MAX_NESTING deep (a table header is one or two), a dotted key of more than MAX_NESTING
    parts (TOML's cost is quadratic in them), or a number, date or bare key longer than
    MAX_WORD. One pass over the tokens; strings and comments are skipped whole, as TOML
    reads them, so nothing inside one counts. Returns the offsets of the lines that begin
    outside a string: where keys and table headers are."""
    starts = [0]
    depth = dots = 0  # dots: since the last = , [ ] { } or line end, i.e. in one key
    for count, token in enumerate(_TOKEN.finditer(text), start=1):
        at = token.start()
        if count > MAX_TOKENS:
            raise _usage(path, text, at, f"more than {MAX_TOKENS:,} tokens (keys, values, punctuation, comments, "
                                         "line ends): too many for a settings file")
        char = text[at]
        if char == ".":
            dots += 1
            if dots >= MAX_NESTING:
                raise _usage(path, text, at, f"a dotted key of more than {MAX_NESTING} parts")
            continue
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise _usage(path, text, at, f"nested more than {MAX_NESTING} levels deep ([ ] and {{ }})")
        elif char in "]}":
            depth = max(depth - 1, 0)
        elif char == "\n":
            starts.append(at + 1)
        elif char not in "=,":
            if char not in "\"'#" and token.end() - at > MAX_WORD:  # TOML's number pattern takes ~128 B a digit
                raise _usage(path, text, at, f"a number, date or bare key of more than {MAX_WORD:,} characters")
            continue  # a string, a comment, a bare key or value
        dots = 0
    return starts


def _too_deep_or_long(value: Any) -> str | None:
    """Why a value TOML read cannot be taken, else None: tables and arrays nested more than
    MAX_NESTING deep (the levels of a table header, a dotted key and an inline value add up),
    or an integer of more digits than Python writes (a hex one reads, then breaks any message
    or file that shows it)."""
    digits = sys.get_int_max_str_digits()
    pending = [(value, 1)]
    while pending:
        item, level = pending.pop()
        if isinstance(item, dict | list):
            if level > MAX_NESTING:
                return f"is nested more than {MAX_NESTING} levels deep"
            pending += [(inner, level + 1) for inner in (item.values() if isinstance(item, dict) else item)]
        elif digits and isinstance(item, int) and item.bit_length() > 3 * digits and abs(item) >= 10**digits:
            return f"holds an integer of more than {digits} digits"  # (3 bits are less than one digit)
    return None


def _shown(value: Any, limit: int = 200) -> str:
    """``repr(value)`` for a message, cut to ``limit`` characters (a value can be a megabyte)."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# A table header ``[key]``, a line that opens a table, a ``key =`` (TOML does not say lines).
_HEADER = re.compile(r"""[ \t]*\[[ \t]*(?:([A-Za-z0-9_-]+)|"([^"\n]*)")[ \t]*\]""")
_OPENS_TABLE = re.compile(r"[ \t]*\[")
_KEY = re.compile(r"""[ \t]*(?:([A-Za-z0-9_-]+)|"([^"\n]*)"|'([^'\n]*)')[ \t]*=""")


def _line_of(text: str, starts: list[int], key: str) -> int | None:
    """The line of ``key = ...`` at the top level of the file, or of its header ``[key]``
    (TOML does not say); ``starts``: the lines that begin outside a string (from _bounded)."""
    top = True
    for at in starts:
        header = _HEADER.match(text, at)
        if header and key in header.groups():
            return text.count("\n", 0, at) + 1
        if _OPENS_TABLE.match(text, at):
            top = False  # past the top-level keys
        elif top and (found := _KEY.match(text, at)) and key in found.groups():
            return text.count("\n", 0, at) + 1
    return None


def _read(path: Path) -> str:
    """The file's text, as ``Path.read_text`` gives it (line ends made ``\\n``), refused above
    MAX_SETTINGS_BYTES without reading further."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_SETTINGS_BYTES + 1)
        if len(raw) > MAX_SETTINGS_BYTES:
            raise SeedError(f"{path}: too large for a settings file: more than {MAX_SETTINGS_BYTES:,} bytes "
                            f"({MAX_SETTINGS_BYTES / 2**20:g} MiB)", ExitCode.USAGE)
        return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SeedError(f"{path}: cannot read the settings file: {reason}", ExitCode.USAGE) from None


def load_config(path: Path) -> Config:
    """Read and check one settings file; every problem is exit 2 in one line."""
    text = _read(path)
    starts = _bounded(path, text)
    import tomllib  # only where there is a settings file

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SeedError(f"{path}: not valid TOML: {exc}", ExitCode.USAGE) from None
    except RecursionError:  # _bounded keeps it from happening: the last line of defence
        raise SeedError(f"{path}: not valid TOML: nested too deeply", ExitCode.USAGE) from None
    except (ValueError, OverflowError) as exc:  # an integer of more digits than Python reads
        digits = sys.get_int_max_str_digits()
        why = f"an integer of more than {digits} digits" if "integer string conversion" in str(exc) else str(exc)
        raise SeedError(f"{path}: not valid TOML: {why}", ExitCode.USAGE) from None

    def where(key: str) -> str:  # looked up for a message only: a pass over the file's lines
        line = _line_of(text, starts, key)
        return f"{path}:{line}" if line else str(path)

    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in KEYS:
            raise SeedError(
                f"{where(key)}: unknown key {_shown(key)}; the keys are {', '.join(KEYS)}", ExitCode.USAGE
            )
        problem = _too_deep_or_long(value)
        if problem:
            raise SeedError(f"{where(key)}: {key} {problem}", ExitCode.USAGE)
        try:
            values[key] = KEYS[key](value)
        except ValueError as exc:
            raise SeedError(f"{where(key)}: {key} = {_shown(value)} is not {exc}", ExitCode.USAGE) from None
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
