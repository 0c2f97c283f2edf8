"""Agreement rounds: a sample of answers that two or more coders code blind, apart from the real codings.

Each coder sees only their own judgements until the round is closed; then the figures and the
disagreements are open to the project's researchers. The model can take part as one more coder: its
predictions on the sample are stored when the round is made.
"""

import random
import re
import secrets

from flask_babel import gettext as _
from sqlmodel import select

from coding.codebook import codes_of
from coding.corpus import CodableAnswer, codable_answer_ids, codable_answers
from coding.errors import CodingError, NotFound
from coding.models import AgreementCoder, AgreementCoding, AgreementItem, AgreementJudgement, AgreementRound
from coding.suggest_app import model_adapter, store
from coding.suggest_app.service import coded_code_ids
from coding.suggest_app.training import usable_model
from research.models import Membership, User
from research.roles import Role
from research.timeutil import utcnow

MAX_SAMPLE = 500


class NotACoder(CodingError):
    """The user does not code in this round (answers 403)."""


def rounds_of(db, project) -> list[AgreementRound]:
    """The project's rounds, newest first."""
    query = select(AgreementRound).where(AgreementRound.project_id == project.id).order_by(AgreementRound.id.desc())
    return list(db.exec(query))


def round_for(db, project, round_id: int) -> AgreementRound:
    """One round of this project; NotFound otherwise."""
    found = db.get(AgreementRound, round_id)
    if found is None or found.project_id != project.id:
        raise NotFound(_("Deze ronde bestaat niet in dit project."))
    return found


def researchers_of(db, project) -> list[User]:
    """The project's researchers, who may code in a round."""
    query = (select(User).join(Membership, Membership.user_id == User.id)
             .where(Membership.project_id == project.id, Membership.role == Role.RESEARCHER.value)
             .order_by(User.display_name, User.email))
    return list(db.exec(query))


def question_choices(db, project) -> list[tuple[int, str]]:
    """(id, text) of the questions that have codable answers, in guide order."""
    seen = {}
    for item in codable_answers(db, project):
        seen.setdefault(item.question.id, item.question.text)
    return list(seen.items())


def create_round(db, project, creator, *, name, coder_ids, size=20, seed=None, answer_ids=(),
                 question_id=None, only_uncoded=True, include_model=False) -> AgreementRound:
    """Draw (or take) the sample, name the coders and, if asked, let the model judge the sample."""
    name = (name or "").strip()
    if not name:
        raise CodingError(_("Geef de ronde een naam."), field="name")
    coders = _coders(db, project, coder_ids, include_model)
    if answer_ids:
        sample, seed = _chosen(db, project, answer_ids), None
    else:
        seed = secrets.randbelow(1_000_000) if seed is None else seed
        sample = draw_sample(_candidates(db, project, question_id, only_uncoded), size, seed)
    found = AgreementRound(project_id=project.id, name=name, seed=seed, include_model=include_model,
                           created_by_id=creator.id)
    db.add(found)
    db.flush()
    for position, user in enumerate(coders):
        db.add(AgreementCoder(round_id=found.id, user_id=user.id, position=position))
    for position, item in enumerate(sample):
        db.add(AgreementItem(round_id=found.id, answer_id=item.answer.id, position=position))
    db.flush()
    if include_model:
        _model_judges(db, project, found, sample)
    return found


def _coders(db, project, coder_ids, include_model) -> list[User]:
    researchers = {user.id: user for user in researchers_of(db, project)}
    wanted = list(dict.fromkeys(int(i) for i in coder_ids or ()))
    chosen = [researchers[i] for i in wanted if i in researchers]
    if len(chosen) != len(wanted):
        raise CodingError(_("Alleen onderzoekers van dit project kunnen coderen in een ronde."), field="coders")
    if not chosen or len(chosen) + (1 if include_model else 0) < 2:
        raise CodingError(_("Kies minstens twee codeurs (het model telt mee als codeur)."), field="coders")
    return chosen


def _candidates(db, project, question_id, only_uncoded) -> list[CodableAnswer]:
    items = [item for item in codable_answers(db, project) if item.answer.text.strip()
             and (question_id is None or item.question.id == question_id)]
    if only_uncoded:
        items = [item for item in items if not coded_code_ids(db, item.answer.id)]
    return items


def draw_sample(candidates: list, size: int, seed: int) -> list:
    """A reproducible random sample: the same candidates and seed give the same answers."""
    if not candidates:
        raise CodingError(_("Er zijn geen antwoorden om uit te kiezen."), field="size")
    if not 1 <= (size or 0) <= MAX_SAMPLE:
        raise CodingError(_("Kies tussen 1 en %(max)d antwoorden.", max=MAX_SAMPLE), field="size")
    ordered = sorted(candidates, key=lambda item: item.answer.id)
    chosen = random.Random(seed).sample(ordered, min(size, len(ordered)))  # noqa: S311  (reproducible, not secret)
    return sorted(chosen, key=lambda item: item.answer.id)


def parse_answer_ids(text: str) -> list[int]:
    """Answer numbers from a text such as "12, 15 18"; CodingError on anything else."""
    parts = [part for part in re.split(r"[\s,;]+", text or "") if part]
    if any(not part.isdigit() for part in parts):
        raise CodingError(_("Schrijf alleen nummers van antwoorden, gescheiden door komma's."), field="answer_ids")
    return list(dict.fromkeys(int(part) for part in parts))


def _chosen(db, project, answer_ids) -> list[CodableAnswer]:
    items = {item.answer.id: item for item in codable_answers(db, project) if item.answer.text.strip()}
    missing = [str(i) for i in answer_ids if i not in items]
    if missing:
        raise CodingError(_("Deze antwoorden bestaan niet of zijn niet klaar om te coderen: %(ids)s",
                            ids=", ".join(missing)), field="answer_ids")
    return [items[i] for i in answer_ids]


def _model_judges(db, project, found, sample):
    info = usable_model(db, project)
    model = store.load_model(db, info) if info is not None else None
    if model is None:
        raise CodingError(_("Er is nog geen getraind model. Zet het vinkje uit, of wacht tot het model klaar is."),
                          field="include_model")
    found.model_version = info.label
    db.add(found)
    ids = {code.name: code.id for code in codes_of(db, project)}
    predicted = model_adapter.predict_labels(model, [item.answer.text for item in sample])
    for item, names in zip(sample, predicted, strict=True):
        judge(db, found, item.answer.id, None, {ids[name] for name in names if name in ids})


def judge(db, found, answer_id: int, coder_id: int | None, code_ids: set[int]) -> AgreementJudgement:
    """Store (or replace) one coder's codes for one answer of the round; coder None is the model."""
    query = select(AgreementJudgement).where(AgreementJudgement.round_id == found.id,
                                             AgreementJudgement.answer_id == answer_id)
    query = query.where(AgreementJudgement.coder_id.is_(None) if coder_id is None
                        else AgreementJudgement.coder_id == coder_id)
    judgement = db.exec(query).first() or AgreementJudgement(round_id=found.id, answer_id=answer_id,
                                                             coder_id=coder_id)
    judgement.saved_at = utcnow()
    db.add(judgement)
    db.flush()
    for old in db.exec(select(AgreementCoding).where(AgreementCoding.judgement_id == judgement.id)):
        db.delete(old)
    db.flush()
    for code_id in sorted(code_ids):
        db.add(AgreementCoding(judgement_id=judgement.id, code_id=code_id))
    db.flush()
    return judgement


def coder_ids_of(db, found) -> list[int]:
    """The researchers coding in the round, in the order they were named."""
    query = select(AgreementCoder.user_id).where(AgreementCoder.round_id == found.id).order_by(AgreementCoder.position)
    return list(db.exec(query))


def sample_of(db, project, found) -> list[CodableAnswer]:
    """The round's answers that are still codable (a withdrawn participant's answers drop out), in order."""
    positions = dict(db.exec(select(AgreementItem.answer_id, AgreementItem.position)
                             .where(AgreementItem.round_id == found.id)).all())
    items = codable_answers(db, project, among=_round_answer_ids(found))
    return sorted(items, key=lambda item: positions[item.answer.id])


def sample_ids(db, project, found) -> set[int]:
    """The ids of the round's answers that are still codable, without reading (decrypting) their text."""
    query = select(AgreementItem.answer_id).where(AgreementItem.round_id == found.id,
                                                  AgreementItem.answer_id.in_(codable_answer_ids(project)))
    return set(db.exec(query))


def _round_answer_ids(found):
    return select(AgreementItem.answer_id).where(AgreementItem.round_id == found.id)


def own_codes(db, found, user) -> dict[int, set[int]]:
    """Per answer the coder judged: the code ids they gave (only their own: the round is blind)."""
    query = (select(AgreementJudgement.answer_id, AgreementCoding.code_id)
             .outerjoin(AgreementCoding, AgreementCoding.judgement_id == AgreementJudgement.id)
             .where(AgreementJudgement.round_id == found.id, AgreementJudgement.coder_id == user.id))
    result: dict[int, set[int]] = {}
    for answer_id, code_id in db.exec(query):
        result.setdefault(answer_id, set()).update({code_id} if code_id is not None else set())
    return result


def save_own_codes(db, project, found, user, answer_id: int, code_ids) -> AgreementJudgement:
    """A coder's judgement of one answer in an open round."""
    if user.id not in coder_ids_of(db, found):
        raise NotACoder(_("U codeert niet mee in deze ronde."))
    if found.closed_at is not None:
        raise CodingError(_("Deze ronde is afgesloten. U kunt niet meer coderen."))
    if answer_id not in sample_ids(db, project, found):
        raise NotFound(_("Dit antwoord hoort niet bij deze ronde."))
    known = {code.id for code in codes_of(db, project)}
    return judge(db, found, answer_id, user.id, {int(i) for i in code_ids or () if int(i) in known})


def close_round(db, found) -> None:
    """Close the round: nobody codes any more, and the figures and disagreements become visible."""
    if found.closed_at is None:
        found.closed_at = utcnow()
        db.add(found)
        db.flush()
