"""The generated files a test builds, and the row counts the dataset promises for them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.dataset import dataset
from generator.dataset.inputs import Inputs
from generator.schema.builtin import BUILTIN, seeded_tables
from generator.sql.output import write_files
from generator.sql.render import RESET_FILE, SEED_FILE, VERIFY_FILE


@dataclass(frozen=True)
class Files:
    dir: Path
    inputs: Inputs

    @property
    def seed(self) -> Path:
        return self.dir / SEED_FILE

    @property
    def reset(self) -> Path:
        return self.dir / RESET_FILE

    @property
    def verify(self) -> Path:
        return self.dir / VERIFY_FILE


def build_files(directory: Path, **kwargs: Any) -> Files:
    """The stand-in's files for ``Inputs.scaled(**kwargs)``, written into ``directory``."""
    inputs = Inputs.scaled(**kwargs)
    write_files(inputs, directory, schema=BUILTIN)
    return Files(directory, inputs)


def expected_counts(files: Files) -> dict[str, int]:
    """Rows per seeded table, counted from the dataset itself (not from plans.expected_counts,
    which the files' own report and verify use)."""
    return {t.name: sum(1 for _ in dataset.rows(t.name, files.inputs)) for t in seeded_tables()}
