"""Compares records printed by `python -m app extract --json` (JSON lines) with expected records.

    python tools/compare_records.py tests/data/gold OUTPUT.jsonl [--min-accuracy 1.0]

Prints each mismatching file, then: cells A/B correct (P%) files F/G exact. Exits 1 below the
accuracy asked for. The team's own comparison tool, carried in the repository with the same
judgement: numbers equal as decimals, agencies equal apart from spaces and a 人民政府/政府 suffix.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from decimal import Decimal, InvalidOperation


def same_value(got: object, want: object) -> bool:
    if got is None or want is None:
        return got is None and want is None
    try:
        return Decimal(str(got)) == Decimal(str(want))
    except InvalidOperation:
        return False


def same_agency(got: object, want: object) -> bool:
    def norm(x: object) -> str:
        text = "".join(str(x or "").split())
        for suffix in ("人民政府", "政府"):
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
        return text

    return bool(norm(got)) and norm(got) == norm(want)


def _golds(gold_dir: str) -> dict[str, dict]:
    golds = {}
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".json"):
            with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
                gold = json.load(f)
            golds[os.path.basename(gold["source"])] = gold
    return golds


def _records(out_path: str) -> dict[str, dict]:
    """The JSON lines of the output by source file name; other lines (progress, noise) are skipped."""
    got = {}
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                record = json.loads(line)
            except ValueError:
                continue
            got[os.path.basename(str(record.get("source", "")))] = record
    return got


def compare(gold_dir: str, out_path: str) -> tuple[float, int]:
    """Prints the comparison; returns the share of cells right and how many cells were compared."""
    golds, got = _golds(gold_dir), _records(out_path)
    total = correct = exact = 0
    for name, gold in golds.items():
        record = got.get(name)
        fields = (record or {}).get("fields") or {}
        bad = [k for k, v in gold["fields"].items() if not same_value(fields.get(k, "MISSING"), v)]
        meta_bad = [k for k in ("agency", "year") if record is None or not (
            same_agency(record.get(k), gold[k]) if k == "agency" else str(record.get(k)) == str(gold[k]))]
        total += len(gold["fields"]) + 2
        correct += len(gold["fields"]) - len(bad) + 2 - len(meta_bad)
        if not bad and not meta_bad:
            exact += 1
        else:
            shown = ", ".join(f"{k}: got {fields.get(k, 'MISSING')!r} want {gold['fields'][k]!r}" for k in bad[:6])
            print(f"{name}: {'NO RECORD' if record is None else ''} {len(bad)} cells wrong {meta_bad or ''} {shown}")
    accuracy = correct / total if total else 0.0
    print(f"cells {correct}/{total} correct ({accuracy:.2%}) files {exact}/{len(golds)} exact")
    return accuracy, total


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="比较 extract --json 的输出与标准记录")
    parser.add_argument("gold_dir", help="标准记录文件夹（每份报告一个 .json）")
    parser.add_argument("output", help="extract --json 的输出（JSON Lines）")
    parser.add_argument("--min-accuracy", type=float, default=1.0, help="单元格正确率低于此值时退出码为 1（默认 1.0）")
    args = parser.parse_args(argv)
    for path, is_dir in ((args.gold_dir, True), (args.output, False)):
        if (os.path.isdir(path) if is_dir else os.path.isfile(path)) is False:
            parser.error(f"{path}：{'不是文件夹' if is_dir else '不是文件'}")
    accuracy, total = compare(args.gold_dir, args.output)
    return 0 if accuracy >= args.min_accuracy and total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
