//! The incremental index: the registration-time duplicate check. A counsellor registering a
//! migrant sees, before saving, the stored persons who may be the same, each with the reasons.
//!
//! The index keeps every stored record normalised, a posting list per blocking key, and live
//! value counts for the term-frequency adjustment. A query is normalised without touching the
//! index (new name parts go to a temporary overlay), looked up in every pass, and the
//! candidates are scored with a trained [`Model`].

use rustc_hash::{FxHashMap, FxHashSet};

use crate::blocking::{Pass, pass_key};
use crate::compare::{Comparison, compare};
use crate::engine::Config;
use crate::explain::{Decision, Explanation};
use crate::names::{Interner, Token, Tokens, Vocabulary, new_token};
use crate::record::{
    MAX_EXTRA, Prepared, Record, TermFrequencies, fold_record, intern_record, tf_slot, tf_values,
};
use crate::scoring::{Model, Scorer, TfWeights, tf_weights, weight_for_probability};

/// A stored person who may be the one being registered.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Index of the stored record (in the order of [`LinkageIndex::add`]).
    pub index: u32,
    pub id: String,
    pub match_weight: f64,
    pub match_probability: f64,
    pub explanation: Explanation,
}

/// Stored records, searchable by blocking key.
#[derive(Debug)]
pub struct LinkageIndex {
    model: Model,
    config: Config,
    extra: usize,
    passes: Vec<Pass>,
    vocab: Vocabulary,
    records: Vec<Prepared>,
    ids: Vec<String>,
    tf_values: Vec<[u64; tf_slot::COUNT]>,
    tf: TermFrequencies,
    postings: Vec<FxHashMap<u64, Vec<u32>>>,
    /// Posting lists longer than this are not scanned (a very common key says little; the
    /// other passes still find the record).
    max_postings: usize,
    /// The prior counts at least this many stored persons (see [`LinkageIndex::with_population_floor`]).
    population_floor: usize,
}

impl LinkageIndex {
    /// An empty index scoring with `model` (trained by a batch run, see [`crate::engine::train`]).
    pub fn new(model: Model, config: Config) -> Self {
        let extra = config.extra_fields.len().min(MAX_EXTRA);
        let passes = Pass::all(extra);
        Self {
            model,
            extra,
            postings: vec![FxHashMap::default(); passes.len()],
            passes,
            config,
            vocab: Vocabulary::new(),
            records: Vec::new(),
            ids: Vec::new(),
            tf_values: Vec::new(),
            tf: TermFrequencies::new(),
            max_postings: 5_000,
            population_floor: 0,
        }
    }

    /// Scores as if at least `floor` persons were stored. The prior of a match is the expected
    /// number of other registrations of a person divided by the number of stored persons; with
    /// a handful stored (a new deployment), that prior would say any newcomer is probably one
    /// of them. People arrive from a population far larger than what is stored yet, so a
    /// deployment sets the floor to the size of that population.
    pub fn with_population_floor(mut self, floor: usize) -> Self {
        self.population_floor = floor;
        self
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Stores a record. Returns its index.
    pub fn add(&mut self, record: &Record) -> u32 {
        let prepared = intern_record(fold_record(record), 0, &mut self.vocab);
        let index = self.records.len() as u32;
        for (p, pass) in self.passes.iter().enumerate() {
            if let Some((key, _)) = pass_key(*pass, &prepared, &self.vocab) {
                self.postings[p].entry(key).or_default().push(index);
            }
        }
        let values = tf_values(&prepared, &self.vocab);
        self.tf.add(&values);
        self.tf_values.push(values);
        self.records.push(prepared);
        self.ids.push(record.id.clone());
        index
    }

    /// Stored persons who may be the person of `record`, most likely first, down to the review
    /// threshold of the configuration. Does not modify the index.
    pub fn candidates(&self, record: &Record) -> Vec<Candidate> {
        let mut overlay = Overlay::new(&self.vocab);
        let query = intern_record(fold_record(record), 1, &mut overlay);
        let mut seen: FxHashSet<u32> = FxHashSet::default();
        for (p, pass) in self.passes.iter().enumerate() {
            if let Some((key, _)) = pass_key(*pass, &query, &overlay)
                && let Some(list) = self.postings[p].get(&key)
                && list.len() <= self.max_postings
            {
                seen.extend(list.iter().copied());
            }
        }
        let population = self.records.len().max(self.population_floor);
        let scorer = Scorer::new(&self.model, self.model.prior_for(population));
        let review_w = weight_for_probability(self.config.review_probability);
        let match_w = weight_for_probability(self.config.match_probability);
        // How common a value is can only be told from enough records: below the population
        // floor, no term-frequency adjustment (the model's average `u` applies).
        let tf_known = self.records.len() >= self.population_floor;
        let tf_of = |values: &[u64; tf_slot::COUNT]| -> TfWeights {
            if tf_known {
                tf_weights(&self.tf.frequencies(values))
            } else {
                [0.0; tf_slot::COUNT]
            }
        };
        let query_tf = tf_of(&tf_values(&query, &overlay));
        let mut out: Vec<(u32, f32, Comparison)> = seen
            .into_iter()
            .filter_map(|i| {
                let stored = &self.records[i as usize];
                let cmp = compare(stored, &query, &overlay, self.extra);
                let stored_tf = tf_of(&self.tf_values[i as usize]);
                let w = scorer.weight(&cmp, &stored_tf, &query_tf);
                (f64::from(w) >= review_w).then_some((i, w, cmp))
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out.into_iter()
            .map(|(i, w, cmp)| {
                let stored_tf = tf_of(&self.tf_values[i as usize]);
                let fields = scorer.contributions(&cmp, &stored_tf, &query_tf);
                let decision = if f64::from(w) >= match_w {
                    if self.config.relatives_guard && cmp.looks_like_relatives() {
                        Decision::PossibleRelatives
                    } else {
                        Decision::Link
                    }
                } else {
                    Decision::Review
                };
                let explanation = Explanation::new(
                    f64::from(scorer.prior_weight),
                    fields,
                    cmp.swapped,
                    decision,
                );
                Candidate {
                    index: i,
                    id: self.ids[i as usize].clone(),
                    match_weight: explanation.match_weight,
                    match_probability: explanation.match_probability,
                    explanation,
                }
            })
            .collect()
    }
}

/// The index's vocabulary plus the new words of one query, without modifying the index.
struct Overlay<'a> {
    base: &'a Vocabulary,
    tokens: Vec<Token>,
    by_text: FxHashMap<String, u32>,
    codes: FxHashMap<String, u32>,
}

impl<'a> Overlay<'a> {
    fn new(base: &'a Vocabulary) -> Self {
        Self {
            base,
            tokens: Vec::new(),
            by_text: FxHashMap::default(),
            codes: FxHashMap::default(),
        }
    }
}

impl Tokens for Overlay<'_> {
    fn token(&self, id: u32) -> &Token {
        let base = self.base.len() as u32;
        if id < base {
            self.base.token(id)
        } else {
            &self.tokens[(id - base) as usize]
        }
    }
}

impl Interner for Overlay<'_> {
    fn intern(&mut self, folded: &str) -> u32 {
        if let Some(id) = self.base.lookup(folded) {
            return id;
        }
        if let Some(id) = self.by_text.get(folded) {
            return *id;
        }
        let base_codes = self.base.code_count() as u32;
        let (base, codes) = (self.base, &mut self.codes);
        let token = new_token(folded, |k| {
            if let Some(c) = base.code_of(k) {
                return c;
            }
            let next = base_codes + codes.len() as u32;
            *codes.entry(k.to_string()).or_insert(next)
        });
        let id = self.base.len() as u32 + self.tokens.len() as u32;
        self.tokens.push(token);
        self.by_text.insert(folded.to_string(), id);
        id
    }
}
