"""Inter-coder agreement: figures against hand-computed values, blind rounds, the model as a coder."""

import pytest
from sqlmodel import select

from coding import agreement
from coding.agreement_results import agreement_figures
from coding.agreement_rounds import draw_sample, parse_answer_ids
from coding.errors import CodingError
from coding.models import AgreementJudgement, AgreementRound
from coding.suggest_app.training import schedule_training
from tests import factories
from tests.coding.builders import add_answer, audit_events, make_round, sign_in
from tests.coding.suggest_world import coded_corpus

BASE = "/p/seghwaert-proef"
TWO = {  # answer 5 was judged by A only: it does not count
    "A": {1: {"X", "Y"}, 2: {"X", "Y"}, 3: {"Y"}, 4: set()},
    "B": {1: {"X", "Y"}, 2: {"Y"}, 3: {"X"}, 4: set(), 5: {"X"}},
}


# --- the figures, by hand ---------------------------------------------------------------------------------------------
# Code X: A = 1 1 0 0, B = 1 0 1 0. Agreement 2/4 = 0.5. Cohen: chance = .5*.5 + .5*.5 = .5, kappa = 0.
#   Krippendorff: 8 values (four 1s, four 0s), 2 disagreeing items -> 4 ordered pairs; alpha = 1 - 7*4/(2*4*4) = .125
# Code Y: A = 1 1 1 0, B = 1 1 0 0. Agreement 3/4. Chance = .75*.5 + .25*.5 = .5, kappa = (.75-.5)/.5 = .5.
#   Five 1s, three 0s, 1 disagreeing item -> 2 pairs; alpha = 1 - 7*2/(2*5*3) = 16/30


def test_two_coders_per_code_against_hand_computed_values():
    figures = agreement.figures(TWO)
    x, y = figures.per_code
    assert figures.items == 4 and figures.has_kappa
    assert (x.code, x.percent, x.kappa, x.alpha, x.used_by) == ("X", 0.5, 0.0, pytest.approx(0.125), (2, 2))
    assert (y.percent, y.kappa, y.alpha, y.used_by) == (0.75, 0.5, pytest.approx(16 / 30), (3, 2))


def test_overall_is_the_mean_of_the_codes():
    overall = agreement.figures(TWO).overall
    assert overall.percent == pytest.approx(0.625)
    assert overall.kappa == pytest.approx(0.25)
    assert overall.alpha == pytest.approx((0.125 + 16 / 30) / 2)


def test_three_coders_get_alpha_and_pairwise_agreement_but_no_cohen_kappa():
    # Item 1: 1 1 0, item 2: 0 0 0. Six values (two 1s); item 1 has 2*1*2 = 4 ordered disagreeing pairs / (3-1) = 2.
    # alpha = 1 - 5*2/(2*2*4) = .375. Pairs agree on AB 2/2, AC 1/2, BC 1/2: mean 2/3.
    figures = agreement.figures({"A": {1: {"X"}, 2: set()}, "B": {1: {"X"}, 2: set()}, "C": {1: set(), 2: set()}})
    [x] = figures.per_code
    assert not figures.has_kappa and x.kappa is None
    assert x.alpha == pytest.approx(0.375) and x.percent == pytest.approx(2 / 3)


def test_codes_nobody_used_are_left_out_and_order_follows_the_codebook():
    figures = agreement.figures(TWO, codes=["Y", "Niemand", "X"])
    assert [row.code for row in figures.per_code] == ["Y", "X"]


def test_nothing_to_compare():
    assert agreement.figures({"A": {1: {"X"}}}).per_code == ()
    assert agreement.figures({"A": {1: {"X"}}, "B": {2: {"X"}}}).overall.alpha is None


def test_disagreements_are_the_shared_items_with_different_codes():
    assert agreement.disagreements(TWO) == [2, 3]


def test_the_sample_is_reproducible_from_its_seed():
    items = [type("Item", (), {"answer": type("A", (), {"id": i})})() for i in range(50)]
    first = [item.answer.id for item in draw_sample(items, 10, seed=7)]
    assert first == [item.answer.id for item in draw_sample(list(reversed(items)), 10, seed=7)]
    assert first != [item.answer.id for item in draw_sample(items, 10, seed=8)]
    assert len(draw_sample(items, 80, seed=1)) == 50
    with pytest.raises(CodingError):
        draw_sample(items, 0, seed=1)


def test_answer_numbers_are_parsed():
    assert parse_answer_ids("12, 15 18;12") == [12, 15, 18]
    with pytest.raises(CodingError):
        parse_answer_ids("12, twaalf")


# --- a blind round in the app ---------------------------------------------------------------------------------------

@pytest.fixture
def second(db, world):
    """A second researcher in the project."""
    user = factories.make_user(db, "onderzoeker", email="tweede@proef.nl", display_name="Noor")
    factories.add_member(db, user, world.project, "onderzoeker")
    db.commit()
    return user


def test_a_round_is_drawn_coded_blind_closed_and_compared(client, db, world, second):
    other = factories.make_code(db, world.project, name="Veiligheid")
    answers = [add_answer(db, world, f"Antwoord nummer {n} over de buurt.") for n in range(3)]
    db.commit()
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/overeenstemming/nieuw", data={
        "name": "Proefronde", "coders": [world.researcher.id, second.id], "size": "2", "seed": "3",
        "question_id": "", "only_uncoded": "y"})
    assert response.status_code == 302, response.get_data(as_text=True)
    found = db.exec(select(AgreementRound)).one()
    sample = [a.id for a in answers if a.id in _sample_ids(db, found)]
    assert found.seed == 3 and len(sample) == 2 and world.answer.id not in sample
    first, last = sample
    url = f"{BASE}/overeenstemming/{found.id}/antwoorden"
    assert client.post(f"{url}/{first}", data={"codes": [world.code.id]}).headers["Location"].endswith(f"/{last}")
    client.post(f"{url}/{last}", data={})
    sign_in(client, db, second)
    page = client.get(f"{url}/{first}").get_data(as_text=True)
    assert "checked" not in page  # blind: the first coder's codes are not shown
    assert client.get(f"{BASE}/overeenstemming/{found.id}/verschillen").status_code == 302
    client.post(f"{url}/{first}", data={"codes": [world.code.id]})
    client.post(f"{url}/{last}", data={"codes": [other.id]})
    client.post(f"{BASE}/overeenstemming/{found.id}/afsluiten")
    page = client.get(f"{BASE}/overeenstemming/{found.id}").get_data(as_text=True)
    assert "Cohen" in page and "Krippendorff" in page
    diff = client.get(f"{BASE}/overeenstemming/{found.id}/verschillen").get_data(as_text=True)
    assert "Antwoord nummer" in diff and "Veiligheid" in diff and "geen code" in diff
    assert audit_events(db, "antwoorden_bekeken")[-1].object_type == "agreement_round"
    refused = client.post(f"{url}/{first}", data={"codes": []}).get_data(as_text=True)
    assert "Deze ronde is afgesloten" in refused
    assert _codes_of(db, found, second.id, first) == {world.code.id}


def _sample_ids(db, found):
    from coding.models import AgreementItem

    return set(db.exec(select(AgreementItem.answer_id).where(AgreementItem.round_id == found.id)))


def _codes_of(db, found, coder_id, answer_id):
    from coding.models import AgreementCoding

    db.expire_all()
    judgement = db.exec(select(AgreementJudgement).where(AgreementJudgement.round_id == found.id,
                                                         AgreementJudgement.coder_id == coder_id,
                                                         AgreementJudgement.answer_id == answer_id)).one()
    return set(db.exec(select(AgreementCoding.code_id).where(AgreementCoding.judgement_id == judgement.id)))


def test_a_researcher_who_does_not_code_in_the_round_cannot_code_it(client, db, world, second):
    found = make_round(db, world, coders=[world.researcher])
    sign_in(client, db, second)
    assert client.get(f"{BASE}/overeenstemming/{found.id}/antwoorden/{world.answer.id}").status_code == 403


def test_one_coder_is_not_enough(client, db, world):
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/overeenstemming/nieuw", data={
        "name": "Alleen", "coders": [world.researcher.id], "size": "5", "question_id": ""})
    assert "Kies minstens twee codeurs" in response.get_data(as_text=True)


def test_the_model_codes_as_one_more_coder_and_figures_reach_the_report(app, client, db, world):
    coded_corpus(db, world)
    with app.test_request_context():
        schedule_training(app, world.project.id)
    answer = add_answer(db, world, "We staan al maanden op de wachtlijst.")
    db.commit()
    sign_in(client, db, world.researcher)
    client.post(f"{BASE}/overeenstemming/nieuw", data={
        "name": "Met model", "coders": [world.researcher.id], "include_model": "y", "question_id": "",
        "answer_ids": str(answer.id)})
    found = db.exec(select(AgreementRound)).one()
    assert found.include_model and found.model_version == "v1"
    client.post(f"{BASE}/overeenstemming/{found.id}/antwoorden/{answer.id}", data={"codes": []})
    client.post(f"{BASE}/overeenstemming/{found.id}/afsluiten")
    with app.test_request_context():
        [result] = agreement_figures(db, world.project)
    assert result.name == "Met model" and result.includes_model
    assert result.figures.coders == ("Codeur 1", "Model v1") and result.figures.items == 1
    assert [row.code for row in result.figures.per_code] == ["Wachttijden"]
