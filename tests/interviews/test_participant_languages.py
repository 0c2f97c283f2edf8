"""Every sentence a parent reads on their own phone, or on the read-along screen, exists in their language."""

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PARTICIPANT_TEMPLATES = [*sorted((ROOT / "templates/interviews/self").glob("*.html")),
                         ROOT / "templates/interviews/interview_readalong.html"]
PARTICIPANT_CODE = [ROOT / "interviews/self_views.py", ROOT / "interviews/flow.py", ROOT / "interviews/answers.py"]
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
