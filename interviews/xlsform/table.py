"""One sheet of an XLSForm as a header plus numbered data rows."""

from interviews.xlsform.columns import Column, clean, is_blank, parse_header

HEADER_SEARCH_ROWS = 10


class Table:
    """A sheet: its columns (from the header row) and its non-empty rows with their spreadsheet row numbers."""

    def __init__(self, name: str, rows: list, marker: str | None = None):
        self.name = name
        self.columns: list[Column] = []
        self.rows: list[tuple[int, tuple]] = []
        self.header_row: int | None = None
        at = self._header_index(rows, marker)
        if at is None:
            return
        self.header_row = at + 1
        self.columns = [column for i, cell in enumerate(rows[at]) if (column := parse_header(i, cell))]
        self.rows = [(at + 2 + n, tuple(row)) for n, row in enumerate(rows[at + 1:]) if not is_blank(row)]

    @staticmethod
    def _header_index(rows: list, marker: str | None) -> int | None:
        for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
            names = {column.base for i, cell in enumerate(row) if (column := parse_header(i, cell))}
            if (marker is None and names) or marker in names:
                return index
        return None

    def column(self, base: str, lang: str | None = None) -> Column | None:
        """The column with this base name and language, if the sheet has it."""
        return next((c for c in self.columns if c.base == base and c.lang == lang), None)

    def get(self, row: tuple, base: str, lang: str | None = None) -> str:
        """The clean text of one cell ("" when the column or cell is missing)."""
        column = self.column(base, lang)
        if column is None or column.index >= len(row):
            return ""
        return clean(row[column.index])

    def languages(self, base: str) -> list[str | None]:
        """The language keys of a translatable column, in sheet order (None: the column without language)."""
        return list(dict.fromkeys(c.lang for c in self.columns if c.base == base))

    def has_data(self, column: Column) -> bool:
        """True when any data row has text in this column."""
        return any(column.index < len(row) and clean(row[column.index]) for _n, row in self.rows)
