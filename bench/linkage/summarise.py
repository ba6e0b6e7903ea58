"""Prints the benchmark table from results.jsonl: median wall time and peak memory per tool
and dataset, accuracy on predicted pairs and on cluster pairs, and the speed ratio."""

import json
import statistics
import sys
from collections import defaultdict

times = defaultdict(list)
rss = defaultdict(list)
accuracy = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        key = (r["dataset"], r["tool"])
        if "seconds" in r:
            times[key].append(r["seconds"])
            rss[key].append(r["max_rss_kb"])
        else:
            accuracy[(r["dataset"], r["tool"], r["kind"])] = r["accuracy"]

print("| dataset | tool | runs | wall time (median) | peak memory (median) | pairs P / R / F1 | clusters P / R / F1 |")
print("|---|---|---|---|---|---|---|")
for dataset in ["febrl3", "febrl4", "generated"]:
    for tool in ["bayiri", "splink"]:
        key = (dataset, tool)
        if key not in times:
            continue

        def fmt(kind):
            a = accuracy.get((dataset, tool, kind))
            if not a:
                return "—"
            return f"{a['precision']:.4f} / {a['recall']:.4f} / {a['f1']:.4f}"

        print(
            f"| {dataset} | {tool} | {len(times[key])} | {statistics.median(times[key]):.1f} s "
            f"| {statistics.median(rss[key]) / 1024:.0f} MiB | {fmt('pairs')} | {fmt('clusters')} |"
        )
    b, s = times.get((dataset, "bayiri")), times.get((dataset, "splink"))
    if b and s:
        print(f"| {dataset} | **Splink ÷ Bayiri** | | **{statistics.median(s) / statistics.median(b):.1f}×** | | | |")
guarded = [(d, a) for (d, t, k), a in accuracy.items() if k == "pairs_guarded"]
for d, a in guarded:
    print(f"\n{d}: Bayiri with its default relatives guard on: pairs P / R / F1 = "
          f"{a['precision']:.4f} / {a['recall']:.4f} / {a['f1']:.4f}")
if len(sys.argv) > 2:
    print()
    with open(sys.argv[2], encoding="utf-8") as f:
        print(f.read().strip())
