"""The instance file `make run` writes: the mode of this machine's demo, so that every later command uses it too."""

import secrets
from pathlib import Path

from research.config import RELAXED_MODES

CONFIG_NAME = "config.py"


class InstanceFileError(RuntimeError):
    """The instance file cannot be written for this mode."""


def instance_config_text(mode: str, secret_key: str) -> str:
    """The text of instance/config.py for a demo or test instance."""
    return (
        "# Written by `wijkstem instance init` (make run). Every `wijkstem` command reads it.\n"
        f"# Mode {mode!r} uses a public, built-in data key: the demo's data is not secret.\n"
        "# In production set your own keys here or in WIJKSTEM_* variables (see README.md).\n"
        f"MODE = {mode!r}\n"
        f"SECRET_KEY = {secret_key!r}\n"
    )


def write_instance_config(instance_path, mode: str) -> Path | None:
    """Write instance/config.py for `mode` when there is none yet; return its path, or None when one exists.

    Only demo and test mode: production keys are chosen and kept safe by whoever runs the service,
    a key that a command made up and that nobody backed up would lock the data away.
    """
    if mode not in RELAXED_MODES:
        raise InstanceFileError(
            f"'wijkstem instance init' maakt alleen een demo- of testinstallatie, niet {mode!r}. "
            "Zet in productie zelf WIJKSTEM_SECRET_KEY en WIJKSTEM_DATA_KEY (zie README.md).")
    folder = Path(instance_path)
    path = folder / CONFIG_NAME
    if path.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(instance_config_text(mode, secrets.token_urlsafe(32)), encoding="utf-8")
    path.chmod(0o600)
    return path
