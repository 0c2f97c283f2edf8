"""Parse uploaded XML without DTDs or entities (defusedxml); every failure becomes the caller's domain error."""

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException


def parse_safely(data: bytes, error_class, unsafe_message: str, unreadable_message: str):
    """The root element of `data`, or `error_class(message)` for unsafe or unreadable XML."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise error_class(unsafe_message) from None
    except (SafeET.ParseError, ValueError):
        raise error_class(unreadable_message) from None
