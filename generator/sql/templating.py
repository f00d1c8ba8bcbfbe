"""The Jinja environment of each flavor and its SQL-literal filters: what renders a template.

A flavor is a value the templates receive (``flavor``: fileformat.Flavor). One thing it
decides is read here, not in each template: a flavor without comments gets every
template's `--` comment lines taken out of the template's source before it is compiled
(`_header.sql.j2` writes each flavor's own header, so it is read as written). What a
template renders is then the file: no filter runs over the output."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

import jinja2
import jinja2.ext

from ..dataset.identity import INDEX_DIGITS
from ..errors import ExitCode, SeedError
from ..resources import resource
from . import fileformat as ff
from .literal import comment_text, sql_literal
from .names import ident, seed_owned, sql_row


def templates_dir() -> Path:
    """Templates ship inside the wheel as generator/templates; a checkout has them at the top."""
    return resource("templates", "templates")


HEADER_TEMPLATE = "_header.sql.j2"  # the one template whose comments every flavor keeps


class _CommentLines(jinja2.ext.Extension):
    """Takes the `--` comment lines out of a template's source, for a flavor without
    comments (a line whose first non-blank characters are `--`; the header template
    excepted), and makes each run of blank lines one: the file is as if it had been
    written without them."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        if self.environment.sql_comments or name == HEADER_TEMPLATE:  # type: ignore[attr-defined]
            return source
        kept: list[str] = []
        for line in source.splitlines(keepends=True):
            if line.lstrip().startswith("--"):
                continue
            if not line.strip() and kept and not kept[-1].strip():
                continue
            kept.append(line)
        return "".join(kept)


def _label_sql(expression: str, qualified: bool) -> str:
    """SQL that gives a table's label, held in ``expression``, as an identifier the
    server reads: quoted by quote_ident, or (``qualified``: names.Relation) as it is."""
    return expression if qualified else f"quote_ident({expression})"


def _fail(message: str) -> NoReturn:
    """What a template calls on a mistake of its own (a build fails, naming the template)."""
    raise jinja2.TemplateRuntimeError(message)


@lru_cache(maxsize=2)
def environment(comments: bool = True) -> jinja2.Environment:
    """The Jinja environment of the flavors with (or without) comments, cached: each
    template is compiled once per process and flavor."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        extensions=[_CommentLines],
    )
    env.extend(sql_comments=comments)
    env.filters["sql"] = sql_literal
    env.filters["comment"] = comment_text  # anything a `--` comment line shows
    env.filters["sql_row"] = sql_row
    env.filters["ident"] = ident
    env.filters["seed_owned"] = seed_owned
    env.globals["contract"] = ff  # the file format's codes, settings and column names
    env.globals["index_digits"] = INDEX_DIGITS  # the digits of the index an id ends in
    env.globals["fail"] = _fail
    env.globals["label_sql"] = _label_sql
    return env


def stream(template_name: str, flavor: ff.Flavor, **context: Any) -> Iterator[str]:
    """The rendered chunks of one template in ``flavor`` (which it receives as ``flavor``);
    a template failure names the template."""
    try:
        template = environment(flavor.comments).get_template(template_name)
        yield from template.generate(flavor=flavor, **context)
    except jinja2.TemplateError as exc:
        raise SeedError(f"template {template_name} failed: {exc}", ExitCode.INTERNAL) from exc
