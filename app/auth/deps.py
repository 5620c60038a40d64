"""Credential dependencies: a staff login, a CSRF token on site forms, an API key on API routes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy.orm import Session

from app.api.deps import SessionDep
from app.auth import api_keys
from app.auth.csrf import verify_csrf
from app.catalog.models import StaffUser

STAFF_SESSION_KEY = "staff_id"


class StaffLoginRequired(Exception):
    """Raised for a staff page without a staff session; answered with a redirect to the login page."""

    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


def current_staff(request: Request, session: SessionDep) -> StaffUser:
    user_id = request.session.get(STAFF_SESSION_KEY)
    user = session.get(StaffUser, user_id) if isinstance(user_id, int) else None
    if user is None:
        request.session.pop(STAFF_SESSION_KEY, None)
        raise StaffLoginRequired(request.url.path)
    return user


def api_key_required(level: str) -> Callable[[Request, Session], None]:
    """`level` is "write" (POST routes) or "read"; STYLIST_API_KEY_ROUTES says which levels need a key."""

    def check(request: Request, session: SessionDep) -> None:
        needed = request.app.state.services.settings.api_key_routes
        if needed == "none" or (needed == "writes" and level != "write"):
            return
        key = api_keys.verify(session, request.headers.get("x-api-key"))
        if key is None:
            raise HTTPException(401, "this route needs an API key: send it in the X-API-Key header (staff issue keys "
                                     "with `stylist api-key create NAME`)", headers={"WWW-Authenticate": "X-API-Key"})
        if session.dirty:
            session.commit()  # last_used_at, at most once a minute per key

    return check


StaffDep = Annotated[StaffUser, Depends(current_staff)]
CsrfProtected = Annotated[None, Depends(verify_csrf)]
ApiWriteKey = Annotated[None, Depends(api_key_required("write"))]
ApiReadKey = Annotated[None, Depends(api_key_required("read"))]
