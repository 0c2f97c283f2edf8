"""Backup, restore and key rotation on a real SQLite file."""

import sqlite3
import zipfile

import pytest
from sqlmodel import select

from interviews.models import Answer
from research import crypto
from research.backup import BackupError, backup, restore
from research.db import engine
from research.rotation import rotate


def _answers(db):
    return sorted(a.text for a in db.exec(select(Answer)))


def test_backup_then_restore_gives_back_the_same_data(app, db, world, tmp_path):
    before = _answers(db)
    with app.app_context():
        counts = backup(engine(), tmp_path / "kopie.zip")
    assert counts["answers"] == 1 and counts["users"] == 5
    archive = zipfile.ZipFile(tmp_path / "kopie.zip")
    assert "speeltuin" not in archive.read("tables/answers.jsonl").decode()  # still encrypted

    answer = db.get(Answer, world.answer.id)
    answer.text = "overschreven"
    db.add(answer)
    db.commit()
    with app.app_context():
        restore(engine(), tmp_path / "kopie.zip")
    db.expire_all()
    assert _answers(db) == before


def test_restore_refuses_a_file_that_is_no_backup(app, tmp_path):
    bad = tmp_path / "geen.zip"
    bad.write_bytes(b"dit is geen zip")
    with app.app_context(), pytest.raises(BackupError, match="kan niet worden gelezen"):
        restore(engine(), bad)


def test_cli_backup_and_restore(runner, world, tmp_path):
    result = runner.invoke(args=["backup", str(tmp_path / "b.zip")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["restore", str(tmp_path / "b.zip"), "--yes"])
    assert result.exit_code == 0 and "teruggezet" in result.output


def test_rotate_key_reencrypts_everything(app, db, db_path, world):
    old = crypto.keyring()
    new_key = crypto.new_key()
    with app.app_context():
        count = rotate(engine(), old, crypto.Keyring(new_key))
    assert count >= 3  # the answer, the segment and its quote
    stored = sqlite3.connect(db_path).execute("select text from answers").fetchone()[0]
    new = crypto.Keyring(new_key)
    assert new.decrypt(stored) == world.answer.text
    with pytest.raises(crypto.KeyError_):
        crypto.Keyring(crypto.new_key()).decrypt(stored)
