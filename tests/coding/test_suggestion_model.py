"""The code-suggestion model (coding.suggestions): pure tests on a small synthetic Dutch corpus."""

import json
import random
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from coding.evaluate import main as evaluate_main
from coding.suggestions import VERSION, Suggestion, SuggestionModel, TooFewExamples, train
from coding.suggestions.features import Featurizer, _vectorizer
from coding.suggestions.latent import LatentSpace
from coding.suggestions.text import char_grams, split_sentences, stems

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
DEV_FILE = DATA / "dekamer_dev.jsonl"

WAITING = "Wachttijden"
SCHOOL = "School als ingang"
FACES = "Vertrouwde gezichten"
THEMES = {
    WAITING: [
        "We moesten maanden wachten op hulp.", "De wachtlijst voor jeugdhulp is veel te lang.",
        "Het duurde een half jaar voordat er iemand kwam.", "De wachttijd bij het wijkteam is lang.",
        "We staan al weken op een wachtlijst.", "Pas na lang wachten kregen we een gesprek.",
    ],
    SCHOOL: [
        "Via de school kwamen we bij de hulp terecht.", "De juf op school zag als eerste dat het misging.",
        "De mentor op school belde het wijkteam.", "Op school kun je makkelijk iets vragen.",
        "De intern begeleider van de school dacht mee.", "Bij school voel ik me welkom.",
    ],
    FACES: [
        "Het helpt dat ik steeds dezelfde hulpverlener zie.", "Een bekend gezicht in de buurt geeft vertrouwen.",
        "Ik ken de buurtcoach al jaren, dat maakt het makkelijk.", "Telkens een ander gezicht, dat werkt niet.",
        "De wijkagent kent ons gezin persoonlijk.", "Met een vertrouwd gezicht praat je sneller.",
    ],
}
FILLER = ["Ik woon hier al tien jaar.", "Mijn buurvrouw zegt hetzelfde.", "Dat is mijn ervaring.", ""]


def corpus(n_answers: int = 60, seed: int = 7) -> list[dict]:
    """Short answers, most about one theme, every fifth about two."""
    rng = random.Random(seed)
    names = list(THEMES)
    items = []
    for i in range(n_answers):
        labels = [names[i % 3]] if i % 5 else [names[i % 3], names[(i + 1) % 3]]
        sentences = [rng.choice(THEMES[label]) for label in labels] + [rng.choice(FILLER)]
        items.append({"id": str(i), "text": " ".join(s for s in sentences if s), "labels": labels})
    return items


@pytest.fixture(scope="module")
def model() -> SuggestionModel:
    return train(corpus())


def test_training_learns_the_themes(model):
    assert sorted(model.labels) == sorted(THEMES)
    assert model.version == VERSION and model.skipped_labels == {}
    predicted = model.predict_labels([
        "Ook wij stonden eindeloos op de wachtlijst.",
        "De leerkracht op school hielp ons verder.",
        "Steeds dezelfde hulpverlener, dat geeft vertrouwen.",
    ])
    assert [WAITING in predicted[0], SCHOOL in predicted[1], FACES in predicted[2]] == [True] * 3
    assert all(len(labels) <= 2 for labels in predicted)


def test_suggestions_carry_the_triggering_sentence_with_code_point_offsets(model):
    text = "Eén ding 😀: ik woon hier al lang. We wachtten maanden op de wachtlijst. De juf op school hielp."
    [suggestions] = model.suggest([text], top_k=3, threshold=0.0)
    assert len(suggestions) == 3 and all(isinstance(s, Suggestion) for s in suggestions)
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)
    assert all(0.0 <= s.score <= 1.0 for s in suggestions)
    for suggestion in suggestions:
        assert text[suggestion.start:suggestion.end] == suggestion.sentence
    by_code = {s.code: s.sentence for s in suggestions}
    assert by_code[WAITING] == "We wachtten maanden op de wachtlijst."
    assert by_code[SCHOOL] == "De juf op school hielp."


def test_the_tuned_threshold_and_top_k_limit_the_suggestions(model):
    texts = ["We wachtten maanden op de wachtlijst.", "", "De juf op school hielp ons."]
    tuned = model.suggest(texts, top_k=1)
    assert [len(row) for row in tuned][0] == 1 and tuned[0][0].code == WAITING
    assert {s.code for s in tuned[0]} <= model.predict_labels(texts)[0]
    assert model.suggest(texts, top_k=2, threshold=1.01) == [[], [], []]
    assert model.suggest([]) == [] and model.predict_labels([]) == []


def test_uncoded_answers_teach_the_model_which_words_go_together():
    """No coded answer says "geduld"; uncoded answers use it next to waiting lists, and that is enough."""
    uncoded = [f"{first} {second}" for first in ("Veel geduld nodig.", "Geduld, altijd maar geduld.",
                                                  "Je moet geduld hebben.", "Ons geduld raakte op.")
               for second in ("De wachtlijst is lang.", "We moesten maanden wachten.", "We staan op een wachtlijst.")]
    query = ["Geduld, geduld en nog eens geduld."]
    alone, helped = train(corpus()), train(corpus(), unlabeled=uncoded)
    best = [m.labels[int(m.scores(query)[0].argmax())] for m in (alone, helped)]
    assert best[0] != WAITING and best[1] == WAITING


def test_a_tiny_project_compares_answers_on_their_words_alone():
    rows = Featurizer().fit(["Een twee drie.", "Vier vijf zes."]).transform(["Een twee drie."])
    tiny = LatentSpace(rows)
    assert tiny.weight == 0.0 and tiny.embed(rows).shape == (1, 0)
    assert np.array_equal(tiny.mix(np.ones((1, 2)), tiny.embed(rows), np.zeros((2, 0))), np.ones((1, 2)))


def test_to_bytes_round_trip_gives_identical_scores(model):
    texts = [item["text"] for item in corpus(12, seed=99)]
    loaded = SuggestionModel.from_bytes(model.to_bytes())
    assert np.array_equal(loaded.scores(texts), model.scores(texts))
    assert loaded.suggest(texts) == model.suggest(texts)
    assert (loaded.version, loaded.labels, loaded.threshold) == (model.version, model.labels, model.threshold)


def test_unreadable_or_foreign_bytes_are_refused():
    with pytest.raises(ValueError, match="Onleesbaar"):
        SuggestionModel.from_bytes(b"geen model")
    import pickle

    with pytest.raises(ValueError, match="andere versie"):
        SuggestionModel.from_bytes(pickle.dumps({"version": "oud", "model": None}))


def test_too_few_coded_answers_raise_a_dutch_message():
    items = corpus(30)[:19] + [{"id": "x", "text": "Nog niet gecodeerd.", "labels": []}]
    with pytest.raises(TooFewExamples, match=r"te weinig gecodeerde antwoorden .*minstens 20 nodig, nu 19"):
        train(items)
    assert isinstance(TooFewExamples(20, 0), ValueError)  # callers may treat it as bad input
    with pytest.raises(TooFewExamples, match="minstens 3 antwoorden per code"):
        train([{"id": str(i), "text": f"Antwoord {i}", "labels": [f"code {i}"]} for i in range(25)],
              min_label_examples=3)


def test_rare_codes_are_skipped_and_reported_and_uncoded_answers_are_negatives():
    items = corpus() + [{"id": "r", "text": "Er is een nieuw speeltuintje.", "labels": ["Speeltuin"]},
                        {"id": "u", "text": "Geen idee eigenlijk.", "labels": []}]
    trained = train(items)
    assert trained.skipped_labels == {"Speeltuin": 1}
    assert "Speeltuin" not in trained.labels and trained.n_train == 62


def test_bad_items_are_a_value_error():
    with pytest.raises(ValueError, match="item 2"):
        train([{"text": "ok", "labels": []}, {"text": 3, "labels": []}])
    with pytest.raises(ValueError, match="'labels'"):
        train([{"text": "ok", "labels": "Wachttijden"}])


def test_sentences_are_split_with_code_point_offsets():
    text = "Lijn 2. - Incident.\nOp maandag reed de trein.Daarna niet meer. 1. Wat was de oorzaak?2. Wie betaalt?"
    sentences = [text[start:end] for start, end in split_sentences(text)]
    assert sentences == ["Lijn 2. - Incident.", "Op maandag reed de trein.", "Daarna niet meer.",
                         "1. Wat was de oorzaak?", "2. Wie betaalt?"]
    assert split_sentences("   ") == [] and split_sentences("ok") == [(0, 2)]
    emoji = "😀 Dat is fijn. Zo gaat het."
    assert [emoji[s:e] for s, e in split_sentences(emoji)] == ["😀 Dat is fijn.", "Zo gaat het."]


def test_the_fast_featurizer_matches_scikit_learn_tfidf():
    texts = [item["text"] for item in corpus()]
    featurizer = Featurizer().fit(texts)
    chars = _vectorizer(char_grams, 2, 0.5).fit(texts)
    words = _vectorizer(stems, 1, 0.5).fit(texts)
    new = ["Wachten op de wachtlijst, 3 maanden!", "", "Onbekende woorden zoals xylofoon."]
    expected = normalize(sp.hstack([normalize(chars.transform(new)), 0.5 * normalize(words.transform(new))]))
    assert abs(featurizer.transform(new) - expected).max() < 1e-6


# --- the evaluation CLI ---------------------------------------------------------------------------------------------

def write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


def test_cli_prints_one_json_object(tmp_path, capsys):
    train_file = write_jsonl(tmp_path / "train.jsonl", corpus(60))
    test_file = write_jsonl(tmp_path / "test.jsonl", corpus(30, seed=3))
    assert evaluate_main(["suggestions", "--train", str(train_file), "--test", str(test_file), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"micro_f1", "macro_f1", "precision", "recall", "train_seconds", "answers_per_second"}
    assert result["micro_f1"] > 0.8 and result["answers_per_second"] > 0


@pytest.mark.parametrize("content", ["{niet json\n", '{"text": "x"}\n', "", '{"text": "x", "labels": [1]}\n'])
def test_cli_bad_files_give_one_line_and_exit_2(tmp_path, capsys, content):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    good = write_jsonl(tmp_path / "good.jsonl", corpus(30))
    assert evaluate_main(["suggestions", "--train", str(bad), "--test", str(good), "--json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and err.startswith("suggestions: ")


def test_cli_missing_file_and_too_few_examples_exit_2(tmp_path, capsys):
    good = write_jsonl(tmp_path / "good.jsonl", corpus(10))
    assert evaluate_main(["suggestions", "--train", str(tmp_path / "nope.jsonl"), "--test", str(good)]) == 2
    assert evaluate_main(["suggestions", "--train", str(good), "--test", str(good)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and "te weinig gecodeerde antwoorden" in lines[1]


@pytest.mark.parametrize(("n_train", "at_least"), [(200, 0.45), (800, 0.64)])
def test_cli_on_the_dev_file_keeps_its_figures(tmp_path, capsys, n_train, at_least):
    """The N=200 goal, and the N=800 figure of docs/suggestions.md (0.645) without a slide back."""
    if not DEV_FILE.exists():
        pytest.skip(f"shared data set absent: {DEV_FILE} (the suggestions benchmark needs ../shared/data)")
    lines = DEV_FILE.read_text(encoding="utf-8").splitlines()
    items = sorted((json.loads(line) for line in lines if line.strip()), key=lambda item: item["id"])
    train_file = write_jsonl(tmp_path / "train.jsonl", items[:n_train])
    test_file = write_jsonl(tmp_path / "test.jsonl", items[n_train:])
    assert evaluate_main(["suggestions", "--train", str(train_file), "--test", str(test_file), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["micro_f1"] >= at_least, result
