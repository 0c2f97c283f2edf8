"""A parent answers alone on a small phone through a personal link: right-to-left, keyboard, no sideways scrolling."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import TABLET, log_in

pytestmark = pytest.mark.e2e
SMALL_PHONE = {"width": 320, "height": 640}


def make_link(browser, live_server) -> str:
    """A key figure registers a parent who reads Arabic and makes a personal link; returns the link."""
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
    page = context.new_page()
    log_in(page, "marieke.bakker@demo.wijkstem.nl")
    page.goto("/p/seghwaert/deelnemers/nieuw")
    page.get_by_role("radio", name="Ouder", exact=True).check()
    page.get_by_role("radio", name="26 tot en met 40 jaar").check()
    page.get_by_label("Taal van het gesprek").select_option("ar")
    page.get_by_role("button", name="Inschrijven").click()
    page.goto(re.sub(r"/toestemming$", "/link", page.url))
    page.get_by_role("button", name="Link maken").click()
    expect(page.get_by_role("img", name="QR-code met de persoonlijke link")).to_be_visible()
    link = page.locator("#link-url").input_value()
    context.close()
    return link


def fits(page) -> bool:
    """No sideways scrolling: the page is no wider than the screen."""
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_a_parent_answers_on_a_small_phone_in_arabic(browser, live_server):
    link = make_link(browser, live_server)
    context = browser.new_context(viewport=SMALL_PHONE, base_url=live_server, locale="ar", has_touch=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(link)
    assert page.locator("html").get_attribute("lang") == "ar" and page.locator("html").get_attribute("dir") == "rtl"
    assert fits(page)

    # Keyboard only: tab to the language buttons and choose with Enter.
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('lang')") == "ar":
            break
    page.keyboard.press("Enter")
    page.wait_for_url("**/toestemming")
    assert page.locator("html").get_attribute("dir") == "rtl" and fits(page)
    page.locator("#agree_participant").check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/vraag/0")
    assert fits(page)
    page.locator("textarea[name=text]").fill("الحديقة جميلة")
    page.locator("button[value=volgende]").click()
    page.wait_for_url("**/vraag/1")

    # Zoomed in twice (a 160 px wide viewport at the same text size): still no sideways scrolling.
    page.set_viewport_size({"width": 160, "height": 320})
    assert fits(page)
    page.set_viewport_size(SMALL_PHONE)
    page.locator("button[value=stoppen]").click()
    page.wait_for_url(link)
    expect(page.locator(".flash-success")).to_be_visible()
    assert errors == []
    context.close()
