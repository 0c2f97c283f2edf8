"""UTC time, the only time stored (SQLModel stores aware datetimes and returns them in UTC)."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now, as an aware UTC datetime."""
    return datetime.now(UTC)
