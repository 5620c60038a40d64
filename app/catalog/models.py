"""SQLAlchemy models of the catalog. Schema changes go through Alembic (`app/catalog/migrations`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, LargeBinary, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SLOTS = ("top", "bottom", "dress", "outerwear", "shoes", "accessory")
DEPARTMENTS = ("women", "men", "unisex")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, list[dict[str, Any]]: JSON}


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str] = mapped_column(String(255), unique=True, index=True)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    brand: Mapped[str] = mapped_column(String(255), default="")
    department: Mapped[str] = mapped_column(String(20), index=True)
    slot: Mapped[str] = mapped_column(String(20), index=True)
    product_type: Mapped[str] = mapped_column(String(255), default="")
    colors: Mapped[list[str]] = mapped_column(default=list)
    materials: Mapped[list[str]] = mapped_column(default=list)
    pattern: Mapped[str] = mapped_column(String(100), default="")
    seasons: Mapped[list[str]] = mapped_column(default=list)
    formality: Mapped[int | None] = mapped_column(Integer, nullable=True)
    style_tags: Mapped[list[str]] = mapped_column(default=list)
    image_url: Mapped[str] = mapped_column(String(2000), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    source_format: Mapped[str] = mapped_column(String(20), default="stylist")
    # Hash of everything the file said about the product (fields and variants): an unchanged row is a no-op.
    content_hash: Mapped[str] = mapped_column(String(64))
    # What the search index holds for this product, written after the index write succeeded.
    indexed_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    indexed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    variants: Mapped[list[Variant]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="Variant.id", lazy="selectin"
    )

    @property
    def sizes_in_stock(self) -> list[str]:
        return [v.size for v in self.variants if v.stock > 0]

    @property
    def in_stock(self) -> bool:
        return any(v.stock > 0 for v in self.variants)

    @property
    def min_price(self) -> Decimal | None:
        prices = [v.price for v in self.variants if v.stock > 0] or [v.price for v in self.variants]
        return min(prices) if prices else None


class Variant(Base):
    __tablename__ = "variants"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(255), unique=True, index=True)
    size: Mapped[str] = mapped_column(String(50))
    color: Mapped[str] = mapped_column(String(100), default="")
    stock: Mapped[int] = mapped_column(Integer, default=0)
    price: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    compare_at_price: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), nullable=True)

    product: Mapped[Product] = relationship(back_populates="variants")


class Look(Base):
    """A curated outfit from a lookbook: training and evaluation data for the stylist model."""

    __tablename__ = "looks"

    id: Mapped[int] = mapped_column(primary_key=True)
    look_key: Mapped[str] = mapped_column(String(100), unique=True, index=True)
    lookbook: Mapped[str] = mapped_column(String(100), index=True)
    vibe: Mapped[str] = mapped_column(String(500))
    paraphrases: Mapped[list[str]] = mapped_column(default=list)
    occasion: Mapped[str] = mapped_column(String(100), default="")
    season: Mapped[str] = mapped_column(String(20), default="any")
    department: Mapped[str] = mapped_column(String(20))
    handles: Mapped[list[str]] = mapped_column(default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    # when the look last changed: the served lookbook profiles are rebuilt when it moves (LookbookCache)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow,
                                                    server_default=func.now())


class ImportJob(Base):
    """One inventory import (or dry run): who, when, which file, what changed, every bad row."""

    __tablename__ = "import_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    actor: Mapped[str] = mapped_column(String(255), default="cli")
    filename: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_format: Mapped[str] = mapped_column(String(20), default="")
    mode: Mapped[str] = mapped_column(String(20))
    dry_run: Mapped[bool] = mapped_column(Boolean, default=False)
    # running -> succeeded | completed_with_errors | failed | rejected
    status: Mapped[str] = mapped_column(String(30), default="running", index=True)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    errors: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    message: Mapped[str] = mapped_column(Text, default="")


class SavedOutfit(Base):
    """An outfit as answered to a shopper: a stable id for shared links, swaps and feedback."""

    __tablename__ = "outfits"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    answer_id: Mapped[str] = mapped_column(String(32), index=True)
    parent_id: Mapped[str | None] = mapped_column(String(32), nullable=True)  # the outfit a swap started from
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    vibe: Mapped[str] = mapped_column(String(2000))
    request: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # [{handle, slot, title, price}] at answer time; live stock and prices are read from the catalog
    items: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    total: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    why: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20))  # model | composer | swap
    degraded: Mapped[bool] = mapped_column(Boolean, default=False)
    degraded_reason: Mapped[str] = mapped_column(Text, default="")
    model: Mapped[str] = mapped_column(String(200), default="")
    timings: Mapped[dict[str, Any]] = mapped_column(default=dict)

    feedback: Mapped[list[Feedback]] = relationship(back_populates="outfit", cascade="all, delete-orphan")


class Feedback(Base):
    """A shopper's thumbs up or down on an outfit; exported as training data."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    outfit_id: Mapped[str] = mapped_column(ForeignKey("outfits.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    vote: Mapped[int] = mapped_column(Integer)  # +1 or -1
    reason: Mapped[str] = mapped_column(Text, default="")

    outfit: Mapped[SavedOutfit] = relationship(back_populates="feedback")


class StaffUser(Base):
    """A store staff account (`stylist create-staff`); the password is stored as an Argon2id hash."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # consecutive failed logins and the lockout they caused: in SQL so every replica enforces it
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ApiKey(Base):
    """A mobile-app key (`stylist api-key create`): only its SHA-256 is stored; `prefix` identifies it."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    prefix: Mapped[str] = mapped_column(String(16), unique=True, index=True)
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class StagedUpload(Base):
    """An uploaded inventory file between its dry-run preview and the staff member's "apply" (any replica)."""

    __tablename__ = "staged_uploads"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    filename: Mapped[str] = mapped_column(String(500))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
