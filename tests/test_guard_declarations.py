"""The guard reads every declaration of the environment, as PostgreSQL reads it: a stored
setting's name in any case ("App.Env" is app.env), the stored settings of the database,
of the login role (session_user) and of the current role (after SET ROLE, or a stored
`role = ...`), each for this database and for all; and it names where the refusing one
lives. Every test runs real psql (or the runner) against a real PostgreSQL, connected as
a fresh login role where roles matter (roles are cluster-wide: unique names, dropped
after each test)."""

from __future__ import annotations

import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from support.cli import CLI, clean_env
from support.database import STAGING, assert_nothing_seeded, drop_role, grant_rows
from support.files import expected_counts

REFUSED = "gen-seed-sql: refused: {where} declares app.env={value} in its stored settings"


def ident(db, name: str) -> str:
    """``name`` as the guard's message writes it (format's %I)."""
    return db.scalar("SELECT quote_ident(%s)", (name,))


@dataclass
class Roles:
    """Fresh roles for one test: a login role and the role that owns the app's tables
    (it may use their rows), and the way to run a file as the login role."""

    db: object
    login: str
    owner: str

    @property
    def dsn(self) -> str:
        return psycopg.conninfo.make_conninfo(self.db.dsn, user=self.login)

    def psql(self, file: Path, *, staging: bool = True, first: str | None = None,
             extra: list[str] | None = None) -> subprocess.CompletedProcess[str]:
        """`psql -f FILE` as the login role (staging via PGOPTIONS); ``first`` is a
        statement psql runs in the same session before the file (`-c`)."""
        args = [self.db.server.psql, "-X", "-d", self.dsn, *(extra or [])]
        args += ["-c", first] if first else []
        env = clean_env(**STAGING) if staging else clean_env()
        return subprocess.run([*args, "-f", str(file)], env=env, capture_output=True, text=True, timeout=120)

    def apply(self, file: Path) -> subprocess.CompletedProcess[str]:
        """The runner's apply as the login role, its environment saying staging."""
        return subprocess.run([*CLI, "apply", str(file), "--dsn", self.dsn], env=clean_env(APP_ENV="staging"),
                              capture_output=True, text=True, timeout=300)


@pytest.fixture
def roles(db):
    """A login role and an owner role that may use the tables' rows; the login role may
    use them as well, and may SET ROLE to the owner. Both dropped afterwards."""
    suffix = uuid.uuid4().hex[:10]
    made = Roles(db, f"gss_login_{suffix}", f"gss_owner_{suffix}")
    db.execute(f'CREATE ROLE "{made.owner}" NOLOGIN NOSUPERUSER')
    db.execute(f'CREATE ROLE "{made.login}" LOGIN NOSUPERUSER')
    try:
        db.execute(f'GRANT "{made.owner}" TO "{made.login}"')
        for role in (made.owner, made.login):
            grant_rows(db, role)
        yield made
    finally:
        for role in (made.login, made.owner):  # a role's stored settings go with it
            drop_role(db, role)


def declare(db, statement: str, name: str) -> None:
    """Store a declaration as an operator does (ALTER … SET "App.Env" = …), and make sure
    the server kept a spelling other than app.env: a server that has read app.env from
    its configuration since it started stores every declaration under the spelling it
    read, and a test of another case would then prove nothing (it is skipped, saying why)."""
    db.execute(statement)
    stored = {row[0] for row in db.query(
        "SELECT split_part(c.setting, '=', 1) FROM pg_catalog.pg_db_role_setting AS s"
        " CROSS JOIN LATERAL unnest(s.setconfig) AS c (setting)"
        " WHERE s.setdatabase IN (0, (SELECT d.oid FROM pg_catalog.pg_database AS d WHERE d.datname = current_database()))"
        " AND lower(split_part(c.setting, '=', 1)) = 'app.env'")}
    if stored == {"app.env"}:
        pytest.skip(f"this server stores {name} as app.env: it has read that spelling from its configuration "
                    "since it started (restart it to run this test)")


def assert_refused(proc, where: str, value: str = "production") -> None:
    expected = REFUSED.format(where=where, value=value)
    assert proc.returncode != 0 and expected in proc.stderr, proc.stderr


@pytest.fixture(scope="module")
def plain_files(tmp_path_factory) -> Path:
    """The default files in the plain flavor, built as a team builds them."""
    out = tmp_path_factory.mktemp("plain")
    build = subprocess.run([*CLI, "build", "--flavor", "plain", "--out", str(out)], env=clean_env(),
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    return out


# --- a setting's name in any case ---------------------------------------------------------

@pytest.mark.parametrize(("name", "value"), [("App.Env", "production"), ("APP.ENV", "production"),
                                             ("App.Env", "Staging")])
def test_a_database_setting_named_in_any_case_refuses(db, files, name, value):
    """`ALTER DATABASE … SET "App.Env"` is app.env to the session: the guard reads it too
    (its value exactly: `Staging` is not staging)."""
    declare(db, f'ALTER DATABASE "{db.name}" SET "{name}" = \'{value}\'', name)
    for path in (files.seed, files.reset):
        assert_refused(db.psql(path, staging=True), f"database {ident(db, db.name)}", value)
    assert_nothing_seeded(db)


@pytest.mark.parametrize(("statement", "name"), [('ALTER ROLE "{login}" SET "APP.ENV" = \'production\'', "APP.ENV"),
                                               ('ALTER ROLE "{login}" IN DATABASE "{db}" SET "App.Env" = \'production\'',
                                                "App.Env")])
def test_a_role_setting_named_in_any_case_refuses(db, files, roles, statement, name):
    declare(db, statement.format(login=roles.login, db=db.name), name)
    where = f"role {ident(db, roles.login)}" + (f" in database {ident(db, db.name)}" if "IN DATABASE" in statement else "")
    assert_refused(roles.psql(files.seed), where)
    assert_nothing_seeded(db)


# --- the login role and the current role ----------------------------------------------------

SWITCHES = ["SET ROLE", "stored role setting"]


def switch_to_owner(db, roles, switch: str) -> str | None:
    """Make the owner the current role of the login role's sessions: the statement to run
    first (SET ROLE), or none when the login role's stored `role` setting does it."""
    if switch == "SET ROLE":
        return f'SET ROLE "{roles.owner}"'
    db.execute(f'ALTER ROLE "{roles.login}" SET role = \'{roles.owner}\'')
    return None


@pytest.mark.parametrize("in_database", [False, True], ids=["for all databases", "in this database"])
@pytest.mark.parametrize("switch", SWITCHES)
def test_the_login_roles_setting_refuses_after_a_switch_to_another_role(db, files, roles, switch, in_database):
    """The server applied the login role's stored app.env; after SET ROLE the current
    role is another one, and the guard still reads the login role's, naming it."""
    scope = f' IN DATABASE "{db.name}"' if in_database else ""
    db.execute(f'ALTER ROLE "{roles.login}"{scope} SET app.env = \'production\'')
    first = switch_to_owner(db, roles, switch)
    proc = roles.psql(files.seed, first=first)
    assert_refused(proc, f"role {ident(db, roles.login)}" + (f" in database {ident(db, db.name)}" if in_database else ""))
    assert_nothing_seeded(db)


@pytest.mark.parametrize("switch", SWITCHES)
def test_the_current_roles_setting_refuses_after_a_switch_to_it(db, files, roles, switch):
    """The role switched to declares production (in this database): it refuses too, named."""
    db.execute(f'ALTER ROLE "{roles.owner}" IN DATABASE "{db.name}" SET app.env = \'production\'')
    first = switch_to_owner(db, roles, switch)
    proc = roles.psql(files.seed, first=first)
    assert_refused(proc, f"role {ident(db, roles.owner)} in database {ident(db, db.name)}")
    assert_nothing_seeded(db)


def test_the_login_roles_setting_refuses_the_runner_after_a_stored_switch(db, files, roles):
    """The runner declares staging for its transaction; the login role's stored
    production still wins (exit 4), the current role being the owner."""
    db.execute(f'ALTER ROLE "{roles.login}" SET app.env = \'production\'')
    switch_to_owner(db, roles, "stored role setting")
    result = roles.apply(files.seed)
    assert result.returncode == 4, result.stderr
    assert f"role {ident(db, roles.login)} declares app.env=production" in result.stderr, result.stderr
    assert_nothing_seeded(db)


def test_the_login_roles_setting_refuses_the_plain_flavor_after_a_stored_switch(db, roles, plain_files):
    db.execute(f'ALTER ROLE "{roles.login}" SET app.env = \'production\'')
    switch_to_owner(db, roles, "stored role setting")
    for name in ("seed.staging.sql", "seed.staging.reset.sql"):
        # the plain flavor has no \set ON_ERROR_STOP: a runner that stops at the first error
        proc = roles.psql(plain_files / name, extra=["-v", "ON_ERROR_STOP=1"])
        assert_refused(proc, f"role {ident(db, roles.login)}")
    assert_nothing_seeded(db)


# --- no false refusal ---------------------------------------------------------------------

ELSEWHERE = {
    "the login role in another database": 'ALTER ROLE "{login}" IN DATABASE "{other}" SET app.env = \'production\'',
    "another role": 'ALTER ROLE "{stranger}" SET app.env = \'production\'',
}


@pytest.mark.parametrize("case", ELSEWHERE)
def test_a_declaration_elsewhere_does_not_refuse_a_staging_run(db, files, roles, case):
    """A setting of the login role for another database, or of a role that is neither the
    login nor the current one, is no declaration of this session's environment."""
    other = psycopg.conninfo.conninfo_to_dict(db.server.dsn).get("dbname") or "postgres"  # the maintenance database
    stranger = f"gss_stranger_{uuid.uuid4().hex[:10]}"
    db.execute(f'CREATE ROLE "{stranger}" NOLOGIN')
    try:
        db.execute(ELSEWHERE[case].format(login=roles.login, other=other, stranger=stranger))
        proc = roles.psql(files.seed, first=f'SET ROLE "{roles.owner}"')
        assert proc.returncode == 0, proc.stderr
        assert db.seeded_counts() == expected_counts(files)
    finally:
        db.execute(f'DROP ROLE "{stranger}"')


@pytest.mark.parametrize(("statement", "name"), [('ALTER DATABASE "{db}" SET "App.Env" = \'staging\'', "App.Env"),
                                               ('ALTER ROLE "{login}" SET "APP.ENV" = \'staging\'', "APP.ENV"),
                                               ('ALTER ROLE "{login}" IN DATABASE "{db}" SET "aPP.eNV" = \'staging\'',
                                                "aPP.eNV")])
def test_a_staging_declaration_named_in_any_case_writes(db, files, roles, statement, name):
    """Stored `staging` under any case of the name: the session inherits it (no PGOPTIONS)
    and the guard reads the value after the name, not the name's case: it writes."""
    declare(db, statement.format(db=db.name, login=roles.login), name)
    proc = roles.psql(files.seed, staging=False)
    assert proc.returncode == 0, proc.stderr
    assert db.seeded_counts() == expected_counts(files)


# --- the server's configuration (last: see below) ---------------------------------------------

def test_the_server_configuration_named_in_any_case_refuses(db, files):
    """postgresql.conf / ALTER SYSTEM with `"App.Env"` (read from pg_file_settings: this
    test connects as a superuser)."""

    def alter_system(name, statement):
        with psycopg.connect(db.dsn, autocommit=True) as conn:
            conn.execute(f"SET {name} = 'defined'")  # PostgreSQL 15 wants the placeholder known first
            conn.execute(statement)
            conn.execute("SELECT pg_reload_conf()")
        time.sleep(0.5)  # the reload is asynchronous

    # The server keeps the first spelling of app.env it reads from its configuration for
    # the rest of its life, and stores every later declaration under it: have it read the
    # spelling the suite's other tests use first (as test_reliability's test leaves it).
    # Last in this file: the tests above need a server that has read no spelling.
    alter_system("app.env", "ALTER SYSTEM SET app.env = 'staging'")
    alter_system("app.env", "ALTER SYSTEM RESET app.env")
    alter_system('"App.Env"', "ALTER SYSTEM SET \"App.Env\" = 'production'")
    try:
        proc = db.psql(files.seed, staging=True)
        assert proc.returncode != 0, proc.stderr
        assert "refused: the server's configuration declares app.env=production" in proc.stderr, proc.stderr
        assert_nothing_seeded(db)
    finally:
        alter_system('"App.Env"', "ALTER SYSTEM RESET \"App.Env\"")
