"""The Jinja2 environment of the site (autoescaping on: product and model text are untrusted)."""

from __future__ import annotations

from fastapi.templating import Jinja2Templates

from app.auth.csrf import csrf_token
from app.config import REPO_ROOT

templates = Jinja2Templates(directory=str(REPO_ROOT / "templates"))
templates.env.globals["csrf_token"] = csrf_token  # every form: {{ csrf_token(request) }}
EXAMPLE_VIBES = [
    "90s grunge coffee date",
    "minimalist office on a rainy day",
    "beach wedding guest",
    "first date at a wine bar",
    "autumn hike then pub",
    "gallery opening",
    "summer music festival",
    "airport comfy but put-together",
]
