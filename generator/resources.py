"""Files that ship with the package: inside the wheel, or at the top of a checkout."""

from __future__ import annotations

from pathlib import Path

from .errors import ExitCode, SeedError

PACKAGE = Path(__file__).resolve().parent


def resource(in_wheel: str, in_checkout: str) -> Path:
    """``generator/<in_wheel>`` of an installed wheel, else ``<in_checkout>`` of the checkout."""
    for candidate in (PACKAGE / in_wheel, PACKAGE.parent / in_checkout):
        if candidate.exists():
            return candidate
    raise SeedError(f"{in_checkout} not found: reinstall gen-seed-sql", ExitCode.INTERNAL)
