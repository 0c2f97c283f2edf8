"""Parent pages in real Chromium. 'Lees voor': the browser's own speech reads the question and its choices in the
page's language; and the 1-5 scale fits one row on a small phone.

Chromium in a container has no voices, so each test puts a fake `window.speechSynthesis` in the page before
any script runs; the fake records what `speak()` was given. Nothing leaves the browser: no service, no CDN.
"""

import json
import uuid
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from interviews import capture, links
from interviews.models import QuestionTranslation, SectionTranslation
from interviews.questions import Choice, dump_options
from research.models import User
from tests import factories
from tests.e2e.conftest import PHONE, TABLET, log_in

pytestmark = pytest.mark.e2e
KEY_FIGURE = "marieke.bakker@demo.wijkstem.nl"
QUESTION_TR = "Mahalle evine ne sıklıkla gidiyorsunuz?"
CHOICES_TR = ["Her hafta", "Bazen", "Hiç"]
SCALE_TR = "Mahallede kendinizi ne kadar güvende hissediyorsunuz?"


FAKE_SPEECH = """
(() => {
  const settings = window.__fakeSpeech;
  const voices = settings.voices.map((lang) => ({lang, name: "Nep " + lang, default: false, localService: true}));
  class FakeSynthesis extends EventTarget {
    constructor() { super(); this.spoken = []; this.ready = !settings.late; }
    getVoices() { return this.ready ? voices : []; }
    speak(utterance) {
      this.spoken.push({text: utterance.text, lang: utterance.lang, voice: utterance.voice && utterance.voice.lang});
    }
    cancel() {}
  }
  class FakeUtterance { constructor(text) { this.text = text; this.lang = ""; this.voice = null; } }
  const synth = new FakeSynthesis();
  Object.defineProperty(window, "speechSynthesis", {value: synth, configurable: true});
  Object.defineProperty(window, "SpeechSynthesisUtterance", {value: FakeUtterance, configurable: true});
  if (settings.late) {
    setTimeout(() => { synth.ready = true; synth.dispatchEvent(new Event("voiceschanged")); }, 300);
  }
})();
"""


def fake_speech(voices: list[str], late: bool = False) -> str:
    """A window.speechSynthesis with these voice languages; `late`: none at first, then "voiceschanged"."""
    return f"window.__fakeSpeech = {json.dumps({'voices': voices, 'late': late})};\n{FAKE_SPEECH}"


@pytest.fixture
def turkish_parent(live_db):
    """A project of its own with one choice question, translated into Turkish, and a Turkish-reading parent."""
    key_figure = live_db.exec(select(User).where(User.email == KEY_FIGURE)).one()
    project = factories.make_project(live_db, slug=f"voorlezen-{uuid.uuid4().hex[:8]}", code_prefix="VL")
    factories.add_member(live_db, key_figure, project, "sleutelfiguur")
    guide, (question, scale) = factories.make_guide(
        live_db, project, questions=("Hoe vaak gaat u naar het buurthuis?", "Hoe veilig voelt u zich in de wijk?"))
    scale.kind = "scale"
    live_db.add(QuestionTranslation(question_id=scale.id, lang="tr", text=SCALE_TR))
    question.kind = "single"
    question.options = dump_options([Choice("week", "Elke week"), Choice("soms", "Soms"), Choice("nooit", "Nooit")])
    labels = dict(zip(("week", "soms", "nooit"), CHOICES_TR, strict=True))
    live_db.add(QuestionTranslation(question_id=question.id, lang="tr", text=QUESTION_TR,
                                    options=json.dumps(labels, ensure_ascii=False)))
    live_db.add(SectionTranslation(section_id=question.section_id, lang="tr", title="Mahallede çocuk yetiştirmek"))
    participant = factories.make_participant(live_db, project, created_by=key_figure)
    participant.language = "tr"
    live_db.add_all([question, scale, participant])
    _link, token = links.create_link(live_db, project, key_figure, participant, None)
    live_db.commit()
    return SimpleNamespace(project=project, participant=participant, key_figure=key_figure, token=token)


def open_question(browser, live_server, token, script):
    context = browser.new_context(viewport=PHONE, base_url=live_server, locale="tr-TR", has_touch=True)
    context.add_init_script(script)
    page = context.new_page()
    page.goto(f"/link/{token}")
    page.locator("button[name=lang][value=tr]").click()
    page.wait_for_url("**/vraag/0")
    return context, page


def spoken(page) -> list[dict]:
    return page.evaluate("window.speechSynthesis.spoken")


def test_a_parent_hears_the_question_and_its_choices_in_turkish(browser, live_server, turkish_parent):
    context, page = open_question(browser, live_server, turkish_parent.token, fake_speech(["nl-NL", "tr-TR"]))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    button = page.get_by_role("button", name="Sesli oku")  # the label is in the page's language
    expect(button).to_be_visible()
    button.click()
    said = spoken(page)
    assert len(said) == 1 and said[0]["lang"] == "tr-TR" and said[0]["voice"] == "tr-TR"
    assert said[0]["text"] == f"{QUESTION_TR} Her hafta. Bazen. Hiç."
    assert errors == []
    context.close()


def test_the_button_waits_for_voices_that_load_late(browser, live_server, turkish_parent):
    context, page = open_question(browser, live_server, turkish_parent.token, fake_speech(["tr-TR"], late=True))
    expect(page.get_by_role("button", name="Sesli oku")).to_be_visible()  # after "voiceschanged"
    context.close()


def test_no_voice_for_the_language_no_button(browser, live_server, turkish_parent):
    context, page = open_question(browser, live_server, turkish_parent.token, fake_speech(["nl-NL", "en-US"]))
    page.wait_for_timeout(500)
    expect(page.locator("[data-read-aloud]")).to_be_hidden()
    expect(page.get_by_role("button", name="Sesli oku")).to_have_count(0)  # hidden, so not offered to a reader
    context.close()


def test_read_along_reads_aloud_in_the_parents_language(browser, live_server, live_db, turkish_parent):
    interview = capture.start_interview(live_db, turkish_parent.project, turkish_parent.key_figure,
                                        turkish_parent.participant)
    live_db.commit()
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
    context.add_init_script(fake_speech(["nl-NL", "tr-TR"]))
    page = context.new_page()
    log_in(page, KEY_FIGURE)
    page.goto(f"/p/{turkish_parent.project.slug}/gesprekken/{interview.id}/vraag/0/meelezen")
    assert page.locator("html").get_attribute("lang") == "tr"
    expect(page.get_by_role("link", name="Terug naar het gesprek")).to_be_visible()  # the key figure's Dutch
    page.get_by_role("button", name="Sesli oku").click()
    assert spoken(page) == [{"text": f"{QUESTION_TR} Her hafta. Bazen. Hiç.", "lang": "tr-TR", "voice": "tr-TR"}]
    context.close()


def test_the_scale_is_one_row_with_words_at_both_ends_on_a_small_phone(browser, live_server, turkish_parent):
    context, page = open_question(browser, live_server, turkish_parent.token, fake_speech(["tr-TR"]))
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(page.url.replace("/vraag/0", "/vraag/1"))
    boxes = [page.locator("label.choice").nth(i).bounding_box() for i in range(5)]
    assert len({round(box["y"]) for box in boxes}) == 1  # one row
    assert [box["x"] for box in boxes] == sorted(box["x"] for box in boxes)  # 1 on the left, 5 on the right
    start, end = (page.locator(".scale-ends span").nth(i).bounding_box() for i in (0, 1))
    assert abs(start["x"] - boxes[0]["x"]) < 2 and abs(end["x"] + end["width"] - boxes[4]["x"] - boxes[4]["width"]) < 2
    assert start["y"] > boxes[0]["y"] and page.locator(".scale-ends").inner_text().split("\n") == ["hiç değil", "çok"]
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    page.get_by_role("radio", name="4").check()  # each number is still its own labelled radio
    context.close()
