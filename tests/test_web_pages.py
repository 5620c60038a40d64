"""The shopper's pages through the real app and index (no model server: the composer answers, labelled)."""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Iterator
from html import unescape

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.catalog.models import Feedback, Product
from app.main import create_app
from app.services import Services


@pytest.fixture
def client(demo_store: Services) -> Iterator[TestClient]:
    with TestClient(create_app(services=demo_store)) as test_client:
        yield test_client


QUERY = {"vibe": "90s grunge coffee date", "department": "women", "size": "M", "shoe_size": "39", "budget": "300"}


def _token(client: TestClient) -> str:
    match = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/").text)
    assert match
    return match.group(1)


def _server_answer(client: TestClient, **extra: str) -> str:
    page = client.get("/outfits", params={**QUERY, **extra, "render": "server"})
    assert page.status_code == 200
    return page.text


def test_home_offers_examples_filters_and_a_style_switch(client: TestClient) -> None:
    home = client.get("/")
    assert home.status_code == 200
    assert 'name="vibe"' in home.text and "90s grunge coffee date" in home.text
    for field in ("department", "size", "shoe_size", "budget", "occasion", "season"):
        assert f'name="{field}"' in home.text
    assert 'name="style"' in home.text and "Studio Nord" in home.text  # two adapters are released


def test_an_empty_vibe_or_a_bad_budget_says_what_to_fix(client: TestClient) -> None:
    empty = client.get("/outfits", params={"vibe": "   "})
    assert empty.status_code == 422 and "describe the vibe" in empty.text
    budget = client.get("/outfits", params={"vibe": "party", "budget": "lots"})
    assert budget.status_code == 422 and "Budget" in budget.text


def test_results_page_streams_with_a_no_script_fallback(client: TestClient) -> None:
    page = client.get("/outfits", params=QUERY)
    assert page.status_code == 200 and 'aria-busy="true"' in page.text
    assert "render=server" in page.text  # the <noscript> link
    stream_body = re.search(r'data-stream="([^"]+)"', page.text)
    assert stream_body is not None
    body = json.loads(unescape(stream_body.group(1)))  # what the page's script posts to /outfits/stream
    assert body["vibe"] == QUERY["vibe"] and body["department"] == "women" and body["size"] == "M"
    assert body["shoe_size"] == "39" and float(body["budget"]) == 300


def test_server_rendered_answer_has_cards_actions_and_an_honest_label(client: TestClient) -> None:
    html = _server_answer(client)
    assert html.count('class="outfit"') == 3
    assert "Why it works" in html and "fallback stylist" in html  # degraded, and it says so
    assert html.count('action="/outfits/') >= 6  # swap and feedback forms
    assert 'name="slot" value="shoes"' in html
    assert "<img src=\"\"" not in html and 'class="placeholder"' in html  # no broken images


def test_stream_sends_rendered_cards_then_a_note(client: TestClient) -> None:
    body = {k: v for k, v in QUERY.items() if k != "budget"} | {"budget": 300, "count": 2}
    assert client.post("/outfits/stream", json=body).status_code == 403  # no CSRF token
    with client.stream("POST", "/outfits/stream", json=body, headers={"X-CSRF-Token": _token(client)}) as response:
        text = "".join(response.iter_text())
    events = re.findall(r"event: (\w+)\r?\ndata: (.*)", text)
    assert [name for name, _ in events] == ["outfit", "outfit", "done"]
    assert 'class="outfit"' in json.loads(events[0][1])["html"]
    assert "fallback stylist" in json.loads(events[-1][1])["html"]


def test_swap_save_share_and_feedback_work_without_javascript(client: TestClient, demo_store: Services) -> None:
    html = _server_answer(client, count="1")
    outfit_id = re.search(r'data-outfit-id="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    token = _token(client)
    swapped = client.post(f"/outfits/{outfit_id}/swap", data={"slot": "shoes", "csrf_token": token},
                          follow_redirects=False)
    assert swapped.status_code == 303
    permalink = client.get(swapped.headers["location"])
    assert permalink.status_code == 200 and "90s grunge coffee date" in permalink.text
    assert "You swapped a piece" in permalink.text
    voted = client.post(f"/outfits/{outfit_id}/feedback", data={"vote": "down", "reason": "too dark",
                                                                "csrf_token": token}, follow_redirects=False)
    assert voted.status_code == 303 and voted.headers["location"].endswith("?thanks=1")
    with demo_store.sessions() as session:
        row = session.scalars(select(Feedback).where(Feedback.outfit_id == outfit_id)).one()
        assert (row.vote, row.reason) == (-1, "too dark")
    assert client.get("/outfits/not-an-outfit").status_code == 404


def test_fragments_for_the_script(client: TestClient) -> None:
    html = _server_answer(client, count="1")
    outfit_id = re.search(r'data-outfit-id="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    slots = re.findall(r'name="slot" value="(\w+)"', html)
    token = _token(client)
    card = client.post(f"/outfits/{outfit_id}/swap", data={"slot": slots[0], "csrf_token": token},
                       headers={"X-Fragment": "1"})
    assert card.status_code == 200 and card.text.lstrip().startswith("<article")
    missing = "top" if "dress" in slots else "dress"
    absent = client.post(f"/outfits/{outfit_id}/swap", data={"slot": missing, "csrf_token": token},
                         headers={"X-Fragment": "1"})
    assert absent.status_code == 409 and f"has no {missing}" in absent.text
    bad = client.post(f"/outfits/{outfit_id}/swap", data={"slot": slots[0], "csrf_token": token},
                      headers={"X-Fragment": "1", "X-Outfit-Number": "first"})
    assert bad.status_code == 422 and "x-outfit-number" in bad.text.lower()  # said, not a server error
    thanks = client.post(f"/outfits/{outfit_id}/feedback", data={"vote": "up", "csrf_token": token},
                         headers={"X-Fragment": "1"})
    assert "Thanks" in thanks.text


def test_product_page_and_complete_the_look(client: TestClient, demo_store: Services) -> None:
    with demo_store.sessions() as session:
        boots = session.scalars(select(Product).where(Product.slot == "shoes", Product.department == "women")).first()
        assert boots is not None
        handle, title = boots.handle, boots.title
    page = client.get(f"/items/{handle}")
    assert page.status_code == 200 and 'id="complete-the-look"' in page.text
    looks = client.get(f"/items/{handle}/complete-the-look", headers={"X-Fragment": "1"})
    assert looks.status_code == 200 and "<html" not in looks.text
    assert looks.text.count('class="outfit"') >= 1 and looks.text.count(title) >= looks.text.count('class="outfit"')


def test_model_and_product_text_are_escaped(client: TestClient) -> None:
    html = _server_answer(client, vibe="<script>alert(1)</script> grunge")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_pages_render_in_under_200_ms_server_time(client: TestClient, demo_store: Services) -> None:
    """Server time of the pages, model generation excluded (the issue's budget)."""
    with demo_store.sessions() as session:
        handle = session.scalars(select(Product.handle)).first()
    html = _server_answer(client, count="1")
    outfit_id = re.search(r'data-outfit-id="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    pages = ["/", "/outfits?vibe=gallery+opening", f"/items/{handle}", f"/outfits/{outfit_id}", "/shop",
             "/shop?q=linen+shirt"]
    for path in pages:
        client.get(path)  # warm
        times = []
        for _ in range(5):
            started = time.perf_counter()
            assert client.get(path).status_code == 200
            times.append((time.perf_counter() - started) * 1000)
        assert statistics.median(times) < 200, f"{path}: {statistics.median(times):.0f} ms"


def _cards(html: str) -> list[list[tuple[str, str, int | None]]]:
    """Each card's pieces: (handle, slot, the outfit number its "Also in outfit N" label names, or None)."""
    cards = []
    for card in html.split('<article class="outfit"')[1:]:
        pieces = []
        for item in re.findall(r'<li class="outfit-item">(.*?)</li>', card, flags=re.S):
            handle = re.search(r'href="/items/([^"]+)"', item).group(1)  # type: ignore[union-attr]
            slot = re.search(r'name="slot" value="(\w+)"', item).group(1)  # type: ignore[union-attr]
            label = re.search(r'class="also-in">Also in outfit (\d+)<', item)
            pieces.append((handle, slot, int(label.group(1)) if label else None))
        cards.append(pieces)
    return cards


def test_a_piece_an_earlier_outfit_wears_is_labelled_and_keeps_its_label_after_a_swap(client: TestClient) -> None:
    """Outfits of one answer may share shoes, outerwear or an accessory (app/stylist/variety.py); the card says
    which earlier outfit wears it, and a swapped card re-rendered for the script still says so."""
    html = _server_answer(client)
    cards = _cards(html)
    first_seen: dict[str, int] = {}
    shared = 0
    for number, pieces in enumerate(cards, start=1):
        for handle, _, label in pieces:
            assert label == (first_seen[handle] if handle in first_seen else None), (number, handle)
            shared += label is not None
        for handle, _, _ in pieces:
            first_seen.setdefault(handle, number)
    assert shared, "this vibe's answer shares a piece (the demo store has few boots in size 39 under $300)"
    number, pieces = next((n, p) for n, p in enumerate(cards, start=1) if any(label for *_, label in p))
    handle, _, label = next(piece for piece in pieces if piece[2])
    other = next(slot for h, slot, _ in pieces if h != handle)
    outfit_id = re.findall(r'data-outfit-id="([^"]+)"', html)[number - 1]
    swapped = client.post(f"/outfits/{outfit_id}/swap", data={"slot": other, "csrf_token": _token(client)},
                          headers={"X-Fragment": "1", "X-Outfit-Number": str(number)})
    assert swapped.status_code == 200
    card = _cards(swapped.text)[0]
    assert (handle, label) in [(h, lab) for h, _, lab in card]
    assert other_slot_changed(pieces, card, other)
    above = {h: n for n, earlier in reversed(list(enumerate(cards[: number - 1], start=1))) for h, _, _ in earlier}
    assert [lab for _, _, lab in card] == [above.get(h) for h, _, _ in card]  # every label, from the cards above


def other_slot_changed(before: list[tuple[str, str, int | None]], after: list[tuple[str, str, int | None]],
                       slot: str) -> bool:
    return {h for h, s, _ in before if s == slot} != {h for h, s, _ in after if s == slot}
