"""Portable, consistent backups: every table as JSON lines in one zip, ciphertext kept as it is.

The copy is read in one transaction, so it is consistent while the app keeps running; it works the
same on SQLite and PostgreSQL. Encrypted columns are copied without decrypting them: a backup file
reveals no more than the database file does.
"""

import base64
import json
import zipfile
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import SQLModel

from research.crypto import EncryptedText
from research.timeutil import utcnow

FORMAT = "wijkstem-backup-1"


class BackupError(RuntimeError):
    """The backup cannot be made or restored; the message says why."""


def raw_table(table: sa.Table) -> sa.Table:
    """The same table with encrypted columns seen as plain text, so values pass through untouched."""
    columns = [sa.Column(c.name, sa.Text() if isinstance(c.type, EncryptedText) else c.type) for c in table.columns]
    return sa.Table(table.name, sa.MetaData(), *columns)


def tables_in_order() -> list[sa.Table]:
    """Every table, parents before children."""
    from research.app import import_models

    import_models()
    return list(SQLModel.metadata.sorted_tables)


def _encode(value):
    if isinstance(value, datetime | date):
        return {"$t": value.isoformat()}
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode()}
    return value


def _decode(value, column_type):
    if isinstance(value, dict) and "$t" in value:
        parsed = datetime.fromisoformat(value["$t"])
        return parsed.date() if isinstance(column_type, sa.Date) else parsed
    if isinstance(value, dict) and "$b" in value:
        return base64.b64decode(value["$b"])
    return value


def backup(engine: sa.Engine, path) -> dict:
    """Write a consistent copy of the whole database to a zip file; returns the row counts."""
    counts = {}
    with engine.connect() as connection, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if engine.dialect.name == "postgresql":
            connection.execute(sa.text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        revision = connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        for table in tables_in_order():
            rows = connection.execute(sa.select(raw_table(table))).mappings()
            lines = [json.dumps({k: _encode(v) for k, v in row.items()}) for row in rows]
            archive.writestr(f"tables/{table.name}.jsonl", "\n".join(lines))
            counts[table.name] = len(lines)
        manifest = {"format": FORMAT, "revision": revision, "made_at": utcnow().isoformat(), "counts": counts}
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
    return counts


def read_manifest(archive: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(archive.read("manifest.json"))
    except (KeyError, ValueError) as error:
        raise BackupError("Dit is geen Wijkstem-back-up (manifest.json ontbreekt of klopt niet).") from error
    if manifest.get("format") != FORMAT:
        raise BackupError("Dit back-upformaat kent deze versie van Wijkstem niet.")
    return manifest


def restore(engine: sa.Engine, path) -> dict:
    """Put a backup back into a migrated database at the same revision, replacing what is there."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise BackupError(f"Het bestand kan niet worden gelezen: {error}") from error
    with archive, engine.begin() as connection:
        manifest = read_manifest(archive)
        current = connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        if current != manifest["revision"]:
            raise BackupError(f"De database staat op versie {current}, de back-up op {manifest['revision']}. "
                              "Voer eerst 'wijkstem db upgrade' uit.")
        ordered = tables_in_order()
        for table in reversed(ordered):
            connection.execute(sa.delete(raw_table(table)))
        for table in ordered:
            _restore_table(connection, archive, raw_table(table))
    return manifest["counts"]


def _restore_table(connection, archive, table):
    text = archive.read(f"tables/{table.name}.jsonl").decode()
    types = {c.name: c.type for c in table.columns}
    rows = [
        {k: _decode(v, types[k]) for k, v in json.loads(line).items() if k in types}
        for line in text.splitlines() if line.strip()
    ]
    if rows:
        connection.execute(sa.insert(table), rows)
    if connection.dialect.name == "postgresql" and "id" in types and isinstance(types["id"], sa.Integer):
        # Built with SQLAlchemy expressions, so no table name is pasted into SQL text.
        sequence = sa.func.pg_get_serial_sequence(table.name, "id")
        last = sa.select(sa.func.coalesce(sa.func.max(table.c.id), 1)).scalar_subquery()
        connection.execute(sa.select(sa.func.setval(sequence, last)))
