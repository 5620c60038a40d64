"""Shared request dependencies as Annotated aliases; tests can override each one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.config import Settings
from app.search.index import ProductIndex
from app.services import Services
from app.stylist.engine import Stylist


def get_services(request: Request) -> Services:
    return request.app.state.services  # type: ignore[no-any-return]


def get_session(services: Annotated[Services, Depends(get_services)]) -> Iterator[Session]:
    with services.sessions() as session:
        yield session


def get_index(services: Annotated[Services, Depends(get_services)]) -> ProductIndex:
    return services.index


def get_stylist(request: Request) -> Stylist:
    return request.app.state.runtime.stylist  # type: ignore[no-any-return]


def get_settings(services: Annotated[Services, Depends(get_services)]) -> Settings:
    return services.settings


ServicesDep = Annotated[Services, Depends(get_services)]
SessionDep = Annotated[Session, Depends(get_session)]
IndexDep = Annotated[ProductIndex, Depends(get_index)]
StylistDep = Annotated[Stylist, Depends(get_stylist)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
