"""Keyword-suggestion precision on the dev file: the theme names as a codebook's keywords.

    .venv/bin/python bench/keyword_precision.py            # ../shared/data/dekamer_dev.jsonl
    .venv/bin/python bench/keyword_precision.py --data PATH

Two keyword lists, both read off the 59 theme names (the file has no keyword lists of its own):
"names" lists each theme's whole name as one keyword (a phrase for "vervoer per spoor"), "words" lists each
content word of the name as a keyword of its own ("vervoer", "spoor"). Every text goes through the app's
matcher (coding.suggest_app.keywords.KeywordMatcher); "substring" rows show, for comparison, what finding the
words' roots anywhere in the text would give. A hit is a (text, theme) pair the keywords suggest;
precision = hits whose theme is among the text's labels / all hits; recall = those / all labels.
"""

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dekamer_dev.jsonl"


def keyword_lists(themes: list[str]) -> dict[str, dict[str, list[str]]]:
    """The two codebooks: whole theme names, and the content words of the names."""
    from coding.suggestions.keywords import STOPWORDS

    words = {theme: [w for w in theme.lower().split() if w not in STOPWORDS] for theme in themes}
    return {"names": {theme: [theme.lower()] for theme in themes}, "words": words}


def substring_codes(keywords: dict[str, list[str]]):
    """For comparison: a code is found when the root of one of its words occurs anywhere in the text
    (what the model's name feature, coding.suggestions.keywords.NamePrior, counts: "pas" in "passen")."""
    from coding.suggestions.keywords import name_roots

    roots = {code: [r for word in words for r in name_roots(word)] for code, words in keywords.items()}
    return lambda text: {code: None for code, found in roots.items() if any(r in text.lower() for r in found)}


def measure(items: list[dict], keywords: dict[str, list[str]], substring: bool = False) -> dict:
    """Hits, precision and recall of the keyword suggestions over all items."""
    from coding.suggest_app.keywords import KeywordMatcher

    if substring:
        find = substring_codes(keywords)
    else:
        matcher = KeywordMatcher(keywords)
        find = lambda text: {hit.code: hit for hit in matcher.match(text)}  # noqa: E731
    hits = correct = 0
    started = time.perf_counter()
    for item in items:
        found = set(find(item["text"]))
        hits += len(found)
        correct += len(found & set(item["labels"]))
    labels = sum(len(item["labels"]) for item in items)
    return {"hits": hits, "correct": correct, "precision": round(correct / hits, 3) if hits else 0.0,
            "recall": round(correct / labels, 3), "seconds": round(time.perf_counter() - started, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with id, text, labels")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"skip: {args.data} is absent (the shared data folder is not next to the repo)")
        return 0
    lines = args.data.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    themes = sorted({label for item in items for label in item["labels"]})
    print(f"{args.data.name}: {len(items)} texts, {len(themes)} themes")
    for name, keywords in keyword_lists(themes).items():
        for substring in (False, True) if name == "words" else (False,):
            figures = "  ".join(f"{key}={value}" for key, value in measure(items, keywords, substring).items())
            print(f"{name:<6} {'substring' if substring else 'matcher':<9} {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
