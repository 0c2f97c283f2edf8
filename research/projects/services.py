"""Projects: create them, list them per user, read their members."""

import re
import unicodedata

from flask_babel import gettext as _
from sqlmodel import select

from research.models import Membership, Project, User
from research.roles import Role
from research.users import add_membership

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ProjectError(ValueError):
    """The project cannot be saved like this; the message is for the user."""


def slugify(text: str) -> str:
    """A URL name from a project name: lower case, ascii, dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60]


def find_project(db, slug: str) -> Project | None:
    return db.exec(select(Project).where(Project.slug == slug)).first()


def create_project(db, creator: User, *, name, slug="", **fields) -> Project:
    """Create a project; its creator becomes its first researcher."""
    slug = (slug or slugify(name)).strip()
    if not SLUG_PATTERN.match(slug):
        raise ProjectError(_("Gebruik voor de korte naam alleen kleine letters, cijfers en streepjes."))
    if find_project(db, slug):
        raise ProjectError(_("Er is al een project met de korte naam %(slug)s.", slug=slug))
    project = Project(name=name.strip(), slug=slug, **fields)
    db.add(project)
    db.flush()
    if not creator.is_admin:
        add_membership(db, creator, project, Role.RESEARCHER)
    return project


def projects_for(db, user: User) -> list[tuple[Project, str]]:
    """(project, role) pairs the user belongs to; the admin sees every project."""
    if user.is_admin:
        return [(p, Role.ADMIN.value) for p in db.exec(select(Project).order_by(Project.name))]
    query = (
        select(Project, Membership.role)
        .join(Membership, Membership.project_id == Project.id)
        .where(Membership.user_id == user.id)
        .order_by(Project.name)
    )
    return list(db.exec(query))


def members_of(db, project: Project) -> list[tuple[User, str]]:
    """(user, role) pairs of a project, researchers first."""
    query = (
        select(User, Membership.role)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.project_id == project.id)
        .order_by(Membership.role, User.email)
    )
    return list(db.exec(query))
