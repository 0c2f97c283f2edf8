"""Build small .xlsx files for the XLSForm tests, including broken and hostile ones."""

import io
import zipfile
from pathlib import Path

from openpyxl import Workbook

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "xlsform"


def workbook(survey, choices=None, settings=None, extra=None) -> bytes:
    """An .xlsx with the given sheets (each a list of rows; the first row is the header)."""
    book = Workbook()
    book.active.title = "survey"
    for row in survey:
        book.active.append(row)
    for name, rows in (("choices", choices), ("settings", settings), *(extra or {}).items()):
        if rows is not None:
            sheet = book.create_sheet(name)
            for row in rows:
                sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    """The same .xlsx with one part (e.g. xl/worksheets/sheet1.xml) replaced."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, content if item.filename == name else source.read(item.filename))
    return out.getvalue()


def zip_bomb() -> bytes:
    """A small file that unpacks into a sheet far larger than itself."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("[Content_Types].xml", "<Types/>")
        target.writestr("xl/workbook.xml", "<workbook/>")
        target.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (8 * 1024 * 1024) + b"/>")
    return out.getvalue()


def many_parts(count: int = 400) -> bytes:
    """A zip with very many tiny parts."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("xl/workbook.xml", "<workbook/>")
        for n in range(count):
            target.writestr(f"xl/part{n}.xml", "<x/>")
    return out.getvalue()


def xls_workbook(survey, choices=None, settings=None) -> bytes:
    """The same sheets as an Excel 97-2003 .xls (BIFF) file, as ODK and Kobo users often still have."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, rows in (("survey", survey), ("choices", choices), ("settings", settings)):
        if rows is None:
            continue
        sheet = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
