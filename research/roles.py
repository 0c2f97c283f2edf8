"""Roles and what each may do."""

from enum import StrEnum

from flask_babel import lazy_gettext as _l


class Role(StrEnum):
    ADMIN = "beheerder"
    RESEARCHER = "onderzoeker"
    KEY_FIGURE = "sleutelfiguur"
    MUNICIPALITY = "gemeente"

    @property
    def label(self):
        return ROLE_LABELS[self]

    def can_create_projects(self) -> bool:
        return self in {Role.ADMIN, Role.RESEARCHER}


PROJECT_ROLES = (Role.RESEARCHER, Role.KEY_FIGURE, Role.MUNICIPALITY)

ROLE_LABELS = {
    Role.ADMIN: _l("Beheerder"),
    Role.RESEARCHER: _l("Onderzoeker"),
    Role.KEY_FIGURE: _l("Sleutelfiguur"),
    Role.MUNICIPALITY: _l("Gemeente"),
}
