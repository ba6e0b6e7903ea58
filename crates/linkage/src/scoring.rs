//! Probabilistic scoring (Fellegi–Sunter).
//!
//! For every field and comparison level the model holds
//! - `m`: the probability of that level when the two records are the same person, estimated by
//!   expectation–maximisation on blocked candidate pairs, one training session per blocking
//!   pass with the fields that pass blocked on held fixed (they agree by construction there,
//!   so the session cannot learn them);
//! - `u`: the probability of that level for two different people, estimated by comparing
//!   randomly sampled pairs (almost all of which are different people).
//!
//! A pair's match weight is `log2(λ/(1-λ)) + Σ log2(m/u)` in bits, where `λ` is the prior
//! probability that two records of the run are the same person. At levels where the value
//! itself matters (exact or variant agreement on names, place, phone, extra fields) `u` is
//! replaced by the frequency of the value in the data — the term-frequency adjustment — so two
//! records agreeing on *Diallo* or *Mamadou* get less weight than two agreeing on a rare name.

use serde::{Deserialize, Serialize};

use crate::compare::{Comparison, Field, MAX_FIELDS, field_count};
use crate::record::tf_slot;

/// Most levels a field has, plus the "missing" level 0.
pub const MAX_LEVELS: usize = 8;

/// Parameters of one field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldParams {
    /// Column name (`given_names`, …, or the extra field's name).
    pub name: String,
    /// `m` per level 1..=n (index 0 is level 1).
    pub m: Vec<f64>,
    /// `u` per level 1..=n.
    pub u: Vec<f64>,
}

/// A trained model. Serialisable, so that the server can load what a batch run learnt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    pub fields: Vec<FieldParams>,
    /// `u` of nationality and place of birth among pairs whose family names agree: people who
    /// share a family name mostly share a country and a region too, so among them agreement
    /// on those fields is weak evidence. Used instead of the plain `u` when the family names
    /// agree (the fields are not independent, and Fellegi–Sunter assumes they are).
    #[serde(default)]
    pub family_conditioned_u: Vec<(String, Vec<f64>)>,
    /// Expected number of *other* records of the same person per record; the prior of a run
    /// over `n` records is `μ / (n - 1)`.
    pub duplicates_per_record: f64,
}

/// Smallest probability a parameter may take (keeps weights finite).
const FLOOR: f64 = 1e-7;

/// Smallest `m` EM may learn: no level is ever impossible for the same person (a second
/// passport, a new phone, a clerk's slip), and one field must not veto all others.
const M_FLOOR: f64 = 1e-3;

impl Model {
    /// Starting parameters before training: `m` favours the better levels, `u` the worse.
    pub fn initial(extra_names: &[String]) -> Self {
        let n = field_count(extra_names.len());
        let fields = (0..n)
            .map(|i| {
                let field = Field::from_index(i);
                let levels = field.level_labels().len();
                let name = match field {
                    Field::Extra(k) => extra_names[usize::from(k)].clone(),
                    other => other.column().to_string(),
                };
                let m = normalised((0..levels).map(|l| 0.5f64.powi(2 * l as i32)));
                let u = normalised((0..levels).map(|l| 4f64.powi(l as i32)));
                FieldParams { name, m, u }
            })
            .collect();
        Self {
            fields,
            family_conditioned_u: Vec::new(),
            duplicates_per_record: 0.5,
        }
    }

    /// Prior probability that two records of a deduplication run over `n` records match.
    pub fn prior_for(&self, n_other: usize) -> f64 {
        (self.duplicates_per_record / n_other.max(1) as f64).clamp(1e-12, 0.5)
    }

    pub fn field_count(&self) -> usize {
        self.fields.len()
    }
}

fn normalised(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let v: Vec<f64> = values.collect();
    let s: f64 = v.iter().sum();
    v.into_iter().map(|x| x / s).collect()
}

/// Estimates `u` from the comparison patterns of random pairs (add-half smoothing: a level
/// never seen among random pairs still gets a small, finite `u`).
pub fn estimate_u(model: &mut Model, random_patterns: &PatternCounts) {
    for (f, params) in model.fields.iter_mut().enumerate() {
        let levels = params.u.len();
        let mut counts = vec![0.5f64; levels];
        for (pattern, count) in random_patterns {
            let l = ((pattern >> (4 * f)) & 0xF) as usize;
            if l > 0 && l <= levels {
                counts[l - 1] += count;
            }
        }
        params.u = normalised(counts.into_iter());
    }
}

/// Fields whose `u` is also estimated among pairs agreeing on family name.
pub const FAMILY_CONDITIONED: [Field; 2] = [Field::Nationality, Field::PlaceOfBirth];

/// Estimates the `u` of [`FAMILY_CONDITIONED`] fields from random pairs that agree on family
/// name (same add-half smoothing as [`estimate_u`]).
pub fn estimate_family_conditioned_u(model: &mut Model, patterns: &PatternCounts) {
    model.family_conditioned_u = FAMILY_CONDITIONED
        .iter()
        .map(|field| {
            let f = field.index();
            let levels = model.fields[f].u.len();
            let mut counts = vec![0.5f64; levels];
            for (pattern, count) in patterns {
                let l = ((pattern >> (4 * f)) & 0xF) as usize;
                if l > 0 && l <= levels {
                    counts[l - 1] += count;
                }
            }
            (model.fields[f].name.clone(), normalised(counts.into_iter()))
        })
        .collect();
}

/// Whether the family names of a comparison agree (exact to fuzzy).
pub fn family_agrees(cmp: &Comparison) -> bool {
    let l = cmp.level(Field::FamilyName);
    (1..=4).contains(&l)
}

/// Comparison patterns with their counts: the input of EM.
pub type PatternCounts = Vec<(u64, f64)>;

/// One EM training session: patterns from one blocking pass, with the fields that pass blocked
/// on held fixed.
#[derive(Debug, Clone)]
pub struct Session {
    pub patterns: PatternCounts,
    pub fixed: Vec<Field>,
}

/// Result of training: how each session went, for the record of the run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingReport {
    pub sessions: Vec<SessionReport>,
    /// Share of candidate pairs estimated to be the same person.
    pub candidate_match_share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionReport {
    pub fixed: Vec<String>,
    pub pairs: f64,
    pub iterations: usize,
    pub match_share: f64,
}

/// Runs the EM sessions. Each field takes its `m` from the first session (in the given order of
/// preference) that could estimate it, i.e. that did not block on it; `u` stays as estimated
/// from random pairs. Sessions come cleanest first: among pairs sharing a document number
/// almost all are the same person, so EM there reads `m` off true matches; among pairs sharing
/// a birth date, compatriots from the same town also agree on several fields and would blur `m`.
pub fn train_m(model: &mut Model, sessions: &[Session]) -> Vec<SessionReport> {
    let n = model.field_count();
    let start = model.clone();
    let mut sums: Vec<Vec<f64>> = model.fields.iter().map(|p| vec![0.0; p.m.len()]).collect();
    let mut counts = vec![0usize; n];
    let mut reports = Vec::new();
    for session in sessions {
        let mut fixed = [false; MAX_FIELDS];
        for f in &session.fixed {
            fixed[f.index()] = true;
        }
        let mut m: Vec<Vec<f64>> = start.fields.iter().map(|p| p.m.clone()).collect();
        let (iterations, share) = em(&start, &mut m, &fixed, &session.patterns, None);
        for f in 0..n {
            if !fixed[f] && counts[f] == 0 {
                for (s, v) in sums[f].iter_mut().zip(&m[f]) {
                    *s += v;
                }
                counts[f] += 1;
            }
        }
        reports.push(SessionReport {
            fixed: session
                .fixed
                .iter()
                .map(|f| model.fields[f.index()].name.clone())
                .collect(),
            pairs: session.patterns.iter().map(|(_, c)| c).sum(),
            iterations,
            match_share: share,
        });
    }
    for f in 0..n {
        if counts[f] > 0 {
            model.fields[f].m = normalised(sums[f].iter().map(|s| s / counts[f] as f64));
        }
    }
    reports
}

/// Share of the given candidate patterns that are matches, with `m` and `u` held fixed.
pub fn estimate_match_share(model: &Model, patterns: &PatternCounts) -> f64 {
    let mut m: Vec<Vec<f64>> = model.fields.iter().map(|p| p.m.clone()).collect();
    let fixed = [true; MAX_FIELDS];
    let (_, share) = em(model, &mut m, &fixed, patterns, Some(()));
    share
}

/// Expectation–maximisation over pattern counts. Updates `m` for fields not `fixed`; returns
/// the number of iterations and the estimated share of matches.
fn em(
    model: &Model,
    m: &mut [Vec<f64>],
    fixed: &[bool; MAX_FIELDS],
    patterns: &PatternCounts,
    only_share: Option<()>,
) -> (usize, f64) {
    let n = model.field_count();
    let total: f64 = patterns.iter().map(|(_, c)| c).sum();
    if total <= 0.0 {
        return (0, 0.0);
    }
    let decoded: Vec<(Comparison, f64)> = patterns
        .iter()
        .map(|(p, c)| (Comparison::from_pattern(*p), *c))
        .collect();
    let mut share = 0.1f64;
    let max_iterations = 60;
    for iteration in 1..=max_iterations {
        let mut m_acc: Vec<Vec<f64>> = m.iter().map(|v| vec![0.0; v.len()]).collect();
        let mut matched = 0.0;
        for (cmp, count) in &decoded {
            // log-likelihood ratio of the fields in play
            let mut llr = 0.0f64;
            for f in 0..n {
                let l = usize::from(cmp.levels[f]);
                if l == 0 || (fixed[f] && only_share.is_none()) {
                    continue;
                }
                llr += (m[f][l - 1].max(FLOOR) / model.fields[f].u[l - 1].max(FLOOR)).ln();
            }
            let prior = (share / (1.0 - share)).ln();
            let posterior = 1.0 / (1.0 + (-(prior + llr)).exp());
            let w = posterior * count;
            matched += w;
            if only_share.is_none() {
                for f in 0..n {
                    let l = usize::from(cmp.levels[f]);
                    if l > 0 && !fixed[f] {
                        m_acc[f][l - 1] += w;
                    }
                }
            }
        }
        let new_share = (matched / total).clamp(1e-9, 1.0 - 1e-9);
        let mut delta = (new_share - share).abs();
        share = new_share;
        if only_share.is_none() {
            for f in 0..n {
                if fixed[f] {
                    continue;
                }
                let s: f64 = m_acc[f].iter().sum();
                if s > 0.0 {
                    for (old, acc) in m[f].iter_mut().zip(&m_acc[f]) {
                        let new = (acc / s).max(M_FLOOR);
                        delta = delta.max((new - *old).abs());
                        *old = new;
                    }
                }
            }
        }
        if delta < 1e-5 {
            return (iteration, share);
        }
    }
    (max_iterations, share)
}

/// The model made fast for one run: weights in bits precomputed per field and level.
#[derive(Debug, Clone)]
pub struct Scorer {
    /// `log2(m/u)` per field and level (level 0 = missing = 0 bits).
    pub weights: [[f32; MAX_LEVELS]; MAX_FIELDS],
    /// `log2(m)` per field and level, for term-frequency adjusted levels.
    pub log2_m: [[f32; MAX_LEVELS]; MAX_FIELDS],
    /// `log2(m/u)` with `u` conditioned on family-name agreement (see
    /// [`Model::family_conditioned_u`]); `None` for other fields.
    pub conditioned: [Option<[f32; MAX_LEVELS]>; MAX_FIELDS],
    /// `-log2` of each term-frequency adjusted level's share of the random pairs that agree
    /// at any adjusted level of its field: the value's frequency says how often random pairs
    /// share the *value*; this splits it between exact, variant and phonetic agreement.
    pub tf_level_share: [[f32; MAX_LEVELS]; MAX_FIELDS],
    /// Prior weight `log2(λ/(1-λ))` in bits.
    pub prior_weight: f32,
    pub fields: usize,
    pub names: Vec<String>,
}

/// `-log2` of the frequencies of a record's values (see [`crate::record::tf_values`]);
/// 0 where the value is missing.
pub type TfWeights = [f32; tf_slot::COUNT];

/// Converts relative frequencies into their `-log2`.
pub fn tf_weights(freqs: &[f32; tf_slot::COUNT]) -> TfWeights {
    let mut w = [0f32; tf_slot::COUNT];
    for (out, f) in w.iter_mut().zip(freqs) {
        if *f > 0.0 {
            *out = -f.log2();
        }
    }
    w
}

/// One field's part of a match weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub field: String,
    /// Comparison level (0 = missing on a side).
    pub level: u8,
    pub label: String,
    /// `log2(m/u)` of the level, in bits.
    pub base_weight: f64,
    /// Term-frequency adjustment in bits (negative for common values, positive for rare).
    pub tf_adjustment: f64,
    /// `base_weight + tf_adjustment`.
    pub weight: f64,
}

impl Scorer {
    /// Prepares a model for a run whose prior probability of a match is `prior`.
    pub fn new(model: &Model, prior: f64) -> Self {
        let mut weights = [[0f32; MAX_LEVELS]; MAX_FIELDS];
        let mut log2_m = [[0f32; MAX_LEVELS]; MAX_FIELDS];
        for (f, p) in model.fields.iter().enumerate() {
            for (l, (m, u)) in p.m.iter().zip(&p.u).enumerate() {
                let (m, u) = (m.max(FLOOR), u.max(FLOOR));
                weights[f][l + 1] = (m / u).log2() as f32;
                log2_m[f][l + 1] = m.log2() as f32;
            }
        }
        let mut conditioned = [None; MAX_FIELDS];
        for (field, (_, u)) in FAMILY_CONDITIONED.iter().zip(&model.family_conditioned_u) {
            let f = field.index();
            let mut w = [0f32; MAX_LEVELS];
            for (l, (m, u)) in model.fields[f].m.iter().zip(u).enumerate() {
                w[l + 1] = (m.max(FLOOR) / u.max(FLOOR)).log2() as f32;
            }
            conditioned[f] = Some(w);
        }
        let mut tf_level_share = [[0f32; MAX_LEVELS]; MAX_FIELDS];
        for (f, p) in model.fields.iter().enumerate() {
            let field = Field::from_index(f);
            let adjusted: Vec<usize> = (1..=p.u.len())
                .filter(|&l| field.tf_slot(l as u8).is_some())
                .collect();
            let total: f64 = adjusted.iter().map(|&l| p.u[l - 1]).sum();
            for &l in &adjusted {
                if total > 0.0 {
                    tf_level_share[f][l] = -(p.u[l - 1].max(FLOOR) / total).log2() as f32;
                }
            }
        }
        let prior = prior.clamp(1e-15, 0.5);
        Self {
            weights,
            log2_m,
            conditioned,
            tf_level_share,
            prior_weight: (prior / (1.0 - prior)).log2() as f32,
            fields: model.field_count(),
            names: model.fields.iter().map(|p| p.name.clone()).collect(),
        }
    }

    /// The weight of a field at a level, before term frequencies: conditioned on family-name
    /// agreement where the model has that.
    #[inline]
    fn base_weight(&self, f: usize, level: u8, family_agrees: bool) -> f32 {
        match (&self.conditioned[f], family_agrees) {
            (Some(w), true) => w[usize::from(level)],
            _ => self.weights[f][usize::from(level)],
        }
    }

    /// The term-frequency adjusted weight of one field, or `None` if the level is not adjusted.
    #[inline]
    fn tf_weight(
        &self,
        f: usize,
        level: u8,
        cmp: &Comparison,
        a: &TfWeights,
        b: &TfWeights,
    ) -> Option<f32> {
        if self.conditioned[f].is_some() && family_agrees(cmp) {
            // The conditioned u already says how common agreement is among namesakes.
            return None;
        }
        let field = Field::from_index(f);
        let slot = field.tf_slot(level)?;
        // How common the value is: the commoner of the two sides (smaller -log2 frequency).
        let common = if cmp.swapped && matches!(field, Field::GivenNames | Field::FamilyName) {
            let other = if slot == tf_slot::GIVEN_VARIANT {
                tf_slot::FAMILY_VARIANT
            } else {
                tf_slot::GIVEN_VARIANT
            };
            a[slot].min(b[slot]).min(a[other]).min(b[other])
        } else {
            a[slot].min(b[slot])
        };
        if common <= 0.0 {
            return None;
        }
        // log2(m / tf) = log2(m) - log2(tf); never more evidence against than the plain level.
        let adjusted = self.log2_m[f][usize::from(level)]
            + common
            + self.tf_level_share[f][usize::from(level)];
        Some(adjusted)
    }

    /// Match weight in bits (prior included). The hot path: no allocation.
    #[inline]
    pub fn weight(&self, cmp: &Comparison, a: &TfWeights, b: &TfWeights) -> f32 {
        let mut w = self.prior_weight;
        let family = family_agrees(cmp);
        for f in 0..self.fields {
            let level = cmp.levels[f];
            if level == 0 {
                continue;
            }
            w += self
                .tf_weight(f, level, cmp, a, b)
                .unwrap_or_else(|| self.base_weight(f, level, family));
        }
        w
    }

    /// The weight broken down by field, for explanations. The contributions plus the prior
    /// add up to [`Scorer::weight`].
    pub fn contributions(
        &self,
        cmp: &Comparison,
        a: &TfWeights,
        b: &TfWeights,
    ) -> Vec<Contribution> {
        (0..self.fields)
            .map(|f| {
                let field = Field::from_index(f);
                let level = cmp.levels[f];
                let label = if level == 0 {
                    "missing".to_string()
                } else {
                    field
                        .level_labels()
                        .get(usize::from(level) - 1)
                        .copied()
                        .unwrap_or("?")
                        .to_string()
                };
                let base = if level == 0 {
                    0.0
                } else {
                    self.base_weight(f, level, family_agrees(cmp))
                };
                let total = if level == 0 {
                    0.0
                } else {
                    self.tf_weight(f, level, cmp, a, b).unwrap_or(base)
                };
                Contribution {
                    field: self.names[f].clone(),
                    level,
                    label,
                    base_weight: f64::from(base),
                    tf_adjustment: f64::from(total - base),
                    weight: f64::from(total),
                }
            })
            .collect()
    }
}

/// Probability from a match weight in bits.
pub fn probability(weight: f64) -> f64 {
    1.0 / (1.0 + (-weight).exp2())
}

/// Match weight in bits from a probability.
pub fn weight_for_probability(p: f64) -> f64 {
    let p = p.clamp(1e-15, 1.0 - 1e-15);
    (p / (1.0 - p)).log2()
}
