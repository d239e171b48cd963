"""Reading printed labels back: the first page of a PDF to PNG (pdftoppm), its QR codes
decoded (zbarimg), as a phone's camera would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_qr_tools = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)",
)


def qr_links(pdf: bytes, folder: Path, dpi: int = 150) -> list[str]:
    """The links in the QR codes of the PDF's first page, sorted."""
    (folder / "labels.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png",
                    str(folder / "labels.pdf"), str(folder / "page")], check=True)  # fmt: skip
    [page] = folder.glob("page*.png")
    found = subprocess.run(["zbarimg", "--quiet", "--raw", str(page)], capture_output=True,
                           text=True, check=False)  # fmt: skip
    return sorted(line for line in found.stdout.splitlines() if line)
