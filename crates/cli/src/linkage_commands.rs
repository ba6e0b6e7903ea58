//! `bayiri dedupe` and `bayiri link`: the record-linkage engine on CSV files.
//!
//! Input columns by default: `id, given_names, family_name, sex, date_of_birth, nationality,
//! place_of_birth, phone, document_number`; other columns are ignored and any value but `id`
//! may be empty. `--column FIELD=COLUMN` reads a field from a differently named column, and
//! `--extra NAME[=COLUMN]` compares one more column (exact or close agreement, weighted by how
//! common the value is).
//!
//! Output in `--out DIR`:
//! - `clusters.csv`: `id,cluster_id` (linking: `source,id,cluster_id`), the cluster named by
//!   the id of its first record;
//! - `pairs.csv`: every pair at or above the review threshold, with its decision, match
//!   probability and weight, and per field the comparison level and its weight in bits (the
//!   prior plus the field weights add up to the match weight), and a one-line explanation;
//! - `model.json`: the trained model (m and u per field and level), the prior, and the pairs
//!   compared per blocking pass.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use bayiri_linkage::engine::{Config, Dataset, Progress, Stage};
use bayiri_linkage::{Outcome, Record};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

/// Options shared by both commands.
#[derive(Debug, Clone, clap::Args)]
pub struct CommonArgs {
    /// Directory for clusters.csv and pairs.csv (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Read FIELD from COLUMN, e.g. `--column given_names=first_name`. Fields: id, given_names,
    /// family_name, sex, date_of_birth, nationality, place_of_birth, phone, document_number.
    #[arg(long = "column", value_name = "FIELD=COLUMN")]
    pub columns: Vec<String>,
    /// Also compare this column (repeatable, at most 6), e.g. `--extra postcode` or
    /// `--extra village=village_of_origin`.
    #[arg(long = "extra", value_name = "NAME[=COLUMN]")]
    pub extra: Vec<String>,
    /// Pairs at or above this match probability are linked.
    #[arg(long, default_value_t = 0.9)]
    pub match_probability: f64,
    /// Pairs at or above this probability are written to pairs.csv (for review if not linked).
    #[arg(long, default_value_t = 0.5)]
    pub review_probability: f64,
    /// Field separator of the input files.
    #[arg(long, default_value_t = ',')]
    pub delimiter: char,
    /// Seed of the random sampling (same input and seed, same result).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Link pairs that look like relatives (same family name, different given names) instead of
    /// sending them to review.
    #[arg(long)]
    pub no_relatives_guard: bool,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// Print the time spent in each stage.
    #[arg(long)]
    pub timings: bool,
}

/// `bayiri dedupe INPUT.csv --out DIR`
#[derive(Debug, Clone, clap::Args)]
pub struct DedupeArgs {
    /// CSV file of registrations.
    pub input: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `bayiri link A.csv B.csv --out DIR`
#[derive(Debug, Clone, clap::Args)]
pub struct LinkArgs {
    /// First CSV file.
    pub left: PathBuf,
    /// Second CSV file.
    pub right: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
}

const FIELDS: [&str; 9] = [
    "id",
    "given_names",
    "family_name",
    "sex",
    "date_of_birth",
    "nationality",
    "place_of_birth",
    "phone",
    "document_number",
];

const BATCH: usize = 50_000;

/// Where each field is read from.
#[derive(Debug, Clone)]
struct Mapping {
    /// Column name per field of [`FIELDS`]; `explicit` tells whether the user named it.
    columns: Vec<(String, bool)>,
    /// Extra fields: (name, column).
    extra: Vec<(String, String)>,
}

impl Mapping {
    fn from_args(args: &CommonArgs) -> Result<Self> {
        let mut columns: Vec<(String, bool)> =
            FIELDS.iter().map(|f| (f.to_string(), false)).collect();
        for spec in &args.columns {
            let (field, column) = spec.split_once('=').ok_or_else(|| {
                anyhow!("--column {spec:?}: expected FIELD=COLUMN, e.g. given_names=first_name")
            })?;
            let position = FIELDS
                .iter()
                .position(|f| *f == field.trim())
                .ok_or_else(|| {
                    anyhow!(
                        "--column {spec:?}: unknown field {:?}; the fields are {}",
                        field.trim(),
                        FIELDS.join(", ")
                    )
                })?;
            columns[position] = (column.trim().to_string(), true);
        }
        if args.extra.len() > bayiri_linkage::record::MAX_EXTRA {
            bail!(
                "at most {} --extra columns can be compared",
                bayiri_linkage::record::MAX_EXTRA
            );
        }
        let extra = args
            .extra
            .iter()
            .map(|spec| match spec.split_once('=') {
                Some((name, column)) => (name.trim().to_string(), column.trim().to_string()),
                None => (spec.trim().to_string(), spec.trim().to_string()),
            })
            .collect();
        Ok(Self { columns, extra })
    }
}

fn config(args: &CommonArgs, mapping: &Mapping) -> Result<Config> {
    let p = args.match_probability;
    let r = args.review_probability;
    if !(0.0..1.0).contains(&p) || p <= 0.0 {
        bail!("--match-probability must be between 0 and 1 (exclusive), not {p}");
    }
    if !(0.0..1.0).contains(&r) || r <= 0.0 || r > p {
        bail!("--review-probability must be between 0 and --match-probability, not {r}");
    }
    Ok(Config {
        extra_fields: mapping.extra.iter().map(|(n, _)| n.clone()).collect(),
        match_probability: p,
        review_probability: r,
        relatives_guard: !args.no_relatives_guard,
        seed: args.seed,
        ..Config::default()
    })
}

/// Reads one CSV file into the dataset; returns the ids in file order.
fn read_file(
    path: &Path,
    mapping: &Mapping,
    delimiter: char,
    source: u8,
    dataset: &mut Dataset,
    bar: &ProgressBar,
) -> Result<Vec<String>> {
    if !delimiter.is_ascii() {
        bail!("--delimiter must be an ASCII character");
    }
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    bar.set_length(size);
    bar.set_position(0);
    bar.set_message(format!("reading {}", path.display()));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter as u8)
        .flexible(false)
        .from_reader(std::io::BufReader::with_capacity(1 << 20, file));
    let header = reader
        .headers()
        .with_context(|| format!("{}: cannot read the header row", path.display()))?
        .clone();
    if header.iter().all(|h| h.trim().is_empty()) {
        bail!("{}: the file is empty (no header row)", path.display());
    }
    let find = |column: &str| header.iter().position(|h| h.trim() == column);
    let mut positions: Vec<Option<usize>> = Vec::new();
    for (field, (column, explicit)) in FIELDS.iter().zip(&mapping.columns) {
        let pos = find(column);
        if pos.is_none() && (*explicit || *field == "id") {
            bail!(
                "{}: no column {column:?} for field {field} (the header has: {})",
                path.display(),
                header.iter().collect::<Vec<_>>().join(", ")
            );
        }
        positions.push(pos);
    }
    let mut extra_positions = Vec::new();
    for (name, column) in &mapping.extra {
        let pos = find(column).ok_or_else(|| {
            anyhow!(
                "{}: no column {column:?} for extra field {name} (the header has: {})",
                path.display(),
                header.iter().collect::<Vec<_>>().join(", ")
            )
        })?;
        extra_positions.push(pos);
    }
    let id_pos = positions[0].ok_or_else(|| anyhow!("{}: no id column", path.display()))?;
    let mut ids: Vec<String> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    // Parsing (this thread) and normalising (the thread pool, batch by batch) overlap.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Record>>(2);
    std::thread::scope(|scope| -> Result<Vec<String>> {
        let worker = scope.spawn(move || {
            for batch in receiver {
                dataset.add_batch(&batch, source);
            }
        });
        let mut batch: Vec<Record> = Vec::with_capacity(BATCH);
        let mut row = csv::StringRecord::new();
        loop {
            let more = reader.read_record(&mut row).map_err(|e| {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                anyhow!("{}: malformed CSV at line {line}: {e}", path.display())
            })?;
            if !more {
                break;
            }
            let line = row.position().map(|p| p.line()).unwrap_or(0);
            let value = |pos: Option<usize>| -> Option<String> {
                pos.and_then(|p| row.get(p))
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_string)
            };
            let id = row.get(id_pos).map(str::trim).unwrap_or("");
            if id.is_empty() {
                bail!(
                    "{}: line {line}: the id column {:?} is empty",
                    path.display(),
                    mapping.columns[0].0
                );
            }
            if let Some(first) = seen.insert(id.to_string(), line) {
                bail!(
                    "{}: line {line}: id {id:?} was already used at line {first}; ids must be unique",
                    path.display()
                );
            }
            ids.push(id.to_string());
            batch.push(Record {
                id: id.to_string(),
                given_names: value(positions[1]),
                family_name: value(positions[2]),
                sex: value(positions[3]),
                date_of_birth: value(positions[4]),
                nationality: value(positions[5]),
                place_of_birth: value(positions[6]),
                phone: value(positions[7]),
                document_number: value(positions[8]),
                extra: extra_positions.iter().map(|&p| value(Some(p))).collect(),
            });
            if batch.len() == BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                if sender.send(full).is_err() {
                    break;
                }
                bar.set_position(row.position().map(|p| p.byte()).unwrap_or(0));
            }
        }
        // A send fails only if the worker has stopped, which join reports.
        let _ = sender.send(batch);
        drop(sender);
        worker
            .join()
            .map_err(|_| anyhow!("{}: normalising the records failed", path.display()))?;
        bar.set_position(size);
        Ok(ids)
    })
}

fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn on_progress<'a>(bar: &'a ProgressBar, timings: &'a Timings) -> impl Fn(Progress) + Sync + 'a {
    move |p: Progress| {
        timings.enter(p.stage.label());
        bar.set_message(p.stage.label().to_string());
        bar.set_length(p.total);
        bar.set_position(p.done);
        if p.stage == Stage::Cluster && p.done == p.total {
            bar.set_message("writing results");
        }
    }
}

/// Wall time per stage, printed with `--timings`.
#[derive(Debug)]
struct Timings {
    enabled: bool,
    start: std::time::Instant,
    current: std::sync::Mutex<(String, std::time::Instant)>,
}

impl Timings {
    fn new(enabled: bool) -> Self {
        let now = std::time::Instant::now();
        Self {
            enabled,
            start: now,
            current: std::sync::Mutex::new(("reading".into(), now)),
        }
    }

    fn enter(&self, stage: &str) {
        if !self.enabled {
            return;
        }
        if let Ok(mut current) = self.current.lock()
            && current.0 != stage
        {
            eprintln!("{:>8.2}s  {}", current.1.elapsed().as_secs_f64(), current.0);
            *current = (stage.to_string(), std::time::Instant::now());
        }
    }

    fn finish(&self) {
        self.enter("done");
        if self.enabled {
            eprintln!("{:>8.2}s  total", self.start.elapsed().as_secs_f64());
        }
    }
}

/// Runs `bayiri dedupe`.
pub fn run_dedupe(args: DedupeArgs) -> Result<()> {
    let mapping = Mapping::from_args(&args.common)?;
    let config = config(&args.common, &mapping)?;
    let bar = progress_bar(args.common.quiet);
    let timings = Timings::new(args.common.timings);
    let mut dataset = Dataset::new(mapping.extra.len());
    let ids = read_file(
        &args.input,
        &mapping,
        args.common.delimiter,
        0,
        &mut dataset,
        &bar,
    )?;
    let outcome = bayiri_linkage::dedupe(dataset, &config, &on_progress(&bar, &timings));
    timings.enter("writing");
    let labels: Vec<&str> = ids.iter().map(String::as_str).collect();
    write_outputs(&args.common.out, &outcome, &labels, None)?;
    timings.finish();
    bar.finish_and_clear();
    summarise(&args.common, &outcome, ids.len());
    Ok(())
}

/// Runs `bayiri link`.
pub fn run_link(args: LinkArgs) -> Result<()> {
    let mapping = Mapping::from_args(&args.common)?;
    let config = config(&args.common, &mapping)?;
    let bar = progress_bar(args.common.quiet);
    let timings = Timings::new(args.common.timings);
    let mut dataset = Dataset::new(mapping.extra.len());
    let left = read_file(
        &args.left,
        &mapping,
        args.common.delimiter,
        0,
        &mut dataset,
        &bar,
    )?;
    let right = read_file(
        &args.right,
        &mapping,
        args.common.delimiter,
        1,
        &mut dataset,
        &bar,
    )?;
    let outcome = bayiri_linkage::link(dataset, &config, &on_progress(&bar, &timings));
    timings.enter("writing");
    let labels: Vec<&str> = left
        .iter()
        .chain(right.iter())
        .map(String::as_str)
        .collect();
    write_outputs(&args.common.out, &outcome, &labels, Some(left.len()))?;
    timings.finish();
    bar.finish_and_clear();
    summarise(&args.common, &outcome, labels.len());
    Ok(())
}

fn summarise(args: &CommonArgs, outcome: &Outcome, records: usize) {
    if args.quiet {
        return;
    }
    let mut sizes: HashMap<u32, usize> = HashMap::new();
    for c in &outcome.clusters {
        *sizes.entry(*c).or_insert(0) += 1;
    }
    let compared: u64 = outcome.report.candidate_pairs.iter().map(|(_, n)| n).sum();
    let linked = outcome
        .pairs
        .iter()
        .filter(|p| p.decision == bayiri_linkage::Decision::Link)
        .count();
    eprintln!(
        "{records} records, {compared} pairs compared, {linked} pairs linked, {} clusters ({} with more than one record); results in {}",
        sizes.len(),
        sizes.values().filter(|s| **s > 1).count(),
        args.out.display()
    );
}

fn write_outputs(
    out: &Path,
    outcome: &Outcome,
    ids: &[&str],
    left_len: Option<usize>,
) -> Result<()> {
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let clusters_path = out.join("clusters.csv");
    let file = File::create(&clusters_path)
        .with_context(|| format!("cannot write {}", clusters_path.display()))?;
    let mut w = csv::Writer::from_writer(BufWriter::with_capacity(1 << 20, file));
    match left_len {
        None => w.write_record(["id", "cluster_id"])?,
        Some(_) => w.write_record(["source", "id", "cluster_id"])?,
    }
    for (i, id) in ids.iter().enumerate() {
        let cluster = ids[outcome.clusters[i] as usize];
        match left_len {
            None => w.write_record([*id, cluster])?,
            Some(n) => w.write_record([if i < n { "a" } else { "b" }, *id, cluster])?,
        }
    }
    w.flush()?;

    let pairs_path = out.join("pairs.csv");
    let file = File::create(&pairs_path)
        .with_context(|| format!("cannot write {}", pairs_path.display()))?;
    let mut w = csv::Writer::from_writer(BufWriter::with_capacity(1 << 20, file));
    let mut header: Vec<String> = [
        "id_l",
        "id_r",
        "decision",
        "match_probability",
        "match_weight",
        "same_cluster",
        "names_swapped",
        "prior_weight",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for name in &outcome.scorer.names {
        header.push(format!("{name}_level"));
        header.push(format!("{name}_weight"));
    }
    header.push("explanation".into());
    w.write_record(&header)?;
    w.flush()?;
    // Rows are formatted in parallel, chunk by chunk, and written in order.
    let mut inner = w
        .into_inner()
        .map_err(|e| anyhow!("cannot write {}: {e}", pairs_path.display()))?;
    let chunks: Vec<Result<Vec<u8>>> = outcome
        .pairs
        .par_chunks(8192)
        .map(|chunk| {
            let mut w = csv::Writer::from_writer(Vec::with_capacity(chunk.len() * 400));
            let mut row: Vec<String> = Vec::with_capacity(header.len());
            for pair in chunk {
                let e = outcome.explain(pair);
                row.clear();
                row.push(ids[pair.left as usize].to_string());
                row.push(ids[pair.right as usize].to_string());
                row.push(e.decision.as_str().to_string());
                row.push(format!("{:.6}", e.match_probability));
                row.push(format!("{:.3}", e.match_weight));
                row.push(pair.same_cluster.to_string());
                row.push(e.names_swapped.to_string());
                row.push(format!("{:.3}", e.prior_weight));
                for c in &e.fields {
                    row.push(c.label.clone());
                    row.push(format!("{:.3}", c.weight));
                }
                row.push(e.summary());
                w.write_record(&row)?;
            }
            w.into_inner().map_err(|e| anyhow!("{e}"))
        })
        .collect();
    for chunk in chunks {
        inner.write_all(&chunk?)?;
    }
    inner.flush()?;
    let model_path = out.join("model.json");
    let report = serde_json::json!({
        "model": outcome.model,
        "prior": outcome.report.prior,
        "estimated_matches": outcome.report.estimated_matches,
        "candidate_pairs": outcome.report.candidate_pairs,
        "training_sessions": outcome.report.sessions,
    });
    std::fs::write(&model_path, serde_json::to_string_pretty(&report)?)
        .with_context(|| format!("cannot write {}", model_path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn common(out: &Path) -> CommonArgs {
        CommonArgs {
            out: out.to_path_buf(),
            columns: Vec::new(),
            extra: Vec::new(),
            match_probability: 0.9,
            review_probability: 0.5,
            delimiter: ',',
            seed: 1,
            no_relatives_guard: false,
            quiet: true,
            timings: false,
        }
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("bayiri-linkage-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write input");
        path
    }

    #[test]
    fn missing_file_is_a_clear_error() {
        let dir = temp_dir("missing");
        let err = run_dedupe(DedupeArgs {
            input: dir.join("nope.csv"),
            common: common(&dir.join("out")),
        })
        .expect_err("must fail");
        assert!(format!("{err:#}").contains("cannot open"), "{err:#}");
    }

    #[test]
    fn missing_id_column_names_the_column() {
        let dir = temp_dir("noid");
        let input = write(&dir, "in.csv", "name,family_name\nMamadou,Diallo\n");
        let err = run_dedupe(DedupeArgs {
            input,
            common: common(&dir.join("out")),
        })
        .expect_err("must fail");
        let text = format!("{err:#}");
        assert!(
            text.contains("\"id\"") && text.contains("name, family_name"),
            "{text}"
        );
    }

    #[test]
    fn empty_file_is_a_clear_error() {
        let dir = temp_dir("empty");
        let input = write(&dir, "in.csv", "");
        let err = run_dedupe(DedupeArgs {
            input,
            common: common(&dir.join("out")),
        })
        .expect_err("must fail");
        assert!(format!("{err:#}").contains("the file is empty"), "{err:#}");
    }

    #[test]
    fn header_only_file_gives_empty_results() {
        let dir = temp_dir("header-only");
        let input = write(&dir, "in.csv", "id,given_names\n");
        let out = dir.join("out");
        run_dedupe(DedupeArgs {
            input,
            common: common(&out),
        })
        .expect("no records is not an error");
        let clusters = std::fs::read_to_string(out.join("clusters.csv")).expect("clusters.csv");
        assert_eq!(clusters, "id,cluster_id\n");
    }

    #[test]
    fn malformed_row_names_the_line() {
        let dir = temp_dir("malformed");
        let input = write(&dir, "in.csv", "id,given_names\n1,Mamadou\n2,Awa,extra\n");
        let err = run_dedupe(DedupeArgs {
            input,
            common: common(&dir.join("out")),
        })
        .expect_err("must fail");
        assert!(format!("{err:#}").contains("line 3"), "{err:#}");
    }

    #[test]
    fn unknown_mapped_field_is_rejected() {
        let dir = temp_dir("mapping");
        let input = write(&dir, "in.csv", "id\n1\n");
        let mut c = common(&dir.join("out"));
        c.columns = vec!["surname=family".into()];
        let err = run_dedupe(DedupeArgs { input, common: c }).expect_err("must fail");
        assert!(
            format!("{err:#}").contains("unknown field \"surname\""),
            "{err:#}"
        );
    }

    #[test]
    fn dedupe_writes_clusters_and_explained_pairs() {
        let dir = temp_dir("dedupe");
        let mut text =
            String::from("ref,first_name,family_name,sex,date_of_birth,nationality,phone\n");
        text.push_str("a1,Mamadou,Diallo,M,1990-05-17,GIN,+224 620 12 34 56\n");
        text.push_str("a2,Mamadu,Jallow,M,1990-05-17,GIN,620123456\n");
        text.push_str("a3,Diallo,Mamoudou,M,1990,GIN,\n");
        // Filler population so that u and the prior are estimable.
        let given = [
            "Awa",
            "Ibrahima",
            "Fatoumata",
            "Ousmane",
            "Aminata",
            "Seydou",
            "Hawa",
            "Moussa",
        ];
        let family = [
            "Traore", "Keita", "Ndiaye", "Barry", "Camara", "Sow", "Cisse", "Toure",
        ];
        for i in 0..400 {
            text.push_str(&format!(
                "f{i},{},{},{},{}-{:02}-{:02},MLI,\n",
                given[i % 8],
                family[(i / 8) % 8],
                if i % 2 == 0 { "F" } else { "M" },
                1960 + i % 40,
                1 + i % 12,
                1 + i % 28
            ));
        }
        let input = write(&dir, "in.csv", &text);
        let out = dir.join("out");
        let mut c = common(&out);
        c.columns = vec!["id=ref".into(), "given_names=first_name".into()];
        run_dedupe(DedupeArgs { input, common: c }).expect("dedupe runs");
        let clusters = std::fs::read_to_string(out.join("clusters.csv")).expect("clusters.csv");
        assert!(clusters.starts_with("id,cluster_id\n"));
        assert!(clusters.contains("a2,a1\n"), "{clusters}");
        let pairs = std::fs::read_to_string(out.join("pairs.csv")).expect("pairs.csv");
        let first = pairs.lines().nth(1).expect("a pair");
        assert!(
            first.starts_with("a1,a2,link,") || first.starts_with("a1,a3,"),
            "{first}"
        );
        assert!(
            pairs
                .lines()
                .next()
                .is_some_and(|h| h.contains("given_names_level"))
        );
    }
}
