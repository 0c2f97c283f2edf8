"""Deny by default: every view declares who may use it, and a hook enforces it before the view runs."""

from dataclasses import dataclass

from flask import abort, current_app, g, redirect, request, url_for
from sqlalchemy import bindparam
from sqlmodel import and_, select

from research.db import get_session
from research.models import Membership, Project
from research.roles import Role

ANYONE = "anyone"
SIGNED_IN = "signed_in"


@dataclass(frozen=True)
class Policy:
    """Who may call a view: anyone, any signed-in user, the admin, or project roles."""

    audience: str | frozenset  # ANYONE, SIGNED_IN, or a frozenset of Role values

    def needs_project(self) -> bool:
        return isinstance(self.audience, frozenset) and bool(self.audience - {Role.ADMIN})


def allow(*who):
    """Declare a view's audience: allow(ANYONE), allow(SIGNED_IN), allow(Role.ADMIN), allow(Role.RESEARCHER, ...)."""
    if len(who) == 1 and who[0] in (ANYONE, SIGNED_IN):
        policy = Policy(who[0])
    else:
        policy = Policy(frozenset(Role(w) for w in who))

    def mark(view):
        view.access_policy = policy
        return view

    return mark


def policy_for(endpoint: str) -> Policy | None:
    """The declared policy of an endpoint, or None when nobody decided."""
    if endpoint == "static":
        return Policy(ANYONE)
    view = current_app.view_functions.get(endpoint)
    return getattr(view, "access_policy", None)


def enforce():
    """before_request: refuse what the endpoint's policy does not allow."""
    if request.endpoint is None:
        return None  # 404 or 405 follows
    policy = policy_for(request.endpoint)
    if policy is None:
        return deny("no policy")
    if policy.audience == ANYONE:
        return None
    if g.user is None:
        return _to_login()
    if policy.audience == SIGNED_IN:
        return None
    if policy.needs_project():
        return _enforce_project(policy)
    return None if g.user.is_admin else deny("not admin")


_PROJECT_WITH_MEMBERSHIP = (
    select(Project, Membership)
    .outerjoin(Membership, and_(Membership.project_id == Project.id, Membership.user_id == bindparam("user_id")))
    .where(Project.slug == bindparam("slug"))
)


def _enforce_project(policy):
    slug = (request.view_args or {}).get("slug")
    if slug is None:
        return deny("project policy without slug")
    db = get_session()
    # One query for the project and the user's membership of it: this runs before every project page.
    found = db.exec(_PROJECT_WITH_MEMBERSHIP, params={"slug": slug, "user_id": g.user.id}).first()
    if found is None:
        abort(404)
    project, membership = found
    if membership is None or Role(membership.role) not in policy.audience:
        return deny("role")
    g.project, g.membership = project, membership
    g.role = Role(membership.role)
    return None


def deny(reason: str):
    """Log the refusal and answer 403."""
    from research import audit

    audit.record_denied(request.endpoint or "", reason)
    abort(403)


def _to_login():
    if request.method == "GET":
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    abort(401)
