//! The batch engine: normalisation → blocking → comparison → scoring (with training) →
//! clustering, over one dataset (deduplication) or two (linkage).

use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::blocking::{Blocking, BlockingConfig, Pass};
use crate::cluster::{ClusterConfig, CrossCheck, cluster};
use crate::compare::{Comparison, Field, compare};
use crate::explain::{Decision, Explanation};
use crate::names::Vocabulary;
use crate::record::{
    MAX_EXTRA, Prepared, Record, TermFrequencies, fold_record, intern_record, tf_values,
};
use crate::scoring::{
    Model, PatternCounts, Scorer, Session, SessionReport, TfWeights, estimate_family_conditioned_u,
    estimate_match_share, estimate_u, family_agrees, tf_weights, train_m, weight_for_probability,
};

/// Settings of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Names of extra columns to compare (at most [`MAX_EXTRA`]), in the order of
    /// [`Record::extra`].
    pub extra_fields: Vec<String>,
    /// Pairs at or above this probability are linked.
    pub match_probability: f64,
    /// Pairs at or above this probability are reported (for review if below the match
    /// threshold).
    pub review_probability: f64,
    /// A merge of two groups is refused if a cross pair's field evidence (weight without the
    /// prior) is below this many bits.
    pub veto_evidence: f64,
    /// Largest cluster.
    pub max_cluster: usize,
    /// Never link automatically pairs that look like relatives (see [`Decision`]).
    pub relatives_guard: bool,
    pub blocking: BlockingConfig,
    /// Random pairs compared to estimate `u`.
    pub u_sample_pairs: usize,
    /// Most pairs per EM session (sampled uniformly from the pass).
    pub em_pairs_per_session: usize,
    /// Seed of every random choice: the same input and seed give the same output.
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            extra_fields: Vec::new(),
            match_probability: 0.9,
            review_probability: 0.5,
            veto_evidence: -10.0,
            max_cluster: 50,
            relatives_guard: true,
            blocking: BlockingConfig::default(),
            u_sample_pairs: 2_000_000,
            em_pairs_per_session: 1_000_000,
            seed: 42,
        }
    }
}

/// The stages a progress callback hears about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Normalise,
    EstimateU,
    Block,
    Train,
    Score,
    Cluster,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Self::Normalise => "normalising",
            Self::EstimateU => "estimating u (random pairs)",
            Self::Block => "blocking",
            Self::Train => "training m (EM)",
            Self::Score => "scoring candidate pairs",
            Self::Cluster => "clustering",
        }
    }
}

/// Progress of a run: `done` out of `total` units of the current stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub stage: Stage,
    pub done: u64,
    pub total: u64,
}

/// A progress callback; called from worker threads.
pub type ProgressFn<'a> = &'a (dyn Fn(Progress) + Sync);

/// Records normalised and interned, with their term-frequency weights.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub records: Vec<Prepared>,
    pub vocab: Vocabulary,
    tf_values: Vec<[u64; crate::record::tf_slot::COUNT]>,
    tf_weights: Vec<TfWeights>,
    extra: usize,
}

impl Dataset {
    pub fn new(extra: usize) -> Self {
        Self {
            records: Vec::new(),
            vocab: Vocabulary::new(),
            tf_values: Vec::new(),
            tf_weights: Vec::new(),
            extra: extra.min(MAX_EXTRA),
        }
    }

    /// Normalises a batch of records (in parallel) and adds them, from dataset `source`.
    pub fn add_batch(&mut self, batch: &[Record], source: u8) {
        let folded: Vec<_> = batch.par_iter().map(fold_record).collect();
        for f in folded {
            let p = intern_record(f, source, &mut self.vocab);
            self.tf_values.push(tf_values(&p, &self.vocab));
            self.records.push(p);
        }
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Counts values and turns each record's values into term-frequency weights.
    fn compute_frequencies(&mut self) {
        let mut tf = TermFrequencies::new();
        for v in &self.tf_values {
            tf.add(v);
        }
        self.tf_weights = self
            .tf_values
            .par_iter()
            .map(|v| tf_weights(&tf.frequencies(v)))
            .collect();
    }

    pub fn compare(&self, i: usize, j: usize) -> Comparison {
        compare(&self.records[i], &self.records[j], &self.vocab, self.extra)
    }

    pub fn tf(&self, i: usize) -> &TfWeights {
        &self.tf_weights[i]
    }
}

/// A pair worth reporting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoredPair {
    /// Index of the first record (in deduplication the lower index; in linkage a record of the
    /// first dataset).
    pub left: u32,
    pub right: u32,
    /// Match weight in bits.
    pub weight: f32,
    pub comparison: Comparison,
    pub decision: Decision,
    /// Whether clustering put the two records in the same cluster.
    pub same_cluster: bool,
}

/// Figures of a run, for the record.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RunReport {
    pub records: usize,
    /// Pairs compared, per blocking pass (after removing those of earlier passes).
    pub candidate_pairs: Vec<(String, u64)>,
    pub sessions: Vec<SessionReport>,
    pub prior: f64,
    pub estimated_matches: f64,
}

/// The result of a run.
#[derive(Debug)]
pub struct Outcome {
    /// Pairs at or above the review threshold, strongest first.
    pub pairs: Vec<ScoredPair>,
    /// For each record, the index of the first record of its cluster.
    pub clusters: Vec<u32>,
    pub model: Model,
    pub report: RunReport,
    pub scorer: Scorer,
    pub dataset: Dataset,
}

impl Outcome {
    /// The explanation of a reported pair.
    pub fn explain(&self, pair: &ScoredPair) -> Explanation {
        let (i, j) = (pair.left as usize, pair.right as usize);
        let fields =
            self.scorer
                .contributions(&pair.comparison, self.dataset.tf(i), self.dataset.tf(j));
        Explanation::new(
            f64::from(self.scorer.prior_weight),
            fields,
            pair.comparison.swapped,
            pair.decision,
        )
    }
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn merge_counts(mut a: FxHashMap<u64, f64>, b: FxHashMap<u64, f64>) -> FxHashMap<u64, f64> {
    if a.len() < b.len() {
        return merge_counts(b, a);
    }
    for (k, v) in b {
        *a.entry(k).or_insert(0.0) += v;
    }
    a
}

/// Decides about a scored pair.
fn decide(weight: f64, cmp: &Comparison, match_w: f64, review_w: f64, guard: bool) -> Decision {
    if weight >= match_w {
        if guard && cmp.looks_like_relatives() {
            Decision::PossibleRelatives
        } else {
            Decision::Link
        }
    } else if weight >= review_w {
        Decision::Review
    } else {
        Decision::Distinct
    }
}

/// Deduplicates one dataset.
pub fn dedupe(dataset: Dataset, config: &Config, progress: ProgressFn<'_>) -> Outcome {
    run(dataset, config, false, progress)
}

/// Links two datasets: records with `source` 0 against records with `source` 1.
pub fn link(dataset: Dataset, config: &Config, progress: ProgressFn<'_>) -> Outcome {
    run(dataset, config, true, progress)
}

/// Trains a model on a dataset without scoring it all (what the incremental index needs).
pub fn train(
    dataset: &mut Dataset,
    config: &Config,
    progress: ProgressFn<'_>,
) -> (Model, Blocking, RunReport) {
    dataset.compute_frequencies();
    train_on(dataset, config, false, progress)
}

fn train_on(
    dataset: &Dataset,
    config: &Config,
    link: bool,
    progress: ProgressFn<'_>,
) -> (Model, Blocking, RunReport) {
    let n = dataset.len();
    let extra = dataset.extra;
    let (a_len, b_len) = if link {
        let a = dataset.records.iter().filter(|r| r.source == 0).count();
        (a, n - a)
    } else {
        (n, n)
    };
    let extra_names: Vec<String> = (0..extra)
        .map(|i| {
            config
                .extra_fields
                .get(i)
                .cloned()
                .unwrap_or_else(|| format!("extra_{i}"))
        })
        .collect();
    let mut model = Model::initial(&extra_names);

    // u from random pairs.
    progress(Progress {
        stage: Stage::EstimateU,
        done: 0,
        total: config.u_sample_pairs as u64,
    });
    let seed = config.seed;
    let all_pairs = if link {
        a_len as f64 * b_len as f64
    } else {
        n as f64 * (n as f64 - 1.0) / 2.0
    };
    // Sampling more pairs than exist (small files) only repeats them.
    let samples = if n < 2 {
        0
    } else {
        config.u_sample_pairs.min(all_pairs.max(1.0) as usize)
    };
    let random: FxHashMap<u64, f64> = (0..samples as u64)
        .into_par_iter()
        .fold(FxHashMap::default, |mut acc, k| {
            let r = splitmix(seed ^ splitmix(k));
            let (i, j) = if link {
                let i = (r % a_len.max(1) as u64) as usize;
                let j = a_len + ((r >> 32) % b_len.max(1) as u64) as usize;
                (i, j)
            } else {
                let i = (r % n as u64) as usize;
                let mut j = ((r >> 32) % (n as u64 - 1)) as usize;
                if j >= i {
                    j += 1;
                }
                (i, j)
            };
            if i < n && j < n {
                *acc.entry(dataset.compare(i, j).pattern()).or_insert(0.0) += 1.0;
            }
            acc
        })
        .reduce(FxHashMap::default, merge_counts);
    estimate_u(&mut model, &random.into_iter().collect());
    let namesakes = sample_family_pairs(dataset, config, samples / 4, link);
    estimate_family_conditioned_u(&mut model, &namesakes);

    // EM sessions on the training passes (at least two, in order of preference).
    let training = Pass::training();
    let training_blocking = Blocking::build(
        &dataset.records,
        &dataset.vocab,
        &training,
        config.blocking,
        link,
    );
    let mut sessions = Vec::new();
    let mut session_passes: Vec<(Pass, f64)> = Vec::new();
    for (p, pass) in training.iter().enumerate() {
        progress(Progress {
            stage: Stage::Train,
            done: p as u64,
            total: training.len() as u64,
        });
        if sessions.len() >= 2 {
            break;
        }
        let upper = training_blocking.pair_count(p).max(1);
        let rate = (config.em_pairs_per_session as f64 / upper as f64).min(1.0);
        let cut = (rate * u64::MAX as f64) as u64;
        let own = training_blocking.fold_pairs(
            p,
            false,
            FxHashMap::default(),
            |mut own: FxHashMap<u64, f64>, i, j| {
                if splitmix(seed ^ ((i as u64) << 32 | j as u64)) <= cut {
                    *own.entry(dataset.compare(i, j).pattern()).or_insert(0.0) += 1.0;
                }
                own
            },
            merge_counts,
        );
        let pairs: f64 = own.values().sum();
        if pairs >= 200.0 {
            sessions.push(Session {
                patterns: own.into_iter().collect(),
                fixed: pass.blocked_fields(),
            });
            session_passes.push((*pass, 1.0 / rate));
        }
    }
    drop(training_blocking);

    // Prediction blocking, and a sample of its candidates for the prior.
    let passes = Pass::all(extra);
    progress(Progress {
        stage: Stage::Block,
        done: 0,
        total: passes.len() as u64,
    });
    let blocking = Blocking::build(
        &dataset.records,
        &dataset.vocab,
        &passes,
        config.blocking,
        link,
    );
    let session_reports = train_m(&mut model, &sessions);
    let from_session = matches_from_session(
        dataset,
        &model,
        &sessions,
        &session_passes,
        &session_reports,
    );
    let matches = match from_session {
        Some(m) => m,
        None => {
            // Fallback: EM for the share of matches over a sample of all candidates (biased
            // upwards by namesakes and relatives, hence only when no session can tell).
            let mut union: FxHashMap<u64, f64> = FxHashMap::default();
            for p in 0..passes.len() {
                let upper = blocking.pair_count(p).max(1);
                let rate = (config.em_pairs_per_session as f64 / upper as f64).min(1.0);
                let cut = (rate * u64::MAX as f64) as u64;
                let fresh = blocking.fold_pairs(
                    p,
                    true,
                    FxHashMap::default(),
                    |mut fresh: FxHashMap<u64, f64>, i, j| {
                        if splitmix(seed ^ ((i as u64) << 32 | j as u64)) <= cut {
                            *fresh.entry(dataset.compare(i, j).pattern()).or_insert(0.0) +=
                                1.0 / rate;
                        }
                        fresh
                    },
                    merge_counts,
                );
                union = merge_counts(union, fresh);
            }
            let union: PatternCounts = union.into_iter().collect();
            let candidates: f64 = union.iter().map(|(_, c)| c).sum();
            estimate_match_share(&model, &union) * candidates
        }
    }
    .min(all_pairs);
    let total_pairs = all_pairs;
    // Expected other records of the same person per record (per record of the second dataset
    // when linking).
    model.duplicates_per_record = if link {
        matches / b_len.max(1) as f64
    } else {
        2.0 * matches / n.max(1) as f64
    };
    let prior = (matches / total_pairs.max(1.0)).clamp(1e-12, 0.5);
    let report = RunReport {
        records: n,
        candidate_pairs: Vec::new(),
        sessions: session_reports,
        prior,
        estimated_matches: matches,
    };
    (model, blocking, report)
}

/// Comparison patterns of random pairs of records whose family names share a blocking code,
/// drawn uniformly among all such pairs, keeping those whose family names agree.
fn sample_family_pairs(
    dataset: &Dataset,
    config: &Config,
    samples: usize,
    link: bool,
) -> PatternCounts {
    let mut keyed: Vec<(u64, u32)> = dataset
        .records
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let f = r.family.as_ref()?.parts().first().copied()?;
            Some((
                crate::names::block_code(crate::names::Tokens::token(&dataset.vocab, f)),
                i as u32,
            ))
        })
        .collect();
    keyed.par_sort_unstable();
    // Groups with their cumulative pair counts, to draw a pair uniformly.
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut cumulative: Vec<f64> = Vec::new();
    let mut total = 0.0f64;
    let mut start = 0;
    while start < keyed.len() {
        let mut end = start + 1;
        while end < keyed.len() && keyed[end].0 == keyed[start].0 {
            end += 1;
        }
        let n = (end - start) as f64;
        if end - start > 1 {
            total += n * (n - 1.0) / 2.0;
            groups.push((start, end - start));
            cumulative.push(total);
        }
        start = end;
    }
    if groups.is_empty() || samples == 0 {
        return Vec::new();
    }
    let seed = config.seed ^ 0x5eed_fa41;
    let counts: FxHashMap<u64, f64> = (0..samples as u64)
        .into_par_iter()
        .fold(FxHashMap::default, |mut acc, k| {
            let r = splitmix(seed ^ splitmix(k));
            let x = (r >> 11) as f64 / (1u64 << 53) as f64 * total;
            let g = cumulative.partition_point(|c| *c < x).min(groups.len() - 1);
            let (s, len) = groups[g];
            let r2 = splitmix(r);
            let a = (r2 % len as u64) as usize;
            let mut b = ((r2 >> 32) % (len as u64 - 1)) as usize;
            if b >= a {
                b += 1;
            }
            let (i, j) = (keyed[s + a].1 as usize, keyed[s + b].1 as usize);
            if !link || dataset.records[i].source != dataset.records[j].source {
                let cmp = dataset.compare(i, j);
                if family_agrees(&cmp) {
                    *acc.entry(cmp.pattern()).or_insert(0.0) += 1.0;
                }
            }
            acc
        })
        .reduce(FxHashMap::default, merge_counts);
    counts.into_iter().collect()
}

/// Estimates the number of matching pairs in the whole dataset from the first training session,
/// when it blocked on one field with an exact key: matches found there, divided by the chance
/// that a matching pair lands there (both values present, and agreeing at the key's levels,
/// with `m` of that field as learnt by the other sessions). This is far less biased than
/// averaging posteriors over all candidates, where namesakes and relatives inflate the count.
fn matches_from_session(
    dataset: &Dataset,
    model: &Model,
    sessions: &[Session],
    passes: &[(Pass, f64)],
    reports: &[SessionReport],
) -> Option<f64> {
    // Prefer the birth-date session: a date is present on almost every record, independently
    // on the two records of a person, which the estimate below assumes.
    let k = passes
        .iter()
        .position(|(p, _)| *p == Pass::ExactDate)
        .unwrap_or(0);
    let (pass, scale) = *passes.get(k)?;
    let report = reports.get(k)?;
    let (field, levels): (Field, &[usize]) = match pass {
        Pass::ExactDate => (Field::DateOfBirth, &[1]),
        Pass::Document => (Field::DocumentNumber, &[1]),
        Pass::Phone => (Field::Phone, &[1, 2]),
        _ => return None,
    };
    // `m` of the field must have been learnt by another session.
    if !sessions
        .iter()
        .enumerate()
        .any(|(i, s)| i != k && !s.fixed.contains(&field))
    {
        return None;
    }
    let n = dataset.len().max(1) as f64;
    let present = dataset
        .records
        .iter()
        .filter(|r| match field {
            Field::DateOfBirth => r.dob.is_some(),
            Field::DocumentNumber => r.document.is_some(),
            _ => r.phone.is_some(),
        })
        .count() as f64
        / n;
    let m = &model.fields[field.index()].m;
    let agree: f64 = levels.iter().map(|l| m[l - 1]).sum();
    // Pairs of 1 January placeholders are exact agreements but not in the session.
    let placeholders = if field == Field::DateOfBirth {
        let p = dataset
            .records
            .iter()
            .filter(|r| r.dob.is_some_and(|d| d.is_new_year_placeholder()))
            .count() as f64
            / n;
        (1.0 - p).powi(2)
    } else {
        1.0
    };
    let chance = present * present * agree * placeholders;
    if chance < 0.01 {
        return None;
    }
    Some(report.match_share * report.pairs * scale / chance)
}

fn run(mut dataset: Dataset, config: &Config, link: bool, progress: ProgressFn<'_>) -> Outcome {
    let n = dataset.len();
    progress(Progress {
        stage: Stage::Normalise,
        done: n as u64,
        total: n as u64,
    });
    dataset.compute_frequencies();
    let (model, blocking, mut report) = train_on(&dataset, config, link, progress);
    let scorer = Scorer::new(&model, report.prior);
    let match_w = weight_for_probability(config.match_probability);
    let review_w = weight_for_probability(config.review_probability.min(config.match_probability));

    // Score every candidate pair once.
    let passes = blocking.passes();
    let total_groups: u64 = passes.len() as u64;
    let mut pairs: Vec<ScoredPair> = Vec::new();
    let done = AtomicU64::new(0);
    for (p, pass) in passes.iter().enumerate() {
        progress(Progress {
            stage: Stage::Score,
            done: p as u64,
            total: total_groups,
        });
        let (found, compared) = blocking.fold_pairs(
            p,
            true,
            (Vec::new(), 0u64),
            |(mut acc, count): (Vec<ScoredPair>, u64), i, j| {
                let cmp = dataset.compare(i, j);
                let w = scorer.weight(&cmp, dataset.tf(i), dataset.tf(j));
                if f64::from(w) >= review_w {
                    let decision = decide(
                        f64::from(w),
                        &cmp,
                        match_w,
                        review_w,
                        config.relatives_guard,
                    );
                    acc.push(ScoredPair {
                        left: i as u32,
                        right: j as u32,
                        weight: w,
                        comparison: cmp,
                        decision,
                        same_cluster: false,
                    });
                }
                (acc, count + 1)
            },
            |(mut a, c1), (b, c2)| {
                a.extend(b);
                (a, c1 + c2)
            },
        );
        done.fetch_add(compared, Ordering::Relaxed);
        report.candidate_pairs.push((pass.label(), compared));
        pairs.extend(found);
    }
    progress(Progress {
        stage: Stage::Score,
        done: total_groups,
        total: total_groups,
    });

    // Cluster.
    progress(Progress {
        stage: Stage::Cluster,
        done: 0,
        total: 1,
    });
    let mut edges: Vec<(u32, u32, f32)> = pairs
        .iter()
        .filter(|p| p.decision == Decision::Link)
        .map(|p| (p.left, p.right, p.weight))
        .collect();
    let cluster_config = ClusterConfig {
        threshold_weight: match_w,
        veto_weight: f64::from(scorer.prior_weight) + config.veto_evidence,
        max_cluster: config.max_cluster,
    };
    let clusters = cluster(n, &mut edges, &cluster_config, |x, y| {
        let cmp = dataset.compare(x, y);
        CrossCheck {
            weight: f64::from(scorer.weight(&cmp, dataset.tf(x), dataset.tf(y))),
            relatives: config.relatives_guard && cmp.looks_like_relatives(),
        }
    });
    for p in &mut pairs {
        p.same_cluster = clusters[p.left as usize] == clusters[p.right as usize];
        if link && dataset.records[p.left as usize].source != 0 {
            std::mem::swap(&mut p.left, &mut p.right);
        }
    }
    pairs.par_sort_unstable_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then(a.left.cmp(&b.left))
            .then(a.right.cmp(&b.right))
    });
    progress(Progress {
        stage: Stage::Cluster,
        done: 1,
        total: 1,
    });
    Outcome {
        pairs,
        clusters,
        model,
        report,
        scorer,
        dataset,
    }
}
