"""XLSForm import and export (ODK, KoboToolbox): pure conversion between spreadsheet rows and a GuideSpec.

- `workbook.read_workbook(data)` checks an uploaded file and gives its sheets as plain rows;
- `read.read_guide(sheets)` turns rows into a `GuideSpec` plus warnings (row number and what was skipped);
- `write.write_guide(spec)` turns a `GuideSpec` into .xlsx bytes that pyxform converts.
"""
