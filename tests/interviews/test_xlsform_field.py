"""XLSForms from the field: .xls files, number questions, a group's relevant, language columns, one true message."""

import io
import re

import pytest
from lxml import etree
from pyxform.xls2xform import convert
from sqlmodel import func, select

from interviews import guide_io, guides
from interviews.models import Answer, Guide, Question, QuestionTranslation, SectionTranslation
from interviews.questions import condition_of, should_show
from interviews.xlsform.read import read_guide
from interviews.xlsform.spec import XLSFormError
from interviews.xlsform.workbook import read_workbook
from interviews.xlsform.write import write_guide
from tests.interviews import xlsx

XFORMS = "{http://www.w3.org/2002/xforms}"
SURVEY = [
    ["type", "name", "label", "label::Türkçe (tr)", "label::Français (fr)", "hint", "relevant", "constraint"],
    ["select_one ja_nee", "kinderen", "Heeft u kinderen?", "Çocuğunuz var mı?", "Avez-vous des enfants?", None,
     None, None],
    ["begin group", "gezin", "Uw gezin", "Aileniz", None, None, "${kinderen} = 'ja'", None],
    ["integer", "aantal", "Hoeveel kinderen heeft u?", "Kaç çocuğunuz var?", None, "Tel alle kinderen.", None,
     None],
    ["decimal", "uren", "Hoeveel uur per week helpt u op school?", None, None, None, None, None],
    ["integer", "cijfer", "Welk cijfer geeft u de school?", None, None, None, None, ". >= 1 and . <= 5"],
    ["select_one vervoer", "hoe", "Hoe gaan ze naar school?", "Okula nasıl gidiyorlar?", None, None, None, None],
    ["text", "fiets", "Hoe gaat dat op de fiets?", None, None, None, "${hoe} = 'fiets'", None],
    ["begin group", "jong", "Jonge kinderen", None, None, None, "${aantal} = 1 or ${aantal} = 2", None],
    ["text", "opvang", "Gaan ze naar de opvang?", None, None, None, None, None],
    ["end group", None, None, None, None, None, None, None],
    ["end group", None, None, None, None, None, None, None],
    ["text", "verder", "Wilt u nog iets zeggen?", None, None, None, None, None],
]
CHOICES = [
    ["list_name", "name", "label", "label::Türkçe (tr)", "label::Français (fr)"],
    ["ja_nee", "ja", "Ja", "Evet", "Oui"], ["ja_nee", "nee", "Nee", "Hayır", "Non"],
    ["vervoer", "fiets", "Op de fiets", "Bisikletle", "À vélo"], ["vervoer", "lopen", "Lopend", None, None],
]
SETTINGS = [["form_title", "default_language"], ["Gezin en school", "Nederlands (nl)"]]


def read(data: bytes):
    spec, warnings = read_guide(read_workbook(data))
    return {q.key: q for s in spec.sections for q in s.questions}, spec, warnings


def test_an_xls_file_is_read_like_the_same_xlsx():
    from_xls = read_guide(read_workbook(xlsx.xls_workbook(SURVEY, CHOICES, SETTINGS)))
    assert from_xls == read_guide(read_workbook(xlsx.workbook(SURVEY, CHOICES, SETTINGS)))
    assert from_xls[0].title == "Gezin en school" and from_xls[0].question_count() == 8


def test_a_broken_xls_gets_the_same_clear_message():
    data = xlsx.xls_workbook(SURVEY, CHOICES)
    for broken in (data[:600], data[:8] + b"\x00" * 2000):
        with pytest.raises(XLSFormError, match="kan Wijkstem niet lezen.*Er is niets opgeslagen"):
            read_workbook(broken)


def test_integer_and_decimal_stay_numbers_and_go_back_as_numbers():
    questions, spec, warnings = read(xlsx.workbook(SURVEY, CHOICES, SETTINGS))
    assert (questions["aantal"].kind, questions["uren"].kind, questions["cijfer"].kind) == (
        "integer", "decimal", "scale")
    assert not [w for w in warnings if "open vraag geworden" in w.message]
    xform = etree.fromstring(convert(xlsform=io.BytesIO(write_guide(spec)), warnings=[], file_type=".xlsx")
                             .xform.encode())
    types = {b.get("nodeset").rsplit("/", 1)[-1]: b.get("type") for b in xform.iter(f"{XFORMS}bind")}
    assert (types["aantal"], types["uren"], types["cijfer"]) == ("int", "decimal", "int")


def test_a_groups_relevant_holds_for_each_question_in_it():
    questions, spec, warnings = read(xlsx.workbook(SURVEY, CHOICES, SETTINGS))
    has_children = {"question_key": "kinderen", "equals": "ja"}
    assert questions["aantal"].show_if == has_children and questions["uren"].show_if == has_children
    assert questions["fiets"].show_if == {"question_key": "hoe", "equals": "fiets", "and": [has_children]}
    assert questions["opvang"].show_if == {"question_key": "aantal", "in": ["1", "2"], "and": [has_children]}
    assert questions["verder"].show_if is None  # after the group: always asked
    assert not [w for w in warnings if "voorwaarde" in w.message.lower()]
    fiets = questions["fiets"].show_if
    assert should_show(fiets, {"kinderen": "ja", "hoe": "fiets"})
    assert not should_show(fiets, {"kinderen": "nee", "hoe": "fiets"})
    assert not should_show(fiets, {"kinderen": "ja", "hoe": "lopen"})


def test_a_combined_condition_is_exported_with_and_and_reads_back_the_same():
    questions, spec, _warnings = read(xlsx.workbook(SURVEY, CHOICES, SETTINGS))
    data = write_guide(spec)
    xform = etree.fromstring(convert(xlsform=io.BytesIO(data), warnings=[], file_type=".xlsx").xform.encode())
    relevant = {b.get("nodeset").rsplit("/", 1)[-1]: b.get("relevant") for b in xform.iter(f"{XFORMS}bind")}
    assert " and " in relevant["fiets"] and "'fiets'" in relevant["fiets"] and "'ja'" in relevant["fiets"]
    again, _spec, warnings = read(data)
    assert {k: q.show_if for k, q in again.items()} == {k: q.show_if for k, q in questions.items()}
    assert not [w for w in warnings if "voorwaarde" in w.message.lower()]


def test_language_columns_become_translations_and_unknown_languages_are_named():
    questions, spec, warnings = read(xlsx.xls_workbook(SURVEY, CHOICES, SETTINGS))
    assert questions["kinderen"].translations == {"tr": "Çocuğunuz var mı?"}
    assert questions["hoe"].option_translations == {"tr": {"fiets": "Bisikletle"}}
    assert spec.sections[1].title_translations == {"tr": "Aileniz"}
    skipped = [w.message for w in warnings if "Français (fr)" in w.message]
    assert len(skipped) == 2 and all("overgeslagen" in m for m in skipped)  # survey and choices, once each


def test_imported_translations_are_stored_for_the_guide(db, world):
    guide, _created = guide_io.import_xlsform(db, world.project, xlsx.xls_workbook(SURVEY, CHOICES, SETTINGS),
                                              "gezin.xls")
    by_key = {q.key: q for _s, q in guides.ordered_questions(db, guide.id)}
    rows = {(r.question_id, r.lang): r for r in db.exec(select(QuestionTranslation))}
    assert rows[(by_key["kinderen"].id, "tr")].text == "Çocuğunuz var mı?"
    assert "Bisikletle" in rows[(by_key["hoe"].id, "tr")].options
    assert not [key for key in rows if key[1] == "fr"]
    assert "Aileniz" in {r.title for r in db.exec(select(SectionTranslation)) if r.lang == "tr"}
    assert by_key["aantal"].kind == "integer" and condition_of(by_key["fiets"].show_if)["and"]


def shared(name: str):
    path = xlsx.SHARED / name
    if not path.exists():
        pytest.skip(f"{path} is not present (the shared XLSForm examples live outside the repository)")
    return path.read_bytes()


def test_the_german_english_form_keeps_its_english_as_translations(db, world):
    guide, _created = guide_io.import_xlsform(db, world.project, shared("testB.xlsx"), "testB.xlsx")
    by_key = {q.key: q for _s, q in guides.ordered_questions(db, guide.id)}
    english = {r.question_id: r for r in db.exec(select(QuestionTranslation).where(QuestionTranslation.lang == "en"))}
    project = by_key["project_id"]
    assert project.text.startswith("Für welche Projekte")  # German is the source text here, with a warning
    assert english[project.id].text == "Which project(s) do you want to apply for?"
    assert "Project Alpha" in english[project.id].options
    assert len(english) == len(by_key)
    convert(xlsform=io.BytesIO(guide_io.export_xlsform(db, guide)), warnings=[], file_type=".xlsx")


def test_the_spec_test_form_keeps_its_numbers_and_names_the_skipped_language():
    questions, spec, warnings = read(shared("xlsform_spec_test.xlsx"))
    assert (questions["a_integer"].kind, questions["a_decimal"].kind) == ("integer", "decimal")
    assert any("'label::chinese'" in w.message and "overgeslagen" in w.message for w in warnings)
    convert(xlsform=io.BytesIO(write_guide(spec)), warnings=[], file_type=".xlsx")


def test_the_shared_forms_also_read_as_xls():
    for name in ("group.xlsx", "testB.xlsx"):
        sheets = read_workbook(shared(name))
        as_xls = xlsx.xls_workbook(*(sheets.get(n) for n in ("survey", "choices", "settings")))
        spec, _warnings = read_guide(sheets)
        assert read_guide(read_workbook(as_xls))[0] == spec


# Through the pages and the command line: one true message

def upload(client, world, data, name):
    response = client.post(f"/p/{world.project.slug}/leidraad/importeren",
                           data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
    response.request.environ["wsgi.input"].close()
    return response


def count(db, model) -> int:
    return db.exec(select(func.count()).select_from(model)).one()


def test_an_xls_upload_makes_a_version_and_says_only_what_happened(client, db, world, login):
    login(world.researcher)
    simple = [["type", "name", "label"], ["text", "fijn", "Wat vindt u fijn in de wijk?"]]
    response = upload(client, world, xlsx.xls_workbook(simple), "veld.xls")
    assert response.status_code == 302 and count(db, Guide) == 2
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Alles is overgenomen" in page and "niets opgeslagen" not in page and "veld.xls" in page
    again = client.get(upload(client, world, xlsx.xls_workbook(simple), "veld.xls").headers["Location"])
    assert "al ingelezen" in again.get_data(as_text=True) and count(db, Guide) == 2


@pytest.mark.parametrize(("data", "name"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "kapot.xls"),
    (b"type;name;label", "leidraad.csv"),
    (xlsx.workbook([["type", "name", "label"], ["date", "d", "Wanneer?"]]), "geen-vragen.xlsx"),
])
def test_a_refused_upload_says_nothing_was_stored_and_nothing_else(client, db, world, login, data, name):
    login(world.researcher)
    page = upload(client, world, data, name).get_data(as_text=True)
    assert "niets opgeslagen" in page or "geen vragen" in page
    assert "Alles is overgenomen" not in page and count(db, Guide) == 1


def test_the_command_line_gives_one_true_message(runner, db, world, tmp_path):
    broken = tmp_path / "kapot.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    result = runner.invoke(args=["import", "xlsform", str(broken), "--project", world.project.slug])
    assert result.exit_code != 0 and "niets opgeslagen" in result.output
    assert "Alles is overgenomen" not in result.output
    good = tmp_path / "veld.xls"
    good.write_bytes(xlsx.xls_workbook([["type", "name", "label"], ["integer", "n", "Hoeveel?"]]))
    result = runner.invoke(args=["import", "xlsform", str(good), "--project", world.project.slug])
    assert result.exit_code == 0 and "Alles is overgenomen" in result.output, result.output
    assert "niets opgeslagen" not in result.output


# Number questions in capture

def test_a_number_question_gets_a_number_field_and_a_dutch_message(client, db, world, draft, login):
    question = db.get(Question, world.questions[0].id)
    question.kind = "integer"
    db.add(question)
    db.commit()
    login(world.key_figure)
    path = f"/p/{world.project.slug}/gesprekken/{draft.id}/vraag/0"
    page = client.get(path).get_data(as_text=True)
    assert 'type="number"' in page and 'inputmode="numeric"' in page and 'step="1"' in page
    refused = client.post(path, data={"text": "drie", "go": "volgende"})
    assert refused.status_code in (200, 422) and "Vul een heel getal in" in refused.get_data(as_text=True)
    assert count(db, Answer) == 1  # only the world's finished interview has an answer
    client.post(path, data={"text": " 3 ", "version": "0", "go": "volgende"})
    stored = db.exec(select(Answer).where(Answer.interview_id == draft.id)).one()
    assert stored.text == "3"
    question.kind = "decimal"
    db.add(question)
    db.commit()
    assert 'inputmode="decimal"' in client.get(path).get_data(as_text=True)
    client.post(path, data={"text": "2,5", "version": "1", "go": "blijven"})
    db.refresh(stored)
    assert stored.text == "2.5"


def test_the_overview_shows_each_condition_and_editing_keeps_the_groups(client, db, world, login):
    guide, _created = guide_io.import_xlsform(db, world.project, xlsx.workbook(SURVEY, CHOICES, SETTINGS), "g.xlsx")
    db.commit()
    login(world.researcher)
    overview = client.get(f"/p/{world.project.slug}/leidraad").get_data(as_text=True)
    shown = " ".join(re.findall(r"Alleen als[^<]*", overview)).split()
    assert " ".join(shown).count("vraag 5 is: Op de fiets en Alleen als het antwoord op vraag 1 is: ja") == 1
    by_key = {q.key: q for _s, q in guides.ordered_questions(db, guide.id)}
    fiets, hoe = by_key["fiets"], by_key["hoe"]
    guides.update_question(db, fiets, text=fiets.text, kind="open", show_if_question=hoe.id,
                           show_if_values="Lopend")
    assert condition_of(fiets.show_if) == {"question_key": "hoe", "equals": "lopen",
                                           "and": [{"question_key": "kinderen", "equals": "ja"}]}
    guides.update_question(db, fiets, text=fiets.text, kind="integer")  # "Altijd": every condition goes
    assert fiets.show_if == "" and fiets.kind == "integer"


def test_a_parent_answers_a_number_question_in_their_own_language(client, db, world, login):
    from tests import factories
    from tests.interviews.test_links import make_link

    question = db.get(Question, world.questions[0].id)
    question.kind = "decimal"
    parent = factories.make_participant(db, world.project, consent=False, created_by=world.key_figure)
    db.add(question)
    db.commit()
    login(world.key_figure)
    _page, path = make_link(client, world, parent)
    client.post("/auth/uitloggen")
    client.post(path, data={"lang": "tr"})
    client.post(f"{path}/toestemming", data={"agree_participant": "y"})
    page = client.get(f"{path}/vraag/0").get_data(as_text=True)
    assert 'type="number"' in page and 'inputmode="decimal"' in page and "Bir sayı yazın." in page
    refused = client.post(f"{path}/vraag/0", data={"text": "iki", "go": "volgende"}).get_data(as_text=True)
    assert "Bir sayı yazın, örneğin 12 veya 3,5." in refused
    client.post(f"{path}/vraag/0", data={"text": "1,5", "version": "0", "go": "volgende"})
    interview_answers = db.exec(select(Answer).where(Answer.question_id == question.id)).all()
    assert "1.5" in [a.text for a in interview_answers]
