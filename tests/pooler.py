"""A real pgbouncer in front of the test server, in transaction pooling mode with one
server connection per pool: what a staging database behind a pooler looks like."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import conninfo

from support import free_port

CANDIDATES = ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer")


def pgbouncer_binary() -> str | None:
    return shutil.which("pgbouncer") or next((p for p in CANDIDATES if os.path.exists(p)), None)


@dataclass
class Pooler:
    port: int
    user: str
    process: subprocess.Popen
    log: Path

    def dsn_for(self, dbname: str) -> str:
        return conninfo.make_conninfo(host="127.0.0.1", port=str(self.port), user=self.user, dbname=dbname)

    def backend_pid(self, dbname: str) -> int:
        """The server process behind the pool of ``dbname`` (one per pool here)."""
        with psycopg.connect(self.dsn_for(dbname), autocommit=True, prepare_threshold=None) as conn:
            return conn.execute("SELECT pg_backend_pid()").fetchone()[0]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_pgbouncer(binary: str, server_dsn: str, work: Path) -> Pooler:
    """Start pgbouncer on a free loopback port in front of ``server_dsn``, its files in
    ``work`` (a directory others may enter). As root it runs as the owner of the server's
    socket directory, or nobody (pgbouncer refuses to run as root)."""
    params = conninfo.conninfo_to_dict(server_dsn)
    host, port = params.get("host") or "127.0.0.1", params.get("port") or "5432"
    user = params.get("user") or "postgres"
    listen = free_port()
    (work / "users.txt").write_text(f'"{user}" ""\n')
    ini = work / "pgbouncer.ini"
    ini.write_text(
        "[databases]\n"
        f"* = host={host} port={port}\n"
        "[pgbouncer]\n"
        "listen_addr = 127.0.0.1\n"
        f"listen_port = {listen}\n"
        "unix_socket_dir =\n"
        "auth_type = trust\n"
        f"auth_file = {work / 'users.txt'}\n"
        "pool_mode = transaction\n"
        "default_pool_size = 1\n"
        "max_client_conn = 100\n"
        f"admin_users = {user}\n"
        f"logfile = {work / 'pgbouncer.log'}\n"
        f"pidfile = {work / 'pgbouncer.pid'}\n"
    )
    args = [binary, str(ini)]
    if os.geteuid() == 0:
        owner = pwd.getpwuid(os.stat(host).st_uid) if host.startswith("/") else pwd.getpwnam("nobody")
        for path in (work, *work.iterdir()):
            os.chown(path, owner.pw_uid, owner.pw_gid)
        args = [binary, "-u", owner.pw_name, str(ini)]
    with open(work / "pgbouncer.out", "wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
    pooler = Pooler(listen, user, process, work / "pgbouncer.log")
    deadline = time.monotonic() + 15
    while True:
        try:
            pooler.backend_pid("postgres")
            return pooler
        except psycopg.OperationalError:
            if process.poll() is not None or time.monotonic() > deadline:
                pooler.stop()
                log = "".join(p.read_text() for p in (pooler.log, work / "pgbouncer.out") if p.exists())
                raise RuntimeError(f"pgbouncer did not start: {log[-2000:]}") from None
            time.sleep(0.1)
