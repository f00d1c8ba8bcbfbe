"""The inputs of a build: what the dataset and every file depend on (seed, counts, scale,
anchor day, flavor), printed in every file's header with the command that reproduces
them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

DEFAULT_SEED = 20260221
DEFAULT_ORDERS = 100
DEFAULT_CAMPAIGNS = 10


@dataclass(frozen=True)
class Inputs:
    """What a build depends on; printed in every file's header."""

    seed: int = DEFAULT_SEED
    orders: int = DEFAULT_ORDERS
    campaigns: int = DEFAULT_CAMPAIGNS
    as_of: date | None = None  # None: the anchor is the day the file is applied
    scale: int = 1
    flavor: str = "psql"  # fileformat.FLAVORS: the same rows, for psql or for any SQL runner
    # With a settings file (gen-seed-sql.toml): its name, and the command that reproduces
    # these inputs with it. Not part of the dataset: equal inputs, equal rows.
    settings: str | None = field(default=None, compare=False)
    regenerate: str | None = field(default=None, compare=False)
    # Bound to a team's schema.prisma: its path, as the header names it.
    prisma_schema: str | None = field(default=None, compare=False)

    @staticmethod
    def scaled(
        scale: int = 1,
        seed: int = DEFAULT_SEED,
        orders: int | None = None,
        campaigns: int | None = None,
        as_of: date | None = None,
    ) -> "Inputs":
        """Inputs where unset counts are the milestone's defaults times ``scale``."""
        return Inputs(
            seed=seed,
            orders=DEFAULT_ORDERS * scale if orders is None else orders,
            campaigns=DEFAULT_CAMPAIGNS * scale if campaigns is None else campaigns,
            as_of=as_of,
            scale=scale,
        )

    def describe(self) -> str:
        as_of = self.as_of.isoformat() if self.as_of else "apply-day"
        settings = f" settings={self.settings}" if self.settings else ""
        settings += f" prisma-schema={self.prisma_schema}" if self.prisma_schema else ""
        settings += f" flavor={self.flavor}" if self.flavor != "psql" else ""
        return (
            f"seed={self.seed} orders={self.orders} campaigns={self.campaigns} "
            f"scale={self.scale} as-of={as_of}{settings}"
        )

    def command_line(self) -> str:
        """The `gen-seed-sql build` command that reproduces these inputs: with a settings
        file, the one it was given (`regenerate`); else the options that differ from the
        defaults."""
        if self.regenerate:
            return self.regenerate
        return " ".join(["gen-seed-sql build", *self.options_against({})])

    def options_against(self, base: dict[str, Any]) -> list[str]:
        """The build options that turn what the command has without them -- ``base``, the
        settings by option name (``scale``, ``seed``, ``orders``, ``campaigns``, ``as-of``;
        an absent count follows the scale) -- into these inputs."""
        parts = []
        if self.scale != base.get("scale", 1):
            parts.append(f"--scale {self.scale}")
        if self.seed != base.get("seed", DEFAULT_SEED):
            parts.append(f"--seed {self.seed}")
        if self.orders != base.get("orders", DEFAULT_ORDERS * self.scale):
            parts.append(f"--orders {self.orders}")
        if self.campaigns != base.get("campaigns", DEFAULT_CAMPAIGNS * self.scale):
            parts.append(f"--campaigns {self.campaigns}")
        if self.as_of and self.as_of != base.get("as-of"):
            parts.append(f"--as-of {self.as_of.isoformat()}")
        if self.flavor != base.get("flavor", "psql"):
            parts.append(f"--flavor {self.flavor}")
        return parts
