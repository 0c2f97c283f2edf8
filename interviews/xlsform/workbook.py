"""An uploaded .xlsx or .xls file -> plain rows per sheet, after checks that keep hostile files out.

Limits: at most 5 MB as uploaded; for .xlsx 50 MB unpacked, 300 parts in the zip, no part packed more than 200 times
smaller than it unpacks (zip bombs); 5,000 rows and 60 columns per sheet read. The XML is parsed only by
openpyxl, which uses defusedxml (no entities, no external references). An .xls is read by `xls.read_xls`.
"""

import io
import zipfile

import openpyxl
from flask_babel import gettext as _

from interviews.xlsform import xls
from interviews.xlsform.spec import XLSFormError

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_PARTS = 300
MAX_RATIO = 200
MAX_ROWS = 5000
MAX_COLUMNS = 60
READ_SHEETS = ("survey", "choices", "settings")


def read_workbook(data: bytes) -> dict[str, list[tuple]]:
    """The rows of the survey, choices and settings sheets (other sheets: name only, no rows)."""
    check_size(data)
    if xls.is_xls(data):
        try:
            return xls.read_xls(data, READ_SHEETS, MAX_ROWS, MAX_COLUMNS)
        except Exception as error:  # xlrd raises many kinds for broken files; all mean "cannot read"
            raise XLSFormError(_unreadable()) from error
    check_package(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for broken or hostile files; all mean "cannot read"
        raise XLSFormError(_unreadable()) from error
    try:
        return {sheet.title: _rows(sheet) if sheet.title.strip().lower() in READ_SHEETS else []
                for sheet in book.worksheets}
    except Exception as error:  # a broken sheet shows only while reading rows
        raise XLSFormError(_unreadable()) from error
    finally:
        book.close()


def check_size(data: bytes) -> None:
    """Refuse an empty file or one above the upload limit."""
    if not data:
        raise XLSFormError(_("Het bestand is leeg."))
    if len(data) > MAX_FILE_BYTES:
        raise XLSFormError(_("Het bestand is te groot: %(size)s MB. Er past hoogstens %(limit)d MB in.",
                             size=f"{len(data) / 1024 / 1024:.1f}", limit=MAX_FILE_BYTES // 1024 // 1024))


def check_package(data: bytes) -> None:
    """Refuse files that are no .xlsx (zip) at all, or unpack into far more than they are."""
    if not openpyxl.DEFUSEDXML:
        raise XLSFormError(_("Het inlezen van spreadsheets is op deze server uitgezet (defusedxml ontbreekt)."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise XLSFormError(_unreadable()) from error
    unpacked = sum(part.file_size for part in parts)
    bomb = any(part.file_size > MAX_RATIO * max(part.compress_size, 1) for part in parts)
    if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED_BYTES or bomb:
        raise XLSFormError(_("Dit bestand is uitgepakt veel te groot. Wijkstem leest het niet, voor de veiligheid."))
    if not any(part.filename == "xl/workbook.xml" for part in parts):
        raise XLSFormError(_unreadable())


def _rows(sheet) -> list[tuple]:
    rows = []
    for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
        rows.append(tuple(row))
        if len(rows) > MAX_ROWS:
            break
    return rows


def _unreadable() -> str:
    return _("Dit bestand kan Wijkstem niet lezen. Gebruik een Excel-bestand (.xlsx of .xls) in XLSForm-vorm, "
             "bijvoorbeeld uit KoboToolbox of ODK. Er is niets opgeslagen.")
