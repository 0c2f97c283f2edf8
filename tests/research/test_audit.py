"""The audit log: a hash chain that shows tampering, and never answer text."""

from sqlmodel import select

from research.audit import defuse_cell
from research.models import AuditEvent


def test_chain_verifies_and_detects_a_changed_event(runner, client, db, world, login):
    login(world.admin)
    client.get("/beheer/gebruikers")
    client.post("/auth/inloggen", data={"email": world.researcher.email, "password": "fout-fout-fout"})
    assert runner.invoke(args=["audit", "verify"]).exit_code == 0

    event = db.exec(select(AuditEvent).where(AuditEvent.action == "inloggen_mislukt")).first()
    event.detail = "niets gebeurd"
    db.add(event)
    db.commit()
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code != 0 and f"gebeurtenis {event.id}" in result.output


def test_admin_sees_and_exports_the_log_without_answer_text(client, world, login):
    login(world.admin)
    page = client.get("/beheer/auditlog").get_data(as_text=True)
    assert "ingelogd" in page and "in orde" in page
    export = client.get("/beheer/auditlog.csv")
    assert export.mimetype == "text/csv" and "ingelogd" in export.get_data(as_text=True)
    assert world.answer.text not in export.get_data(as_text=True)


def test_formula_cells_are_defused():
    assert defuse_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert defuse_cell("gewoon") == "gewoon"
