"""Requests the tablet makes in the background leave the user's session exactly as it was.

The key figure's service worker keeps interview pages for offline use, and the sync script fetches a
fresh form token; both send ``X-Wijkstem-Background: 1``. Such a request may arrive between
"Gesprek afronden" and the thank-you page. So it:
- never uses up a flash message meant for the page the user is about to see;
- never writes the session cookie (a late reply would overwrite a message set in the meantime);
- gets 204 instead of a redirect (a followed redirect would be a request without the header).
"""

from flask import get_flashed_messages, request

BACKGROUND_HEADER = "X-Wijkstem-Background"


def is_background_request() -> bool:
    return bool(request) and request.headers.get(BACKGROUND_HEADER) == "1"


def messages_for_page() -> list[tuple[str, str]]:
    """The waiting messages with their category, or none for a background request (they keep waiting)."""
    if is_background_request():
        return []
    return get_flashed_messages(with_categories=True)


def no_redirect_in_background(response):
    """after_request: a page that redirects is not worth keeping; answer 204 so nothing follows it."""
    if is_background_request() and 300 <= response.status_code < 400:
        response.status_code = 204
        response.headers.pop("Location", None)
        response.set_data(b"")
    return response
