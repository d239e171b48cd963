"""What a label's QR code opens: the Telegram deep link, else the place's web page.

With Telegram configured a label opens the chat on its place (`/start p_<code>`,
as `https://t.me/<bot>?start=p_<code>`); the bot's name is asked once (getMe,
through the channel registry). Without Telegram, the web view's signed label link
(`WMS_SECRET_KEY`); with neither, the QR code holds the command to type.
"""

from __future__ import annotations

from bot.channels import enabled_channels
from bot.web.links import label_web_link
from inventory import place_payload
from wms.core.settings import Settings


class LabelLinks:
    """Makes the links printed on labels, for one process's settings."""

    def __init__(self, settings: Settings | None):
        self._settings = settings
        self._start_link: str | None = None
        self._asked = False

    def _telegram_start_link(self) -> str | None:
        """`https://t.me/<bot>?start={payload}` when a channel has deep links (asked once)."""
        if not self._asked and self._settings is not None:
            self._asked = True
            for channel in enabled_channels(self._settings):
                link = channel.invite_link(self._settings, "{payload}")
                if link is not None and link.startswith("https://"):
                    self._start_link = link
                    break
        return self._start_link

    def place_link(self, code: str, start_link: str | None = None) -> str:
        """The link of a place's label.

        Args:
            code: the place's code.
            start_link: the chat's own deep-link template, when the label is asked for
                in Telegram (`IncomingMessage.start_link`).
        """
        payload = place_payload(code)
        template = start_link or self._telegram_start_link()
        if template is not None:
            return template.format(payload=payload)
        if self._settings is not None and self._settings.web_configured:
            return label_web_link(self._settings, code)
        return f"/start {payload}"
