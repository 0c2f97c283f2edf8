"""XLSForm <-> GuideSpec, pure: reading rows into a guide with warnings, writing a guide pyxform accepts."""

import dataclasses
import io

import openpyxl
import pytest
from lxml import etree
from pyxform.xls2xform import convert

from interviews.questions import Choice
from interviews.xlsform.read import read_guide
from interviews.xlsform.relevant import parse_relevant
from interviews.xlsform.spec import GuideSpec, QuestionSpec, SectionSpec, XLSFormError
from interviews.xlsform.workbook import MAX_FILE_BYTES, read_workbook
from interviews.xlsform.write import write_guide
from tests.interviews import xlsx

HEADER = ["type", "name", "label::Nederlands (nl)", "label::Türkçe (tr)", "label::English (en)", "hint::nl",
          "guidance_hint", "relevant"]
SURVEY = [
    HEADER,
    ["begin group", "school", "School", "Okul", "School", None, None, None],
    ["note", "uitleg", "Nu gaat het over school.", "Şimdi okul hakkında.", None, None, None, None],
    ["select_one ja_nee", "hulp", "Heeft u hulp gezocht?", "Yardım aradınız mı?", None, None, None, None],
    ["select_multiple kanaal", "via", "Via wie?", None, "Through whom?", None, None, "${hulp} = 'ja'"],
    ["text", "verhaal", "Hoe ging dat?", None, None, "Kunt u een voorbeeld geven?\nWat gebeurde er toen?",
     "Laat stiltes vallen.", "selected(${via}, 'school') or selected(${via}, 'wijkteam')"],
    ["integer", "cijfer", "Welk cijfer geeft u de school?", None, None, None, None, "${verhaal} != ''"],
    ["end group", None, None, None, None, None, None, None],
    ["acknowledge", "klaar", "Bedankt voor het gesprek", None, None, None, None, None],
]
CHOICES = [
    ["list_name", "name", "label::Nederlands (nl)", "label::Türkçe (tr)"],
    ["ja_nee", "ja", "Ja", "Evet"], ["ja_nee", "nee", "Nee", "Hayır"],
    ["kanaal", "school", "Via school", "Okul"], ["kanaal", "wijkteam", "Via het wijkteam", None],
    ["kanaal", "huisarts", "Via de huisarts", None],
]


def sheets(survey, choices=None, settings=None):
    return {"survey": survey, "choices": choices or [], "settings": settings or []}


def messages(warnings):
    return [(w.sheet, w.row, w.message) for w in warnings]


def test_groups_types_hints_translations_and_conditions_are_read():
    spec, warnings = read_guide(sheets(SURVEY, CHOICES, [["form_title"], ["Opvoeden in Seghwaert"]]))
    assert spec.title == "Opvoeden in Seghwaert"
    school, rest = spec.sections
    assert (school.title, school.title_translations, school.intro) == (
        "School", {"tr": "Okul", "en": "School"}, "Nu gaat het over school.")
    assert school.intro_translations == {"tr": "Şimdi okul hakkında."}
    hulp, via, verhaal, cijfer = school.questions
    assert (hulp.kind, hulp.translations) == ("yesno", {"tr": "Yardım aradınız mı?"})
    assert via.kind == "multiple" and via.options[0] == Choice("school", "Via school")
    assert via.option_translations == {"tr": {"school": "Okul"}}
    assert via.show_if == {"question_key": "hulp", "equals": "ja"}
    assert verhaal.probes == ["Kunt u een voorbeeld geven?", "Wat gebeurde er toen?"]
    assert verhaal.note == "Laat stiltes vallen."
    assert verhaal.show_if == {"question_key": "via", "in": ["school", "wijkteam"]}
    assert cijfer.kind == "integer" and cijfer.show_if is None  # a number stays a number
    assert ("survey", 7, "Voorwaarde '${verhaal} != ''' is te ingewikkeld en niet overgenomen.") in \
        messages(warnings)
    assert rest.title == "Algemeen" and rest.questions[0].kind == "yesno"


def test_everything_unsupported_is_a_warning_with_its_row():
    survey = [
        ["type", "name", "label", "relevant", "calculation", "appearance"],
        ["start", "start", None, None, None, None],
        ["text", "eerst", "Wat vindt u fijn?", None, None, "multiline"],
        ["calculate", "som", None, None, "1 + 1", None],
        ["begin repeat", "kinderen", "Kinderen", None, None, None],
        ["text", "kind_naam", "Hoe oud?", None, None, None],
        ["end repeat", None, None, None, None, None],
        ["date", "datum", "Wanneer?", None, None, None],
        ["text", "later", "En later?", "${eerst} != '' and ${eerst} = 'x'", None, None],
        ["text", "wees", "Wees?", "${bestaat_niet} = 'x'", None, None],
        ["select_one ontbreekt", "kies", "Kies", None, None, None],
        [None, "leeg", "Zonder type", None, None, None],
    ]
    spec, warnings = read_guide(sheets(survey))
    assert [q.key for q in spec.sections[0].questions] == ["eerst", "later", "wees", "kies"]
    rows = {row for _sheet, row, _m in messages(warnings)}
    assert {1, 2, 4, 5, 8, 9, 10, 11, 12} <= rows
    text = " ".join(m for _s, _r, m in messages(warnings))
    for expected in ("'calculation'", "'appearance'", "'calculate'", "'date'", "herhalingen", "te ingewikkeld",
                     "'bestaat_niet'", "open vraag geworden", "Rij zonder type"):
        assert expected in text
    assert spec.sections[0].questions[3].kind == "open"  # a missing choice list: open question


@pytest.mark.parametrize(("header", "lang"), [
    ("label::nl", "nl"), ("label::Nederlands (nl)", "nl"), ("label::Dutch", "nl"), ("label:English (en)", "en"),
    ("label::Türkçe (tr)", "tr"), ("label::العربية (ar)", "ar"), ("label::Polski (pl)", "pl"),
])
def test_language_columns_are_recognised(header, lang):
    spec, warnings = read_guide(sheets([["type", "name", "label::Nederlands (nl)" if lang != "nl" else header,
                                         header if lang != "nl" else "label::Deutsch (de)"],
                                        ["text", "v", "Vraag?", "Tekst"]]))
    question = spec.sections[0].questions[0]
    assert question.text == "Vraag?"
    if lang == "nl":
        assert "Deutsch (de)" in messages(warnings)[0][2]  # an unknown language is skipped, with a warning
    else:
        assert question.translations == {lang: "Tekst"}


def test_without_dutch_the_default_language_is_used_and_named():
    survey = [["type", "name", "label::English (en)", "label::Deutsch (de)"], ["text", "v", "Question?", "Frage?"]]
    spec, warnings = read_guide(sheets(survey, settings=[["default_language"], ["Deutsch (de)"]]))
    assert spec.sections[0].questions[0].text == "Frage?"
    assert spec.sections[0].questions[0].translations == {"en": "Question?"}
    assert "geen Nederlandse tekst" in warnings[0].message and warnings[0].row == 1


def test_simple_relevant_expressions():
    assert parse_relevant("${a} = 'ja'") == ("a", ["ja"])
    assert parse_relevant('( selected(${a}, "x") or ${a} = \'y\' )') == ("a", ["x", "y"])
    assert parse_relevant("${score} = 3") == ("score", ["3"])
    for complex_expression in ("${a} = 'x' and ${b} = 'y'", "${a} = 'x' or ${b} = 'y'", "not(${a} = 'x')",
                               "${a} > 3", "count-selected(${a}) > 1", ""):
        assert parse_relevant(complex_expression) is None


@pytest.mark.parametrize("data", [
    b"", b"type,name,label\ntext,a,Vraag", xlsx.zip_bomb(), xlsx.many_parts(), b"PK\x03\x04" + b"\x00" * 50,
    b"x" * (MAX_FILE_BYTES + 1),
])
def test_broken_and_hostile_files_get_a_clear_message(data):
    with pytest.raises(XLSFormError) as error:
        read_guide(read_workbook(data))
    assert str(error.value).endswith(".") and "Traceback" not in str(error.value)


def test_entities_in_the_xml_are_refused():
    good = xlsx.workbook([["type", "name", "label"], ["text", "a", "Vraag"]])
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
    with pytest.raises(XLSFormError, match="kan Wijkstem niet lezen"):
        read_workbook(xlsx.replace_part(good, "xl/worksheets/sheet1.xml", laughs))


def test_files_that_are_no_xlsform():
    with pytest.raises(XLSFormError, match="'survey'"):
        read_guide({"Blad1": [["a", "b"]]})
    with pytest.raises(XLSFormError, match="'type'"):
        read_guide(sheets([["naam", "tekst"], ["a", "b"]]))
    with pytest.raises(XLSFormError, match="geen vragen") as error:
        read_guide(sheets([["type", "name", "label"], ["date", "d", "Wanneer?"]]))
    assert error.value.warnings[0].row == 2  # what was skipped is still told


def full_spec() -> GuideSpec:
    return GuideSpec(title="Opvoeden in Seghwaert", sections=[
        SectionSpec(title="Hulp", intro="Nu over hulp.", title_translations={"ar": "مساعدة", "tr": "Yardım"},
                    intro_translations={"tr": "Şimdi yardım hakkında."}, questions=[
            QuestionSpec(key="hulp", kind="yesno", text="Heeft u hulp gezocht?",
                         translations={"ar": "هل طلبت المساعدة؟"}),
            QuestionSpec(key="via", kind="multiple", text="Via wie?", options=[Choice("school", "Via school"),
                         Choice("wijkteam", "Via het wijkteam")], option_translations={"tr": {"school": "Okul"}},
                         show_if={"question_key": "hulp", "equals": "ja"}),
            QuestionSpec(key="hoe", kind="open", text="=HYPERLINK(\"http://x\") Hoe ging dat?", note="Neem de tijd.",
                         probes=["Kunt u een voorbeeld geven?", "En daarna?"],
                         show_if={"question_key": "via", "in": ["school", "wijkteam"]}),
            QuestionSpec(key="cijfer", kind="scale", text="Hoe tevreden bent u?"),
            QuestionSpec(key="vaak", kind="single", text="Hoe vaak?", options=[Choice("vaak", "Vaak"),
                         Choice("soms", "Soms")], show_if={"question_key": "cijfer", "in": ["1", "2"]}),
        ]),
    ])


def without_rows(spec: GuideSpec) -> GuideSpec:
    return dataclasses.replace(spec, sections=[dataclasses.replace(
        s, row=None, questions=[dataclasses.replace(q, row=None) for q in s.questions]) for s in spec.sections])


def test_export_converts_with_pyxform_and_reads_back_the_same():
    data = write_guide(full_spec())
    warnings = []
    result = convert(xlsform=io.BytesIO(data), warnings=warnings, file_type=".xlsx")
    xform = etree.fromstring(result.xform.encode())
    binds = {b.get("nodeset").rsplit("/", 1)[-1]: b for b in xform.iter("{http://www.w3.org/2002/xforms}bind")}
    assert binds["via"].get("relevant") == " /data/thema_1/hulp  = 'ja'"
    assert "selected( /data/thema_1/via , 'school')" in binds["hoe"].get("relevant")
    assert binds["cijfer"].get("constraint") == ". >= 1 and . <= 5"
    languages = {t.get("lang") for t in xform.iter("{http://www.w3.org/2002/xforms}translation")}
    assert {"Nederlands (nl)", "Türkçe (tr)", "العربية (ar)"} <= languages
    again, warnings = read_guide(read_workbook(data))
    assert without_rows(again) == without_rows(full_spec())
    assert not [w for w in warnings if w.sheet == "survey" and w.row and w.row > 1]


def test_text_that_looks_like_a_formula_stays_text():
    book = openpyxl.load_workbook(io.BytesIO(write_guide(full_spec())))
    cell = next(c for row in book["survey"].iter_rows() for c in row if str(c.value).startswith("=HYPERLINK"))
    assert cell.data_type == "s"


@pytest.mark.parametrize("name", ["group.xlsx", "testB.xlsx", "xlsform_spec_test.xlsx"])
def test_the_shared_example_files_are_read_and_exported(name):
    path = xlsx.SHARED / name
    if not path.exists():
        pytest.skip(f"{path} is not present (the shared XLSForm examples live outside the repository)")
    spec, warnings = read_guide(read_workbook(path.read_bytes()))
    assert spec.question_count() > 0 and warnings
    assert all(w.message for w in warnings) and any(w.row for w in warnings)
    convert(xlsform=io.BytesIO(write_guide(spec)), warnings=[], file_type=".xlsx")


def test_what_the_shared_files_contain():
    if not (xlsx.SHARED / "testB.xlsx").exists():
        pytest.skip(f"{xlsx.SHARED} is not present")
    spec, warnings = read_guide(read_workbook((xlsx.SHARED / "testB.xlsx").read_bytes()))
    questions = {q.key: q for s in spec.sections for q in s.questions}
    assert questions["past_applications_details"].show_if == {
        "question_key": "past_applications", "equals": "not_successful"}
    assert questions["project_id"].option_translations["en"]["project-alpha"] == "Project Alpha"
    found = {(w.row, w.message.split(":")[0]) for w in warnings if w.sheet == "survey"}
    assert (12, "Type 'calculate' kent Wijkstem niet") in found
    assert any(row == 59 and "naam" in message for row, message in found)  # first_name: a privacy warning
    spec_test, warnings = read_guide(read_workbook((xlsx.SHARED / "xlsform_spec_test.xlsx").read_bytes()))
    assert any(w.row == 15 and "herhalingen" in w.message for w in warnings)
