"""Shared photos and audio clips: found among a message's files, downloaded with the bot token.

The file's details come from `files.info` (events may carry only a partial file
object); its `url_private_download` needs the bot token, which is sent only to
Slack's own hosts (or the configured API host, for a test server).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient

from bot.voice_flow import VOICE_FAILED, VOICE_TOO_LARGE
from wms.core.photos import MAX_PHOTO_BYTES, PhotoTooLarge, download_slot

logger = logging.getLogger(__name__)

DOWNLOAD_TIMEOUT_SECONDS = 30
_SLACK_HOST_SUFFIXES = (".slack.com", ".slack-edge.com")


class PhotoDownloadError(Exception):
    """A shared photo could not be fetched; the message says why, in a user's words."""


class AudioDownloadError(Exception):
    """A shared audio clip could not be fetched; the message says why, in a user's words."""


class _Refused(Exception):
    """The download was answered with an error or a sign-in page."""


def first_audio(files: Sequence[Mapping[str, Any]] | None) -> Mapping[str, Any] | None:
    """The first audio file (a Slack audio clip, a shared recording); None when there is none."""
    for file in files or ():
        mimetype = file.get("mimetype") or ""
        if mimetype.startswith("audio/") or file.get("subtype") == "slack_audio":
            return file
    return None


def first_image(files: Sequence[Mapping[str, Any]] | None) -> Mapping[str, Any] | None:
    """The first file that is (or may be) an image; None when there is none."""
    for file in files or ():
        mimetype = file.get("mimetype") or ""
        if mimetype.startswith("image/") or not mimetype:
            return file
    return None


def _trusted(url: str, api_host: str | None) -> bool:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if api_host is not None and host == api_host:
        return True
    slack_host = host == "slack.com" or host.endswith(_SLACK_HOST_SUFFIXES)
    return parts.scheme == "https" and slack_host


async def download_image(
    client: AsyncWebClient, file: Mapping[str, Any], *, token: str, api_host: str | None = None
) -> bytes:
    """The bytes of a shared image.

    Args:
        client: the Web API client (for `files.info`).
        file: the file object from the message event.
        token: the bot token that authorises the download.
        api_host: a host besides Slack's that may receive the token (a test server).

    Returns:
        The image bytes, at most `MAX_PHOTO_BYTES`.

    Raises:
        PhotoDownloadError: not an image, too large, or not downloadable.
    """
    info = (await client.files_info(file=file["id"])).get("file") or {}
    if not (info.get("mimetype") or "").startswith("image/"):
        raise PhotoDownloadError("I can only look at photos (JPEG, PNG, GIF or WebP).")
    if (info.get("size") or 0) > MAX_PHOTO_BYTES:
        raise PhotoDownloadError(str(PhotoTooLarge()))
    url = info.get("url_private_download") or info.get("url_private")
    if not url or not _trusted(url, api_host):
        logger.warning("not downloading Slack file %s from %r", info.get("id"), url)
        raise PhotoDownloadError("I couldn't fetch that photo from Slack.")
    try:
        data = await _download(url, token=token, limit=MAX_PHOTO_BYTES)
    except _Refused:
        raise PhotoDownloadError(
            "I couldn't fetch that photo from Slack (does the app have files:read?)."
        ) from None
    if data is None:
        raise PhotoDownloadError(str(PhotoTooLarge()))
    return data


async def download_audio(
    info: Mapping[str, Any], *, token: str, limit: int, api_host: str | None = None
) -> bytes:
    """The bytes of a shared audio clip, at most `limit` of them.

    Args:
        info: the file's details from `files.info`.
        token: the bot token that authorises the download.
        limit: the most bytes read; the download stops past it.
        api_host: a host besides Slack's that may receive the token (a test server).

    Raises:
        AudioDownloadError: too large, or not downloadable.
    """
    if (info.get("size") or 0) > limit:
        raise AudioDownloadError(VOICE_TOO_LARGE)
    url = info.get("url_private_download") or info.get("url_private")
    if not url or not _trusted(url, api_host):
        logger.warning("not downloading Slack file %s from %r", info.get("id"), url)
        raise AudioDownloadError(VOICE_FAILED)
    try:
        data = await _download(url, token=token, limit=limit)
    except (_Refused, aiohttp.ClientError, TimeoutError):
        raise AudioDownloadError(VOICE_FAILED) from None
    if data is None:
        raise AudioDownloadError(VOICE_TOO_LARGE)
    return data


async def _download(url: str, *, token: str, limit: int) -> bytes | None:
    """A file's bytes, or None when it has more than `limit` (nothing more is read then).

    Raises:
        _Refused: an error status, or a sign-in page (no files:read scope).
    """
    timeout = aiohttp.ClientTimeout(total=DOWNLOAD_TIMEOUT_SECONDS)
    async with (
        download_slot(),  # at most PHOTO_DOWNLOADS at once in this worker
        aiohttp.ClientSession(timeout=timeout) as session,
        session.get(url, headers={"Authorization": f"Bearer {token}"}) as response,
    ):
        if response.status != 200 or response.content_type.startswith("text/"):
            # Without the files:read scope Slack answers with a sign-in page.
            logger.warning("Slack file download answered %s %s", response.status,
                           response.content_type)  # fmt: skip
            raise _Refused()
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.content.iter_chunked(64 * 1024):
            size += len(chunk)
            if size > limit:
                response.close()  # drop the connection: nothing more is read
                return None
            chunks.append(chunk)
    return b"".join(chunks)
