"""Fixed, seed-owned UUIDs: RFC 9562 version-8 ids in the `5eed` namespace.

Layout: ``00000000-5eed-8LLL-8TTT-NNNNNNNNNNNN`` where ``LLL`` is the layer, ``TTT`` the
type (three hex digits each) and ``NNNNNNNNNNNN`` the entity's index in twelve decimal
digits, so order 42 ends in ``000000000042``. The version nibble (8) and the variant
nibble (8 = ``10xx``) make the ids valid for strict validators.

Everything from ``SEED_NAMESPACE_FIRST`` to ``SEED_NAMESPACE_LAST`` is seed-owned,
whatever its form: PostgreSQL orders uuids bytewise, so that is one contiguous range.
"""

from __future__ import annotations

import uuid
from datetime import date

SEED_NAMESPACE_FIRST = uuid.UUID("00000000-5eed-0000-0000-000000000000")
SEED_NAMESPACE_LAST = uuid.UUID("00000000-5eed-ffff-ffff-ffffffffffff")
# The canonical text of every uuid from FIRST to LAST, and of no other, starts with this.
SEED_NAMESPACE_PREFIX = "00000000-5eed-"
INDEX_DIGITS = 12  # an id ends in its entity's index, in this many decimal digits
MAX_INDEX = 10**INDEX_DIGITS - 1
# A child's index is its parent's x CHILD_BASE + its number (1-based): order 42's second
# item is 4202, campaign 3's second adset 302 and that adset's first ad 30201 (docs/identity.md).
CHILD_BASE = 100


def child_index(parent: int, number: int) -> int:
    """The index of a parent's ``number``-th child (its items, events, adsets, ads)."""
    return parent * CHILD_BASE + number


def seed_uuid(layer: int, type_: int, index: int) -> uuid.UUID:
    """The seed-owned id of entity number ``index`` of the given layer and type."""
    if not 0 <= layer <= 0xFFF or not 0 <= type_ <= 0xFFF:
        raise ValueError(f"layer and type must fit three hex digits: {layer}, {type_}")
    if not 0 <= index <= MAX_INDEX:
        raise ValueError(f"index must fit twelve decimal digits: {index}")
    # 00000000-5eed-8LLL-8TTT-NNNNNNNNNNNN as its 128 bits: the index's decimal digits read
    # as hex digits (the same UUID as parsing that text, twice as fast: builds make millions)
    return uuid.UUID(int=_NAMESPACE_BITS | (0x8000 | layer) << 64 | (0x8000 | type_) << 48
                     | int(f"{index:0{INDEX_DIGITS}d}", 16))


_NAMESPACE_BITS = 0x5EED << 80  # the "5eed" group of 00000000-5eed-…


def in_seed_namespace(value: uuid.UUID) -> bool:
    """True when ``value`` lies in the seed's namespace (any form, any version)."""
    return SEED_NAMESPACE_FIRST <= value <= SEED_NAMESPACE_LAST


DAY_ZERO = date(2000, 1, 1)  # stats ids count days from here, modulo 4096


def daily_uuid(layer: int, day: date, index: int) -> uuid.UUID:
    """The id of a stats row: its kind's layer, its day (days since 2000-01-01, modulo
    4096, as the type field) and its entity's index. The files compute the same in SQL
    at apply time (the day is only known then); this is the Python twin for tests."""
    return seed_uuid(layer, (day - DAY_ZERO).days % 4096, index)
