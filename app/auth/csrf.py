"""CSRF protection for every state-changing form and script request of the site.

A synchronizer token: each browser session holds a random token (in the signed session cookie); every page
puts it into its forms (`csrf_token` field) and a `<meta>` tag that the page script sends back as the
`X-CSRF-Token` header. A request that changes something must present the same token. The JSON API does
not use cookies (the mobile app sends an API key), so it needs no token.
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

SESSION_KEY = "csrf"
FIELD = "csrf_token"
HEADER = "x-csrf-token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def csrf_token(request: Request) -> str:
    """The session's token, created on first use (templates call this to fill their forms)."""
    token = request.session.get(SESSION_KEY)
    if not token:
        token = secrets.token_urlsafe(32)
        request.session[SESSION_KEY] = token
    return str(token)


async def verify_csrf(request: Request) -> None:
    # Safe methods change nothing, so there is nothing to forge (and no token to expect).
    if request.method in SAFE_METHODS:
        return
    # A browser names the page a cross-site request came from in Origin: another site's page may not post
    # here, whatever else it sends. (No Origin at all: older browsers and non-browser clients; the token
    # below still decides.)
    origin = request.headers.get("origin")
    if origin and origin != "null":
        parts = urlsplit(origin)
        if (parts.scheme, parts.netloc) != (request.url.scheme, request.url.netloc):
            raise HTTPException(403, "this form was sent from another site; open the page on this site and try again")
    # The token comes from the script's header, or else from the form field.
    presented = request.headers.get(HEADER)
    if not presented and "form" in request.headers.get("content-type", ""):
        presented = str((await request.form()).get(FIELD) or "")
    if not presented:
        raise HTTPException(403, "the form is missing its security token; reload the page and try again")
    expected = request.session.get(SESSION_KEY)
    # No token in the session: the session cookie expired or was never set (cookies blocked).
    if not expected:
        raise HTTPException(403, "your session has expired (or cookies are blocked); reload the page and try again")
    # Constant-time comparison: the token must not leak through timing.
    if not hmac.compare_digest(str(expected), presented):
        raise HTTPException(403, "the form's security token does not match this session; reload the page and try again")
