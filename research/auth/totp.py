"""Optional two-step log-in with a TOTP app (pyotp); a setting can require it for staff roles."""

import base64
import io

import pyotp
import qrcode
import qrcode.image.svg
from flask import current_app

from research.models import User

TOTP_ROLES = {"onderzoeker", "gemeente", "beheerder"}
ISSUER = "Wijkstem"


def may_use_totp(user: User) -> bool:
    """Key figures share tablets and log in with a password only; staff may add a second step."""
    return user.site_role in TOTP_ROLES


def must_set_up(user: User) -> bool:
    """True when the setting requires a second step and this user has none yet."""
    return bool(current_app.config["REQUIRE_TOTP"]) and may_use_totp(user) and not user.totp_secret


def new_secret() -> str:
    return pyotp.random_base32()


def code_is_valid(secret: str, code: str) -> bool:
    """Accept the current code and one step either side, for clocks that drift a little."""
    cleaned = "".join(ch for ch in (code or "") if ch.isdigit())
    return len(cleaned) == 6 and pyotp.TOTP(secret).verify(cleaned, valid_window=1)


def qr_data_uri(secret: str, email: str) -> str:
    """An SVG QR code of the provisioning URI, as a data: URI (no external service)."""
    uri = pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER)
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()
