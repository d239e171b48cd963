"""Downloading a photo from Telegram with a hard byte limit, whatever size it declares.

`File.download_as_bytearray()` reads the whole file into memory, trusting nothing
but the server; here the download is streamed and stopped as soon as it passes
`MAX_PHOTO_BYTES`, and at most `PHOTO_DOWNLOADS` run at once (`download_slot`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import aiohttp
from telegram import Bot
from telegram.error import TelegramError

from wms.core.photos import MAX_PHOTO_BYTES, PhotoTooLarge, download_slot

logger = logging.getLogger(__name__)

DOWNLOAD_TIMEOUT_SECONDS = 60
_CHUNK_BYTES = 64 * 1024


class PhotoDownloadFailed(Exception):
    """Telegram did not give the file (an API error, a broken link, a timeout)."""


async def download_photo(bot: Bot, file_id: str, *, limit: int = MAX_PHOTO_BYTES) -> bytes:
    """The bytes of a file sent to the bot, at most `limit` of them.

    Args:
        bot: the bot (its `getFile` gives the download link).
        file_id: the photo's or document's file id.
        limit: the most bytes read; the download stops past it.

    Raises:
        PhotoTooLarge: the file declares or turns out to have more than `limit` bytes.
        PhotoDownloadFailed: the file could not be fetched.
    """
    try:
        file = await bot.get_file(file_id)
    except TelegramError as error:
        raise PhotoDownloadFailed(str(error)) from None
    if file.file_size and file.file_size > limit:
        raise PhotoTooLarge()
    if not file.file_path:
        raise PhotoDownloadFailed("no file_path")
    parts = urlsplit(file.file_path)
    if parts.scheme not in ("http", "https"):  # a local Bot API server gives a file path
        return _read_local(Path(file.file_path), limit)
    url = urlunsplit(parts._replace(path=quote(parts.path)))
    timeout = aiohttp.ClientTimeout(total=DOWNLOAD_TIMEOUT_SECONDS)
    try:
        async with (
            download_slot(),  # at most PHOTO_DOWNLOADS at once in this worker
            aiohttp.ClientSession(timeout=timeout, trust_env=True) as session,  # proxies, as PTB
            session.get(url) as response,
        ):
            if response.status != 200:
                raise PhotoDownloadFailed(f"HTTP {response.status}")
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.content.iter_chunked(_CHUNK_BYTES):
                size += len(chunk)
                if size > limit:
                    logger.warning("photo %s is over %d bytes; download stopped", file_id, limit)
                    response.close()  # drop the connection: nothing more is read
                    raise PhotoTooLarge()
                chunks.append(chunk)
    except (aiohttp.ClientError, TimeoutError) as error:
        raise PhotoDownloadFailed(type(error).__name__) from None
    return b"".join(chunks)


def _read_local(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise PhotoDownloadFailed(error.strerror or "cannot read") from None
    if len(data) > limit:
        raise PhotoTooLarge()
    return data
