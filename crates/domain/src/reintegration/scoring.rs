//! Sustainability scores: a follow-up survey's answers scored into economic, social,
//! psychosocial and composite scores in [0, 1].
//!
//! The scoring is data, not code. A [`ScoringScheme`] lists the questions, groups them into
//! indicators and the indicators into the three dimensions, says how each answer is
//! normalised to [0, 1], and carries the weights of indicators and dimensions. Schemes are
//! versioned, and every score names the scheme code and version it was computed with, so a
//! score from last year stays explainable after an organisation loads new weights.
//!
//! "Don't know" and "refused" are never scored as zero: the answer is missing. An indicator
//! with no answered question is missing; a dimension is scored from its answered indicators
//! only when they carry at least [`ScoringScheme::min_answered_share`] of its weight; the
//! composite exists only when all three dimensions do.

use crate::error::{InvalidValue, ValidationErrors};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The dimensions of sustainable reintegration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Dimension {
    Economic,
    Social,
    Psychosocial,
}

impl Dimension {
    pub const ALL: [Dimension; 3] = [
        Dimension::Economic,
        Dimension::Social,
        Dimension::Psychosocial,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Dimension::Economic => "economic",
            Dimension::Social => "social",
            Dimension::Psychosocial => "psychosocial",
        }
    }
}

/// The answers that mean "no answer": scored as missing, never as zero.
pub const DONT_KNOW: &str = "dont_know";
pub const REFUSED: &str = "refused";

/// One possible answer of a choice question and its normalised value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnswerOption {
    pub code: String,
    /// English label; translations come from the page's language files when present.
    pub label: String,
    /// The answer normalised to [0, 1], 1 being the most sustainable.
    pub value: f64,
}

/// How a question is answered, and how its answer is normalised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AnswerKind {
    /// One of the options.
    Choice { options: Vec<AnswerOption> },
    /// A number in [min, max], normalised linearly (reversed when lower is better), and
    /// clamped to the range.
    Number {
        min: f64,
        max: f64,
        higher_is_better: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Question {
    pub code: String,
    pub text: String,
    pub answer: AnswerKind,
}

/// A question's part in an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeightedQuestion {
    pub question: String,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Indicator {
    pub code: String,
    pub label: String,
    pub dimension: Dimension,
    /// Weight within its dimension.
    pub weight: f64,
    pub questions: Vec<WeightedQuestion>,
}

/// A versioned scoring scheme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScoringScheme {
    /// Stable name of the scheme (`default`, or an organisation's own).
    pub code: String,
    /// Increases with every change of questions, normalisation or weights.
    pub version: u32,
    pub name: String,
    /// False for schemes whose weights are all equal by construction rather than calibrated:
    /// the product labels their scores as unweighted.
    pub weighted: bool,
    /// Share of a dimension's indicator weight that must be answered for the dimension to
    /// be scored (between 0 exclusive and 1 inclusive).
    pub min_answered_share: f64,
    pub questions: Vec<Question>,
    pub indicators: Vec<Indicator>,
    /// Weight of each dimension in the composite.
    pub dimension_weights: BTreeMap<Dimension, f64>,
}

/// A survey's scores, with the scheme that produced them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SustainabilityScore {
    pub scheme_code: String,
    pub scheme_version: u32,
    pub weighted: bool,
    pub economic: Option<f64>,
    pub social: Option<f64>,
    pub psychosocial: Option<f64>,
    /// Only when all three dimensions are scored.
    pub composite: Option<f64>,
    /// Each indicator's value; `None` when none of its questions was answered.
    pub indicators: BTreeMap<String, Option<f64>>,
    /// Questions answered "don't know" or "refused", or left blank.
    pub missing_questions: Vec<String>,
}

impl SustainabilityScore {
    pub fn dimension(&self, dimension: Dimension) -> Option<f64> {
        match dimension {
            Dimension::Economic => self.economic,
            Dimension::Social => self.social,
            Dimension::Psychosocial => self.psychosocial,
        }
    }
}

/// Scheme codes: 1 to 40 lower-case letters, digits, `-` and `_`.
pub fn valid_scheme_code(code: &str) -> bool {
    (1..=40).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

const DEFAULT_SCHEME: &str = include_str!("default_scheme.json");

fn weighted_mean(values: impl Iterator<Item = (f64, f64)>) -> Option<(f64, f64)> {
    let (sum, weight) = values.fold((0.0, 0.0), |(s, w), (v, wt)| (s + v * wt, w + wt));
    (weight > 0.0).then(|| (sum / weight, weight))
}

/// Rounded to four decimals so that a stored score reads the same on every engine.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

impl ScoringScheme {
    /// The scheme shipped with Bayiri: equal weights, labelled unweighted.
    pub fn default_scheme() -> ScoringScheme {
        let scheme: ScoringScheme =
            serde_json::from_str(DEFAULT_SCHEME).expect("the shipped scheme parses");
        debug_assert!(scheme.check().is_ok());
        scheme
    }

    pub fn question(&self, code: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.code == code)
    }

    /// Checks that the scheme is complete and consistent: every field in its range, codes
    /// unique, every indicator's questions defined, every dimension scored.
    pub fn check(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let bad = |code: &'static str, msg: String| InvalidValue::new(code, msg);
        if !valid_scheme_code(&self.code) {
            errors.add(
                "code",
                bad("invalid_code", "lower-case letters, digits, - and _".into()),
            );
        }
        if self.version == 0 {
            errors.add(
                "version",
                bad("invalid_version", "versions start at 1".into()),
            );
        }
        if self.name.trim().is_empty() {
            errors.add("name", bad("required", "a name is required".into()));
        }
        if !(self.min_answered_share > 0.0 && self.min_answered_share <= 1.0) {
            errors.add(
                "min_answered_share",
                bad("out_of_range", "between 0 (exclusive) and 1".into()),
            );
        }
        let mut codes = BTreeSet::new();
        for (i, q) in self.questions.iter().enumerate() {
            let field = format!("questions[{i}]");
            if q.code.is_empty() || !codes.insert(q.code.as_str()) {
                errors.add(
                    format!("{field}.code"),
                    bad(
                        "duplicate_code",
                        format!("question code {:?} is empty or repeated", q.code),
                    ),
                );
            }
            if q.code == DONT_KNOW || q.code == REFUSED {
                errors.add(
                    format!("{field}.code"),
                    bad("reserved", "reserved word".into()),
                );
            }
            match &q.answer {
                AnswerKind::Choice { options } => {
                    let mut seen = BTreeSet::new();
                    if options.is_empty() {
                        errors.add(
                            format!("{field}.answer"),
                            bad("no_options", "no options".into()),
                        );
                    }
                    for (j, o) in options.iter().enumerate() {
                        let of = format!("{field}.answer.options[{j}]");
                        if !seen.insert(o.code.as_str()) || o.code == DONT_KNOW || o.code == REFUSED
                        {
                            errors.add(
                                format!("{of}.code"),
                                bad(
                                    "duplicate_code",
                                    format!("option {:?} is repeated or reserved", o.code),
                                ),
                            );
                        }
                        if !(0.0..=1.0).contains(&o.value) {
                            errors.add(
                                format!("{of}.value"),
                                bad("out_of_range", "a normalised value lies in [0, 1]".into()),
                            );
                        }
                    }
                }
                AnswerKind::Number { min, max, .. } => {
                    if !(min.is_finite() && max.is_finite() && min < max) {
                        errors.add(
                            format!("{field}.answer"),
                            bad("invalid_range", "min must be below max".into()),
                        );
                    }
                }
            }
        }
        let mut indicator_codes = BTreeSet::new();
        let mut used = BTreeSet::new();
        for (i, ind) in self.indicators.iter().enumerate() {
            let field = format!("indicators[{i}]");
            if !indicator_codes.insert(ind.code.as_str()) {
                errors.add(
                    format!("{field}.code"),
                    bad("duplicate_code", "repeated".into()),
                );
            }
            if !(ind.weight.is_finite() && ind.weight > 0.0) {
                errors.add(
                    format!("{field}.weight"),
                    bad("invalid_weight", "weights are positive".into()),
                );
            }
            if ind.questions.is_empty() {
                errors.add(
                    format!("{field}.questions"),
                    bad("no_questions", "no questions".into()),
                );
            }
            for (j, wq) in ind.questions.iter().enumerate() {
                if !codes.contains(wq.question.as_str()) {
                    errors.add(
                        format!("{field}.questions[{j}]"),
                        bad("unknown_question", format!("no question {:?}", wq.question)),
                    );
                }
                if !used.insert(wq.question.as_str()) {
                    errors.add(
                        format!("{field}.questions[{j}]"),
                        bad(
                            "question_reused",
                            "a question counts in one indicator".into(),
                        ),
                    );
                }
                if !(wq.weight.is_finite() && wq.weight > 0.0) {
                    errors.add(
                        format!("{field}.questions[{j}].weight"),
                        bad("invalid_weight", "weights are positive".into()),
                    );
                }
            }
        }
        for d in Dimension::ALL {
            if !self.indicators.iter().any(|i| i.dimension == d) {
                errors.add(
                    "indicators",
                    bad(
                        "dimension_missing",
                        format!("no indicator of the {} dimension", d.as_str()),
                    ),
                );
            }
            match self.dimension_weights.get(&d) {
                Some(w) if w.is_finite() && *w > 0.0 => {}
                _ => errors.add(
                    format!("dimension_weights.{}", d.as_str()),
                    bad(
                        "invalid_weight",
                        "each dimension has a positive weight".into(),
                    ),
                ),
            }
        }
        errors.into_result()
    }

    /// Checks answers against the questions: every answer names a question of the scheme and
    /// is one of its options, a number in range, or "don't know" / "refused". Blank answers
    /// are dropped (missing).
    pub fn check_answers(
        &self,
        answers: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<String, String>, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let mut clean = BTreeMap::new();
        for (code, raw) in answers {
            let raw = raw.trim();
            let field = format!("answers.{code}");
            let Some(question) = self.question(code) else {
                errors.add(
                    field,
                    InvalidValue::new("unknown_question", "not a question of this survey"),
                );
                continue;
            };
            if raw.is_empty() {
                continue;
            }
            if raw != DONT_KNOW && raw != REFUSED && normalise(&question.answer, raw).is_none() {
                errors.add(
                    field,
                    InvalidValue::new("invalid_answer", "not one of the possible answers"),
                );
                continue;
            }
            clean.insert(code.clone(), raw.to_string());
        }
        errors.into_result()?;
        Ok(clean)
    }

    /// Scores checked answers (see [`ScoringScheme::check_answers`]).
    pub fn score(&self, answers: &BTreeMap<String, String>) -> SustainabilityScore {
        let value_of = |code: &str| -> Option<f64> {
            let raw = answers.get(code)?;
            normalise(&self.question(code)?.answer, raw)
        };
        let missing_questions = self
            .questions
            .iter()
            .filter(|q| value_of(&q.code).is_none())
            .map(|q| q.code.clone())
            .collect();
        let mut indicators = BTreeMap::new();
        let mut dimensions = BTreeMap::new();
        for d in Dimension::ALL {
            let mut answered = Vec::new();
            let mut total_weight = 0.0;
            for ind in self.indicators.iter().filter(|i| i.dimension == d) {
                total_weight += ind.weight;
                let value = weighted_mean(
                    ind.questions
                        .iter()
                        .filter_map(|wq| value_of(&wq.question).map(|v| (v, wq.weight))),
                )
                .map(|(v, _)| v);
                indicators.insert(ind.code.clone(), value.map(round));
                if let Some(v) = value {
                    answered.push((v, ind.weight));
                }
            }
            let score = weighted_mean(answered.into_iter()).and_then(|(v, w)| {
                // A small tolerance so that "all answered" is never lost to rounding.
                (w + 1e-9 >= self.min_answered_share * total_weight).then_some(v)
            });
            dimensions.insert(d, score);
        }
        let composite = if dimensions.values().all(Option::is_some) {
            weighted_mean(Dimension::ALL.iter().map(|d| {
                (
                    dimensions[d].unwrap_or_default(),
                    self.dimension_weights.get(d).copied().unwrap_or(1.0),
                )
            }))
            .map(|(v, _)| round(v))
        } else {
            None
        };
        SustainabilityScore {
            scheme_code: self.code.clone(),
            scheme_version: self.version,
            weighted: self.weighted,
            economic: dimensions[&Dimension::Economic].map(round),
            social: dimensions[&Dimension::Social].map(round),
            psychosocial: dimensions[&Dimension::Psychosocial].map(round),
            composite,
            indicators,
            missing_questions,
        }
    }
}

/// An answer normalised to [0, 1]; `None` for "don't know", "refused" and answers that are
/// not one of the possible ones.
pub fn normalise(kind: &AnswerKind, raw: &str) -> Option<f64> {
    match kind {
        AnswerKind::Choice { options } => options.iter().find(|o| o.code == raw).map(|o| o.value),
        AnswerKind::Number {
            min,
            max,
            higher_is_better,
        } => {
            let n: f64 = raw.trim().parse().ok().filter(|n: &f64| n.is_finite())?;
            let share = ((n - min) / (max - min)).clamp(0.0, 1.0);
            Some(if *higher_is_better {
                share
            } else {
                1.0 - share
            })
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is the test failing
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn all_best(scheme: &ScoringScheme) -> BTreeMap<String, String> {
        scheme
            .questions
            .iter()
            .map(|q| {
                let best = match &q.answer {
                    AnswerKind::Choice { options } => options
                        .iter()
                        .max_by(|a, b| a.value.total_cmp(&b.value))
                        .map(|o| o.code.clone())
                        .unwrap_or_default(),
                    AnswerKind::Number {
                        min,
                        max,
                        higher_is_better,
                    } => (if *higher_is_better { *max } else { *min }).to_string(),
                };
                (q.code.clone(), best)
            })
            .collect()
    }

    #[test]
    fn the_shipped_scheme_is_complete_and_unweighted() {
        let scheme = ScoringScheme::default_scheme();
        scheme.check().expect("consistent");
        assert!(!scheme.weighted);
        for d in Dimension::ALL {
            assert_eq!(scheme.dimension_weights[&d], 1.0);
        }
        let weights: BTreeSet<u64> = scheme
            .indicators
            .iter()
            .map(|i| (i.weight * 1000.0) as u64)
            .collect();
        assert_eq!(weights.len(), 1, "equal indicator weights");
    }

    #[test]
    fn best_answers_score_one_everywhere() {
        let scheme = ScoringScheme::default_scheme();
        let score = scheme.score(&scheme.check_answers(&all_best(&scheme)).unwrap());
        assert_eq!(score.composite, Some(1.0));
        assert_eq!(score.economic, Some(1.0));
        assert!(score.missing_questions.is_empty());
        assert_eq!(score.scheme_code, "default");
    }

    #[test]
    fn dont_know_is_missing_not_zero() {
        let scheme = ScoringScheme::default_scheme();
        let mut all = all_best(&scheme);
        let econ = scheme
            .indicators
            .iter()
            .find(|i| i.dimension == Dimension::Economic)
            .unwrap();
        let q = econ.questions[0].question.clone();
        all.insert(q.clone(), DONT_KNOW.into());
        let score = scheme.score(&scheme.check_answers(&all).unwrap());
        // The other economic answers are all best: a zero would pull the score below 1.
        assert_eq!(score.economic, Some(1.0));
        assert!(score.missing_questions.contains(&q));
        all.insert(q.clone(), REFUSED.into());
        assert_eq!(scheme.score(&all).economic, Some(1.0));
    }

    #[test]
    fn a_dimension_without_enough_answers_has_no_score_and_no_composite() {
        let scheme = ScoringScheme::default_scheme();
        let mut all = all_best(&scheme);
        for ind in scheme
            .indicators
            .iter()
            .filter(|i| i.dimension == Dimension::Psychosocial)
        {
            for wq in &ind.questions {
                all.insert(wq.question.clone(), REFUSED.into());
            }
        }
        let score = scheme.score(&all);
        assert_eq!(score.psychosocial, None);
        assert_eq!(score.composite, None);
        assert_eq!(score.social, Some(1.0));
    }

    #[test]
    fn weights_and_normalisation_come_from_the_data() {
        let scheme: ScoringScheme = serde_json::from_value(serde_json::json!({
            "code": "ngo-2027", "version": 2, "name": "NGO official", "weighted": true,
            "min_answered_share": 0.5,
            "questions": [
                {"code": "income", "text": "Income", "answer": {"type": "number", "min": 0.0, "max": 100.0, "higher_is_better": true}},
                {"code": "debt", "text": "Debt", "answer": {"type": "choice", "options": [
                    {"code": "none", "label": "None", "value": 1.0}, {"code": "heavy", "label": "Heavy", "value": 0.0}]}},
                {"code": "friends", "text": "Friends", "answer": {"type": "choice", "options": [
                    {"code": "yes", "label": "Yes", "value": 1.0}, {"code": "no", "label": "No", "value": 0.0}]}},
                {"code": "calm", "text": "Calm", "answer": {"type": "number", "min": 0.0, "max": 10.0, "higher_is_better": false}}
            ],
            "indicators": [
                {"code": "inc", "label": "Income", "dimension": "economic", "weight": 3.0, "questions": [{"question": "income", "weight": 1.0}]},
                {"code": "dbt", "label": "Debt", "dimension": "economic", "weight": 1.0, "questions": [{"question": "debt", "weight": 1.0}]},
                {"code": "net", "label": "Network", "dimension": "social", "weight": 1.0, "questions": [{"question": "friends", "weight": 1.0}]},
                {"code": "dis", "label": "Distress", "dimension": "psychosocial", "weight": 1.0, "questions": [{"question": "calm", "weight": 1.0}]}
            ],
            "dimension_weights": {"economic": 2.0, "social": 1.0, "psychosocial": 1.0}
        }))
        .unwrap();
        scheme.check().expect("consistent");
        let a = answers(&[
            ("income", "50"),
            ("debt", "heavy"),
            ("friends", "yes"),
            ("calm", "2"),
        ]);
        let score = scheme.score(&scheme.check_answers(&a).unwrap());
        assert_eq!(score.economic, Some(0.375)); // (0.5·3 + 0·1) / 4
        assert_eq!(score.psychosocial, Some(0.8));
        // (0.375·2 + 1 + 0.8) / 4
        assert_eq!(score.composite, Some(0.6375));
        assert_eq!(score.scheme_version, 2);
        let bad = scheme.check_answers(&answers(&[("debt", "some"), ("nope", "1")]));
        let codes: Vec<_> = bad.unwrap_err().0.iter().map(|e| e.code).collect();
        assert_eq!(codes, ["invalid_answer", "unknown_question"]);
    }

    #[test]
    fn an_inconsistent_scheme_is_refused() {
        let mut scheme = ScoringScheme::default_scheme();
        scheme
            .indicators
            .retain(|i| i.dimension != Dimension::Social);
        scheme.indicators[0].questions.push(WeightedQuestion {
            question: "nowhere".into(),
            weight: 1.0,
        });
        let codes: Vec<_> = scheme
            .check()
            .unwrap_err()
            .0
            .iter()
            .map(|e| e.code)
            .collect();
        assert!(codes.contains(&"dimension_missing"));
        assert!(codes.contains(&"unknown_question"));
    }
}
