"""gen-seed-sql: a deterministic staging dataset rendered into reviewable SQL files."""

__version__ = "0.1.0"
