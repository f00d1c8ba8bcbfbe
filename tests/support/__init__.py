"""Helpers the test modules share. A test module imports them from here, and never
imports another test module nor conftest.py (fixtures and hooks only):
tests/test_test_layout.py holds every module to that.

- `database`: the PostgreSQL server and the test databases, psql as operators run it,
  the seed's namespace and what it holds.
- `files`: the generated files a test builds, and the counts the dataset promises.
- `cli`: the command line, in this process (click's runner) or as a console script.
- `teams`: the team-like schemas of tests/prisma/teams/, bound, built and loaded.
- `node`: node, npm and the pinned packages Prisma's parts and node-postgres need.
- `names`: the names the generated files' statements quote and touch (pglast).
- `prisma_text`: schema.prisma texts to bind: the stand-in's, edited model by model, and
  the tenant team's with its settings.

The scripts beside the tests (servers.py, pooler.py) take `free_port` from here.
"""

import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent  # the repository


def free_port() -> int:
    """A TCP port nothing listens on now, on the loopback address."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
