"""Suggestion-model benchmark: sort the dev file by id, train on the first N, test on the rest.

    .venv/bin/python bench/suggestions_protocol.py            # N = 200 and 800
    .venv/bin/python bench/suggestions_protocol.py --sizes 200 800 1000

Each run goes through the real CLI (`python -m coding.evaluate suggestions --json`) in a fresh
process with one BLAS thread, exactly as documented in docs/suggestions.md.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dekamer_dev.jsonl"
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


def split(items: list[dict], n: int, folder: Path) -> tuple[Path, Path]:
    """Write the first n items (by id) as train and the rest as test."""
    paths = folder / f"train_{n}.jsonl", folder / f"test_{n}.jsonl"
    for path, part in zip(paths, (items[:n], items[n:]), strict=True):
        path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in part), encoding="utf-8")
    return paths


def run_cli(train: Path, test: Path) -> dict:
    """One evaluation in a fresh process; the parsed JSON figures."""
    command = [sys.executable, "-m", "coding.evaluate", "suggestions",
               "--train", str(train), "--test", str(test), "--json"]
    done = subprocess.run(command, cwd=ROOT, env={**os.environ, **ONE_THREAD},
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"evaluation failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with id, text, labels")
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 800], help="training sizes N")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"skip: {args.data} is absent (the shared data folder is not next to the repo)")
        return 0
    lines = args.data.read_text(encoding="utf-8").splitlines()
    items = sorted((json.loads(line) for line in lines if line.strip()), key=lambda item: item["id"])
    print(f"{args.data.name}: {len(items)} items")
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            result = run_cli(*split(items, n, Path(folder)))
            figures = "  ".join(f"{key}={value}" for key, value in result.items())
            print(f"N={n} test={len(items) - n}  {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
