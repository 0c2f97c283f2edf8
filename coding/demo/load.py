"""Build the Seghwaert demo project from coding/demo/content.py: accounts, guide, interviews, codebook."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from coding.demo import content, guide_translations
from coding.models import Code, Coding, ReportText, Segment
from interviews.models import (
    Answer,
    Consent,
    Guide,
    Interview,
    Participant,
    Probe,
    Question,
    QuestionTranslation,
    Section,
    SectionTranslation,
)
from research.projects.services import create_project, find_project
from research.roles import Role
from research.users import add_membership, create_user, find_user

DEMO_PASSWORD = "wijkstem-demo-2026"  # noqa: S105 - public on purpose, printed and in the README
STAFF_ACCOUNTS = (
    (Role.ADMIN, "beheerder@demo.wijkstem.nl", "Beheer (demo)"),
    (Role.RESEARCHER, "onderzoeker@demo.wijkstem.nl", "Noor Bakker"),
    (Role.MUNICIPALITY, "gemeente@demo.wijkstem.nl", "Gemeente Zoetermeer (demo)"),
)
RESEARCHER_EMAIL = "onderzoeker@demo.wijkstem.nl"


class DemoError(RuntimeError):
    """The demo cannot be loaded into this database."""


@dataclass
class DemoSummary:
    interviews: int = 0
    answers: int = 0
    codings: int = 0
    themes: int = 0
    accounts: list = field(default_factory=list)

    def __str__(self):
        return (f"{self.interviews} gesprekken, {self.answers} antwoorden, "
                f"{self.themes} thema's, {self.codings} coderingen")


def load_demo(db) -> DemoSummary:
    """Create the demo project and its accounts; refuses when they already exist."""
    if find_project(db, content.PROJECT["slug"]) or find_user(db, RESEARCHER_EMAIL):
        raise DemoError("Het demoproject of de demo-accounts bestaan al in deze database.")
    summary = DemoSummary()
    users = _create_accounts(db, summary)
    project = _create_project(db, users)
    guide, questions = _create_guide(db, project)
    codes = _create_codebook(db, project, content.THEMES, None)
    summary.themes = len(codes)
    key_figures = [users[kf["email"]] for kf in content.KEY_FIGURES]
    for number, spec in enumerate(content.INTERVIEWS, start=1):
        researcher = users[RESEARCHER_EMAIL]
        _create_interview(db, project, guide, questions, codes, key_figures, researcher, number, spec, summary)
    db.add(ReportText(project_id=project.id, summary=content.SUMMARY, updated_by_id=users[RESEARCHER_EMAIL].id))
    db.flush()
    # Version 1 of the report is released, so the municipality account has something to download.
    from coding.releases import release_report

    release_report(db, project, users[RESEARCHER_EMAIL])
    return summary


def _create_accounts(db, summary) -> dict:
    users = {}
    staff = [(role, email, name) for role, email, name in STAFF_ACCOUNTS]
    staff += [(Role.KEY_FIGURE, kf["email"], kf["name"]) for kf in content.KEY_FIGURES]
    for role, email, name in staff:
        users[email] = create_user(db, email, DEMO_PASSWORD, role, name)
    summary.accounts = [(role.value, email) for role, email, _ in staff[:4]]
    return users


def _create_project(db, users):
    spec = content.PROJECT
    project = create_project(
        db, users[RESEARCHER_EMAIL], name=spec["name"], slug=spec["slug"],
        municipality=spec["municipality"], wijk=spec["wijk"], question=spec["question"],
        code_prefix=spec["code_prefix"], period_start=date.fromisoformat(spec["period_start"]),
        period_end=date.fromisoformat(spec["period_end"]),
    )
    add_membership(db, users["gemeente@demo.wijkstem.nl"], project, Role.MUNICIPALITY)
    for kf in content.KEY_FIGURES:
        add_membership(db, users[kf["email"]], project, Role.KEY_FIGURE)
    return project


def _create_guide(db, project):
    guide = Guide(project_id=project.id, version=1, title="Gespreksleidraad Seghwaert")
    db.add(guide)
    db.flush()
    questions = {}
    for s_pos, section_spec in enumerate(content.GUIDE):
        section = Section(guide_id=guide.id, position=s_pos, title=section_spec["title"],
                          intro=section_spec.get("intro", ""))
        db.add(section)
        db.flush()
        _translate_section(db, section, section_spec["key"])
        for q_pos, q_spec in enumerate(section_spec["questions"]):
            question = Question(section_id=section.id, position=q_pos, key=q_spec["key"],
                                text=q_spec["text"], note=q_spec.get("note", ""))
            db.add(question)
            db.flush()
            for p_pos, probe in enumerate(q_spec.get("probes", [])):
                db.add(Probe(question_id=question.id, position=p_pos, text=probe))
            for lang, text in guide_translations.QUESTIONS[q_spec["key"]].items():
                db.add(QuestionTranslation(question_id=question.id, lang=lang, text=text))
            questions[q_spec["key"]] = question
    db.flush()
    return guide, questions


def _translate_section(db, section, key: str) -> None:
    for lang, (title, intro) in guide_translations.SECTIONS[key].items():
        db.add(SectionTranslation(section_id=section.id, lang=lang, title=title, intro=intro))


def _create_codebook(db, project, themes, parent) -> dict:
    codes = {}
    for position, spec in enumerate(themes):
        code = Code(
            project_id=project.id, parent_id=parent.id if parent else None, position=position,
            name=spec["name"], colour=spec.get("colour", "#2f6f8f"), definition=spec.get("definition", ""),
            include_rule=spec.get("include", ""), exclude_rule=spec.get("exclude", ""),
            keywords="\n".join(spec.get("keywords", [])),
            recommendation=content.IMPROVEMENTS.get(spec["name"], ""),
        )
        db.add(code)
        db.flush()
        codes[code.name] = code
        codes.update(_create_codebook(db, project, spec.get("children", []), code))
    return codes


def _consent_giver(age_band: str) -> str:
    return {"<12": "ouder", "12-15": "beide"}.get(age_band, "deelnemer")


def _create_interview(db, project, guide, questions, codes, key_figures, researcher, number, spec, summary):
    key_figure = key_figures[spec["key_figure"]]
    when = datetime.combine(date.fromisoformat(spec["date"]), time(10, 0), tzinfo=UTC)
    participant = Participant(
        project_id=project.id, code=f"{project.code_prefix}-{number:03d}", number=number,
        group=spec["group"], age_band=spec["age_band"], wijk=spec["wijk"], language=spec["language"],
        created_by_id=key_figure.id, created_at=when,
    )
    db.add(participant)
    db.flush()
    db.add(Consent(participant_id=participant.id, letter_version="1.0", takes_part=True, quotes_allowed=True,
                   given_by=_consent_giver(spec["age_band"]), recorded_by_id=key_figure.id, recorded_at=when))
    finished = spec.get("status", "afgerond") == "afgerond"
    interview = Interview(
        project_id=project.id, participant_id=participant.id, guide_id=guide.id, key_figure_id=key_figure.id,
        status="afgerond" if finished else "concept",
        review_status="goedgekeurd" if finished else "open", position=len(spec["answers"]),
        started_at=when, updated_at=when, finished_at=when if finished else None,
    )
    db.add(interview)
    db.flush()
    answers = {}
    for key, text in spec["answers"].items():
        answers[key] = Answer(interview_id=interview.id, question_id=questions[key].id, text=text,
                              created_at=when, updated_at=when)
        db.add(answers[key])
    db.flush()
    summary.interviews += 1
    summary.answers += len(answers)
    for coding_spec in spec.get("codings", []):
        summary.codings += _create_coding(db, answers[coding_spec["question"]], codes, researcher, coding_spec, when)


def _create_coding(db, answer, codes, researcher, spec, when) -> int:
    start = answer.text.index(spec["fragment"])
    end = start + len(spec["fragment"])
    segment = Segment(answer_id=answer.id, start=start, end=end, text=spec["fragment"],
                      created_by_id=researcher.id, created_at=when)
    if spec.get("quote"):
        segment.quote_status, segment.quote_text = "goedgekeurd", spec["quote"]
        segment.quote_approved_by_id, segment.quote_approved_at = researcher.id, when
    db.add(segment)
    db.flush()
    for name in spec["themes"]:
        db.add(Coding(segment_id=segment.id, code_id=codes[name].id, coder_id=researcher.id, created_at=when))
    db.flush()
    return len(spec["themes"])
