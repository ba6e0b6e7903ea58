//! Registration-time duplicate check: latency of [`LinkageIndex::candidates`] against a store
//! of a million persons.
//!
//! `cargo run --release -p bayiri-linkage --example index_latency -- \
//!     --population DIR/population.csv --truth DIR/truth.csv --queries 2000`
//!
//! The last `--queries` registrations of the file are held out; the model is trained on the
//! others, the index is filled with them, and each held-out registration is then checked
//! against the index, one at a time, as a counsellor's "save" would. Prints the latency
//! percentiles and how often a stored registration of the same person was proposed.

use std::collections::HashMap;
use std::time::Instant;

use bayiri_linkage::engine::{Config, Dataset, Progress, train};
use bayiri_linkage::{LinkageIndex, Record};

fn read(path: &str) -> Vec<Record> {
    let mut reader =
        csv::Reader::from_path(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let header: Vec<String> = reader
        .headers()
        .map(|h| h.iter().map(str::to_string).collect())
        .unwrap_or_default();
    let col = |name: &str| header.iter().position(|h| h == name);
    let cols: Vec<Option<usize>> = [
        "id",
        "given_names",
        "family_name",
        "sex",
        "date_of_birth",
        "nationality",
        "place_of_birth",
        "phone",
        "document_number",
    ]
    .iter()
    .map(|c| col(c))
    .collect();
    reader
        .records()
        .map(|row| {
            let row = row.unwrap_or_else(|e| panic!("bad row: {e}"));
            let get = |k: usize| {
                cols[k]
                    .and_then(|c| row.get(c))
                    .filter(|v| !v.is_empty())
                    .map(str::to_string)
            };
            Record {
                id: get(0).unwrap_or_default(),
                given_names: get(1),
                family_name: get(2),
                sex: get(3),
                date_of_birth: get(4),
                nationality: get(5),
                place_of_birth: get(6),
                phone: get(7),
                document_number: get(8),
                extra: Vec::new(),
            }
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let population = arg("--population").unwrap_or_else(|| "population/population.csv".into());
    let truth_path = arg("--truth").unwrap_or_else(|| "population/truth.csv".into());
    let queries: usize = arg("--queries")
        .and_then(|q| q.parse().ok())
        .unwrap_or(2000);

    let mut records = read(&population);
    let truth: HashMap<String, String> = {
        let mut r =
            csv::Reader::from_path(&truth_path).unwrap_or_else(|e| panic!("{truth_path}: {e}"));
        r.records()
            .filter_map(Result::ok)
            .map(|row| (row[0].to_string(), row[1].to_string()))
            .collect()
    };
    let held_out = records.split_off(records.len().saturating_sub(queries));
    let config = Config::default();
    let quiet = |_: Progress| {};

    let t = Instant::now();
    let mut dataset = Dataset::new(0);
    dataset.add_batch(&records, 0);
    let (model, _, report) = train(&mut dataset, &config, &quiet);
    drop(dataset);
    let train_s = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let mut index = LinkageIndex::new(model, config);
    for r in &records {
        index.add(r);
    }
    let build_s = t.elapsed().as_secs_f64();

    let mut persons_stored: HashMap<&str, usize> = HashMap::new();
    for r in &records {
        if let Some(p) = truth.get(&r.id) {
            *persons_stored.entry(p.as_str()).or_insert(0) += 1;
        }
    }
    let mut latencies = Vec::with_capacity(held_out.len());
    let (mut with_duplicate, mut found, mut proposed) = (0usize, 0usize, 0usize);
    for q in &held_out {
        let t = Instant::now();
        let candidates = index.candidates(q);
        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
        proposed += candidates.len();
        let person = truth.get(&q.id).map(String::as_str).unwrap_or("");
        if persons_stored.get(person).copied().unwrap_or(0) > 0 {
            with_duplicate += 1;
            if candidates
                .iter()
                .any(|c| truth.get(&c.id).map(String::as_str) == Some(person))
            {
                found += 1;
            }
        }
    }
    latencies.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        latencies[((latencies.len() as f64 * p).ceil() as usize).clamp(1, latencies.len()) - 1]
    };
    println!(
        "stored={} queries={} train_s={train_s:.1} build_s={build_s:.1} prior={:.3e}",
        index.len(),
        held_out.len(),
        report.prior
    );
    println!(
        "latency_ms p50={:.3} p95={:.3} p99={:.3} max={:.3}",
        pct(0.50),
        pct(0.95),
        pct(0.99),
        latencies.last().copied().unwrap_or(0.0)
    );
    println!(
        "queries_with_a_stored_duplicate={with_duplicate} duplicate_proposed={found} ({:.1}%) candidates_per_query={:.2}",
        100.0 * found as f64 / with_duplicate.max(1) as f64,
        proposed as f64 / held_out.len().max(1) as f64
    );
}
