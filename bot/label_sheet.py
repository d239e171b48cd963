"""Printable labels: a PDF of QR codes with each place's name and path.

Each label has the QR code on its left (drawn as vector squares, so it stays sharp
however small it is printed), the place's name in bold, the path of the places it is
in, and its code in small print, so it can also be typed (`/start p_<code>`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # fpdf and segno load with the first sheet: 0.3 s at every start otherwise
    from fpdf import FPDF

SEPARATOR = " / "  # the PDF core fonts have no "›"


@dataclass(frozen=True)
class Label:
    """One label: what it says and what its QR code opens."""

    name: str
    path: list[str]
    code: str
    link: str


@dataclass(frozen=True)
class Layout:
    """A sheet of labels, in millimetres: the page, the grid, the first label's corner."""

    page: tuple[float, float]
    columns: int
    rows: int
    label: tuple[float, float]
    margin: tuple[float, float] = (0.0, 0.0)
    gap: tuple[float, float] = (0.0, 0.0)


LAYOUTS = {
    "a4-3x8": Layout(page=(210, 297), columns=3, rows=8, label=(70, 37.125)),
    "letter-3x10": Layout(page=(215.9, 279.4), columns=3, rows=10, label=(66.675, 25.4),
                          margin=(4.7625, 12.7), gap=(3.175, 0)),
    "single": Layout(page=(90, 38), columns=1, rows=1, label=(90, 38)),
}  # fmt: skip
DEFAULT_LAYOUT = "a4-3x8"


def _printable(text: str) -> str:
    """The text in the core fonts' encoding; characters they lack become "?"."""
    return text.encode("cp1252", errors="replace").decode("cp1252")


def _draw_qr(pdf: FPDF, link: str, x: float, y: float, size: float) -> None:
    """The QR code of a link as black squares, one run of dark modules per rectangle."""
    import segno

    qr = segno.make(link, error="m")
    matrix = list(qr.matrix_iter(border=1))
    module = size / len(matrix)
    for row, cells in enumerate(matrix):
        start = None
        for column, dark in enumerate([*cells, 0]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                pdf.rect(x + start * module, y + row * module, (column - start) * module,
                         module, style="F")  # fmt: skip
                start = None


def _fit(pdf: FPDF, text: str, width: float, size: float, minimum: float) -> float:
    """The largest font size, from `size` down to `minimum`, at which the text fits."""
    while size > minimum and pdf.get_string_width(text) > width:
        size -= 0.5
        pdf.set_font_size(size)
    return size


def _draw_label(pdf: FPDF, label: Label, x: float, y: float, width: float, height: float) -> None:
    pad = min(2.5, height / 12)
    qr = height - 2 * pad
    _draw_qr(pdf, label.link, x + pad, y + pad, qr)
    left = x + pad + qr + pad
    room = x + width - pad - left
    scale = height / 37
    pdf.set_font("Helvetica", "B", 14 * scale)
    name = _printable(label.name)
    _fit(pdf, name, room, 14 * scale, 6)
    pdf.set_xy(left, y + pad)
    pdf.multi_cell(room, pdf.font_size * 1.2, name, max_line_height=pdf.font_size * 1.2)
    parents = _printable(SEPARATOR.join(label.path[:-1]))
    if parents:
        pdf.set_font("Helvetica", "", max(6.0, 9 * scale))
        pdf.set_x(left)
        pdf.multi_cell(room, pdf.font_size * 1.25, parents)
    pdf.set_font("Helvetica", "", max(5.0, 6 * scale))
    pdf.set_xy(left, y + height - pad - pdf.font_size * 1.2)
    pdf.cell(room, pdf.font_size * 1.2, f"p_{label.code}")


def labels_pdf(labels: Sequence[Label], layout: str = DEFAULT_LAYOUT) -> bytes:
    """A PDF with one label per place, filling the layout's sheets row by row.

    Raises:
        KeyError: the layout is not one of `LAYOUTS`.
    """
    from fpdf import FPDF

    sheet = LAYOUTS[layout]
    pdf = FPDF(unit="mm", format=sheet.page)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_creator("WMS")
    pdf.set_title("Labels")
    per_page = sheet.columns * sheet.rows
    width, height = sheet.label
    for number, label in enumerate(labels):
        if number % per_page == 0:
            pdf.add_page()
        column, row = number % per_page % sheet.columns, number % per_page // sheet.columns
        x = sheet.margin[0] + column * (width + sheet.gap[0])
        y = sheet.margin[1] + row * (height + sheet.gap[1])
        _draw_label(pdf, label, x, y, width, height)
    if not labels:
        pdf.add_page()
    return bytes(pdf.output())
