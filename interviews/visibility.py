"""Who sees which participants and interviews: the one rule, for single objects and for lists.

A researcher sees everything in the project, a key figure only what they own (registered or hold),
anyone else nothing. The project itself is checked by the callers.
"""

from research.roles import Role


def may_see(role: Role, user, owner_id: int | None) -> bool:
    """Whether this user may see an object of the project owned by `owner_id`."""
    return role == Role.RESEARCHER or (role == Role.KEY_FIGURE and owner_id == user.id)


def visible_only(query, role: Role, user, owner_column):
    """The query limited to what this user may see, or None when they may see nothing."""
    if role == Role.KEY_FIGURE:
        return query.where(owner_column == user.id)
    return query if role == Role.RESEARCHER else None
