"""What can go wrong when a model is asked: each error says it in the LLM layer's own words.

The router maps these to the sentences a user sees (`bot.render.render_llm_error`).
"""

from __future__ import annotations


class LLMError(Exception):
    """Base of every error the LLM layer raises on purpose."""


class LLMCallFileError(LLMError):
    """An `llm_calls/*.json` file is broken or incomplete; the message names file and field."""


class LLMUnavailable(LLMError):
    """The model server could not be reached or kept failing (429/5xx) after the retries."""


class LLMTimeout(LLMError):
    """The model did not answer within the call's timeout."""


class LLMOutputError(LLMError):
    """The model answered, but not with output that passes validation (nothing is written)."""


class LLMEmptyAnswer(LLMOutputError):
    """The server answered without any choice (`"choices": []`, null or missing)."""


class LLMBudgetExceeded(LLMError):
    """The household reached its daily cap of model calls.

    Attributes:
        cap: the cap (calls per household per day).
    """

    def __init__(self, cap: int):
        super().__init__(f"the daily cap of {cap} model calls is reached")
        self.cap = cap


class LLMNotConfigured(LLMError):
    """No API key and no base URL: offline mode, nothing may call a model."""
