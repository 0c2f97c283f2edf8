"""`python -m coding.evaluate suggestions`: train as the app does, score on a test file."""

import json
import sys
import time
from pathlib import Path

from threadpoolctl import threadpool_limits

from coding.suggestions.model import TooFewExamples, train


def read_jsonl(path: str) -> list[dict]:
    """Items {"id","text","labels"} from a JSONL file; ValueError with the line on problems."""
    items = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: invalid JSON ({error.msg})") from None
            _check_item(item, f"{path}:{number}")
            items.append(item)
    if not items:
        raise ValueError(f"{path}: no items")
    return items


def _check_item(item, where: str) -> None:
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise ValueError(f"{where}: expected an object with a string \"text\"")
    labels = item.get("labels")
    if not isinstance(labels, list) or not all(isinstance(label, str) for label in labels):
        raise ValueError(f"{where}: \"labels\" must be a list of strings")


def scores(gold: list[set[str]], predicted: list[set[str]], labels: set[str]) -> dict:
    """Micro precision/recall/F1 over all assignments and macro F1 over `labels`."""
    tp = sum(len(g & p) for g, p in zip(gold, predicted, strict=True))
    n_predicted = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold)
    precision = tp / n_predicted if n_predicted else 0.0
    recall = tp / n_gold if n_gold else 0.0
    micro = 2 * tp / (n_predicted + n_gold) if n_predicted + n_gold else 0.0
    per_label = []
    for label in sorted(labels):
        hits = sum(1 for g, p in zip(gold, predicted, strict=True) if label in g and label in p)
        size = sum(label in g for g in gold) + sum(label in p for p in predicted)
        # Same convention as scikit-learn's zero_division=0: a label never seen nor
        # predicted in the test set counts as 0.
        per_label.append(2 * hits / size if size else 0.0)
    macro = sum(per_label) / len(per_label) if per_label else 0.0
    return {"micro_f1": micro, "macro_f1": macro, "precision": precision, "recall": recall}


def evaluate(train_items: list[dict], test_items: list[dict], use_unlabeled: bool = True) -> dict:
    """Train on one set, predict the other; figures plus timings, on one core.

    As in the app, where a model learns word patterns from the project's uncoded answers, the
    test texts (never their labels) are given to training as unlabeled answers, unless use_unlabeled
    is False.
    """
    unlabeled = [item["text"] for item in test_items] if use_unlabeled else []
    # One BLAS thread: the figures must hold for a single core of a small server.
    with threadpool_limits(limits=1):
        started = time.perf_counter()
        model = train(train_items, unlabeled=unlabeled)
        train_seconds = time.perf_counter() - started
        started = time.perf_counter()
        predicted = model.predict_labels([item["text"] for item in test_items])
        predict_seconds = time.perf_counter() - started
    gold = [set(item["labels"]) for item in test_items]
    labels = {label for item in train_items + test_items for label in item["labels"]}
    result = scores(gold, predicted, labels)
    result["train_seconds"] = round(train_seconds, 3)
    result["answers_per_second"] = round(len(test_items) / max(predict_seconds, 1e-9), 1)
    return {key: round(value, 4) for key, value in result.items()}


def run_suggestions(args) -> int:
    """CLI entry point; exit 0 on success, 2 on unusable input (one line on stderr)."""
    try:
        train_items, test_items = read_jsonl(args.train), read_jsonl(args.test)
        result = evaluate(train_items, test_items, use_unlabeled=not args.without_unlabeled)
    except (OSError, UnicodeDecodeError, ValueError) as error:  # TooFewExamples too
        kind = "too few examples" if isinstance(error, TooFewExamples) else "error"
        message = " ".join(str(error).split())
        print(f"suggestions: {kind}: {message}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0
