"""Inviting people into a project: a one-time link that sets a password and grants a role."""

import hashlib
import secrets
from datetime import timedelta

from flask_babel import gettext as _
from sqlmodel import select

from research.models import Invitation, Project, User
from research.roles import Role
from research.timeutil import utcnow
from research.users import AccountError, add_membership, create_user, find_user

VALID_FOR = timedelta(days=14)


class InvitationError(ValueError):
    """The invitation cannot be used; the message is for the user."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite(db, project: Project, email: str, role: str, invited_by: User):
    """Add an existing account to the project, or make an invitation link for a new one.

    Returns (membership_or_None, token_or_None).
    """
    role = Role(role)
    if role not in (Role.KEY_FIGURE, Role.MUNICIPALITY, Role.RESEARCHER):
        raise AccountError(_("Kies een rol binnen het project."))
    user = find_user(db, email)
    if user is not None:
        return add_membership(db, user, project, role), None
    token = secrets.token_urlsafe(24)
    db.add(
        Invitation(
            project_id=project.id,
            email=email.strip().lower(),
            role=role.value,
            token_hash=_hash(token),
            invited_by_id=invited_by.id,
            expires_at=utcnow() + VALID_FOR,
        )
    )
    db.flush()
    return None, token


def find_open_invitation(db, token: str) -> Invitation | None:
    """The unexpired, unused invitation for this token, or None."""
    invitation = db.exec(select(Invitation).where(Invitation.token_hash == _hash(token))).first()
    if invitation is None or invitation.accepted_at or invitation.expires_at < utcnow():
        return None
    return invitation


def accept_invitation(db, invitation: Invitation, password: str, display_name: str) -> User:
    """Create the invited account and its membership; the link then stops working."""
    if find_user(db, invitation.email):
        raise InvitationError(_("Er bestaat al een account met dit e-mailadres. Log in."))
    site_role = Role(invitation.role)
    user = create_user(db, invitation.email, password, site_role, display_name)
    project = db.get(Project, invitation.project_id)
    add_membership(db, user, project, invitation.role)
    invitation.accepted_at = utcnow()
    db.add(invitation)
    return user


def pending_invitations(db, project: Project) -> list[Invitation]:
    """Invitations of a project that were not used yet."""
    query = select(Invitation).where(Invitation.project_id == project.id, Invitation.accepted_at.is_(None))
    return list(db.exec(query.order_by(Invitation.created_at)))
