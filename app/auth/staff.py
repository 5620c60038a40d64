"""Staff accounts: creation, password checks with Argon2id, and lockout after repeated failures.

The lockout lives in SQL (`failed_logins`, `locked_until`) so every worker and replica enforces it; the
per-address login rate limit (app/api/throttle.py) slows down guessing across many accounts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalog.models import StaffUser

HASHER = PasswordHasher()  # Argon2id with the library's current recommended parameters
MIN_PASSWORD_LENGTH = 12
# A hash to verify against when the email is unknown, so both cases take the same time.
_DUMMY_HASH = HASHER.hash("not a real password, only a timing equaliser")


class StaffError(ValueError):
    """Something the operator must change (the message says what)."""


@dataclass(frozen=True)
class LoginResult:
    user_id: int | None
    message: str  # for the login page: never says whether the email exists


def normalize_email(email: str) -> str:
    return email.strip().lower()


def create_staff(session: Session, email: str, password: str) -> StaffUser:
    email = normalize_email(email)
    if "@" not in email or len(email) > 320:
        raise StaffError(f"{email!r} is not an email address")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StaffError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    if session.scalar(select(func.count()).select_from(StaffUser).where(StaffUser.email == email)):
        raise StaffError(f"a staff account for {email} already exists")
    user = StaffUser(email=email, password_hash=HASHER.hash(password))
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, email: str, password: str, max_failures: int, lockout_s: float) -> LoginResult:
    """Check a login; counts failures and locks the account for `lockout_s` after `max_failures` in a row."""
    now = dt.datetime.now(dt.UTC)
    user = session.scalar(select(StaffUser).where(StaffUser.email == normalize_email(email)))
    if user is None:
        _verify(_DUMMY_HASH, password)
        return LoginResult(None, "wrong email or password")
    locked_until = _aware(user.locked_until)
    if locked_until is not None and locked_until > now:
        minutes = max(1, round((locked_until - now).total_seconds() / 60))
        return LoginResult(None, f"too many failed attempts: this account is locked for {minutes} more minute(s)")
    if not _verify(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= max_failures:
            user.locked_until = now + dt.timedelta(seconds=lockout_s)
            user.failed_logins = 0
            return LoginResult(None, f"too many failed attempts: this account is locked for "
                                     f"{max(1, round(lockout_s / 60))} minute(s)")
        return LoginResult(None, "wrong email or password")
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = HASHER.hash(password)
    user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
    return LoginResult(user.id, "welcome")


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value
