"""Small guards against open redirects and unsafe file names."""

import re
from urllib.parse import urlsplit


def safe_next_url(candidate: str | None, fallback: str) -> str:
    """Only a local path may be a redirect target; anything else goes to the fallback."""
    if not candidate:
        return fallback
    parts = urlsplit(candidate)
    if parts.scheme or parts.netloc or not candidate.startswith("/") or candidate.startswith("//"):
        return fallback
    if "\\" in candidate:
        return fallback
    return candidate


def safe_filename(name: str, fallback: str = "bestand") -> str:
    """A download name with no path parts or odd characters."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-")
    return cleaned or fallback
