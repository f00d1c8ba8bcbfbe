"""Benchmark gen-seed-sql against COPY, on the embedded PostgreSQL, in one run.

    python bench/run.py                 # scales 1, 10, 100
    python bench/run.py --scales 1,10,100,1000 --markdown bench/results/latest.md

For each scale it measures `gen-seed-sql build` (wall time; peak memory of the process,
and of it with its worker processes; at scale 1 the median time of 10 builds), the file
sizes, then --repeats rounds (default 3), each on fresh databases with the schema: apply
with psql; the time to load the same rows with COPY (the seeded tables dumped once with
`pg_dump --data-only`, restored with psql into a fresh database with the same schema),
right after it; re-apply with psql (nothing to change: it counts the rows the re-apply
wrote); apply with the runner; and, once, reset with psql. It does all of that per schema
stand-in named by --ddl (default: the reference DDL and the Prisma-made one). It prints
a Markdown table: medians, and the ratios apply / COPY, re-apply / apply and runner /
psql taken per round, then their median. Nothing here is asserted: the figures go to
docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from psycopg import conninfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.schema.builtin import seeded_tables  # noqa: E402
from generator.sql.ddl import DDLS, render_schema  # noqa: E402
from generator.tools.embedded import start_embedded  # noqa: E402
from generator.schema.builtin import BUILTIN

CLI = [sys.executable, "-c", "from generator.cli import main; main()"]


def timed(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one child process; fails loudly."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(args)}\n{proc.stderr.read().decode() if proc.stderr else ''}")
    return elapsed, usage.ru_maxrss // 1024


def timed_exit(args: list[str], env: dict[str, str] | None, expected: int) -> float:
    """Wall seconds of one child process that must exit with ``expected`` (a plan: 0 when
    nothing would change, 1 when something would)."""
    started = time.perf_counter()
    proc = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if proc.returncode != expected:
        raise SystemExit(f"exit {proc.returncode}, expected {expected}: {' '.join(args)}\n{proc.stderr.decode()}")
    return elapsed


def tree_rss_kb(pid: int) -> int:
    """The resident memory of a process and its descendants (Linux /proc; shared pages
    counted in each process, so an upper bound)."""
    total, pending, seen = 0, [pid], set()
    while pending:
        p = pending.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
            with open(f"/proc/{p}/task/{p}/children") as f:
                pending += [int(x) for x in f.read().split()]
        except OSError:
            continue
    return total


def timed_tree(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int, int]:
    """Wall seconds, peak RSS (MB) of the child process itself, and the peak of it and its
    own children (a volume build's worker processes) together, sampled every 20 ms by a
    thread while this one waits for the child (so the time is not rounded to the samples)."""
    import threading

    started = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, done = [0], threading.Event()

    def sample() -> None:
        while not done.wait(0.02):
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(args)}\n{proc.stderr.read().decode() if proc.stderr else ''}")
    own = usage.ru_maxrss // 1024
    return elapsed, own, max(own, peak[0] // 1024)


class Bench:
    def __init__(self, ddls: list[str]) -> None:
        self.server = start_embedded()
        self.dsn = conninfo.make_conninfo(self.server.dsn)
        self.psql = str(self.server.psql)
        self.pg_dump = str(self.server.bin_dir / "pg_dump")
        for ddl in ddls:
            template = self.template(ddl)
            with psycopg.connect(self.dsn, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{template}"')
                conn.execute(f'CREATE DATABASE "{template}"')
            subprocess.run([self.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", self.dsn_for(template)],
                           input="".join(render_schema(ddl, schema=BUILTIN)), text=True, check=True, capture_output=True)
        self.counter = 0

    @staticmethod
    def template(ddl: str) -> str:
        return f"bench_template_{ddl.replace('-', '_')}"

    def dsn_for(self, name: str) -> str:
        return conninfo.make_conninfo(self.dsn, dbname=name)

    def fresh(self, ddl: str) -> str:
        self.counter += 1
        name = f"bench_{self.counter}"
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template(ddl)}"')
        return self.dsn_for(name)

    def psql_file(self, dsn: str, path: Path) -> float:
        env = {**os.environ, "PGOPTIONS": "-c app.env=staging"}
        return timed([self.psql, "-X", "-q", "-o", os.devnull, "-d", dsn, "-f", str(path)], env)[0]

    def runner(self, command: str, dsn: str, path: Path) -> float:
        env = {**os.environ, "APP_ENV": "staging"}
        return timed([*CLI, command, str(path), "--dsn", dsn, "--lock-timeout", "600"], env)[0]

    def plan(self, dsn: str, path: Path, expected: int) -> float:
        env = {**os.environ, "APP_ENV": "staging"}
        return timed_exit([*CLI, "plan", str(path), "--dsn", dsn, "--lock-timeout", "600"], env, expected)

    def dry_run(self, dsn: str, path: Path, expected: int) -> float:
        env = {**os.environ, "PGOPTIONS": "-c app.env=staging"}
        return timed_exit([self.psql, "-X", "-q", "-o", os.devnull, "-v", "dry_run=1", "-d", dsn, "-f", str(path)],
                          env, expected)

    def dump(self, seeded_dsn: str, workdir: Path) -> Path:
        """The seeded tables' rows as pg_dump --data-only writes them (COPY … FROM stdin)."""
        dump = workdir / "data.sql"
        tables = [arg for t in seeded_tables() for arg in ("--table", f'public."{t.name}"')]
        subprocess.run([self.pg_dump, "--data-only", "--no-owner", "-f", str(dump), *tables, "-d", seeded_dsn],
                       check=True, capture_output=True)
        return dump

    def copy_load(self, ddl: str, dump: Path) -> float:
        """Seconds to load the dump with psql into a fresh database with the same schema."""
        target = self.fresh(ddl)
        return timed([self.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-o", os.devnull, "-d", target, "-f", str(dump)])[0]

    def stop(self) -> None:
        self.server.stop()


def footprint(dsn: str) -> tuple[int, int]:
    """Rows in the seeded tables, and the next transaction id (rows written later have an xmin at or past it)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        rows = sum(conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0] for t in seeded_tables())
        xid = conn.execute("SELECT txid_current()").fetchone()[0] + 1
    return rows, xid


def rows_written(dsn: str, since_xid: int) -> int:
    """Rows of the seeded tables inserted or updated by a transaction at or after since_xid."""
    with psycopg.connect(dsn) as conn:
        return sum(
            conn.execute(f'SELECT count(*) FROM "{t.name}" WHERE xmin::text::bigint >= %s', (since_xid,)).fetchone()[0]
            for t in seeded_tables()
        )


BUILD_REPEATS_AT_SCALE_1 = 10  # the default build is short: its time is the median of 10


def build(scale: int, workdir: Path) -> dict[str, object]:
    out = workdir / f"scale{scale}"
    runs = [timed_tree([*CLI, "build", "--scale", str(scale), "--out", str(out)])
            for _ in range(BUILD_REPEATS_AT_SCALE_1 if scale == 1 else 1)]
    build_s, build_mb = statistics.median(r[0] for r in runs), max(r[1] for r in runs)
    build_tree_mb = max(r[2] for r in runs)
    seed, reset = out / "seed.staging.sql", out / "seed.staging.reset.sql"
    return {
        "scale": scale,
        "out": out,
        "build_s": build_s,
        "build_mb": build_mb,
        "build_tree_mb": build_tree_mb,
        "seed_mb": seed.stat().st_size / 1e6,
        "reset_kb": reset.stat().st_size / 1e3,
    }


def measure(bench: Bench, built: dict[str, object], ddl: str, workdir: Path, repeats: int) -> dict[str, object]:
    """``repeats`` rounds, each on fresh databases: apply with psql, then COPY of the same
    rows (alternated, so the two meet the same machine), re-apply, apply with the runner.
    Times are medians; the ratios are taken per round, then their median (and range)."""
    out = built["out"]
    assert isinstance(out, Path)
    seed, reset = out / "seed.staging.sql", out / "seed.staging.reset.sql"
    row = {**built, "ddl": ddl}
    applies, copies, reapplies, runners, writes = [], [], [], [], []
    dump = None
    for round_ in range(repeats):
        dsn = bench.fresh(ddl)
        applies.append(bench.psql_file(dsn, seed))
        dump = dump or bench.dump(dsn, workdir)
        copies.append(bench.copy_load(ddl, dump))
        rows_before, xid_before = footprint(dsn)
        reapplies.append(bench.psql_file(dsn, seed))
        row["rows"], _ = footprint(dsn)
        writes.append(rows_written(dsn, xid_before) + abs(row["rows"] - rows_before))
        if round_ == 0:
            row["reset_s"] = bench.psql_file(dsn, reset)
        runners.append(bench.runner("apply", bench.fresh(ddl), seed))
    ratios = sorted(a / c for a, c in zip(applies, copies))
    row.update(
        apply_s=statistics.median(applies), copy_s=statistics.median(copies), reapply_s=statistics.median(reapplies),
        runner_apply_s=statistics.median(runners), reapply_writes=max(writes),
        ratio=statistics.median(ratios), ratio_range=f"{ratios[0]:.2f}–{ratios[-1]:.2f}",
        reapply_ratio=statistics.median(r / a for r, a in zip(reapplies, applies)),
        runner_ratio=statistics.median(r / a for r, a in zip(runners, applies)), repeats=repeats,
    )
    return row


def measure_plan(bench: Bench, built: dict[str, object], ddl: str, repeats: int) -> dict[str, object]:
    """``repeats`` rounds on a fresh database: `gen-seed-sql plan` of the first apply
    (everything to insert: exit 1), the first apply with the runner, then a plan and a
    psql dry run of the seeded database (nothing to change: exit 0), and a re-apply with
    the runner; the rows the plans and dry runs wrote (xmin at or past the transaction
    before them, and the row counts) must be 0. Times are medians."""
    out = built["out"]
    assert isinstance(out, Path)
    seed = out / "seed.staging.sql"
    first_plans, applies, plans, dry_runs, reapplies, written = [], [], [], [], [], []
    for _ in range(repeats):
        dsn = bench.fresh(ddl)
        rows, xid = footprint(dsn)
        first_plans.append(bench.plan(dsn, seed, 1))
        written.append(rows_written(dsn, xid) + abs(footprint(dsn)[0] - rows))
        applies.append(bench.runner("apply", dsn, seed))
        rows, xid = footprint(dsn)
        plans.append(bench.plan(dsn, seed, 0))
        dry_runs.append(bench.dry_run(dsn, seed, 0))
        written.append(rows_written(dsn, xid) + abs(footprint(dsn)[0] - rows))
        reapplies.append(bench.runner("apply", dsn, seed))
    return {
        "ddl": ddl, "scale": built["scale"], "rows": footprint(dsn)[0], "first_plan_s": statistics.median(first_plans),
        "apply_s": statistics.median(applies), "plan_s": statistics.median(plans),
        "dry_run_s": statistics.median(dry_runs), "reapply_s": statistics.median(reapplies), "written": max(written),
        "first_ratio": statistics.median(p / a for p, a in zip(first_plans, applies)),
        "plan_ratio": statistics.median(p / r for p, r in zip(plans, reapplies)),
    }


def plan_markdown(rows: list[dict[str, object]]) -> str:
    lines = ["| schema | scale | rows | plan of the first apply s | first apply (runner) s | plan / apply | "
             "plan, nothing to change s | re-apply (runner) s | plan / re-apply | psql dry run s | rows the plans wrote |",
             "|" + "|".join("---" for _ in range(11)) + "|"]
    for r in rows:
        lines.append(f"| {r['ddl']} | {r['scale']} | {r['rows']:,} | {r['first_plan_s']:.2f} | {r['apply_s']:.2f} | "
                     f"{r['first_ratio']:.2f}× | {r['plan_s']:.2f} | {r['reapply_s']:.2f} | {r['plan_ratio']:.2f}× | "
                     f"{r['dry_run_s']:.2f} | {r['written']} |")
    return "\n".join(lines)


def markdown(rows: list[dict[str, object]]) -> str:
    head = ("| schema | scale | rows | build s | build peak MB (one process / all) | seed file MB | apply (psql) s | "
            "COPY s | apply / COPY (median, range) | re-apply s | re-apply / apply | rows re-apply wrote | "
            "apply (runner) s | runner / psql | reset s |")
    lines = [head, "|" + "|".join("---" for _ in range(15)) + "|"]
    for r in rows:
        def f(key: str, fmt: str = "{:.2f}") -> str:
            return fmt.format(r[key]) if key in r else "—"
        ratio = f"{r['ratio']:.2f}× ({r['ratio_range']})" if "ratio" in r else "—"
        lines.append(
            f"| {r.get('ddl', '—')} | {r['scale']} | {f('rows', '{:,}')} | {f('build_s')} | "
            f"{r['build_mb']} / {r['build_tree_mb']} | {f('seed_mb', '{:.1f}')} | {f('apply_s')} | {f('copy_s')} | "
            f"{ratio} | {f('reapply_s')} | {f('reapply_ratio', '{:.2f}×')} | {f('reapply_writes', '{:,}')} | "
            f"{f('runner_apply_s')} | {f('runner_ratio', '{:.2f}×')} | {f('reset_s')} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    with psycopg.connect(BENCH.dsn) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}; Python "
            f"{platform.python_version()}; embedded PostgreSQL {version}")


def main() -> None:
    global BENCH
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,100", help="comma-separated scales (default 1,10,100)")
    parser.add_argument("--build-only", default="", help="scales to build but not apply (e.g. 1000)")
    parser.add_argument("--ddl", default="reference,prisma",
                        help=f"comma-separated schema stand-ins to apply to, of {', '.join(DDLS)} (default reference,prisma)")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument("--plan", action="store_true",
                        help="also time `gen-seed-sql plan` and psql's dry run beside the runner's apply")
    parser.add_argument("--repeats", type=int, default=3,
                        help="rounds per scale and schema (apply and COPY alternated; default 3)")
    args = parser.parse_args()
    ddls = [d for d in args.ddl.split(",") if d]
    unknown = sorted(set(ddls) - set(DDLS))
    if unknown:
        parser.error(f"unknown --ddl {', '.join(unknown)}; choose from {', '.join(DDLS)}")
    BENCH = Bench(ddls)
    rows: list[dict[str, object]] = []
    plan_rows: list[dict[str, object]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="gen-seed-sql-bench-") as tmp:
            for scale in [int(s) for s in args.scales.split(",") if s]:
                built = build(scale, Path(tmp))
                for ddl in ddls:
                    rows.append(measure(BENCH, built, ddl, Path(tmp), args.repeats))
                    if args.plan:
                        plan_rows.append(measure_plan(BENCH, built, ddl, args.repeats))
                    print(f"scale {scale}, {ddl}: done", file=sys.stderr)
            for scale in [int(s) for s in args.build_only.split(",") if s]:
                rows.append(build(scale, Path(tmp)))
                print(f"scale {scale} (build only): done", file=sys.stderr)
        text = f"Machine: {machine()}\n\n{markdown(rows)}\n"
        if plan_rows:
            text += f"\n{plan_markdown(plan_rows)}\n"
    finally:
        BENCH.stop()
    print(text)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(text)


BENCH: Bench

if __name__ == "__main__":
    main()
