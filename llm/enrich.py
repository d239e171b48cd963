"""Enrichment: category, tags and synonyms for new items, so other words find them.

"where are my xmas decorations" finds "christmas lights" because `enrich_item` added
"xmas lights" and "decorations" to its tags, which search reads through
`item.search_text`. Items are enriched after the message that created them is
answered, in batches (one call for up to `batch_size` items of a household), by a
background thread or by `run_pending()`; offline nothing is queued at all.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy.orm import Session, sessionmaker

from inventory import add_item_tags, item_names
from llm.errors import LLMError
from llm.handler import LLMHandler
from llm.schemas import Enrichment, ItemEnrichment
from wms.core.database import unit_of_work

logger = logging.getLogger(__name__)


class Enricher:
    """Queues new items and enriches them in batches.

    Args:
        handler: the one way to the model.
        session_factory: where items are read and updated.
        background: run a worker thread (False: the owner calls `run_pending()`).
        batch_size: at most this many items per model call.
        wait_seconds: how long the worker waits for more items before a call.
    """

    def __init__(
        self,
        handler: LLMHandler,
        session_factory: sessionmaker[Session],
        *,
        background: bool = True,
        batch_size: int = 20,
        wait_seconds: float = 0.5,
    ):
        self._handler = handler
        self._sessions = session_factory
        self._queue: queue.Queue[tuple[int, int]] = queue.Queue()
        self._stopping = threading.Event()
        self._background = background
        self._batch_size = batch_size
        self._wait = wait_seconds
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, household_id: int, item_ids: Iterable[int]) -> None:
        """Queue items for enrichment (returns at once)."""
        for item_id in item_ids:
            self._queue.put((household_id, item_id))
        if self._background:
            self._ensure_worker()

    def run_pending(self) -> int:
        """Enrich everything queued now, in batches; returns the number of model calls."""
        pending: dict[int, list[int]] = defaultdict(list)
        while True:
            try:
                entry = self._queue.get_nowait()
            except queue.Empty:
                break
            pending[entry[0]].append(entry[1])
        calls = 0
        for household_id, item_ids in pending.items():
            for start in range(0, len(item_ids), self._batch_size):
                calls += self.enrich_items(household_id, item_ids[start : start + self._batch_size])
        return calls

    def close(self) -> None:
        """Stop the worker after enriching what is queued."""
        self._stopping.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout=60)
            self._thread = None
        self.run_pending()

    def enrich_items(self, household_id: int, item_ids: list[int]) -> int:
        """Enrich some items of one household with one model call; returns calls made (0 or 1)."""
        with unit_of_work(self._sessions) as db_session:
            by_id = item_names(db_session, household_id=household_id, item_ids=item_ids)
        names = list(dict.fromkeys(by_id[item_id] for item_id in item_ids if item_id in by_id))
        if not names:
            return 0
        try:
            result = self._handler.run(
                "enrich_item", {"items": "\n".join(names)}, household_id=household_id
            )
        except LLMError as error:
            logger.warning("enrichment of %d item(s) skipped: %s", len(names), error)
            return 1
        assert isinstance(result, Enrichment)
        by_name = {entry.name.strip().lower(): entry for entry in result.items}
        words = {
            item_id: _words(by_name[name.lower()])
            for item_id, name in by_id.items()
            if name.lower() in by_name
        }
        with unit_of_work(self._sessions) as db_session:
            add_item_tags(db_session, household_id=household_id, tags=words)
        return 1

    def _ensure_worker(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="wms-enricher", daemon=True)
                self._thread.start()

    def _work(self) -> None:
        while not self._stopping.is_set():
            try:
                entry = self._queue.get(timeout=0.2)
            except queue.Empty:
                continue
            self._queue.put(entry)  # back in line with whatever arrives during the wait
            self._stopping.wait(self._wait)
            try:
                self.run_pending()
            except Exception:
                logger.exception("enrichment failed")


def _words(entry: ItemEnrichment) -> list[str | None]:
    return [entry.category, *entry.tags, *entry.synonyms]
