"""The project list, a project's home page, creating projects and inviting members."""

from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _

from research import audit
from research.access import SIGNED_IN, allow
from research.db import get_session
from research.invitations import invite, pending_invitations
from research.projects.forms import InviteForm, ProjectForm
from research.projects.services import ProjectError, create_project, members_of, projects_for
from research.roles import Role
from research.users import AccountError

bp = Blueprint("projects", __name__)
ALL_PROJECT_ROLES = (Role.RESEARCHER, Role.KEY_FIGURE, Role.MUNICIPALITY)


@bp.route("/")
@allow(SIGNED_IN)
def index():
    projects = projects_for(get_session(), g.user)
    return render_template("projects/project_list.html", projects=projects)


@bp.route("/projecten/nieuw", methods=["GET", "POST"])
@allow(SIGNED_IN)
def create():
    if not Role(g.user.site_role).can_create_projects():
        abort(403)
    form = ProjectForm()
    if form.validate_on_submit():
        db = get_session()
        fields = {k: v for k, v in form.data.items() if k not in ("csrf_token", "name", "slug")}
        try:
            project = create_project(db, g.user, name=form.name.data, slug=form.slug.data, **fields)
        except ProjectError as error:
            form.slug.errors.append(str(error))
        else:
            audit.record("project_aangemaakt", project_id=project.id, object_type="project", object_id=project.id)
            db.commit()
            flash(_("Het project is gemaakt. Schrijf nu de gespreksleidraad."), "success")
            return redirect(url_for("projects.show", slug=project.slug))
    return render_template("projects/project_create.html", form=form)


@bp.route("/p/<slug>/")
@allow(*ALL_PROJECT_ROLES)
def show(slug):
    return render_template("projects/project_show.html", project=g.project, role=g.role)


@bp.route("/p/<slug>/leden", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def members(slug):
    db = get_session()
    form = InviteForm()
    link = None
    if form.validate_on_submit():
        try:
            membership, token = invite(db, g.project, form.email.data, form.role.data, g.user)
        except AccountError as error:
            flash(str(error), "error")
        else:
            audit.record("rol_gewijzigd", project_id=g.project.id, detail=f"uitnodiging {form.role.data}")
            db.commit()
            if token:
                link = url_for("auth.accept", token=token, _external=True)
                flash(_("De uitnodiging is klaar. Stuur de link hieronder naar de nieuwe gebruiker."), "success")
            else:
                flash(_("Deze gebruiker heeft nu toegang tot het project."), "success")
            form = InviteForm(formdata=None)
    return render_template(
        "projects/members_list.html",
        form=form,
        link=link,
        members=members_of(db, g.project),
        invitations=pending_invitations(db, g.project),
    )
