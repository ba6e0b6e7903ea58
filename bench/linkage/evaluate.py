"""Pair-level precision, recall and F1 of predicted links against ground truth.

Predicted pairs come either from a pairs file (``id_l,id_r`` plus optional filters) or from a
clusters file (every pair of records in the same cluster). Ground truth is ``id,person_id``:
two records are a true pair when they share a person. For linkage, only pairs across the two
files count (``--link A_IDS``: a file whose ``id`` column lists the records of the first file).

Used by run.sh for both Bayiri and Splink, so both tools are scored by the same code.
"""

import argparse
import csv
import itertools
import json
import sys
from collections import defaultdict


def load_truth(path):
    person = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            person[row["id"]] = row["person_id"]
    return person


def true_pairs(person, left_ids=None):
    by_person = defaultdict(list)
    for rid, pid in person.items():
        by_person[pid].append(rid)
    pairs = set()
    for members in by_person.values():
        for a, b in itertools.combinations(sorted(members), 2):
            if left_ids is not None and ((a in left_ids) == (b in left_ids)):
                continue
            pairs.add((a, b))
    return pairs


def predicted_from_pairs(path, column=None, keep=None, min_probability=None):
    pairs = set()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if column is not None and row[column] not in keep:
                continue
            if min_probability is not None and float(row["match_probability"]) < min_probability:
                continue
            a, b = row["id_l"], row["id_r"]
            pairs.add((a, b) if a < b else (b, a))
    return pairs


def predicted_from_clusters(path, left_ids=None):
    by_cluster = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            by_cluster[row["cluster_id"]].append(row["id"])
    pairs = set()
    for members in by_cluster.values():
        if len(members) > 200:
            print(f"warning: cluster of {len(members)} records", file=sys.stderr)
        for a, b in itertools.combinations(sorted(members), 2):
            if left_ids is not None and ((a in left_ids) == (b in left_ids)):
                continue
            pairs.add((a, b))
    return pairs


def scores(predicted, truth):
    tp = len(predicted & truth)
    fp = len(predicted) - tp
    fn = len(truth) - tp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", required=True)
    ap.add_argument("--pairs")
    ap.add_argument("--clusters")
    ap.add_argument("--decision", help="comma-separated decisions to count as links (Bayiri pairs.csv)")
    ap.add_argument("--min-probability", type=float)
    ap.add_argument("--link", help="CSV whose id column lists the first file's records")
    args = ap.parse_args()
    person = load_truth(args.truth)
    left = None
    if args.link:
        with open(args.link, newline="", encoding="utf-8") as f:
            left = {row["id"] for row in csv.DictReader(f)}
    truth = true_pairs(person, left)
    if args.pairs:
        keep = set(args.decision.split(",")) if args.decision else None
        predicted = predicted_from_pairs(
            args.pairs, "decision" if keep else None, keep, args.min_probability
        )
    else:
        predicted = predicted_from_clusters(args.clusters, left)
    print(json.dumps(scores(predicted, truth)))


if __name__ == "__main__":
    main()
