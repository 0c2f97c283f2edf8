"""Encryption at rest for answer text, notes and memos (AES-GCM, key from the configuration)."""

import base64
import hashlib
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.types import Text, TypeDecorator

PREFIX = "enc1"


class KeyError_(RuntimeError):
    """No key can open this value."""


class Keyring:
    """The current key encrypts; older keys still decrypt until a rotation re-encrypts."""

    def __init__(self, current: str, older=()):
        self.current = _decode_key(current)
        self.keys = {key_id(self.current): self.current}
        for key in older:
            raw = _decode_key(key)
            self.keys.setdefault(key_id(raw), raw)

    def encrypt(self, plain: str) -> str:
        nonce = os.urandom(12)
        sealed = AESGCM(self.current).encrypt(nonce, plain.encode("utf-8"), None)
        blob = base64.b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}:{key_id(self.current)}:{blob}"

    def decrypt(self, stored: str) -> str:
        prefix, kid, blob = stored.split(":", 2)
        if prefix != PREFIX or kid not in self.keys:
            raise KeyError_(f"no key for {kid}")
        raw = base64.b64decode(blob)
        return AESGCM(self.keys[kid]).decrypt(raw[:12], raw[12:], None).decode("utf-8")


def key_id(raw: bytes) -> str:
    """A short, non-secret name for a key."""
    return hashlib.sha256(raw).hexdigest()[:8]


def _decode_key(text: str) -> bytes:
    raw = base64.b64decode(text)
    if len(raw) != 32:
        raise ValueError("DATA_KEY must be base64 of exactly 32 bytes")
    return raw


def new_key() -> str:
    """A fresh random key, base64-encoded."""
    return base64.b64encode(os.urandom(32)).decode("ascii")


APP_KEY = "wijkstem.keyring"
_keyring: Keyring | None = None


def configure(current: str, older=(), app=None):
    """Install the keyring of an app (and as the fallback outside any app context)."""
    global _keyring
    _keyring = Keyring(current, older)
    if app is not None:
        app.extensions[APP_KEY] = _keyring


def keyring() -> Keyring:
    """The current app's keyring; several apps in one process (tests) each keep their own keys."""
    from flask import current_app, has_app_context

    if has_app_context() and APP_KEY in current_app.extensions:
        return current_app.extensions[APP_KEY]
    if _keyring is None:
        raise RuntimeError("encryption keys are not configured")
    return _keyring


class EncryptedText(TypeDecorator):
    """A text column stored encrypted; Python code sees plain text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else keyring().encrypt(value)

    def process_result_value(self, value, dialect):
        return None if value is None else keyring().decrypt(value)
