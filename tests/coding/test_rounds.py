"""Rounds of the action cycle: the next round copies guide, codebook and team, and compares with the round before."""

import io
from dataclasses import replace

from docx import Document
from lxml import html
from sqlmodel import select

from coding.cycle_models import FollowUpAction
from coding.models import Code
from coding.reports.data import ActionRow, ReportData, RoundBefore, Theme, ThemeCount
from coding.reports.render_docx import render_docx
from coding.round_compare import GONE, LESS, MORE, NEW, SAME, UNKNOWN, change_between, compare_themes
from interviews.guides import current_guide, outline
from research.models import AuditEvent, Membership, Project
from tests.coding.builders import sign_in
from tests.coding.findings_world import build_findings

BASE = "/p/seghwaert-proef"


def page_text(response) -> str:
    tree = html.fromstring(response.get_data(as_text=True))
    return " ".join(" ".join(tree.xpath("//body//text()")).split())


def start_round(client, db, world):
    sign_in(client, db, world.researcher)
    return client.post(f"{BASE}/rondes/volgende")


def round_two(db, world) -> Project:
    db.expire_all()
    return db.exec(select(Project).where(Project.previous_round_id == world.project.id)).one()


def test_the_next_round_copies_questions_codebook_and_team_but_no_conversations(client, db, world):
    response = start_round(client, db, world)
    assert response.status_code == 302
    new = round_two(db, world)
    assert (new.round_number, new.slug) == (2, "seghwaert-proef-ronde-2")
    assert response.headers["Location"].endswith(f"/p/{new.slug}/rondes")
    old_questions = [e.question.text for item in outline(db, current_guide(db, world.project)) for e in item.questions]
    new_questions = [e.question.text for item in outline(db, current_guide(db, new)) for e in item.questions]
    assert new_questions == old_questions and new_questions
    names = lambda project: sorted(c.name for c in db.exec(select(Code).where(Code.project_id == project.id)))  # noqa: E731
    assert names(new) == names(world.project)
    team = lambda project: sorted((m.user_id, m.role) for m in db.exec(  # noqa: E731
        select(Membership).where(Membership.project_id == project.id)))
    assert team(new) == team(world.project)
    assert "ronde_gestart" in [e.action for e in db.exec(select(AuditEvent))]
    page = page_text(client.get(f"/p/{new.slug}/rondes"))
    assert "Dit is ronde 2" in page and "Van ronde 1 is geen rapport vrijgegeven" in page


def test_a_second_start_is_refused_with_a_message_and_makes_nothing(client, db, world):
    start_round(client, db, world)
    response = client.post(f"{BASE}/rondes/volgende", follow_redirects=True)
    assert "De volgende ronde is al begonnen" in page_text(response)
    db.expire_all()
    assert len(db.exec(select(Project).where(Project.previous_round_id == world.project.id)).all()) == 1


def test_round_two_compares_with_what_round_one_released_not_with_live_data(client, db, world):
    build_findings(db, world)
    db.add(FollowUpAction(project_id=world.project.id, what="Inloopuur op school", owner="school", status="gedaan"))
    db.commit()
    sign_in(client, db, world.researcher)
    assert client.post(f"{BASE}/rapport/versies", data={"language": "nl"}).status_code == 302
    db.add(FollowUpAction(project_id=world.project.id, what="Na de vrijgave", owner="school"))
    db.commit()
    start_round(client, db, world)
    new = round_two(db, world)
    page = page_text(client.get(f"/p/{new.slug}/rondes"))
    assert "versie 1 van het rapport van ronde 1" in page
    # Round 1 released 7 participants on the theme; round 2 has none yet: hidden, and no direction
    assert "School als ingang 7 minder dan 5 niet te zeggen: te weinig mensen" in page
    assert "Van de 1 vervolgacties uit ronde 1 zijn er 1 gedaan." in page

    client.post(f"/p/{new.slug}/rapport/versies", data={"language": "nl"})
    from coding.models import ReportRelease

    db.expire_all()
    release = db.exec(select(ReportRelease).where(ReportRelease.project_id == new.id)).one()
    doc = Document(io.BytesIO(release.docx))
    assert "Vergelijking met ronde 1" in [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "Inloopuur op school" in cells and "Na de vrijgave" not in cells


def test_directions_need_both_counts_shown_and_compare_shares():
    assert change_between(10, 40, 20, 40, shown=True) == MORE
    assert change_between(20, 40, 10, 40, shown=True) == LESS
    assert change_between(10, 40, 21, 80, shown=True) == SAME  # 25 % and 26 %: the round was twice as big
    assert change_between(10, 40, 30, 40, shown=False) == UNKNOWN


def test_compare_themes_hides_small_counts_and_names_new_and_gone_themes():
    before = RoundBefore("Ronde 1", 1, 2, participants=40, themes=(
        ThemeCount("Wachttijden", 12, {"ouder": 9, "jongere": 3}), ThemeCount("Lotgenoten", 3, {"ouder": 3}),
        ThemeCount("Speeltuin", 8, {"ouder": 8})))
    after = (Theme("Wachttijden", participants=6, by_group={"ouder": 6}),
             Theme("Lotgenoten", participants=9, by_group={"ouder": 9}),
             Theme("Schoolplein", participants=7, by_group={"ouder": 7}))
    rows = {row.name: row for row in compare_themes(before, after, 40)}
    assert (rows["Wachttijden"].before, rows["Wachttijden"].after, rows["Wachttijden"].change) == ("12", "6", LESS)
    assert rows["Lotgenoten"].before == "minder dan 5" and rows["Lotgenoten"].change == UNKNOWN
    assert rows["Schoolplein"].change == NEW and rows["Speeltuin"].change == GONE


def test_the_report_of_round_two_holds_the_comparison_and_round_one_has_none():
    data = ReportData(project_name="Ronde 2", participants_by_group={"ouder": 40}, round_number=2,
                      themes=(Theme("Wachttijden", participants=20, by_group={"ouder": 20}),),
                      round_before=RoundBefore("Ronde 1", 1, 3, participants=40,
                                               themes=(ThemeCount("Wachttijden", 10, {"ouder": 10}),),
                                               actions=(ActionRow("Inloopuur", "school", "gedaan"),
                                                        ActionRow("Folder", "gemeente", "gestopt"))))
    doc = Document(io.BytesIO(render_docx(data)))
    texts = [p.text for p in doc.paragraphs]
    assert "Vergelijking met ronde 1" in texts
    assert "Van de 2 vervolgacties uit ronde 1 zijn er 1 gedaan." in texts
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    assert ["Wachttijden", "10", "20", "vaker genoemd"] in rows
    first = Document(io.BytesIO(render_docx(replace(data, round_number=1, round_before=None))))
    assert not any("Vergelijking" in p.text for p in first.paragraphs)
