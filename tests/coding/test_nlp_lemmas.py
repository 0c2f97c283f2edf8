"""The Dutch lemmatiser, the spaCy pipeline helpers and `python -m coding.evaluate lemmas`."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coding.evaluate import main as evaluate_main
from coding.nlp import (
    is_stop,
    lemmatize,
    lemmatize_word,
    lemmatize_words,
    load_nlp,
    sentences,
    stem,
)
from coding.nlp.evaluation import (
    ConlluError,
    Token,
    evaluate_sentences,
    lemma_matches,
    normalise_lemma,
    parse_conllu,
    score_lemmas,
)
from coding.nlp.pipeline import COMPONENT_NAME

REPO = Path(__file__).resolve().parents[2]
UD_DIR = REPO.parent / "shared" / "data" / "ud"


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("kinderen", "kind"),
        ("liep", "lopen"),
        ("gezinnen", "gezin"),
        ("scholen", "school"),
        ("huisjes", "huis"),
        ("gegaan", "gaan"),
        ("reed", "rijden"),
        ("stonden", "staan"),
        ("is", "zijn"),
        ("grootste", "groot"),
        ("vierde", "vier"),
        ("woordvoerster", "woordvoerster"),
        ("boer", "boer"),
        ("zij", "zij"),
        ("buurtbewoners", "buurtbewoner"),
    ],
)
def test_single_words(word, lemma):
    assert lemmatize_word(word) == lemma


def test_compound_loses_its_linking_element():
    assert lemmatize_word("vrouwenwijding") == "vrouwwijding"
    assert lemmatize_word("ontwikkelingslanden") == "ontwikkelingland"


def test_hyphenated_compound_inflects_its_last_part():
    assert lemmatize_word("politie-agenten") == "politie_agent"


def test_one_lemma_per_word_and_punctuation_kept():
    words = ["De", "kinderen", "speelden", "buiten", ",", "42", "keer", "!"]
    assert lemmatize_words(words) == ["de", "kind", "spelen", "buiten", ",", "42", "keer", "!"]
    assert lemmatize_words([]) == []


def test_noun_or_verb_is_decided_by_the_previous_word():
    assert lemmatize_words(["de", "werken", "van", "Vondel"])[1] == "werk"
    assert lemmatize_words(["we", "werken", "hard"])[1] == "werken"
    assert lemmatize_words(["het", "tekenen", "van", "strips"])[1] == "tekenen"


def test_separable_verb_gets_its_particle():
    assert lemmatize_words(["Hij", "keerde", "gisteren", "terug", "."])[1] == "terugkeren"
    assert lemmatize_words(["om", "het", "probleem", "op", "te", "lossen"])[5] == "oplossen"
    # A stranded preposition after "daar" is no particle.
    assert lemmatize_words(["Daar", "rekent", "hij", "op", "."])[1] == "rekenen"


def test_names_keep_their_form_mid_sentence():
    lemmas = lemmatize_words(["Gisteren", "won", "Van", "der", "Vaart", "in", "Polen", "."])
    assert [lemma.lower() for lemma in lemmas[1:5]] == ["winnen", "van", "der", "vaart"]
    assert lemmas[6] == "Polen"


def test_place_adjectives_lose_their_ending():
    assert lemmatize_words(["de", "Belgische", "regering"])[1] == "Belgisch"
    assert lemmatize_words(["de", "Europese", "Unie"])[1] == "Europees"


def test_een_van_is_the_numeral():
    assert lemmatize_words(["een", "van", "de", "buren"])[0] == "één"
    assert lemmatize_words(["een", "buurman"])[0] == "een"


def test_lemmatize_text_through_the_spacy_pipeline():
    assert lemmatize("De gezinnen liepen naar de scholen.") == [
        "de", "gezin", "lopen", "naar", "de", "school", ".",
    ]
    assert lemmatize("") == []


def test_importing_the_package_loads_nothing():
    code = "import sys, coding.nlp; print(sorted(m for m in ('spacy', 'simplemma') if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_pipeline_without_a_model_is_blank_dutch_with_our_lemmatiser():
    if importlib.util.find_spec("nl_core_news_sm") is not None:
        pytest.skip("nl_core_news_sm is installed here, so it would be used")
    nlp = load_nlp("nl_core_news_sm")
    assert nlp.lang == "nl"
    assert nlp.pipe_names == ["sentencizer", COMPONENT_NAME]
    assert load_nlp() is load_nlp()
    assert [token.lemma_ for token in nlp("Wij liepen.")] == ["wij", "lopen", "."]


@pytest.mark.parametrize(
    "text",
    [
        "Dit is één zin.",
        "Eerste zin.  Tweede zin?\nDerde: ja! 😀 Emoji’s tellen als één teken.",
        "  Spaties vooraf en achteraf.  ",
    ],
)
def test_sentence_offsets_slice_back_to_the_text(text):
    spans = sentences(text)
    assert spans
    for start, end, sentence in spans:
        assert text[start:end] == sentence
        assert sentence == sentence.strip()


def test_sentences_are_split():
    text = "Eerste zin. Tweede zin? Derde zin!"
    assert [sentence for _, _, sentence in sentences(text)] == [
        "Eerste zin.", "Tweede zin?", "Derde zin!",
    ]
    assert sentences("") == []


def test_stem_and_stop_words():
    assert stem("lopen") == stem("loop") == "lop"
    assert stem("kinderen") == "kinder"
    assert is_stop("de") and is_stop("Het")
    assert not is_stop("buurthuis")


def test_conllu_parser_skips_comments_ranges_and_empty_nodes():
    lines = [
        "# text = Ten slotte.",
        "1-2\tTen\t_\t_\t_\t_\t_\t_\t_\t_",
        "1\tTe\tte\tADP\t_\t_\t_\t_\t_\t_",
        "2\tn\tde\tDET\t_\t_\t_\t_\t_\t_",
        "2.1\tx\tx\t_\t_\t_\t_\t_\t_\t_",
        "3\tslotte\tslot\tNOUN\t_\t_\t_\t_\t_\t_",
        "",
        "1\tJa\tja\tINTJ\t_\t_\t_\t_\t_\t_",
    ]
    sentences_ = parse_conllu(lines)
    assert [[token.form for token in sentence] for sentence in sentences_] == [
        ["Te", "n", "slotte"], ["Ja"],
    ]


@pytest.mark.parametrize(
    "line",
    ["1\tonly three\tcolumns", "x\tform\tlemma\t_\t_\t_\t_\t_\t_\t_", "1\t\tlemma\t_\t_\t_\t_\t_\t_\t_"],
)
def test_conllu_parser_rejects_malformed_lines(line):
    with pytest.raises(ConlluError, match="line 1"):
        parse_conllu([line])


def test_scoring_ignores_case_and_compound_underscores():
    assert normalise_lemma("Speel_Goed") == "speelgoed"
    assert lemma_matches("speelgoed", "speel_goed")
    assert not lemma_matches("speelgoederen", "speel_goed")
    score = score_lemmas(["speel_goed", "Amsterdam", "lopen"], ["speelgoed", "amsterdam", "loop"])
    assert (score.tokens, score.correct) == (3, 2)
    assert score.as_dict() == {"tokens": 3, "accuracy": 0.6667}
    with pytest.raises(ValueError):
        score_lemmas(["a"], [])


def test_evaluate_sentences_lemmatises_the_given_tokens():
    gold = [[Token("Kinderen", "kind"), Token("liepen", "lopen")]]
    seen = []

    def fake(words):
        seen.append(words)
        return [word.lower() for word in words]

    score = evaluate_sentences(gold, fake)
    assert seen == [["Kinderen", "liepen"]]
    assert (score.tokens, score.correct) == (2, 0)


def test_cli_prints_one_json_object(tmp_path, capsys):
    path = tmp_path / "mini.conllu"
    path.write_text(
        "# sent_id = 1\n1\tKinderen\tkind\tNOUN\t_\t_\t0\troot\t_\t_\n"
        "2\tspeelden\tspelen\tVERB\t_\t_\t1\tdep\t_\t_\n\n",
        encoding="utf-8",
    )
    assert evaluate_main(["lemmas", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"tokens": 2, "accuracy": 1.0}
    assert evaluate_main(["lemmas", str(path)]) == 0
    assert "2 tokens" in capsys.readouterr().out


@pytest.mark.parametrize("content", [None, "1\tkapot\n", ""])
def test_cli_bad_input_is_one_line_on_stderr_with_exit_2(tmp_path, capsys, content):
    path = tmp_path / "input.conllu"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert evaluate_main(["lemmas", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: ") and captured.err.count("\n") == 1


@pytest.mark.slow
def test_cli_accuracy_on_ud_dutch_dev():
    conllu = UD_DIR / "nl_alpino-ud-dev.conllu"
    if not conllu.is_file():
        pytest.skip(f"UD Dutch dev data not found at {UD_DIR} (shared/ is not checked out here)")
    result = subprocess.run(
        [sys.executable, "-m", "coding.evaluate", "lemmas", str(conllu), "--json"],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["tokens"] > 10_000
    assert report["accuracy"] >= 0.95
