"""The one Jinja environment and its SQL-literal filters: what renders a template."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from ..dataset.identity import INDEX_DIGITS
from ..errors import ExitCode, SeedError
from ..resources import resource
from . import fileformat as ff
from .literal import comment_text, sql_literal
from .names import ident, seed_owned, sql_row


def templates_dir() -> Path:
    """Templates ship inside the wheel as generator/templates; a checkout has them at the top."""
    return resource("templates", "templates")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one Jinja environment (cached: each template is compiled once per process)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["sql"] = sql_literal
    env.filters["comment"] = comment_text  # anything a `--` comment line shows
    env.filters["sql_row"] = sql_row
    env.filters["ident"] = ident
    env.filters["seed_owned"] = seed_owned
    env.globals["contract"] = ff  # the file format's codes, settings and column names
    env.globals["index_digits"] = INDEX_DIGITS  # the digits of the index an id ends in
    return env


def stream(template_name: str, **context: Any) -> Iterator[str]:
    """The rendered chunks of one template; a template failure names the template."""
    try:
        template = environment().get_template(template_name)
        yield from template.generate(**context)
    except jinja2.TemplateError as exc:
        raise SeedError(f"template {template_name} failed: {exc}", ExitCode.INTERNAL) from exc
