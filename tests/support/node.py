"""node, npm and the pinned npm packages that run Prisma's parts and node-postgres."""

from __future__ import annotations

import os
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pytest
from psycopg import conninfo

from support import ROOT

PRISMA = ROOT / "tests" / "prisma"  # Prisma's schema engine and parser (WebAssembly)
CLIENT = PRISMA / "client"  # Prisma Client, tsx, node-postgres


def node_packages(folder: Path, marker: str) -> None:
    """The pinned npm packages of ``folder`` (tests/prisma, tests/prisma/client), installed
    with `npm ci` unless ``marker`` (a path below node_modules) is there. Without node,
    npm or the registry the tests that need them are skipped, saying why; under
    GEN_SEED_SQL_REQUIRE_NODE (CI) they fail."""
    def missing(reason: str) -> None:
        if os.environ.get("GEN_SEED_SQL_REQUIRE_NODE"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)

    if not (shutil.which("node") and shutil.which("npm")):
        missing("node and npm are needed to run Prisma's engine, parser and client (CI has both)")
    if not (folder / "node_modules" / marker).exists():
        install = subprocess.run(["npm", "ci", "--silent", "--no-audit", "--no-fund", "--prefix", str(folder)],
                                 capture_output=True, text=True, timeout=900)
        if install.returncode != 0:
            missing(f"npm ci in {folder} failed: {install.stderr.strip()[-300:]}")


def node_url(dsn: str) -> str:
    """A postgresql:// URL node-postgres reads, for a libpq DSN (a socket dir as ?host=)."""
    params = conninfo.conninfo_to_dict(dsn)
    query = urllib.parse.urlencode({"host": params["host"]}) if str(params.get("host", "")).startswith("/") else ""
    host = "" if query else f"{params.get('host', 'localhost')}:{params.get('port', 5432)}"
    port = f"&port={params['port']}" if query and params.get("port") else ""
    return f"postgresql://{params.get('user', 'postgres')}@{host}/{params['dbname']}?{query}{port}"
