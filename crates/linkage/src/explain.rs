//! Explanation: every scored pair says why. A reviewer sees, field by field, the comparison
//! level, its weight of evidence in bits, and how much of it is due to how common the value
//! is; the prior plus the field weights add up exactly to the pair's match weight.

use serde::{Deserialize, Serialize};

use crate::scoring::{Contribution, probability};

/// What the engine decided about a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Same person (match probability at or above the match threshold).
    Link,
    /// Possibly the same person: below the match threshold but above the review threshold.
    Review,
    /// Scored as a match, but the family names agree while the given names do not and no
    /// document confirms it: the pattern of siblings and twins. Never linked automatically.
    PossibleRelatives,
    /// Below the review threshold.
    Distinct,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Link => "link",
            Self::Review => "review",
            Self::PossibleRelatives => "possible_relatives",
            Self::Distinct => "distinct",
        }
    }
}

/// Why two records were (or were not) linked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// Prior weight in bits: `log2(λ/(1-λ))`.
    pub prior_weight: f64,
    /// One entry per field, in field order.
    pub fields: Vec<Contribution>,
    /// Total match weight in bits (`prior_weight + Σ fields.weight`).
    pub match_weight: f64,
    pub match_probability: f64,
    /// Names agreed better with given and family names swapped.
    pub names_swapped: bool,
    pub decision: Decision,
}

impl Explanation {
    pub fn new(
        prior_weight: f64,
        fields: Vec<Contribution>,
        names_swapped: bool,
        decision: Decision,
    ) -> Self {
        let match_weight = prior_weight + fields.iter().map(|c| c.weight).sum::<f64>();
        Self {
            prior_weight,
            fields,
            match_weight,
            match_probability: probability(match_weight),
            names_swapped,
            decision,
        }
    }

    /// One line for people: the fields that weighed most, strongest first, e.g.
    /// `family_name exact +4.1 (common value -3.2); date_of_birth same_year +3.0; …`.
    pub fn summary(&self) -> String {
        let mut parts: Vec<&Contribution> = self.fields.iter().filter(|c| c.level != 0).collect();
        parts.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
        let mut out: Vec<String> = parts
            .iter()
            .map(|c| {
                let mut s = format!("{} {} {:+.1}", c.field, c.label, c.weight);
                if c.tf_adjustment.abs() >= 0.05 {
                    let how = if c.tf_adjustment < 0.0 {
                        "common"
                    } else {
                        "rare"
                    };
                    s.push_str(&format!(" ({how} value {:+.1})", c.tf_adjustment));
                }
                s
            })
            .collect();
        if self.names_swapped {
            out.push("given and family names swapped".into());
        }
        if self.decision == Decision::PossibleRelatives {
            out.push("same family name, different given names: possible relatives".into());
        }
        out.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(field: &str, level: u8, base: f64, tf: f64) -> Contribution {
        Contribution {
            field: field.into(),
            level,
            label: "exact".into(),
            base_weight: base,
            tf_adjustment: tf,
            weight: base + tf,
        }
    }

    #[test]
    fn weights_add_up_and_summary_orders_by_strength() {
        let e = Explanation::new(
            -20.0,
            vec![
                c("family_name", 1, 8.0, -3.0),
                c("date_of_birth", 1, 12.0, 0.0),
                c("phone", 0, 0.0, 0.0),
            ],
            false,
            Decision::Link,
        );
        assert!((e.match_weight - (-3.0)).abs() < 1e-9);
        assert!(
            e.summary().starts_with(
                "date_of_birth exact +12.0; family_name exact +5.0 (common value -3.0)"
            )
        );
        assert!(!e.summary().contains("phone"));
    }
}
