"""Coded segments as a table: CSV (for any spreadsheet) or XLSX (Excel). Pure: rows in, bytes out.

Every text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading
apostrophe (research.audit.defuse_cell), in both formats.
"""

import csv
import io

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from research.audit import defuse_cell

HEADER = ("fragment", "deelnemer", "groep", "wijk", "onderdeel", "vraag", "codes", "begin", "eind", "tekst",
          "citaat")


def _cell(value):
    """Numbers stay numbers; text is defused and stripped of characters a workbook cannot hold."""
    if isinstance(value, int | float):
        return value
    return defuse_cell(ILLEGAL_CHARACTERS_RE.sub("", str(value or "")))


def rows_to_csv(rows) -> bytes:
    """UTF-8 with a BOM and semicolons, which Dutch Excel opens directly."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return out.getvalue().encode("utf-8-sig")


def rows_to_xlsx(rows, sheet_title: str = "Fragmenten") -> bytes:
    """One sheet with a header row; written in streaming mode, so large projects stay small in memory."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=sheet_title[:31])
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append([_cell(value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
