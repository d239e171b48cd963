"""The web view's pages (Starlette routes, Jinja2 templates), served by `wms serve`.

Read-only and without passwords: an access link (`bot.web.links`) sets a cookie that
lets the browser see one household until the link expires. Without a valid cookie,
and for anything of another household, every page is the same plain 403.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import segno
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.templating import Jinja2Templates

from bot.render import amount, path, when
from bot.render_history import place_then
from bot.web.label_links import LabelLinks
from bot.web.links import WEB_PATH, Access, read_access_token, read_label_token
from inventory import (
    ContentsNode,
    Context,
    PlaceView,
    item_by_id,
    list_places,
    locate,
    place_by_id,
    place_contents,
    place_with_code,
)
from wms.core.photos import PhotoError, PhotoStore, image_type
from wms.core.settings import Settings

COOKIE = "wms_web"
_TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
_TEMPLATES.env.globals.update(amount=amount, path=path, place_then=place_then, when=when,
                              web=WEB_PATH)  # fmt: skip


class WebView:
    """The pages, with what they need: settings, database sessions, the photo store."""

    def __init__(self, settings: Settings, photos: PhotoStore | None):
        self.settings = settings
        self.photos = photos
        self.links = LabelLinks(settings)

    def routes(self) -> list[BaseRoute]:
        """Every page under `/web`."""
        return [
            Route(f"{WEB_PATH}/", self.tree),
            Route(f"{WEB_PATH}/open/{{token}}", self.open),
            Route(f"{WEB_PATH}/l/{{token}}", self.label),
            Route(f"{WEB_PATH}/places/{{place_id:int}}", self.place),
            Route(f"{WEB_PATH}/places/{{place_id:int}}/photo", self.place_photo),
            Route(f"{WEB_PATH}/items/{{item_id:int}}", self.item),
            Route(f"{WEB_PATH}/photos/{{item_id:int}}", self.photo),
            Route(f"{WEB_PATH}/search", self.search),
        ]

    # -- access ---------------------------------------------------------------------

    def _access(self, request: Request) -> Access | None:
        token = request.cookies.get(COOKIE)
        return read_access_token(self.settings, token) if token else None

    @staticmethod
    def _sessions(request: Request) -> sessionmaker[Session]:
        sessions: sessionmaker[Session] = request.app.state.web_sessions
        return sessions

    def _page(self, request: Request, template: str, **context: Any) -> Response:
        return _TEMPLATES.TemplateResponse(request, template, context)

    def forbidden(self, request: Request) -> Response:
        """The one answer to a bad, expired or foreign link: no data, status 403."""
        return _TEMPLATES.TemplateResponse(request, "forbidden.html", {}, status_code=403)

    async def _read(self, request: Request, work: Any) -> Any:
        def run() -> Any:
            with self._sessions(request)() as db_session:
                return work(db_session)

        return await run_in_threadpool(run)

    # -- pages ----------------------------------------------------------------------

    async def open(self, request: Request) -> Response:
        """An access link: keep its token in a cookie, then show the household's places."""
        token = request.path_params["token"]
        access = read_access_token(self.settings, token)
        if access is None:
            return self.forbidden(request)
        response = RedirectResponse(f"{WEB_PATH}/", status_code=303)
        response.set_cookie(COOKIE, token, max_age=max(1, int(access.expires - time.time())),
                            httponly=True, samesite="lax",
                            secure=request.url.scheme == "https")  # fmt: skip
        return response

    async def label(self, request: Request) -> Response:
        """A label's link (labels printed without Telegram): the place's page."""
        access = self._access(request)
        code = read_label_token(self.settings, request.path_params["token"])
        if access is None or code is None:
            return self.forbidden(request)
        place = await self._read(request, lambda s: place_with_code(
            s, household_id=access.household_id, code=code))  # fmt: skip
        if place is None:
            return self.forbidden(request)
        return RedirectResponse(f"{WEB_PATH}/places/{place.id}", status_code=303)

    async def tree(self, request: Request) -> Response:
        """Every place, nested, with how many things are in each."""
        access = self._access(request)
        if access is None:
            return self.forbidden(request)
        places = await self._read(request, lambda s: list_places(
            s, household_id=access.household_id))  # fmt: skip
        return self._page(request, "tree.html", places=places, totals=_totals(places),
                          title="Your places")  # fmt: skip

    async def place(self, request: Request) -> Response:
        """A place: what is in it (nested), its latest photo, its label."""
        access = self._access(request)
        if access is None:
            return self.forbidden(request)
        place_id = request.path_params["place_id"]

        def read(db_session: Session) -> ContentsNode | None:
            if place_by_id(db_session, household_id=access.household_id, place_id=place_id) is None:
                return None
            return place_contents(db_session, household_id=access.household_id, place_id=place_id)

        node = await self._read(request, read)
        if node is None:
            return self.forbidden(request)
        link = await run_in_threadpool(self.links.place_link, node.place.code)
        item_photo = None if node.place.photo_key else _latest_photo(node)
        return self._page(request, "place.html", node=node, title=node.place.name,
                          photo=item_photo, qr=_qr_data_uri(link), link=link)  # fmt: skip

    async def item(self, request: Request) -> Response:
        """An item: where it is, who put it there and when, its history and photo."""
        access = self._access(request)
        if access is None:
            return self.forbidden(request)
        item_id = request.path_params["item_id"]
        found = await self._read(request, lambda s: item_by_id(
            s, household_id=access.household_id, item_id=item_id))  # fmt: skip
        if found is None:
            return self.forbidden(request)
        item, history = found
        return self._page(request, "item.html", item=item, history=history, title=item.name)

    async def photo(self, request: Request) -> Response:
        """An item's photo, for its page."""
        access = self._access(request)
        if access is None or self.photos is None:
            return self.forbidden(request)
        item_id = request.path_params["item_id"]
        found = await self._read(request, lambda s: item_by_id(
            s, household_id=access.household_id, item_id=item_id))  # fmt: skip
        if found is None or found[0].photo_key is None:
            return self.forbidden(request)
        return await self._photo_response(found[0].photo_key)

    async def place_photo(self, request: Request) -> Response:
        """A place's latest whole-place photo (a bin's contents), for its page."""
        access = self._access(request)
        if access is None or self.photos is None:
            return self.forbidden(request)
        place_id = request.path_params["place_id"]
        place = await self._read(request, lambda s: place_by_id(
            s, household_id=access.household_id, place_id=place_id))  # fmt: skip
        if place is None or place.photo_key is None:
            return self.forbidden(request)
        return await self._photo_response(place.photo_key)

    async def _photo_response(self, key: str) -> Response:
        try:
            data = await run_in_threadpool(self.photos.get, key)  # type: ignore[union-attr]
            mime = image_type(data)[0]
        except (KeyError, PhotoError, OSError):
            return Response("No photo.", status_code=404, media_type="text/plain")
        return Response(data, media_type=mime,
                        headers={"Cache-Control": "private, max-age=3600"})  # fmt: skip

    async def search(self, request: Request) -> Response:
        """The chat's "where is …?": names, words, plurals and typos."""
        access = self._access(request)
        if access is None:
            return self.forbidden(request)
        query = request.query_params.get("q", "").strip()[:200]
        ctx = Context(household_id=access.household_id, member_id=0, batch="")
        found = (
            await self._read(request, lambda s: locate(s, ctx=ctx, query=query)) if query else None
        )
        return self._page(request, "search.html", query=query, found=found, title="Search")


def _totals(places: list[PlaceView]) -> dict[int, int]:
    """How many things are in each place, counting the places inside it."""
    totals = {place.id: place.item_count for place in places}
    parents = {place.id: place.parent_id for place in places}
    for place in places:
        seen, parent = {place.id}, place.parent_id
        while parent is not None and parent in totals and parent not in seen:
            totals[parent] += place.item_count
            seen.add(parent)
            parent = parents[parent]
    return totals


def _latest_photo(node: ContentsNode) -> int | None:
    """The id of the item with a photo placed there last, at any depth."""
    items, stack = [], [node]
    while stack:
        current = stack.pop()
        items += [item for item in current.items if item.photo_key]
        stack += current.children
    if not items:
        return None
    return max(items, key=lambda item: (item.placed_at is not None, item.placed_at, item.id)).id


def _qr_data_uri(link: str) -> str:
    """A link's QR code as an SVG data URI, for the place page's printable label."""
    return segno.make(link, error="m").svg_data_uri(scale=4, border=2)
