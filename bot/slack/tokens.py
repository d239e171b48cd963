"""Checking Slack's tokens at start-up: a refused token stops with one line naming it.

`check_bot_token` asks `auth.test` before anything else, waiting (with a growing
pause, said once in the log) while Slack cannot be reached. `refusal` turns Slack's
"invalid_auth" and its kin into a `ChannelFailed` that names the variable.
"""

from __future__ import annotations

import logging

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels import ChannelFailed, until_reachable

logger = logging.getLogger(__name__)

REFUSALS = frozenset({"invalid_auth", "not_authed", "account_inactive", "token_revoked",
                      "token_expired", "not_allowed_token_type"})  # fmt: skip
HOW_TO_FIX = {
    "SLACK_BOT_TOKEN": "copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions",
    "SLACK_APP_TOKEN": "create an app-level token (xapp-…) with connections:write "
    "under Basic Information",
}


def refusal(error: SlackApiError, variable: str) -> ChannelFailed | None:
    """The failure to report when Slack refused the token in `variable`, else None."""
    code = error.response.get("error") if error.response is not None else None
    if code not in REFUSALS:
        return None
    return ChannelFailed(f"{variable} was refused by Slack ({code}): {HOW_TO_FIX[variable]}")


async def check_bot_token(client: AsyncWebClient) -> None:
    """Ask `auth.test` with the bot token until Slack answers.

    Raises:
        ChannelFailed: Slack refused `SLACK_BOT_TOKEN`.
    """

    async def ask() -> None:
        try:
            await client.auth_test()
        except SlackApiError as error:
            failed = refusal(error, "SLACK_BOT_TOKEN")
            if failed is not None:
                raise failed from None
            raise

    await until_reachable(ask, service="Slack",
                          unreachable=(aiohttp.ClientError, TimeoutError, OSError))  # fmt: skip


class WithoutUrlFailure(logging.Filter):
    """Drops slack_sdk's "Failed to retrieve WSS URL" line: `refusal` says it in one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for that line."""
        return not record.getMessage().startswith("Failed to retrieve WSS URL")
