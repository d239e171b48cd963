"""The LLM layer as the router uses it: one handler, the intent chain and the enricher."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from llm.calls import LLMCall
from llm.chain import IntentChain
from llm.enrich import Enricher
from llm.handler import LLMHandler
from wms.core.settings import Settings


@dataclass
class LLMServices:
    """Everything that may call a model, built once per process.

    Attributes:
        handler: the only place that talks to a model.
        intents: the intent chain (`parse_intent`).
        enricher: enrichment of new items (`enrich_item`).
    """

    handler: LLMHandler
    intents: IntentChain
    enricher: Enricher

    @classmethod
    def create(
        cls,
        settings: Settings,
        session_factory: sessionmaker[Session],
        *,
        calls: dict[str, LLMCall] | None = None,
        background: bool = True,
        backoff_seconds: float = 0.25,
    ) -> LLMServices:
        """Build the services (the call files are validated now; LangChain loads on first use).

        Raises:
            LLMNotConfigured: offline settings (no key, no base URL).
            LLMCallFileError: a call file is broken.
        """
        handler = LLMHandler(
            settings,
            session_factory=session_factory,
            calls=calls,
            backoff_seconds=backoff_seconds,
        )
        enricher = Enricher(handler, session_factory, background=background)
        return cls(handler=handler, intents=IntentChain(handler), enricher=enricher)

    @classmethod
    def from_settings(
        cls, settings: Settings, session_factory: sessionmaker[Session]
    ) -> LLMServices | None:
        """The services when a model is configured, None in offline mode."""
        if not settings.llm_configured:
            return None
        return cls.create(settings, session_factory)

    def close(self) -> None:
        """Finish queued enrichment, stop the worker, close the usage connection."""
        self.enricher.close()
        self.handler.close()
