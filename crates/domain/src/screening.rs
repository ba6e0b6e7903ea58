//! Vulnerability screening: structured answers → vulnerability categories → priority and
//! special needs.
//!
//! The rules follow the common priority criteria of the MIDWA working group and standard
//! protection practice:
//! - a person is treated as a child when the date of birth says so, and also when it leaves the
//!   age open and nobody has established that the person is 18 or over (benefit of the doubt);
//! - a child travelling without a parent or usual caregiver is an unaccompanied or separated
//!   child (UASC);
//! - a person is a *presumed* victim of trafficking when a competent authority identified them,
//!   when a decisive indicator (forced labour, sexual exploitation) is present, or when two or
//!   more other indicators are;
//! - priority is `urgent` for UASC, presumed victims of trafficking and serious medical
//!   conditions, `high` for any other vulnerability, `normal` otherwise.

use crate::case::records::Recorded;
use crate::ids::RecordId;
use crate::person::{DateOfBirth, Tristate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum TraffickingIndicator {
    DeceivedAboutWorkOrConditions,
    DocumentsConfiscated,
    DebtBondage,
    RestrictedMovement,
    ThreatsOrViolence,
    NoControlOverEarnings,
    /// Decisive on its own.
    ForcedLabour,
    /// Decisive on its own.
    SexualExploitation,
}

impl TraffickingIndicator {
    fn is_decisive(&self) -> bool {
        matches!(
            self,
            TraffickingIndicator::ForcedLabour | TraffickingIndicator::SexualExploitation
        )
    }
}

/// The screening form's answers. Unanswered yes/no questions count as "no" except where noted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScreeningAnswers {
    /// Whether the person is under 18, when the date of birth does not settle it.
    #[serde(default)]
    pub under_18: Option<bool>,
    /// For a child: travelling with a parent or their usual caregiver. Unanswered counts as no.
    #[serde(default)]
    pub with_parent_or_usual_caregiver: Option<bool>,
    #[serde(default)]
    pub trafficking_indicators: BTreeSet<TraffickingIndicator>,
    /// Identified as a victim of trafficking by a competent authority.
    #[serde(default)]
    pub identified_victim_of_trafficking: bool,
    #[serde(default)]
    pub disability: bool,
    #[serde(default)]
    pub uses_wheelchair: bool,
    #[serde(default)]
    pub serious_medical_condition: bool,
    #[serde(default)]
    pub needs_medical_escort: bool,
    #[serde(default)]
    pub pregnant: bool,
    #[serde(default)]
    pub single_woman_or_female_head_of_household: bool,
    #[serde(default)]
    pub survivor_of_violence_or_torture: bool,
    #[serde(default)]
    pub needs_interpreter: bool,
    /// Whether the person has somewhere safe to stay on arrival. Unanswered counts as yes.
    #[serde(default)]
    pub accommodation_on_arrival: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum VulnerabilityCategory {
    UnaccompaniedOrSeparatedChild,
    PresumedVictimOfTrafficking,
    Elderly,
    Disability,
    SeriousMedicalCondition,
    SingleWomanOrFemaleHeadedHousehold,
    SurvivorOfViolenceOrTorture,
    Pregnant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SpecialNeed {
    Escort,
    MedicalEscort,
    Guardian,
    Interpreter,
    Wheelchair,
    ShelterOnArrival,
}

/// How soon a case needs attention. Ordered: `Normal < High < Urgent`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Priority {
    #[default]
    Normal,
    High,
    Urgent,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Normal, Priority::High, Priority::Urgent];

    pub fn as_str(&self) -> &'static str {
        match self {
            Priority::Normal => "normal",
            Priority::High => "high",
            Priority::Urgent => "urgent",
        }
    }

    pub fn parse(input: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.as_str() == input)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScreeningResult {
    pub categories: BTreeSet<VulnerabilityCategory>,
    pub priority: Priority,
    pub special_needs: BTreeSet<SpecialNeed>,
}

impl ScreeningResult {
    pub fn has(&self, category: VulnerabilityCategory) -> bool {
        self.categories.contains(&category)
    }
}

/// A completed screening as kept on the case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Screening {
    pub id: RecordId,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub screened_on: Date,
    pub answers: ScreeningAnswers,
    pub result: ScreeningResult,
    pub recorded: Recorded,
}

/// Scores the answers. `date_of_birth` is the principal's, `on` the screening date.
pub fn assess(
    answers: &ScreeningAnswers,
    date_of_birth: Option<&DateOfBirth>,
    on: Date,
) -> ScreeningResult {
    use SpecialNeed as N;
    use VulnerabilityCategory as V;

    let minor_by_date = date_of_birth.map_or(Tristate::Unknown, |dob| dob.minor_on(on));
    let is_child = match minor_by_date {
        Tristate::Yes => true,
        Tristate::No => false,
        Tristate::Unknown => answers.under_18 != Some(false),
    };
    let is_elderly = date_of_birth.is_some_and(|dob| dob.age_range_on(on).0 >= 60);
    let presumed_victim = answers.identified_victim_of_trafficking
        || answers
            .trafficking_indicators
            .iter()
            .any(TraffickingIndicator::is_decisive)
        || answers.trafficking_indicators.len() >= 2;

    let mut categories = BTreeSet::new();
    if is_child && answers.with_parent_or_usual_caregiver != Some(true) {
        categories.insert(V::UnaccompaniedOrSeparatedChild);
    }
    if presumed_victim {
        categories.insert(V::PresumedVictimOfTrafficking);
    }
    if is_elderly {
        categories.insert(V::Elderly);
    }
    for (answer, category) in [
        (answers.disability || answers.uses_wheelchair, V::Disability),
        (
            answers.serious_medical_condition,
            V::SeriousMedicalCondition,
        ),
        (
            answers.single_woman_or_female_head_of_household,
            V::SingleWomanOrFemaleHeadedHousehold,
        ),
        (
            answers.survivor_of_violence_or_torture,
            V::SurvivorOfViolenceOrTorture,
        ),
        (answers.pregnant, V::Pregnant),
    ] {
        if answer {
            categories.insert(category);
        }
    }

    let urgent = [
        V::UnaccompaniedOrSeparatedChild,
        V::PresumedVictimOfTrafficking,
        V::SeriousMedicalCondition,
    ];
    let priority = if urgent.iter().any(|c| categories.contains(c)) {
        Priority::Urgent
    } else if !categories.is_empty() {
        Priority::High
    } else {
        Priority::Normal
    };

    let uasc = categories.contains(&V::UnaccompaniedOrSeparatedChild);
    let mut special_needs = BTreeSet::new();
    for (needed, need) in [
        (uasc, N::Guardian),
        (uasc || presumed_victim, N::Escort),
        (answers.needs_medical_escort, N::MedicalEscort),
        (answers.needs_interpreter, N::Interpreter),
        (answers.uses_wheelchair, N::Wheelchair),
        (
            uasc || presumed_victim || answers.accommodation_on_arrival == Some(false),
            N::ShelterOnArrival,
        ),
    ] {
        if needed {
            special_needs.insert(need);
        }
    }
    ScreeningResult {
        categories,
        priority,
        special_needs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::DatePrecision;
    use time::macros::date;

    const ON: Date = date!(2026 - 11 - 22);

    fn dob(raw: &str, precision: DatePrecision) -> DateOfBirth {
        DateOfBirth::parse(raw, precision, ON).expect("valid date")
    }

    #[test]
    fn adult_without_answers_is_not_vulnerable() {
        let result = assess(
            &ScreeningAnswers::default(),
            Some(&dob("1990-01-01", DatePrecision::Exact)),
            ON,
        );
        assert_eq!(result, ScreeningResult::default());
    }

    #[test]
    fn child_alone_is_uasc_and_urgent_with_guardian_and_escort() {
        let result = assess(
            &ScreeningAnswers::default(),
            Some(&dob("2011-05-01", DatePrecision::Exact)),
            ON,
        );
        assert!(result.has(VulnerabilityCategory::UnaccompaniedOrSeparatedChild));
        assert_eq!(result.priority, Priority::Urgent);
        assert!(result.special_needs.contains(&SpecialNeed::Guardian));
        assert!(result.special_needs.contains(&SpecialNeed::Escort));
        assert!(
            result
                .special_needs
                .contains(&SpecialNeed::ShelterOnArrival)
        );
    }

    #[test]
    fn child_with_parent_is_not_uasc() {
        let answers = ScreeningAnswers {
            with_parent_or_usual_caregiver: Some(true),
            ..Default::default()
        };
        let result = assess(&answers, Some(&dob("2015-05-01", DatePrecision::Exact)), ON);
        assert!(result.categories.is_empty());
    }

    #[test]
    fn uncertain_age_gives_benefit_of_the_doubt() {
        let ambiguous = dob("2008", DatePrecision::YearOnly);
        let result = assess(&ScreeningAnswers::default(), Some(&ambiguous), ON);
        assert!(result.has(VulnerabilityCategory::UnaccompaniedOrSeparatedChild));
        let established_adult = ScreeningAnswers {
            under_18: Some(false),
            ..Default::default()
        };
        assert!(
            assess(&established_adult, Some(&ambiguous), ON)
                .categories
                .is_empty()
        );
        assert!(assess(&established_adult, None, ON).categories.is_empty());
    }

    #[test]
    fn trafficking_needs_a_decisive_indicator_or_two() {
        let mut answers = ScreeningAnswers {
            under_18: Some(false),
            ..Default::default()
        };
        answers
            .trafficking_indicators
            .insert(TraffickingIndicator::DocumentsConfiscated);
        assert!(
            !assess(&answers, None, ON).has(VulnerabilityCategory::PresumedVictimOfTrafficking)
        );
        answers
            .trafficking_indicators
            .insert(TraffickingIndicator::DebtBondage);
        assert!(assess(&answers, None, ON).has(VulnerabilityCategory::PresumedVictimOfTrafficking));
        let decisive = ScreeningAnswers {
            under_18: Some(false),
            trafficking_indicators: [TraffickingIndicator::ForcedLabour].into(),
            ..Default::default()
        };
        let result = assess(&decisive, None, ON);
        assert!(result.has(VulnerabilityCategory::PresumedVictimOfTrafficking));
        assert_eq!(result.priority, Priority::Urgent);
    }

    #[test]
    fn other_vulnerabilities_are_high_priority() {
        let answers = ScreeningAnswers {
            under_18: Some(false),
            pregnant: true,
            uses_wheelchair: true,
            needs_interpreter: true,
            accommodation_on_arrival: Some(false),
            ..Default::default()
        };
        let result = assess(&answers, None, ON);
        assert_eq!(result.priority, Priority::High);
        assert!(result.has(VulnerabilityCategory::Pregnant));
        assert!(result.has(VulnerabilityCategory::Disability));
        assert_eq!(
            result.special_needs,
            [
                SpecialNeed::Interpreter,
                SpecialNeed::Wheelchair,
                SpecialNeed::ShelterOnArrival
            ]
            .into()
        );
    }

    #[test]
    fn elderly_from_date_of_birth() {
        let result = assess(
            &ScreeningAnswers::default(),
            Some(&dob("1950", DatePrecision::YearOnly)),
            ON,
        );
        assert!(result.has(VulnerabilityCategory::Elderly));
    }
}
