"""An Excel 97-2003 (.xls, BIFF) file -> plain rows per sheet, as ODK and KoboToolbox users often still have.

Read by xlrd (the reader pyxform uses as well). It parses the binary format itself: no XML, no formulas are
run, no macros. Only the survey, choices and settings sheets are loaded (`on_demand`), rows are not padded to
a width the file claims (`ragged_rows`), and the same row and column limits apply as for .xlsx.
"""

import io

import xlrd

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE2 compound file, the container of .xls
_EMPTY = (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR)


def is_xls(data: bytes) -> bool:
    """True when the bytes start like an .xls file."""
    return data.startswith(MAGIC)


def read_xls(data: bytes, wanted: tuple[str, ...], max_rows: int, max_columns: int) -> dict[str, list[tuple]]:
    """The rows of the wanted sheets (by lower-case name; other sheets: name only). xlrd errors pass through."""
    book = xlrd.open_workbook(file_contents=data, on_demand=True, ragged_rows=True, logfile=io.StringIO())
    try:
        result = {}
        for index, name in enumerate(book.sheet_names()):
            read = name.strip().lower() in wanted
            result[name] = _rows(book.sheet_by_index(index), max_rows, max_columns) if read else []
        return result
    finally:
        book.release_resources()


def _rows(sheet, max_rows: int, max_columns: int) -> list[tuple]:
    # One row more than allowed, so the reader can tell that a sheet was longer.
    return [tuple(_value(cell) for cell in sheet.row_slice(r, 0, min(sheet.row_len(r), max_columns)))
            for r in range(min(sheet.nrows, max_rows + 1))]


def _value(cell):
    if cell.ctype in _EMPTY:
        return None
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    return cell.value
