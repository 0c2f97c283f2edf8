"""Passwords that attackers try first: zxcvbn's list of 30,000 leaked passwords plus a Dutch supplement."""

from functools import cache
from pathlib import Path

DUTCH_LIST = Path(__file__).with_name("common_passwords.txt")


@cache
def _common() -> frozenset[str]:
    # zxcvbn (MIT) ships the list; it saves us keeping a large word list of our own.
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    dutch = (line.strip().lower() for line in DUTCH_LIST.read_text().splitlines() if line.strip())
    return frozenset(FREQUENCY_LISTS["passwords"]) | frozenset(dutch)


def is_common(password: str) -> bool:
    """True when the password (ignoring case) is on the list."""
    return password.strip().lower() in _common()
