#!/usr/bin/env python3
"""Writes the analyst's confirmations the benchmark's second run gets: for every question and every true theme,
20 organic answers with that theme (chosen by a fixed seed), each with all its true themes for that question.

Usage: confirmed.py TRUTH.json CONFIRMED.json [PER_THEME (20)] [SEED (14)]
Output: {"q1": {"R00012": ["q1.standarder", ...], ...}, "q2.goal1": {...}, ...}
"""
import json
import random
import sys


def main(truth_path, out_path, per_theme=20, seed=14):
    with open(truth_path, encoding="utf-8") as f:
        truth = json.load(f)
    rng = random.Random(seed)
    organic = {rid: r for rid, r in truth["responses"].items() if r["origin"] == "organic"}
    confirmed = {}
    for q, themes in truth["themes"].items():
        chosen = {}
        for theme in themes:
            having = sorted(rid for rid, r in organic.items() if theme["id"] in r["themes"].get(q, ()))
            for rid in rng.sample(having, min(per_theme, len(having))):
                chosen[rid] = sorted(organic[rid]["themes"][q])
        confirmed[q] = dict(sorted(chosen.items()))
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(confirmed, f, ensure_ascii=False, indent=1)
    print(f"{out_path}: " + ", ".join(f"{q} {len(c)}" for q, c in confirmed.items()), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4, 5):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], *[int(x) for x in sys.argv[3:]])
