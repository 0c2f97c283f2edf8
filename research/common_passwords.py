"""A short list of passwords that attackers try first; longer lists can be added to the file."""

from functools import cache
from pathlib import Path

LIST_FILE = Path(__file__).with_name("common_passwords.txt")


@cache
def _common() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in LIST_FILE.read_text().splitlines() if line.strip())


def is_common(password: str) -> bool:
    """True when the password (ignoring case) is on the list."""
    return password.strip().lower() in _common()
