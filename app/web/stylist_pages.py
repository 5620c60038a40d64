"""The shopper's stylist pages: the vibe form, streamed results, a saved outfit's permalink, swap and feedback.

Progressive enhancement: every page works as plain HTML forms and links; `static/stylist.js` streams the
outfits in as they are decided and swaps or rates an outfit in place. The outfit card is one template
(`_outfit.html`) whether the server renders a whole page or the stream sends it as a fragment.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from fastapi import APIRouter, Form, Header, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.sse import EventSourceResponse, ServerSentEvent
from pydantic import ValidationError

from app.api.deps import IndexDep, SessionDep, StylistDep
from app.api.outfit_schemas import OutfitPublic, OutfitRequestBody
from app.api.routes.outfits import StyleChecked, _saved, answer_public, outfit_public, saved_public, to_request
from app.api.throttle import GenerationSlot, OutfitRateLimit, enter_generation, rate_limited
from app.auth.deps import CsrfProtected
from app.catalog.models import Feedback
from app.catalog.queries import get_product
from app.stylist.engine import AnswerSummary, request_from_json
from app.stylist.planning import RequestError, StyleRequest
from app.stylist.swap import other_outfits, swap_item
from app.stylist.variety import worn_earlier
from app.web.templating import EXAMPLE_VIBES, templates

router = APIRouter(include_in_schema=False)
FIELDS = ("vibe", "department", "size", "shoe_size", "budget", "occasion", "season", "style", "count")


def _form_values(params: dict[str, str]) -> dict[str, str]:
    return {name: params.get(name, "").strip() for name in FIELDS}


def _body(values: dict[str, str]) -> OutfitRequestBody:
    """The form as an API request; raises ValidationError with messages a shopper can act on."""
    data: dict[str, Any] = {k: v for k, v in values.items() if v}
    if "budget" in data:
        try:
            data["budget"] = Decimal(data["budget"].lstrip("$"))
        except InvalidOperation:
            data["budget"] = "not a number"
    data.setdefault("vibe", "")
    return OutfitRequestBody.model_validate(data)


def _errors(exc: ValidationError) -> dict[str, str]:
    return {".".join(str(p) for p in e["loc"]) or "form": e["msg"].removeprefix("Value error, ") for e in exc.errors()}


def _home(request: Request, stylist: StylistDep, values: dict[str, str], errors: dict[str, str] | None = None,
          status: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(
        request, "home.html",
        {"values": values, "errors": errors or {}, "examples": EXAMPLE_VIBES, "styles": stylist.styles(),
         "default_style": stylist.default_style},
        status_code=status,
    )


@router.get("/", response_class=HTMLResponse)
def home(request: Request, stylist: StylistDep) -> HTMLResponse:
    return _home(request, stylist, _form_values(dict(request.query_params)))


@router.get("/outfits", response_class=HTMLResponse)
async def results(request: Request, stylist: StylistDep) -> Response:
    """The results page. With JavaScript the outfits stream in; `render=server` answers in one page."""
    values = _form_values(dict(request.query_params))
    try:
        body = _body(values)
    except ValidationError as exc:
        return _home(request, stylist, values, _errors(exc), status=422)
    if body.style and body.style not in stylist.styles():
        return _home(request, stylist, values, {"style": f"choose one of {', '.join(stylist.styles())}"}, 422)
    context: dict[str, Any] = {"values": values, "body": body.model_dump(mode="json", exclude_none=True),
                               "styles": stylist.styles(), "answer": None, "error": None}
    if request.query_params.get("render") == "server":
        _limit_and_slot(request)
        try:
            style_request = to_request(body)
            summary = await stylist.answer(style_request)
            context["answer"] = answer_public(summary, style_request)
            context["also_in"] = _also_in(context["answer"].outfits, style_request.anchor)
        except RequestError as exc:
            context["error"] = str(exc)
        finally:
            request.app.state.generation_gate.leave()
    return templates.TemplateResponse(request, "results.html", context)


def _limit_and_slot(request: Request) -> None:
    """The same abuse limits as the API for the server-rendered answer (the caller leaves the gate)."""
    rate_limited("outfits")(request)
    enter_generation(request)


def _card(request: Request, outfit: OutfitPublic, number: int, degraded: bool = False,
          also_in: dict[str, int] | None = None) -> str:
    return templates.get_template("_outfit.html").render(
        request=request, outfit=outfit, number=number, degraded=degraded, also_in=also_in or {}
    )


def _also_in(outfits: Sequence[OutfitPublic], anchor: str | None) -> list[dict[str, int]]:
    """For each card, its pieces an earlier card of the answer wears (variety.py): the "Also in outfit N" labels."""
    return worn_earlier([[item.handle for item in outfit.items] for outfit in outfits], exempt=anchor)


@router.post("/outfits/stream", response_class=EventSourceResponse)
async def stream_page_outfits(
    request: Request, body: OutfitRequestBody, stylist: StylistDep, _csrf: CsrfProtected, _style: StyleChecked,
    _limit: OutfitRateLimit, _slot: GenerationSlot,
) -> AsyncIterable[ServerSentEvent]:
    """Rendered outfit cards as server-sent events, for the results page's script."""
    style_request = to_request(body)
    number = 0
    shown: list[OutfitPublic] = []
    try:
        async for event, payload in stylist.stream(style_request):
            if event == "outfit":
                number += 1
                outfit = outfit_public(payload, style_request)
                shown.append(outfit)
                html = _card(request, outfit, number, payload.outfit.source == "composer",
                             _also_in(shown, style_request.anchor)[-1])
                yield ServerSentEvent(data={"html": html}, event="outfit")
            elif event == "done":
                summary: AnswerSummary = payload
                answer = answer_public(summary, style_request)
                note = templates.get_template("_answer_note.html").render(request=request, answer=answer,
                                                                         values=body.model_dump())
                yield ServerSentEvent(data={"html": note, "outfits": number}, event="done")
    except RequestError as exc:
        yield ServerSentEvent(data={"message": str(exc)}, event="error")


@router.get("/outfits/{outfit_id}", response_class=HTMLResponse)
def outfit_page(request: Request, outfit_id: str, session: SessionDep) -> HTMLResponse:
    """A saved outfit: the link a shopper shares."""
    try:
        saved = saved_public(session, _saved(session, outfit_id))
    except HTTPException:
        raise HTTPException(404, "this outfit link is not known; it may have been mistyped") from None
    thanks = request.query_params.get("thanks") == "1"
    return templates.TemplateResponse(request, "outfit.html", {"outfit": saved, "thanks": thanks})


def _wants_fragment(request: Request) -> bool:
    return request.headers.get("x-fragment") == "1"


@router.post("/outfits/{outfit_id}/swap", response_class=HTMLResponse)
def swap_page(
    request: Request, outfit_id: str, slot: Annotated[str, Form(max_length=20)], session: SessionDep,
    index: IndexDep, stylist: StylistDep, _csrf: CsrfProtected, _limit: OutfitRateLimit,
    number: Annotated[int, Header(alias="x-outfit-number", ge=1, le=20,
                                  description="the card's place in the answer (the page's script sends it)")] = 1,
) -> Response:
    outfit = _saved(session, outfit_id)
    try:
        swapped, _ = swap_item(session, index, outfit, slot, stylist.rules.weather)
    except RequestError as exc:
        if _wants_fragment(request):
            return HTMLResponse(f'<p class="notice" role="status">{_escape(str(exc))}</p>', status_code=409)
        raise HTTPException(409, str(exc)) from None
    session.commit()
    if not _wants_fragment(request):
        return RedirectResponse(f"/outfits/{swapped.id}", status_code=303)
    above = other_outfits(session, swapped)[: number - 1]
    outfits = [[item["handle"] for item in row.items] for row in [*above, swapped]]
    also_in = worn_earlier(outfits, exempt=request_from_json(swapped.request).anchor)[-1]
    return HTMLResponse(_card(request, saved_public(session, swapped), number, also_in=also_in))


@router.post("/outfits/{outfit_id}/feedback", response_class=HTMLResponse)
def feedback_page(
    request: Request, outfit_id: str, session: SessionDep, _csrf: CsrfProtected,
    vote: Annotated[str, Form(pattern="^(up|down)$")], reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    outfit = _saved(session, outfit_id)
    session.add(Feedback(outfit_id=outfit.id, vote=1 if vote == "up" else -1, reason=reason.strip()))
    session.commit()
    if _wants_fragment(request):
        return HTMLResponse('<p class="thanks" role="status">Thanks: your stylist learns from this.</p>')
    return RedirectResponse(f"/outfits/{outfit.id}?thanks=1", status_code=303)


@router.get("/items/{handle}/complete-the-look", response_class=HTMLResponse)
async def complete_the_look_page(
    request: Request, handle: str, session: SessionDep, stylist: StylistDep, _limit: OutfitRateLimit,
    _slot: GenerationSlot,
) -> HTMLResponse:
    """Outfits around one item: a fragment for the product page's script, or a page of its own."""
    product = get_product(session, handle)
    if product is None or not product.active:
        raise HTTPException(404, f"no item with handle {handle!r}")
    tags = ", ".join(product.style_tags[:3])
    style_request = StyleRequest(
        vibe=f"an outfit around the {product.title}" + (f", {tags}" if tags else ""),
        department=product.department if product.department != "unisex" else None, count=2, anchor=handle,
    )
    try:
        summary = await stylist.answer(style_request)
        answer = answer_public(summary, style_request)
        error = None
    except RequestError as exc:
        answer, error = None, str(exc)
    context = {"answer": answer, "error": error, "product": product, "fragment": _wants_fragment(request),
               "also_in": _also_in(answer.outfits, handle) if answer else []}
    return templates.TemplateResponse(request, "complete_the_look.html", context)


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))
