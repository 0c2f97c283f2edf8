"""The coding workspace and the analysis pages in real Chromium: axe finds nothing, and on a laptop and a tablet the
answer text and the code list are both in view, the code list scrolling on its own."""

from pathlib import Path

import pytest

from tests.e2e.conftest import TABLET, log_in

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
# `make test` (target `axe`) puts axe-core here with npm: a test tool, not an app asset.
AXE = ROOT / ".venv" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
BASE = "/p/seghwaert"
RESEARCHER = "onderzoeker@demo.wijkstem.nl"
LAPTOP = {"width": 1366, "height": 900}
ANALYSIS_PAGES = [
    "/analyse", "/analyse?per=wijk&samen=antwoord", "/analyse?per=sleutelfiguur", "/analyse/citaten",
    "/analyse/nieuwe-themas", "/codeboek", "/coderen/zoeken?q=school", "/memos", "/rapport", "/rapport/voorbeeld",
    "/rapport/versies", "/bevindingen", "/suggesties", "/overeenstemming", "/uitwisselen",
]
# Run every rule axe has, the experimental ones too: label-content-name-mismatch (WCAG 2.5.3) is one of them.
RUN_AXE = """async () => {
  const experimental = axe.getRules(['experimental']).map(rule => rule.ruleId);
  const rules = Object.fromEntries(experimental.map(id => [id, {enabled: true}]));
  const result = await axe.run(document, {rules});
  return result.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
}"""


@pytest.fixture(scope="module")
def researcher(browser, live_server):
    """One logged-in researcher context for the module (logging in costs an argon2 verify)."""
    # bypass_csp: axe is injected as an inline script, which the app's CSP (script-src 'self') refuses.
    context = browser.new_context(viewport=LAPTOP, base_url=live_server, locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    log_in(page, RESEARCHER)
    yield page
    context.close()


def axe_violations(page) -> list[str]:
    """axe-core's violations on the page as it is now, one line each (rule, nodes)."""
    if not AXE.exists():
        pytest.skip(f"axe-core is not installed at {AXE}; `make axe` installs it with npm")
    page.add_script_tag(path=str(AXE))
    return page.evaluate(RUN_AXE)


def open_answer_to_code(page):
    """An answer of the demo with suggestions and coded fragments, so every control of the workspace is there."""
    page.goto(f"{BASE}/coderen")
    links = page.locator("tr:has(td:last-child:not(:has(.badge))) td:first-child a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    for href in links[:20]:
        page.goto(href)
        if page.locator("button", has_text="Overnemen").count() and page.locator("button", has_text="Weghalen").count():
            return
    pytest.fail("no demo answer has both suggestions and coded fragments")


def test_axe_finds_nothing_on_the_answer_list(researcher):
    researcher.goto(f"{BASE}/coderen")
    assert axe_violations(researcher) == []


@pytest.mark.parametrize("viewport", [LAPTOP, TABLET], ids=["laptop", "tablet"])
def test_axe_finds_nothing_on_an_answer_being_coded(researcher, viewport):
    researcher.set_viewport_size(viewport)
    try:
        open_answer_to_code(researcher)
        assert axe_violations(researcher) == []
    finally:
        researcher.set_viewport_size(LAPTOP)


def test_axe_finds_nothing_on_a_theme_page(researcher):
    researcher.goto(f"{BASE}/codeboek")
    with researcher.expect_navigation():
        researcher.locator("a.code-name").first.click()
    assert researcher.locator("h1").count() == 1
    assert axe_violations(researcher) == []


@pytest.mark.parametrize("path", ANALYSIS_PAGES)
def test_axe_finds_nothing_on_the_analysis_pages(researcher, path):
    researcher.goto(BASE + path)
    assert researcher.locator("h1").count() == 1
    assert axe_violations(researcher) == []


def test_axe_finds_nothing_on_the_analysis_pages_on_a_tablet(researcher):
    """Narrower, more tables scroll sideways: each scrolling table must still be reachable by keyboard."""
    researcher.set_viewport_size(TABLET)
    try:
        found = {}
        for path in ["/coderen", *ANALYSIS_PAGES]:
            researcher.goto(BASE + path)
            found.update({path: v for v in [axe_violations(researcher)] if v})
        assert found == {}
    finally:
        researcher.set_viewport_size(LAPTOP)


@pytest.fixture(params=[LAPTOP, TABLET], ids=["laptop", "tablet"])
def workspace(request, browser, live_server):
    """An answer being coded, on a laptop and on a tablet."""
    context = browser.new_context(viewport=request.param, base_url=live_server, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, RESEARCHER)
    open_answer_to_code(page)
    yield page
    context.close()


def in_view(page, locator) -> bool:
    """Whether the element's box lies wholly inside the viewport as the page is now."""
    box, size = locator.bounding_box(), page.viewport_size
    return box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= size["width"] \
        and box["y"] + box["height"] <= size["height"]


def test_the_answer_and_the_first_code_are_in_view_together(workspace):
    assert in_view(workspace, workspace.locator("#answer-text"))
    assert in_view(workspace, workspace.locator("[data-code-panel] label.check").first)
    assert in_view(workspace, workspace.get_by_role("button", name="Codeer dit fragment"))


def test_the_code_list_scrolls_on_its_own(workspace):
    panel = workspace.locator("[data-code-panel]")
    assert panel.evaluate("el => el.scrollHeight > el.clientHeight")  # the demo codebook is longer than the panel
    answer_before = workspace.locator("#answer-text").bounding_box()
    panel.hover()
    workspace.mouse.wheel(0, 600)
    workspace.wait_for_function("() => document.querySelector('[data-code-panel]').scrollTop > 0")
    workspace.wait_for_timeout(300)  # let a chained page scroll, if any, happen
    assert workspace.locator("#answer-text").bounding_box() == answer_before
    assert workspace.evaluate("window.scrollY") == 0


SELECT_START_OF_ANSWER = """() => {
  const answer = document.querySelector('#answer-text');
  const walker = document.createTreeWalker(answer, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, Math.min(25, node.length));
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  return range.toString();
}"""
# What the reader sees as chosen: the browser's selection, or else the page's own highlight of the fragment.
SHOWN_AS_CHOSEN = """() => {
  const selected = getSelection().toString();
  if (selected) { return {text: selected, rect: getSelection().getRangeAt(0).getBoundingClientRect().toJSON()}; }
  const highlight = window.CSS && CSS.highlights && CSS.highlights.get('coding-fragment');
  if (!highlight || highlight.size === 0) { return null; }
  const range = [...highlight][0];
  return {text: range.toString(), rect: range.getBoundingClientRect().toJSON()};
}"""


def test_the_chosen_text_stays_shown_while_picking_codes(workspace):
    chosen = workspace.evaluate(SELECT_START_OF_ANSWER)
    workspace.wait_for_function("text => document.querySelector('textarea[name=fragment]').value === text", arg=chosen)
    workspace.locator("[data-code-panel] label.check").nth(1).click()
    assert workspace.locator("[data-code-panel] input[type=checkbox]").nth(1).is_checked()
    shown = workspace.evaluate(SHOWN_AS_CHOSEN)
    assert shown is not None and shown["text"] == chosen
    size = workspace.viewport_size
    assert 0 <= shown["rect"]["top"] and shown["rect"]["bottom"] <= size["height"]
    assert workspace.locator("textarea[name=fragment]").input_value() == chosen


def test_the_chosen_text_is_marked_again_when_the_coding_is_refused(workspace):
    chosen = workspace.evaluate(SELECT_START_OF_ANSWER)
    workspace.wait_for_function("text => document.querySelector('textarea[name=fragment]').value === text", arg=chosen)
    with workspace.expect_navigation():
        workspace.get_by_role("button", name="Codeer dit fragment").click()  # no code chosen: refused
    assert workspace.locator(".code-panel .error").count() == 1
    shown = workspace.evaluate(SHOWN_AS_CHOSEN)
    assert shown is not None and shown["text"] == chosen
