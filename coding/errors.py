"""Domain errors of the coding package; their messages are for the user (Dutch, B1)."""


class CodingError(ValueError):
    """A request that cannot be carried out; `field` names the form field it is about, if any."""

    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(CodingError):
    """The object does not exist in this project, or is not open for coding (both answer 404)."""
