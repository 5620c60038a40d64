"""Access control across the whole route table, with the shipped default settings (API keys on writes).

Every route of the app is listed here with the credential it needs; a route added without a decision fails
`test_every_route_is_classified`, and every write or staff route is called without its credential and must
be refused. Also: staff login (Argon2id hashes, lockout, session rotation, logout), CSRF, API keys.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterator

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from app.auth import api_keys
from app.auth.staff import create_staff
from app.catalog.db import session_scope
from app.main import create_app
from app.services import Services

# (method, path) -> the credential that route needs. public: none; api-read / api-write: X-API-Key when
# STYLIST_API_KEY_ROUTES asks for it (default: writes); csrf: the site's session token (shopper forms);
# staff: a staff session (+ csrf on POST); login: csrf + rate limit (the credential is the password itself).
ROUTES = {
    ("GET", "/healthz"): "public", ("GET", "/readyz"): "public", ("GET", "/metrics"): "public",
    ("GET", "/api/v1/items"): "api-read", ("GET", "/api/v1/items/{handle}"): "api-read",
    ("GET", "/api/v1/items/{handle}/complete-the-look"): "api-read",
    ("GET", "/api/v1/outfits/{outfit_id}"): "api-read",
    ("POST", "/api/v1/outfits"): "api-write", ("POST", "/api/v1/outfits/stream"): "api-write",
    ("POST", "/api/v1/outfits/{outfit_id}/swap"): "api-write",
    ("POST", "/api/v1/outfits/{outfit_id}/feedback"): "api-write",
    ("GET", "/"): "public", ("GET", "/outfits"): "public", ("GET", "/outfits/{outfit_id}"): "public",
    ("GET", "/shop"): "public", ("GET", "/items/{handle}"): "public",
    ("GET", "/items/{handle}/complete-the-look"): "public",
    ("POST", "/outfits/stream"): "csrf", ("POST", "/outfits/{outfit_id}/swap"): "csrf",
    ("POST", "/outfits/{outfit_id}/feedback"): "csrf",
    ("GET", "/staff/login"): "public", ("POST", "/staff/login"): "login",
    ("POST", "/staff/logout"): "staff", ("GET", "/staff"): "staff", ("GET", "/staff/imports"): "staff",
    ("POST", "/staff/imports/preview"): "staff", ("POST", "/staff/imports/apply"): "staff",
    ("GET", "/staff/imports/{job_id}"): "staff", ("GET", "/staff/looks"): "staff",
    ("POST", "/staff/looks/upload"): "staff", ("GET", "/staff/feedback"): "staff", ("GET", "/staff/model"): "staff",
    ("GET", "/staff/model/{style}/eval.png"): "staff", ("GET", "/staff/export/{what}.csv"): "staff",
    ("GET", "/staff/catalog"): "staff",
}
DOC_ROUTES = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
PASSWORD = "correct horse battery staple"


@pytest.fixture
def app_services(demo_store: Services) -> Services:
    """The demo store with the shipped access defaults (the shared fixture opens the API for other tests)."""
    defaults = demo_store.settings.model_copy(update={"api_key_routes": "writes", "login_max_failures": 3})
    return dataclasses.replace(demo_store, settings=defaults)


@pytest.fixture
def client(app_services: Services) -> Iterator[TestClient]:
    with TestClient(create_app(services=app_services), follow_redirects=False) as test_client:
        yield test_client


def _route_table(client: TestClient) -> set[tuple[str, str]]:
    table = set()
    for route in client.app.routes:  # type: ignore[attr-defined]
        if isinstance(route, APIRoute) and route.path not in DOC_ROUTES:
            table |= {(method, route.path) for method in route.methods - {"HEAD"}}
    return table


def _fill(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def test_every_route_is_classified(client: TestClient) -> None:
    table = _route_table(client)
    assert table - ROUTES.keys() == set(), "a new route needs a credential decision in ROUTES"
    assert ROUTES.keys() - table == set(), "ROUTES names a route that no longer exists"


def test_every_write_and_staff_route_is_denied_without_its_credential(client: TestClient) -> None:
    for (method, path), needs in sorted(ROUTES.items()):
        url = _fill(path)
        if needs in ("public", "api-read"):
            continue
        response = client.request(method, url, data={"x": "1"} if method == "POST" else None)
        if needs == "staff" and method == "GET":
            assert response.status_code == 303 and response.headers["location"].startswith("/staff/login"), url
        elif needs == "api-write":
            assert response.status_code == 401, (method, url, response.status_code)
            assert "X-API-Key" in response.json()["detail"]
        else:  # csrf, login, staff POST: no session token
            assert response.status_code in (303, 403), (method, url, response.status_code)
            if response.status_code == 303:
                assert response.headers["location"].startswith("/staff/login"), url


def test_api_keys_open_write_routes_and_revocation_closes_them(client: TestClient, app_services: Services) -> None:
    with session_scope(app_services.sessions) as session:
        key = api_keys.issue(session, "ios-app")
    body = {"vibe": "gallery opening", "count": 1}
    assert client.post("/api/v1/outfits", json=body, headers={"X-API-Key": key + "x"}).status_code == 401
    assert client.post("/api/v1/outfits", json=body, headers={"X-API-Key": key}).status_code == 200
    assert client.get("/api/v1/items?limit=1").status_code == 200  # reads stay open with "writes"
    with session_scope(app_services.sessions) as session:
        assert api_keys.revoke(session, "ios-app") == 1
    assert client.post("/api/v1/outfits", json=body, headers={"X-API-Key": key}).status_code == 401


def test_all_mode_closes_read_routes_too(app_services: Services) -> None:
    closed = dataclasses.replace(app_services, settings=app_services.settings.model_copy(update={"api_key_routes": "all"}))
    with TestClient(create_app(services=closed)) as client:
        assert client.get("/api/v1/items").status_code == 401
        assert client.get("/shop").status_code == 200  # the site is not the API


def _token(client: TestClient, path: str = "/staff/login") -> str:
    page = client.get(path)
    match = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
    assert match, page.text[:500]
    return match.group(1)


def test_staff_login_lockout_session_rotation_and_logout(client: TestClient, app_services: Services) -> None:
    with session_scope(app_services.sessions) as session:
        user = create_staff(session, "Ada@Store.example", PASSWORD)
        assert user.password_hash.startswith("$argon2id$")
    token = _token(client)
    wrong = client.post("/staff/login", data={"email": "ada@store.example", "password": "nope", "csrf_token": token})
    assert wrong.status_code == 401 and "wrong email or password" in wrong.text
    unknown = client.post("/staff/login", data={"email": "who@x.example", "password": "nope", "csrf_token": token})
    assert "wrong email or password" in unknown.text  # no hint whether the account exists
    ok = client.post("/staff/login", data={"email": "ada@store.example", "password": PASSWORD, "csrf_token": token,
                                           "next": "//evil.example/"})
    assert ok.status_code == 303 and ok.headers["location"] == "/staff"  # no open redirect
    assert client.get("/staff").status_code == 200
    # the session was renewed at login: the pre-login token is dead
    old = client.post("/staff/logout", data={"csrf_token": token})
    assert old.status_code == 403
    out = client.post("/staff/logout", data={"csrf_token": _token(client, "/staff")})
    assert out.status_code == 303 and client.get("/staff").status_code == 303
    # three wrong passwords lock the account, even for the right one afterwards
    token = _token(client)
    for _ in range(3):
        client.post("/staff/login", data={"email": "ada@store.example", "password": "bad", "csrf_token": token})
    locked = client.post("/staff/login", data={"email": "ada@store.example", "password": PASSWORD, "csrf_token": token})
    assert locked.status_code == 401 and "locked" in locked.text


def test_a_success_resets_the_failure_count_and_a_lockout_ends(app_services: Services) -> None:
    import datetime as dt

    from sqlalchemy import select

    from app.auth.staff import authenticate
    from app.catalog.models import StaffUser

    def login(password: str) -> str | None:
        with session_scope(app_services.sessions) as session:
            result = authenticate(session, "grace@store.example", password, max_failures=3, lockout_s=900)
            return None if result.user_id else result.message

    with session_scope(app_services.sessions) as session:
        create_staff(session, "grace@store.example", PASSWORD)
    assert login("bad") and login("bad")
    assert login(PASSWORD) is None  # two failures, then a success: the count starts again
    assert login("bad") and login("bad")
    assert login(PASSWORD) is None  # so two more do not lock
    for _ in range(3):
        message = login("bad")
    assert message and "locked for 15 minute(s)" in message
    assert "locked" in (login(PASSWORD) or "")  # the right password is refused while locked
    with session_scope(app_services.sessions) as session:  # fifteen minutes pass
        user = session.scalar(select(StaffUser).where(StaffUser.email == "grace@store.example"))
        assert user is not None and user.locked_until is not None
        user.locked_until = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    assert login(PASSWORD) is None  # the lockout has ended
    with session_scope(app_services.sessions) as session:
        user = session.scalar(select(StaffUser).where(StaffUser.email == "grace@store.example"))
        assert user is not None and user.failed_logins == 0 and user.locked_until is None


def test_cross_site_form_posts_are_refused(client: TestClient) -> None:
    token = _token(client)
    evil = client.post("/staff/login", data={"email": "a@b.c", "password": "x", "csrf_token": token},
                       headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403 and "another site" in evil.json()["detail"]
    forged = client.post("/staff/login", data={"email": "a@b.c", "password": "x", "csrf_token": "guess"})
    assert forged.status_code == 403 and "does not match" in forged.json()["detail"]


def test_staff_upload_preview_then_apply(client: TestClient, app_services: Services) -> None:
    from tests.helpers import to_csv, variant_row

    with session_scope(app_services.sessions) as session:
        create_staff(session, "sam@store.example", PASSWORD)
    token = _token(client)
    client.post("/staff/login", data={"email": "sam@store.example", "password": PASSWORD, "csrf_token": token})
    token = _token(client, "/staff/imports")
    csv = to_csv([variant_row("velvet-evening-blazer", "VEB-M", "M", 2, "189.00", slot="outerwear",
                              title="Velvet Evening Blazer", colors="burgundy", style_tags="party"),
                  variant_row("broken-row", "BR-M", "M", -3, "12.00")])
    preview = client.post("/staff/imports/preview", data={"mode": "upsert", "csrf_token": token},
                          files={"file": ("new.csv", csv, "text/csv")})
    assert preview.status_code == 200
    assert "Velvet Evening Blazer" not in client.get("/shop?q=velvet+blazer").text  # a preview changes nothing
    assert re.search(r"<strong>1</strong> new", preview.text) and "stock" in preview.text  # the bad row, explained
    sha = re.search(r'name="sha256" value="([0-9a-f]{64})"', preview.text).group(1)  # type: ignore[union-attr]
    applied = client.post("/staff/imports/apply", data={"sha256": sha, "mode": "upsert", "csrf_token": token})
    assert applied.status_code == 303  # the import runs in the background; its page follows it
    deadline = time.monotonic() + 60
    while True:  # poll the job page as the browser does (it refreshes itself while the job runs)
        report = client.get(applied.headers["location"])
        if 'http-equiv="refresh"' not in report.text or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert "completed with errors" in report.text and 'http-equiv="refresh"' not in report.text
    assert "Velvet Evening Blazer" in client.get("/shop?q=velvet+blazer").text
    while 'result="imported"' not in client.get("/metrics").text and time.monotonic() < deadline:
        time.sleep(0.1)  # counted when the background import returns
    metrics = client.get("/metrics").text
    assert 'stylist_import_rows_total{result="imported"} 1.0' in metrics
    assert 'stylist_import_rows_total{result="bad"} 1.0' in metrics


def test_staff_pages_lookbooks_feedback_and_model(client: TestClient, app_services: Services) -> None:
    with session_scope(app_services.sessions) as session:
        create_staff(session, "lee@store.example", PASSWORD)
    client.post("/staff/login", data={"email": "lee@store.example", "password": PASSWORD, "csrf_token": _token(client)})
    model = client.get("/staff/model")
    assert model.status_code == 200
    assert "FITB accuracy" in model.text and "<table>" in model.text  # the evaluation reports, rendered
    assert "stylist finetune --lookbook house --promote" in model.text
    chart = client.get("/staff/model/house/eval.png")
    assert chart.status_code == 200 and chart.headers["content-type"] == "image/png"
    assert client.get("/staff/model/..%2F..%2Fpyproject.toml/eval.png").status_code == 404
    from decimal import Decimal

    from app.catalog.models import Feedback, SavedOutfit

    with session_scope(app_services.sessions) as session:
        outfit = SavedOutfit(id="fb0utfit", answer_id="a1", vibe="rainy museum day", request={}, items=[],
                             total=Decimal("120"), why="w", source="model", model="house@1234")
        session.add(outfit)
        session.add(Feedback(outfit=outfit, vote=-1, reason="shoes <b>too</b> formal"))
    feedback = client.get("/staff/feedback")
    assert feedback.status_code == 200
    # the shopper's reason, escaped, beside the vibe, the vote and a link to the outfit
    assert "shoes &lt;b&gt;too&lt;/b&gt; formal" in feedback.text and "rainy museum day" in feedback.text
    assert "<td>down</td>" in feedback.text and 'href="/outfits/fb0utfit"' in feedback.text
    exported = client.get("/staff/export/catalog.csv")
    assert exported.status_code == 200 and exported.text.startswith("handle,title,")
    assert "halden-essential-crew-tee-white-w" in exported.text
    assert client.get("/staff/export/secrets.csv").status_code == 404
    catalog = client.get("/staff/catalog", params={"q": "crew tee", "status": "active"})
    assert catalog.status_code == 200 and "Halden Essential Crew Tee" in catalog.text
    assert "Halden Essential Crew Tee" not in client.get("/staff/catalog", params={"q": "crew tee",
                                                                               "status": "inactive"}).text
    token = _token(client, "/staff/looks")
    handle = "halden-essential-crew-tee-white-w"
    looks_csv = ("look_id,vibe,paraphrases,occasion,season,department,handles,note\n"
                 f"test-1,clean white tee day,,weekend,summer,women,{handle},a note\n"
                 "test-2,ghost look,,weekend,summer,women,no-such-product,x\n")
    uploaded = client.post("/staff/looks/upload", data={"lookbook": "trial", "csrf_token": token},
                           files={"file": ("trial.csv", looks_csv.encode(), "text/csv")})
    assert uploaded.status_code == 200, uploaded.text[-500:]
    assert "1 looks loaded" in uploaded.text and "no-such-product" in uploaded.text
    assert "clean white tee day" in client.get("/staff/looks?lookbook=trial").text
    whole = ("look_id,vibe,paraphrases,occasion,season,department,handles,note\n"
             f"test-9,white tee picnic,,weekend,summer,women,{handle},a note\n")
    replaced = client.post("/staff/looks/upload", data={"lookbook": "trial", "replace": "true", "csrf_token": token},
                           files={"file": ("trial.csv", whole.encode(), "text/csv")})
    assert replaced.status_code == 200 and "1 looks the file does not have removed" in replaced.text
    assert "clean white tee day" not in client.get("/staff/looks?lookbook=trial").text
    more = ("look_id,vibe,paraphrases,occasion,season,department,handles,note\n"
            f"test-10,white tee brunch,,weekend,summer,women,{handle},a note\n")
    client.post("/staff/looks/upload", data={"lookbook": "trial", "csrf_token": token},
                files={"file": ("trial.csv", more.encode(), "text/csv")})
    only_new = ("look_id,vibe,paraphrases,occasion,season,department,handles,note\n"
                f"test-11,white tee gallery,,weekend,summer,women,{handle},a note\n")
    shrink = {"lookbook": "trial", "replace": "true", "csrf_token": token}
    upload = {"file": ("new.csv", only_new.encode(), "text/csv")}
    refused = client.post("/staff/looks/upload", data=shrink, files=upload)
    assert refused.status_code == 422 and "would remove 2 of the 2 looks" in refused.text
    assert "white tee picnic" in client.get("/staff/looks?lookbook=trial").text  # nothing changed
    confirmed = client.post("/staff/looks/upload", data={**shrink, "allow_shrink": "true"}, files=upload)
    assert confirmed.status_code == 200 and "2 looks the file does not have removed" in confirmed.text
