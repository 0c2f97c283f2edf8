"""After `make run`, every `wijkstem` command works on the instance it prepared; production still needs keys."""

import docx
import pytest

from tests.live import wijkstem, wijkstem_env

pytestmark = pytest.mark.slow


def test_commands_use_the_mode_make_run_wrote(tmp_path):
    env = wijkstem_env(INSTANCE_PATH=str(tmp_path / "instance"))
    before = wijkstem("export", "lea", "--project", "seghwaert", "--out", str(tmp_path / "x.docx"), env=env,
                      check=False)
    assert before.returncode != 0 and "WIJKSTEM_SECRET_KEY" in before.stderr

    made = wijkstem("instance", "init", "--mode", "demo", env=env)
    assert "modus: demo" in made.stdout
    wijkstem("db", "upgrade", env=env)
    wijkstem("demo", "load", "--if-empty", env=env)
    exported = wijkstem("export", "lea", "--project", "seghwaert", "--out", str(tmp_path / "x.docx"), env=env,
                        check=False)
    assert exported.returncode == 0, exported.stderr
    assert any("Seghwaert" in p.text for p in docx.Document(tmp_path / "x.docx").paragraphs)
    assert (tmp_path / "instance" / "wijkstem.sqlite3").exists()


def test_init_keeps_an_existing_file_and_refuses_production(tmp_path):
    folder = tmp_path / "instance"
    folder.mkdir()
    (folder / "config.py").write_text("MODE = 'test'\n")
    env = wijkstem_env(INSTANCE_PATH=str(folder))
    kept = wijkstem("instance", "init", "--mode", "demo", env=env)
    assert "niets veranderd" in kept.stdout
    assert (folder / "config.py").read_text() == "MODE = 'test'\n"

    production = wijkstem_env(INSTANCE_PATH=str(tmp_path / "p"))
    refused = wijkstem("instance", "init", "--mode", "production", env=production, check=False)
    assert refused.returncode != 0 and "WIJKSTEM_DATA_KEY" in refused.stderr
    assert not (tmp_path / "p" / "config.py").exists()
    still_refused = wijkstem("db", "upgrade", env=production, check=False)
    assert still_refused.returncode != 0 and "WIJKSTEM_SECRET_KEY" in still_refused.stderr
