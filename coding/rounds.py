"""Rounds of the action cycle: a project starts its next round, which copies the guide, codebook and team.

The next round is a project of its own (its own conversations, codings and report), linked to the round
before it; the report of the new round compares its themes with the released report of the round before.
The caller commits.
"""

from flask_babel import gettext as _
from sqlmodel import select

from coding.codebook_io import codebook_specs, import_codebook
from coding.errors import CodingError
from interviews.guide_versions import copy_guide
from interviews.guides import current_guide
from research import audit
from research.models import Membership, Project
from research.projects.services import ProjectError, create_project, members_of
from research.users import add_membership


def next_round_of(db, project) -> Project | None:
    """The round that followed this one, if it was started."""
    return db.exec(select(Project).where(Project.previous_round_id == project.id)).first()


def previous_round_of(db, project) -> Project | None:
    """The round before this one, if any."""
    return db.get(Project, project.previous_round_id) if project.previous_round_id else None


def next_round_name(project) -> tuple[str, str]:
    """The suggested name and short name of the next round."""
    number = project.round_number + 1
    base_slug = project.slug.rsplit("-ronde-", 1)[0]
    base_name = project.name.rsplit(" – ronde ", 1)[0]
    return _("%(name)s – ronde %(n)d", name=base_name, n=number), f"{base_slug}-ronde-{number}"[:60]


def start_next_round(db, project, user) -> Project:
    """Make the next round: same questions, codebook and team; no conversations, codings or texts yet."""
    if (existing := next_round_of(db, project)) is not None:
        raise CodingError(_("De volgende ronde is al begonnen: %(name)s.", name=existing.name))
    name, slug = next_round_name(project)
    try:
        new = create_project(db, user, name=name, slug=slug, municipality=project.municipality, wijk=project.wijk,
                             question=project.question, code_prefix=project.code_prefix,
                             retention_until=project.retention_until, round_number=project.round_number + 1,
                             previous_round_id=project.id)
    except ProjectError as error:
        raise CodingError(str(error)) from error
    _copy_team(db, project, new)
    guide = current_guide(db, project)
    if guide is not None:
        copy_guide(db, guide, new)
    import_codebook(db, new, codebook_specs(db, project))
    audit.record("ronde_gestart", project_id=project.id, object_type="project", object_id=new.id,
                 detail=f"ronde {new.round_number}: {new.slug}", db=db)
    return new


def _copy_team(db, old, new) -> None:
    present = {m.user_id for m in db.exec(select(Membership).where(Membership.project_id == new.id))}
    for member, role in members_of(db, old):
        if member.id not in present:
            add_membership(db, member, new, role)
