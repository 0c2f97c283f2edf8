"""Key rotation: re-encrypt every encrypted column with the new key, in one transaction."""

import sqlalchemy as sa

from research.backup import raw_table, tables_in_order
from research.crypto import EncryptedText, Keyring


def encrypted_columns():
    """(table, [column names]) for every table with encrypted columns."""
    for table in tables_in_order():
        names = [c.name for c in table.columns if isinstance(c.type, EncryptedText)]
        if names:
            yield table, names


def rotate(engine: sa.Engine, old: Keyring, new: Keyring) -> int:
    """Decrypt with any old key and encrypt with the new one; returns the number of values rewritten."""
    rewritten = 0
    with engine.begin() as connection:
        for table, names in encrypted_columns():
            raw = raw_table(table)
            for row in connection.execute(sa.select(raw.c.id, *[raw.c[n] for n in names])).mappings():
                values = {n: new.encrypt(old.decrypt(row[n])) for n in names if row[n] is not None}
                if values:
                    connection.execute(sa.update(raw).where(raw.c.id == row["id"]).values(**values))
                    rewritten += len(values)
    return rewritten
