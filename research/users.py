"""Accounts: create, authenticate, change role. Passwords are argon2id hashes."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask_babel import gettext as _
from sqlmodel import func, select

from research.models import Membership, Project, User
from research.roles import Role

MIN_PASSWORD_LENGTH = 10
# OWASP's argon2id setting (19 MiB, 2 passes, 1 lane): the library default takes ~0.7 s per log-in on a 2-core server.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
# Verifying against a throwaway hash makes an unknown e-mail cost as much time as a wrong password.
_DUMMY_HASH = _hasher.hash("wijkstem-dummy-password")


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message is for the user."""


def hash_password(password: str) -> str:
    """An argon2id hash of a password."""
    return _hasher.hash(password)


def password_problem(password: str) -> str | None:
    """Why a new password is not good enough, or None."""
    from research.common_passwords import is_common

    if len(password) < MIN_PASSWORD_LENGTH:
        return _("Kies een wachtwoord van minstens %(n)d tekens.", n=MIN_PASSWORD_LENGTH)
    if is_common(password):
        return _("Dit wachtwoord komt veel voor. Kies een ander wachtwoord.")
    return None


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user(db, email: str) -> User | None:
    return db.exec(select(User).where(User.email == normalise_email(email))).first()


def create_user(db, email, password, site_role, display_name="", check_password=True) -> User:
    """Make an account; raises AccountError for a taken e-mail or a weak password."""
    if find_user(db, email):
        raise AccountError(_("Er bestaat al een account met dit e-mailadres."))
    problem = password_problem(password) if check_password else None
    if problem:
        raise AccountError(problem)
    user = User(
        email=normalise_email(email),
        display_name=display_name.strip(),
        password_hash=hash_password(password),
        site_role=Role(site_role).value,
    )
    db.add(user)
    db.flush()
    return user


def authenticate(db, email: str, password: str) -> User | None:
    """The active user with this e-mail and password, or None (same cost either way)."""
    user = find_user(db, email)
    stored = user.password_hash if user else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.is_active:
        return None
    if _hasher.check_needs_rehash(stored):
        user.password_hash = hash_password(password)
        db.add(user)
    return user


def add_membership(db, user: User, project: Project, role: str) -> Membership:
    """Give a user a role in a project (or change the role they have)."""
    role = Role(role)
    if role == Role.ADMIN:
        raise AccountError(_("Beheerder is geen rol binnen een project."))
    membership = db.exec(
        select(Membership).where(Membership.user_id == user.id, Membership.project_id == project.id)
    ).first()
    membership = membership or Membership(user_id=user.id, project_id=project.id, role=role)
    membership.role = role.value
    db.add(membership)
    db.flush()
    return membership


def count_users(db) -> int:
    return db.exec(select(func.count()).select_from(User)).one()


def user_names(db, user_ids) -> dict[int, str]:
    """The shown name of each of these users (ids that are None are skipped), in one query."""
    ids = sorted({user_id for user_id in user_ids if user_id})
    return {user.id: user.name for user in db.exec(select(User).where(User.id.in_(ids)))} if ids else {}
