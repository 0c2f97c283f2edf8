"""Measure Wijkstem's Dutch NLP: `python -m coding.evaluate lemmas|suggestions --help`."""

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m coding.evaluate",
        description="Meet de kwaliteit van de lemmatizer en de codesuggesties.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    lemmas = commands.add_parser("lemmas", help="Lemma accuracy against a CoNLL-U file with gold lemmas.")
    lemmas.add_argument("conllu", help="CoNLL-U file with gold lemmas")
    lemmas.add_argument("--json", action="store_true", help="print one JSON object")

    suggestions = commands.add_parser(
        "suggestions", help="Train as the app does on TRAIN, score the suggestions on TEST."
    )
    suggestions.add_argument("--train", required=True, help='JSONL with {"id","text","labels"}')
    suggestions.add_argument("--test", required=True, help='JSONL with {"id","text","labels"}')
    suggestions.add_argument("--json", action="store_true", help="print one JSON object")
    suggestions.add_argument(
        "--without-unlabeled", action="store_true",
        help="do not learn word patterns from the TEST texts (the app learns them from its uncoded answers)")
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "lemmas":
        from coding.nlp.evaluation import run_lemmas

        return run_lemmas(args)
    from coding.suggestions.evaluation import run_suggestions

    return run_suggestions(args)


if __name__ == "__main__":
    sys.exit(main())
