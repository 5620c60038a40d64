"""Errors as RFC 9457 problem+json, with a `detail` that says what to fix."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import InterfaceError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.auth.deps import StaffLoginRequired

log = logging.getLogger(__name__)

PROBLEM_TYPE = "application/problem+json"


class FieldProblem(BaseModel):
    field: str
    message: str


class Problem(BaseModel):
    """RFC 9457 problem details: `detail` says what to fix."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[FieldProblem] | None = Field(None, description="one entry per invalid field (422)")


_ERRORS = {400: "Bad request (e.g. an invalid cursor)", 401: "An API key is needed (X-API-Key)",
           404: "Not found", 409: "Conflict (e.g. the outfit has no such slot)", 413: "Request body too large",
           422: "Invalid request: the detail and errors say which field and how to fix it",
           429: "Too many requests (Retry-After)", 503: "Busy or the database is unavailable (Retry-After)"}


def _inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema with its `$defs` inlined (a `#/$defs` reference would not resolve inside the
    OpenAPI document)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return resolve(defs[ref.removeprefix("#/$defs/")])
            return {k: resolve(v) for k, v in node.items()}
        if isinstance(node, list):
            return [resolve(v) for v in node]
        return node

    return resolve(schema)  # type: ignore[no-any-return]


# The error responses of every JSON API route, documented as what they are: problem+json.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"description": text, "content": {PROBLEM_TYPE: {"schema": _inline_schema(Problem)}}}
    for code, text in _ERRORS.items()
}


def problem(status: int, title: str, detail: str, instance: str = "", **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_TYPE)


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_problem(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        titles = {404: "Not found", 405: "Method not allowed", 401: "Unauthorized", 403: "Forbidden",
                  429: "Too many requests", 503: "Service unavailable"}
        response = problem(exc.status_code, titles.get(exc.status_code, "Error"), str(exc.detail), request.url.path)
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_problem(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": ".".join(str(p) for p in e["loc"] if p not in ("body", "query", "path")), "message": e["msg"].removeprefix("Value error, ")}
            for e in exc.errors()
        ]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
        return problem(422, "Invalid request", detail, request.url.path, errors=errors)

    @app.exception_handler(OperationalError)
    @app.exception_handler(InterfaceError)
    async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
        # the database is down or unreachable: say so plainly, never a stack trace
        log.error("database unavailable during %s %s: %s", request.method, request.url.path, exc)
        response = problem(503, "Service unavailable", "the store's catalog database is not answering; "
                           "try again in a minute", request.url.path)
        response.headers["Retry-After"] = "30"
        return response

    @app.exception_handler(StaffLoginRequired)
    async def staff_login(request: Request, exc: StaffLoginRequired) -> RedirectResponse:
        # a staff page without a staff session: to the login form, and back here afterwards
        return RedirectResponse(f"/staff/login?next={quote(exc.next_path)}", status_code=303)
