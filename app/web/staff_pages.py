"""Staff pages (behind a login): dashboard, inventory upload with a dry-run preview before applying, import
history, lookbooks (browse and upload), shopper feedback, and the model page (served styles, model cards,
evaluation reports). Every state-changing form carries a CSRF token; the login form is rate limited per address and
accounts lock after repeated failures (app/auth/staff.py)."""

from __future__ import annotations

import hashlib
import logging
import threading
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.api.deps import SessionDep, StylistDep
from app.api.throttle import LoginRateLimit, UploadRateLimit
from app.auth.deps import STAFF_SESSION_KEY, CsrfProtected, StaffDep
from app.auth.staff import authenticate
from app.catalog.models import Feedback, ImportJob, Look, Product, SavedOutfit, StagedUpload
from app.config import REPO_ROOT
from app.ingest.service import MODES, import_inventory
from app.web.templating import templates

log = logging.getLogger(__name__)
router = APIRouter(prefix="/staff", include_in_schema=False)
REPORTS_DIR = REPO_ROOT / "models" / "reports"


def _safe_next(path: str) -> str:
    """Only a path on this site (never //host or a scheme): no open redirect through the login form."""
    return path if path.startswith("/") and not path.startswith("//") and "\\" not in path else "/staff"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/staff") -> HTMLResponse:  # noqa: A002 - the query name
    return templates.TemplateResponse(request, "staff/login.html", {"next": _safe_next(next), "message": ""})


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request, session: SessionDep, _csrf: CsrfProtected, _limit: LoginRateLimit,
    email: Annotated[str, Form(max_length=320)], password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form(max_length=500)] = "/staff",  # noqa: A002
) -> Response:
    settings = request.app.state.services.settings
    result = authenticate(session, email, password, settings.login_max_failures, settings.login_lockout_s)
    session.commit()  # failure counts and lockouts persist whatever happens next
    if result.user_id is None:
        context = {"next": _safe_next(next), "message": result.message, "email": email}
        return templates.TemplateResponse(request, "staff/login.html", context, status_code=401)
    request.session.clear()  # a fresh session (and CSRF token) after login: no session fixation
    request.session[STAFF_SESSION_KEY] = result.user_id
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, _staff: StaffDep, _csrf: CsrfProtected) -> RedirectResponse:
    request.session.clear()
    return RedirectResponse("/staff/login", status_code=303)


@router.get("", response_class=HTMLResponse)
def dashboard(request: Request, staff: StaffDep, session: SessionDep, stylist: StylistDep) -> HTMLResponse:
    count = lambda query: session.scalar(query) or 0  # noqa: E731
    context = {
        "staff": staff,
        "products": count(select(func.count()).select_from(Product)),
        "active": count(select(func.count()).select_from(Product).where(Product.active.is_(True))),
        "looks": count(select(func.count()).select_from(Look)),
        "outfits": count(select(func.count()).select_from(SavedOutfit)),
        "votes_up": count(select(func.count()).select_from(Feedback).where(Feedback.vote > 0)),
        "votes_down": count(select(func.count()).select_from(Feedback).where(Feedback.vote < 0)),
        "imports": list(session.scalars(select(ImportJob).order_by(ImportJob.id.desc()).limit(5))),
        "feedback": list(session.scalars(select(Feedback).order_by(Feedback.id.desc()).limit(10))),
        "styles": stylist.styles(),
        "model_status": request.app.state.runtime.status,
    }
    return templates.TemplateResponse(request, "staff/dashboard.html", context)


@router.get("/imports", response_class=HTMLResponse)
def imports(request: Request, staff: StaffDep, session: SessionDep) -> HTMLResponse:
    jobs = list(session.scalars(select(ImportJob).order_by(ImportJob.id.desc()).limit(50)))
    return templates.TemplateResponse(request, "staff/imports.html", {"staff": staff, "jobs": jobs})


@router.post("/imports/preview", response_class=HTMLResponse)
async def preview_import(
    request: Request, staff: StaffDep, session: SessionDep, _csrf: CsrfProtected, _limit: UploadRateLimit,
    file: Annotated[UploadFile, File()], mode: Annotated[str, Form()] = "upsert",
) -> HTMLResponse:
    """A dry run of the uploaded file: what would change and every bad row; the file waits for "apply"."""
    settings = request.app.state.services.settings
    if mode not in MODES:
        raise HTTPException(422, f"mode must be one of {', '.join(MODES)}")
    data = await file.read(settings.max_upload_bytes + 1)
    filename = file.filename or "upload.csv"
    services = request.app.state.services
    report = import_inventory(services.sessions, None, data, filename, mode=mode, dry_run=True,
                              actor=f"staff:{staff.email}", max_bytes=settings.max_upload_bytes,
                              fallback_encoding=settings.csv_fallback_encoding)
    sha256 = hashlib.sha256(data).hexdigest()
    if report.status == "dry_run" and session.get(StagedUpload, sha256) is None:
        session.add(StagedUpload(sha256=sha256, filename=filename, data=data))
        session.commit()
    context = {"staff": staff, "report": report, "sha256": sha256, "mode": mode}
    return templates.TemplateResponse(request, "staff/preview.html", context)


@router.post("/imports/apply")
def apply_import(
    request: Request, staff: StaffDep, session: SessionDep, _csrf: CsrfProtected, _limit: UploadRateLimit,
    sha256: Annotated[str, Form(max_length=64)], mode: Annotated[str, Form()] = "upsert",
) -> RedirectResponse:
    """Start the import in the background and go to its page, which follows its progress."""
    staged = session.get(StagedUpload, sha256)
    if staged is None or mode not in MODES:
        raise HTTPException(409, "this preview is no longer available; upload the file again")
    services, metrics = request.app.state.services, request.app.state.metrics
    data, filename = staged.data, staged.filename
    started = threading.Event()
    job: dict[str, int] = {}

    def on_job(job_id: int) -> None:
        job["id"] = job_id
        started.set()

    def run() -> None:
        try:
            report = import_inventory(services.sessions, services.index, data, filename, mode=mode,
                                      actor=f"staff:{staff.email}", max_bytes=services.settings.max_upload_bytes,
                                      fallback_encoding=services.settings.csv_fallback_encoding, on_job=on_job)
            metrics.observe_import(len(report.new) + len(report.updated), len(report.errors))
            with services.sessions() as own:
                own.query(StagedUpload).filter(StagedUpload.sha256 == sha256).delete()
                own.commit()
        except Exception:  # noqa: BLE001 - the job row says failed; the log has the details
            log.exception("background import of %s failed", filename)
        finally:
            started.set()

    # A thread of its own: a long import must not hold this request (or a worker's thread pool) open. If the
    # process stops mid-import, the job is marked failed at the next start and the index is reconciled.
    threading.Thread(target=run, name=f"import-{sha256[:8]}", daemon=True).start()
    started.wait(30)
    if "id" not in job:
        raise HTTPException(503, "the import could not be started; try again")
    return RedirectResponse(f"/staff/imports/{job['id']}", status_code=303)


@router.get("/imports/{job_id}", response_class=HTMLResponse)
def import_report(request: Request, job_id: int, staff: StaffDep, session: SessionDep) -> HTMLResponse:
    job = session.get(ImportJob, job_id)
    if job is None:
        raise HTTPException(404, f"no import job {job_id}")
    return templates.TemplateResponse(request, "staff/import_report.html", {"staff": staff, "job": job})


def _looks_context(session: Session, lookbook: str) -> dict[str, Any]:
    """The lookbooks with their sizes, and the looks of one (the first when none is named)."""
    books = list(session.execute(select(Look.lookbook, func.count()).group_by(Look.lookbook).order_by(Look.lookbook)))
    chosen = lookbook or (books[0][0] if books else "")
    rows = list(session.scalars(select(Look).where(Look.lookbook == chosen).order_by(Look.look_key).limit(500)))
    return {"books": books, "chosen": chosen, "looks": rows}


@router.get("/looks", response_class=HTMLResponse)
def looks(request: Request, staff: StaffDep, session: SessionDep, lookbook: str = "") -> HTMLResponse:
    context = {"staff": staff, "report": None, **_looks_context(session, lookbook)}
    return templates.TemplateResponse(request, "staff/looks.html", context)


@router.post("/looks/upload", response_class=HTMLResponse)
async def upload_lookbook(
    request: Request, staff: StaffDep, session: SessionDep, _csrf: CsrfProtected, _limit: UploadRateLimit,
    file: Annotated[UploadFile, File()], lookbook: Annotated[str, Form(pattern=r"^[a-z0-9][a-z0-9_-]{1,49}$")],
    replace: Annotated[bool, Form()] = False, allow_shrink: Annotated[bool, Form()] = False,
) -> HTMLResponse:
    """Curated looks (the training data of a style). Looks naming unknown products are listed and skipped. With
    `replace` the file is the whole lookbook: looks it does not have are removed when every row loads (and, when
    that is more looks than the file loads, only with `allow_shrink`)."""
    from app.catalog.lookbooks import LookbookError, load_lookbook_text

    limit = request.app.state.services.settings.max_upload_bytes
    data = await file.read(limit + 1)
    report, error = None, None
    if len(data) > limit:
        error = f"the file is over {limit // (1024 * 1024)} MB; split it into smaller lookbooks"
    else:
        try:
            report = load_lookbook_text(session, data.decode("utf-8"), lookbook, file.filename or "looks.csv",
                                        replace, allow_shrink)
            session.commit()
        except (LookbookError, UnicodeDecodeError) as exc:
            session.rollback()
            error = str(exc) if isinstance(exc, LookbookError) else "the file is not UTF-8 text"
    context = {"staff": staff, "report": report, "error": error, **_looks_context(session, lookbook)}
    return templates.TemplateResponse(request, "staff/looks.html", context, status_code=422 if error else 200)


@router.get("/feedback", response_class=HTMLResponse)
def feedback_list(request: Request, staff: StaffDep, session: SessionDep) -> HTMLResponse:
    rows = list(session.execute(select(Feedback, SavedOutfit).join(SavedOutfit).order_by(Feedback.id.desc())
                                .limit(200)))
    return templates.TemplateResponse(request, "staff/feedback.html", {"staff": staff, "rows": rows})


@router.get("/model", response_class=HTMLResponse)
def model_page(request: Request, staff: StaffDep, stylist: StylistDep) -> HTMLResponse:
    """The served styles: each adapter's model card and evaluation report (with its chart)."""
    from markdown_it import MarkdownIt

    settings = request.app.state.services.settings
    render = MarkdownIt("commonmark", {"html": False}).enable("table").render  # our own files; raw HTML off anyway
    styles = []
    for name in stylist.styles():
        card = settings.adapters_dir / name / "README.md"
        report = REPORTS_DIR / name / "eval.md"
        shopper = REPORTS_DIR / name / "shopper.md"
        styles.append({
            "name": name,
            "card": render(card.read_text()) if card.exists() else "",
            "shopper": render(shopper.read_text()) if shopper.exists() else "",
            "report": render(report.read_text().replace("![chart](eval.png)", "")) if report.exists() else "",
            "chart": (REPORTS_DIR / name / "eval.png").exists(),
        })
    context = {"staff": staff, "styles": styles, "status": request.app.state.runtime.status,
               "default_style": stylist.default_style}
    return templates.TemplateResponse(request, "staff/model.html", context)


@router.get("/model/{style}/eval.png")
def model_chart(style: str, staff: StaffDep, stylist: StylistDep) -> FileResponse:
    path = REPORTS_DIR / style / "eval.png"
    if style not in stylist.styles() or not path.exists():  # only a served style's chart: no path games
        raise HTTPException(404, f"no evaluation chart for style {style!r}")
    return FileResponse(path, media_type="image/png")


@router.get("/export/{what}.csv")
def export(what: str, staff: StaffDep, session: SessionDep) -> Response:
    """The catalog (importable schema) or the feedback as a spreadsheet-safe CSV download."""
    import io

    from app.exports import EXPORTS, write_export

    if what not in EXPORTS:
        raise HTTPException(404, f"export {' or '.join(f'{name}.csv' for name in EXPORTS)}")
    out = io.StringIO()
    write_export(out, what, session)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{what}.csv"'})


@router.get("/catalog", response_class=HTMLResponse)
def catalog(
    request: Request, staff: StaffDep, session: SessionDep, q: Annotated[str, Query(max_length=200)] = "",
    status: Annotated[str, Query(pattern="^(all|active|inactive)$")] = "all",
) -> HTMLResponse:
    """Every product, active or not, with its stock: what shoppers cannot see too."""
    query = select(Product).order_by(Product.title, Product.handle)
    if q.strip():
        like = f"%{q.strip().lower()}%"
        query = query.where(func.lower(Product.title).like(like) | Product.handle.like(like))
    if status != "all":
        query = query.where(Product.active.is_(status == "active"))
    products = list(session.scalars(query.limit(300)))
    context = {"staff": staff, "products": products, "q": q, "status": status}
    return templates.TemplateResponse(request, "staff/catalog.html", context)
