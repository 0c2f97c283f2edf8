"""Flash messages reach the page the user sees, never a background request.

The tablet's service worker keeps interview pages for offline use and the sync script fetches a fresh
form token; both send ``X-Wijkstem-Background``. Rendering such a page must not use up a message that
was meant for the page the user is about to see ("Het gesprek is afgerond")."""

from flask import get_flashed_messages, request

BACKGROUND_HEADER = "X-Wijkstem-Background"


def is_background_request() -> bool:
    return bool(request) and request.headers.get(BACKGROUND_HEADER) == "1"


def messages_for_page() -> list[tuple[str, str]]:
    """The waiting messages with their category, or none for a background request (they keep waiting)."""
    if is_background_request():
        return []
    return get_flashed_messages(with_categories=True)
