"""XLSForm import into a new guide version (pages and CLI), and export as a download."""

import io

import pytest
from pyxform.xls2xform import convert
from sqlmodel import func, select

from interviews import guide_io, guides, translation_edit
from interviews.models import Guide, Question, Section
from interviews.questions import condition_of
from interviews.translations import question_text
from interviews.xlsform.spec import XLSFormError
from research.models import AuditEvent
from tests.interviews import xlsx
from tests.interviews.test_xlsform_convert import CHOICES, SURVEY

GUIDE = xlsx.workbook(SURVEY, CHOICES, [["form_title"], ["Opvoeden in Seghwaert"]])


def count(db, model):
    return db.exec(select(func.count()).select_from(model)).one()


def test_import_makes_a_new_version_and_keeps_the_old_one(db, world):
    guide, created = guide_io.import_xlsform(db, world.project, GUIDE, "leidraad.xlsx")
    db.commit()
    assert created and guide.version == world.guide.version + 1 and guide.source == "XLSForm: leidraad.xlsx"
    assert guides.current_guide(db, world.project).id == guide.id
    ordered = [q for _s, q in guides.ordered_questions(db, guide.id)]
    assert [q.kind for q in ordered] == ["yesno", "multiple", "open", "integer", "yesno"]
    assert condition_of(ordered[1].show_if) == {"question_key": "hulp", "equals": "ja"}
    texts = translation_edit.translations_for(db, guide.id)
    assert question_text(ordered[0], "tr", texts) == "Yardım aradınız mı?"
    assert [p.text for p in guides.probes_of(db, ordered[2])] == ["Kunt u een voorbeeld geven?",
                                                                  "Wat gebeurde er toen?"]
    assert any(w.row == 7 for w in guide_io.import_warnings(guide))
    # The interview keeps the version it was held with.
    assert world.interview.guide_id == world.guide.id and guides.ordered_questions(db, world.guide.id)


def test_the_same_file_twice_makes_one_version(db, world):
    first, created = guide_io.import_xlsform(db, world.project, GUIDE, "a.xlsx")
    again, created_again = guide_io.import_xlsform(db, world.project, GUIDE, "a.xlsx")
    assert (created, created_again, again.id) == (True, False, first.id)


def test_a_broken_file_stores_nothing(db, world):
    before = (count(db, Guide), count(db, Section), count(db, Question))
    for data in (b"", xlsx.zip_bomb(), xlsx.workbook([["type", "name", "label"], ["date", "d", "Wanneer?"]])):
        with pytest.raises(XLSFormError):
            guide_io.import_xlsform(db, world.project, data, "kapot.xlsx")
    db.rollback()
    assert (count(db, Guide), count(db, Section), count(db, Question)) == before


def test_export_of_an_imported_guide_converts_with_pyxform(db, world):
    guide, _created = guide_io.import_xlsform(db, world.project, GUIDE, "a.xlsx")
    data = guide_io.export_xlsform(db, guide)
    result = convert(xlsform=io.BytesIO(data), warnings=[], file_type=".xlsx")
    assert "Yardım aradınız mı?" in result.xform and "Hoe ging dat?" in result.xform


# Through the pages

def upload(client, world, data, name="leidraad.xlsx"):
    response = client.post(f"/p/{world.project.slug}/leidraad/importeren",
                           data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
    response.request.environ["wsgi.input"].close()  # the test client spools big bodies to a file it leaves open
    return response


def test_researcher_uploads_an_xlsform_and_sees_what_was_skipped(client, db, world, login):
    login(world.researcher)
    response = upload(client, world, GUIDE)
    assert response.status_code == 302
    guide = guides.current_guide(db, world.project)
    result = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Versie 2" in result and "4 vragen" not in result and "5 vragen" in result
    assert "is te ingewikkeld en niet overgenomen." in result and "<td>7</td>" in result
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "leidraad_geimporteerd")).one().object_id == \
        str(guide.id)
    again = upload(client, world, GUIDE)  # a double submit
    assert "nieuw=0" in again.headers["Location"] and count(db, Guide) == 2
    assert "al ingelezen" in client.get(again.headers["Location"]).get_data(as_text=True)
    preview = client.get(f"/p/{world.project.slug}/leidraad/{guide.id}/voorbeeld?taal=tr").get_data(as_text=True)
    assert "Yardım aradınız mı?" in preview and "Evet" in preview and "Okul" in preview
    assert "Via het wijkteam" in preview  # an option without translation: Dutch
    download = client.get(f"/p/{world.project.slug}/leidraad/{guide.id}/xlsform")
    assert download.status_code == 200 and download.data[:2] == b"PK"
    assert 'filename=leidraad-seghwaert-proef-v2.xlsx' in download.headers["Content-Disposition"]


@pytest.mark.parametrize(("data", "message"), [
    (b"type;name;label", "kan Wijkstem niet lezen"),
    (xlsx.zip_bomb(), "veel te groot"),
    (b"PK" + b"x" * (5 * 1024 * 1024), "te groot"),
    (xlsx.workbook([["vraag", "tekst"], ["a", "b"]]), "kolom &#39;type&#39;"),
])
def test_bad_uploads_get_a_dutch_message_and_change_nothing(client, db, world, login, data, message):
    login(world.researcher)
    response = upload(client, world, data)
    assert response.status_code == 200 and message in response.get_data(as_text=True)
    assert count(db, Guide) == 1


def test_an_upload_without_file_is_refused(client, db, world, login):
    login(world.researcher)
    response = client.post(f"/p/{world.project.slug}/leidraad/importeren", data={})
    assert response.status_code == 200 and "Kies een bestand." in response.get_data(as_text=True)


# The command line

def test_cli_imports_and_exports(runner, db, world, tmp_path):
    path = tmp_path / "leidraad.xlsx"
    path.write_bytes(GUIDE)
    result = runner.invoke(args=["import", "xlsform", str(path), "--project", world.project.slug])
    assert result.exit_code == 0, result.output
    assert "Versie 2" in result.output and "survey, rij 7" in result.output
    result = runner.invoke(args=["import", "xlsform", str(path), "--project", world.project.slug])
    assert "al ingelezen" in result.output and count(db, Guide) == 2
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"geen spreadsheet")
    result = runner.invoke(args=["import", "xlsform", str(broken), "--project", world.project.slug])
    assert result.exit_code != 0 and "kan Wijkstem niet lezen" in result.output
    result = runner.invoke(args=["import", "xlsform", str(path), "--project", "bestaat-niet"])
    assert result.exit_code != 0 and "geen project" in result.output
    out = tmp_path / "uit.xlsx"
    result = runner.invoke(args=["guide", "export-xlsform", "--project", world.project.slug, "--out", str(out)])
    assert result.exit_code == 0, result.output
    convert(xlsform=io.BytesIO(out.read_bytes()), warnings=[], file_type=".xlsx")
    assert "Lees" in runner.invoke(args=["import", "xlsform", "--help"]).output
