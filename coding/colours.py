"""The code colours: a fixed palette, because the CSP forbids inline styles; CSS has one class per colour."""

from flask_babel import lazy_gettext as _l

# White text on each of these has a contrast of at least 4.5:1 (WCAG AA).
PALETTE = {
    "#2f6f8f": _l("Blauw"),
    "#1e6b3a": _l("Groen"),
    "#a12622": _l("Rood"),
    "#8a5a00": _l("Oker"),
    "#6a3d9a": _l("Paars"),
    "#b0306e": _l("Roze"),
    "#00707a": _l("Blauwgroen"),
    "#7a4a1f": _l("Bruin"),
    "#3c4fb0": _l("Indigo"),
    "#5b6b75": _l("Grijs"),
}
DEFAULT_COLOUR = "#2f6f8f"


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def is_hex_colour(value: str) -> bool:
    """True for a colour written as #rrggbb."""
    if len(value) != 7 or not value.startswith("#"):
        return False
    return all(c in "0123456789abcdefABCDEF" for c in value[1:])


def nearest(hex_colour: str) -> str:
    """The palette colour closest to any #rrggbb colour (imported codebooks bring their own)."""
    colour = (hex_colour or "").lower()
    if colour in PALETTE:
        return colour
    if not is_hex_colour(colour):
        return DEFAULT_COLOUR
    r, g, b = _rgb(colour)
    return min(PALETTE, key=lambda p: sum((x - y) ** 2 for x, y in zip(_rgb(p), (r, g, b), strict=True)))


def colour_class(hex_colour: str) -> str:
    """The CSS class that paints a code in its (nearest palette) colour, e.g. `cc-2f6f8f`."""
    return "cc-" + nearest(hex_colour)[1:]
