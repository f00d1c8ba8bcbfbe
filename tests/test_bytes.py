"""Same bytes: the files `gen-seed-sql build` writes for the stand-in (out/) and for each
team schema in tests/prisma/teams/, in both flavors, hash to the SHA-256 written below.

The hashes were taken from the tree before the package was rearranged into stage
folders (issue 26), so a refactor that changes what a file says fails here, naming the
file. One change since, on purpose: verify has one shape for every schema (each derived
column a check of its own, a failing rule naming its first offending row), so the
stand-in's two verify files took the shape the team files already had. And seeded rows own
every column (issue 27): the uuid team's optional `Order.notes`, which the dataset does
not know, is now written NULL and restored, so its seed and verify files changed. The
tenant team's models moved into three PostgreSQL schemas (@@schema), so its files name
every table qualified; it gained a Customer model, whose twelve customers its files seed,
and a serial OrderEvent id (its events are written as a set). Every seed then learned to
plan (issue 28): its reports write plan entries in a dry run, its upserts return what a
restored row became, and the psql flavor ends with psql's dry run. A change meant to alter the files updates the hashes here (the
failure shows the new ones), in the same commit as out/."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from support.teams import TEAM_NAMES, TEAMS

ROOT = Path(__file__).resolve().parent.parent

# (schema, flavor, file) -> SHA-256 of the file's bytes; "builtin" is the stand-in (its
# psql files are out/).
HASHES = {
    ("builtin", "psql", "seed.staging.reset.sql"): "d4f658c518b93ae1bd35638d25f64e7adf109b19018d4decf2fd4242f7db6fe5",
    ("builtin", "psql", "seed.staging.sql"): "2b5b2d7998bfc5345d04d121e6ea9e0c4246d705ee82b545c1a37218ff7f14c5",
    ("builtin", "psql", "verify.staging.sql"): "ab3f2556637d793f37938d20f907fa2171a1ed92efe43977019807ace835a825",
    ("builtin", "plain", "seed.staging.reset.sql"): "1019d4fed8ad3ec7bba9eb602252dd575e2821f0bd561bf5b308b5bf1b494b25",
    ("builtin", "plain", "seed.staging.sql"): "59db7b5d2817f0de2dc800493bef26ed47eb2db66fe3b1f141a0238a1912b5dc",
    ("builtin", "plain", "verify.staging.sql"): "c25ed0bd794c7cb1d182a855711dfdaa60cdf25f43d9d72e62e0fadf9d3db346",
    ("renamed", "psql", "seed.staging.reset.sql"): "6cd46a6ce5d0dfb2f2e2de72a6416a44f38e372f8667a77de6fc6dd7f98c3a1c",
    ("renamed", "psql", "seed.staging.sql"): "ee62c67a9ab3b17e04493443b22d95628e6e0218ecd80f0bc6914a1619182801",
    ("renamed", "psql", "verify.staging.sql"): "f2d238d9de521e8db42fd16a590da96fd9e53a1c2b579b6591cb0d05317aaca1",
    ("renamed", "plain", "seed.staging.reset.sql"): "3d60e93be40843343ad85671a2db9e87f0d3e7b819922a6fccbd61e5e68990e1",
    ("renamed", "plain", "seed.staging.sql"): "31c02f6679b38d0b5d4473fb3b37cc8376154312c27a28a9afd8b7518824d8a3",
    ("renamed", "plain", "verify.staging.sql"): "490107c8a7568d3b25a64022f61dca0424089fdeb8dd91033dbc8e6df3fcb6a6",
    ("snake", "psql", "seed.staging.reset.sql"): "0a91bd3508e00899d3d59531152a0ff0167c6a11e8aadcd8de68b4d66ee45004",
    ("snake", "psql", "seed.staging.sql"): "8c5eb105965d6ff29de6fe7e8407be0d3db7e72b391226fd5e8fba66f1553ed6",
    ("snake", "psql", "verify.staging.sql"): "225a9169589008166edbba362e10caa5e95234479526c8bd2df7341d5398e75e",
    ("snake", "plain", "seed.staging.reset.sql"): "c93cb0bd8d48b35c1c1b93c97f482c9bef76f31e6c2ef689737e1daba02bec73",
    ("snake", "plain", "seed.staging.sql"): "8798f0790c5d594c011b9ece7639eb3f7e2b27245afc8894e9dd4312f82862be",
    ("snake", "plain", "verify.staging.sql"): "bda4b842843b08a888c94000d572deab9b66c2e862f32744b048b505fcc4ed22",
    ("tenant", "psql", "seed.staging.reset.sql"): "5f208a2b1e2f2db07a4b7412c5c785829edacf2442b8d635cd72ef0eaddd754a",
    ("tenant", "psql", "seed.staging.sql"): "271dc926eb00b7b6b81287e805d86a4dad38cc30b859e5f65d71dcfac240e9b2",
    ("tenant", "psql", "verify.staging.sql"): "bc9158c11ed89f8566111d824d88949d271b47e454e78399beae7e4039daacf4",
    ("tenant", "plain", "seed.staging.reset.sql"): "86533c778434d9fe5d759037ba15607ba8f63837aff03c5362b73d448aaedb3f",
    ("tenant", "plain", "seed.staging.sql"): "1bf026c381cc58e46e62e786ac97023cc9b1d76ac5c5b11ccdf48134f25e4e3e",
    ("tenant", "plain", "verify.staging.sql"): "d5a7c37ef80d7d18daea5d416aaa620e9984907911cb6069bae092051c045b70",
    ("uuid", "psql", "seed.staging.reset.sql"): "07250f52cc97af8f700e2747682091f68c7d585096ac31ff9c7acc3f091f3123",
    ("uuid", "psql", "seed.staging.sql"): "5bcc43d2d8a87e2798b57fe040f14149d28fc20aa6f6ff9e3363c4a525bab9ff",
    ("uuid", "psql", "verify.staging.sql"): "f6d312bb6dbf54a0f588d3a3ad28edee5c092f734d0879d26a88fdbb7df9a50d",
    ("uuid", "plain", "seed.staging.reset.sql"): "468468d06805523f8558d75239d6487a5b89d6a6eb6d5b38f39ac469a615d0b4",
    ("uuid", "plain", "seed.staging.sql"): "7934a012cd633ddd5ef3f71e3aec24464b31869bd195b7920ab8b49aacdc165c",
    ("uuid", "plain", "verify.staging.sql"): "23501fb34521b01ea187cb167c9d5e296d77bcd266d92e11328442a5f6cbba03",
}
SCHEMAS = sorted({schema for schema, _, _ in HASHES})
FLAVORS = ("psql", "plain")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_team_schema_has_its_hashes():
    assert SCHEMAS == sorted(["builtin", *TEAM_NAMES])
    assert {(s, f) for s, f, _ in HASHES} == {(s, f) for s in SCHEMAS for f in FLAVORS}


def build(schema: str, flavor: str, work: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The files' hashes, built as a team builds them: in a copy of the team's folder (the
    stand-in: an empty one), taken for the repository root, into `out` there -- so the
    header's paths are the same wherever the test runs."""
    if schema != "builtin":
        shutil.copytree(TEAMS / schema, work)
    work.mkdir(exist_ok=True)
    (work / ".git").mkdir()
    monkeypatch.chdir(work)
    args = ["build", "--out", "out"] + (["--flavor", "plain"] if flavor == "plain" else [])
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return {p.name: sha256(p) for p in sorted((work / "out").iterdir())}


# The stand-in's builds stay in the quick tier; the teams' six (each a build of its own) are slow.
@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("schema", [s if s == "builtin" else pytest.param(s, marks=pytest.mark.slow) for s in SCHEMAS])
def test_the_files_keep_their_bytes(schema, flavor, tmp_path, monkeypatch):
    expected = {name: digest for (s, f, name), digest in HASHES.items() if (s, f) == (schema, flavor)}
    assert build(schema, flavor, tmp_path / schema, monkeypatch) == expected, f"{schema} ({flavor}): the bytes changed"


def test_the_committed_out_has_the_stand_ins_hashes():
    """out/ is the stand-in's psql build (test_build.py checks it is fresh)."""
    for (schema, flavor, name), digest in HASHES.items():
        if (schema, flavor) == ("builtin", "psql"):
            assert sha256(ROOT / "out" / name) == digest, name
