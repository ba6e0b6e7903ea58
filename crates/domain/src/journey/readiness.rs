//! Ready to travel: fitness-to-travel clearance, escorts and interpreters. They are kept on the
//! case, and the departure guards read them (`case::guards`).

use super::past_date;
use crate::case::records::Recorded;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::RecordId;
use crate::language::LanguageCode;
use crate::person::{NAME_MAX, NOTE_MAX, parse_date};
use crate::text;
use serde::{Deserialize, Serialize};
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FitnessOutcome {
    Fit,
    /// Fit to travel under conditions (oxygen, a stretcher, a medical escort…), which are stated.
    FitWithConditions,
    Unfit,
}

/// A doctor's clearance that the person can travel, valid until a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FitnessToTravel {
    pub id: RecordId,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub assessed_on: Date,
    /// The doctor or clinic who assessed the person.
    pub assessed_by: String,
    pub outcome: FitnessOutcome,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub valid_until: Date,
    /// The conditions of travel; health data, shown only to roles that read sensitive data.
    pub conditions: Option<String>,
    pub recorded: Recorded,
}

impl FitnessToTravel {
    /// Whether this clearance lets the person travel on `on`.
    pub fn clears_travel_on(&self, on: Date) -> bool {
        self.outcome != FitnessOutcome::Unfit && self.assessed_on <= on && on <= self.valid_until
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FitnessInput {
    /// `YYYY-MM-DD`
    pub assessed_on: String,
    pub assessed_by: String,
    pub outcome: FitnessOutcome,
    /// `YYYY-MM-DD`
    pub valid_until: String,
    /// Required when the outcome is `fit_with_conditions`.
    #[serde(default)]
    pub conditions: Option<String>,
}

impl FitnessInput {
    pub fn validate(
        &self,
        id: RecordId,
        recorded: Recorded,
    ) -> Result<FitnessToTravel, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let assessed_on = past_date(
            "assessed_on",
            &self.assessed_on,
            recorded.at.date(),
            &mut errors,
        );
        let assessed_by = errors.check("assessed_by", text::required(&self.assessed_by, NAME_MAX));
        let valid_until = errors.check("valid_until", parse_date(&self.valid_until));
        let conditions = errors.check(
            "conditions",
            text::optional(self.conditions.as_deref(), NOTE_MAX),
        );
        if let (Some(from), Some(until)) = (assessed_on, valid_until)
            && until < from
        {
            errors.add(
                "valid_until",
                InvalidValue::new(
                    "valid_before_assessed",
                    "the clearance ends before the assessment",
                ),
            );
        }
        if self.outcome == FitnessOutcome::FitWithConditions && matches!(conditions, Some(None)) {
            errors.add(
                "conditions",
                InvalidValue::new("conditions_required", "state the conditions of travel"),
            );
        }
        errors.into_result()?;
        match (assessed_on, assessed_by, valid_until, conditions) {
            (Some(assessed_on), Some(assessed_by), Some(valid_until), Some(conditions)) => {
                Ok(FitnessToTravel {
                    id,
                    assessed_on,
                    assessed_by,
                    outcome: self.outcome,
                    valid_until,
                    conditions,
                    recorded,
                })
            }
            _ => Err(ValidationErrors::new()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EscortKind {
    /// A doctor or nurse travelling with the person.
    Medical,
    /// A guardian or child-protection escort travelling with a child.
    ChildEscort,
    /// An escort officer of the removing authority (forced returns).
    EscortOfficer,
    /// Any other escort (a social worker, a family member…).
    Other,
}

impl EscortKind {
    pub const ALL: [EscortKind; 4] = [
        EscortKind::Medical,
        EscortKind::ChildEscort,
        EscortKind::EscortOfficer,
        EscortKind::Other,
    ];
}

/// Someone who travels with the person for the journey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Escort {
    pub id: RecordId,
    pub kind: EscortKind,
    pub name: String,
    pub organisation: Option<String>,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EscortInput {
    pub kind: EscortKind,
    pub name: String,
    #[serde(default)]
    pub organisation: Option<String>,
}

impl EscortInput {
    pub fn validate(&self, id: RecordId, recorded: Recorded) -> Result<Escort, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = errors.check("name", text::required(&self.name, NAME_MAX));
        let organisation = errors.check(
            "organisation",
            text::optional(self.organisation.as_deref(), NAME_MAX),
        );
        errors.into_result()?;
        match (name, organisation) {
            (Some(name), Some(organisation)) => Ok(Escort {
                id,
                kind: self.kind,
                name,
                organisation,
                recorded,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}

/// An interpreter booked for the journey and the arrival.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Interpreter {
    pub id: RecordId,
    pub language: LanguageCode,
    pub name: String,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InterpreterInput {
    /// ISO 639 code of the language interpreted.
    pub language: String,
    pub name: String,
}

impl InterpreterInput {
    pub fn validate(
        &self,
        id: RecordId,
        recorded: Recorded,
    ) -> Result<Interpreter, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let language = errors.check("language", LanguageCode::parse(&self.language));
        let name = errors.check("name", text::required(&self.name, NAME_MAX));
        errors.into_result()?;
        match (language, name) {
            (Some(language), Some(name)) => Ok(Interpreter {
                id,
                language,
                name,
                recorded,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;
    use time::macros::{date, datetime};

    fn recorded() -> Recorded {
        Recorded {
            by: UserId::from_uuid(uuid::Uuid::from_u128(1)),
            at: datetime!(2026-03-02 09:00 UTC),
        }
    }

    fn id() -> RecordId {
        RecordId::from_uuid(uuid::Uuid::from_u128(2))
    }

    #[test]
    fn fitness_needs_conditions_and_a_sensible_period() {
        let input = FitnessInput {
            assessed_on: "2026-03-03".into(),
            assessed_by: " ".into(),
            outcome: FitnessOutcome::FitWithConditions,
            valid_until: "2026-02-01".into(),
            conditions: None,
        };
        let errors = input.validate(id(), recorded()).expect_err("invalid");
        let fields: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            fields,
            [
                ("assessed_on", "date_in_future"),
                ("assessed_by", "required"),
                ("conditions", "conditions_required")
            ]
        );
        let valid = FitnessInput {
            assessed_on: "2026-03-01".into(),
            assessed_by: "Dr Issa".into(),
            outcome: FitnessOutcome::Fit,
            valid_until: "2026-03-31".into(),
            conditions: None,
        }
        .validate(id(), recorded())
        .expect("valid");
        assert!(valid.clears_travel_on(date!(2026 - 03 - 31)));
        assert!(!valid.clears_travel_on(date!(2026 - 04 - 01)));
        assert!(!valid.clears_travel_on(date!(2026 - 02 - 28)));
    }

    #[test]
    fn escorts_and_interpreters_name_someone() {
        let escort = EscortInput {
            kind: EscortKind::Medical,
            name: "".into(),
            organisation: None,
        };
        assert_eq!(
            escort.validate(id(), recorded()).expect_err("no name").0[0].code,
            "required"
        );
        let interpreter = InterpreterInput {
            language: "xx-not".into(),
            name: "Mariama".into(),
        };
        assert_eq!(
            interpreter
                .validate(id(), recorded())
                .expect_err("bad language")
                .0[0]
                .field,
            "language"
        );
    }
}
