"""Every sentence a parent reads on their own phone, or on the read-along screen, exists in their language."""

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PARTICIPANT_TEMPLATES = [*sorted((ROOT / "templates/interviews/self").glob("*.html")),
                         ROOT / "templates/interviews/interview_readalong.html"]
PARTICIPANT_CODE = [ROOT / "interviews/self_views.py", ROOT / "interviews/flow.py", ROOT / "interviews/answers.py",
                    ROOT / "interviews/consent_sentences.py"]
TEMPLATE_TEXT = re.compile(r"""_\(\s*'((?:[^'\\]|\\.)*)'""")


def participant_messages() -> set[str]:
    found = set()
    for path in PARTICIPANT_TEMPLATES:
        found |= set(TEMPLATE_TEXT.findall(path.read_text(encoding="utf-8")))
    for path in PARTICIPANT_CODE:
        found |= {message if isinstance(message, str) else message[0]
                  for _line, message, _comments, _context in extract_from_file("python", str(path))}
    return found


@pytest.mark.parametrize("language", ["en", "tr", "ar", "pl"])
def test_participant_pages_are_fully_translated(language):
    messages = participant_messages()
    assert len(messages) > 50  # the scan found the pages
    path = ROOT / "translations" / language / "LC_MESSAGES" / "messages.po"
    with path.open(encoding="utf-8") as po:
        catalog = read_po(po, locale=language)
    missing = sorted(m for m in messages if not (catalog.get(m) and catalog.get(m).string)
                     or catalog.get(m).fuzzy)
    assert missing == []


def _participant(db, world, language):
    from tests import factories

    participant = factories.make_participant(db, world.project, created_by=world.key_figure)
    participant.language = language
    db.add(participant)
    db.commit()
    return participant


def _translate_all(db, guide, lang):
    from interviews import guides
    from interviews.models import QuestionTranslation, SectionTranslation

    for item in guides.outline(db, guide):
        db.add(SectionTranslation(section_id=item.section.id, lang=lang, title="t", intro="i"))
        for entry in item.questions:
            db.add(QuestionTranslation(question_id=entry.question.id, lang=lang, text="q"))
    db.commit()


def test_a_link_for_a_language_the_guide_lacks_warns_with_the_translation_page(client, db, world, login):
    turkish = _participant(db, world, "tr")
    login(world.researcher)
    page = client.post(f"/p/{world.project.slug}/deelnemers/{turkish.id}/link", data={"end_date": ""}
                       ).get_data(as_text=True)
    assert 'id="link-url"' in page  # the link is made all the same
    assert "niet helemaal vertaald in het Turks: 0 van" in page
    assert f'href="/p/{world.project.slug}/leidraad/{world.guide.id}/vertalingen/tr">Vul de vertaling aan</a>' in page
    _translate_all(db, world.guide, "tr")
    again = client.post(f"/p/{world.project.slug}/deelnemers/{turkish.id}/link", data={"end_date": ""})
    assert "niet helemaal vertaald" not in again.get_data(as_text=True)


def test_starting_a_conversation_in_a_missing_language_warns_the_key_figure(client, db, world, login):
    arabic, dutch, somali = (_participant(db, world, lang) for lang in ("ar", "nl", "so"))
    login(world.key_figure)
    start = client.post(f"/p/{world.project.slug}/deelnemers/{arabic.id}/gesprek")
    assert start.status_code == 302 and "/vraag/0" in start.headers["Location"]  # not blocked
    page = client.get(start.headers["Location"]).get_data(as_text=True)
    assert "niet helemaal vertaald in het Arabisch" in page and "Vraag de onderzoeker" in page
    assert "/vertalingen/" not in page  # a key figure cannot open the translation page
    quiet = client.post(f"/p/{world.project.slug}/deelnemers/{dutch.id}/gesprek", follow_redirects=True)
    assert "vertaald" not in quiet.get_data(as_text=True)
    other = client.post(f"/p/{world.project.slug}/deelnemers/{somali.id}/gesprek", follow_redirects=True)
    assert "kan niet in het Somalisch" in other.get_data(as_text=True)
