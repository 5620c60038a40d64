"""Mobile-app API keys: issued and revoked from the CLI, sent as `X-API-Key`, stored as SHA-256 only.

A key is `vs_<prefix>_<secret>`: the prefix finds the row, the secret (32 random bytes) is compared by hash.
SHA-256 is the right hash here (unlike passwords, a key has 256 bits of entropy: nothing to guess).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.catalog.models import ApiKey


LAST_USED_RESOLUTION = dt.timedelta(minutes=1)  # last_used_at is recorded at most this often per key


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def issue(session: Session, name: str) -> str:
    """Create a key and return it; this is the only time the full key exists anywhere."""
    if not name.strip():
        raise ValueError("give the key a name that says who uses it, e.g. 'ios-app'")
    prefix, secret = secrets.token_hex(4), secrets.token_urlsafe(32)
    session.add(ApiKey(name=name.strip(), prefix=prefix, key_hash=_digest(secret)))
    session.flush()
    return f"vs_{prefix}_{secret}"


def revoke(session: Session, name_or_prefix: str) -> int:
    """Revoke every live key with this name or prefix; returns how many."""
    keys = session.scalars(select(ApiKey).where(
        or_(ApiKey.name == name_or_prefix, ApiKey.prefix == name_or_prefix), ApiKey.revoked_at.is_(None)))
    count = 0
    for key in keys:
        key.revoked_at = dt.datetime.now(dt.UTC)
        count += 1
    return count


def verify(session: Session, presented: str | None) -> ApiKey | None:
    """The live key matching what the client sent, or None."""
    if not presented or not presented.startswith("vs_") or presented.count("_") < 2:
        return None
    prefix, secret = presented[3:].split("_", 1)
    key = session.scalar(select(ApiKey).where(ApiKey.prefix == prefix))
    if key is None or key.revoked_at is not None or not hmac.compare_digest(key.key_hash, _digest(secret)):
        return None
    now = dt.datetime.now(dt.UTC)
    last = key.last_used_at
    if last is not None and last.tzinfo is None:  # SQLite returns naive datetimes
        last = last.replace(tzinfo=dt.UTC)
    if last is None or now - last > LAST_USED_RESOLUTION:  # not a database write on every request
        key.last_used_at = now
    return key
