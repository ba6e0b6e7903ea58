//! A case: one return-and-reintegration journey of a principal person and their family.
//!
//! The case is event-sourced. [`Case::execute`] checks a [`CaseCommand`] against the current
//! state and the rights guards and returns the resulting events; [`Case::apply`] folds an event
//! into the state. The stored snapshot is always the fold of the stored events.

pub mod category;
pub mod commands;
pub mod events;
pub mod guards;
pub mod records;
pub mod stage;

pub use category::{EurostatReturnType, ReturnCategory, ReturnCountryRelation};
pub use commands::{CaseChanges, CaseCommand, CaseError, CommandContext, OpenCase};
pub use events::{CaseEvent, EventKind};
pub use guards::{GuardCode, UnmetGuard, unmet_guards};
pub use records::*;
pub use stage::{ClosureReason, Stage};

use crate::country::CountryCode;
use crate::error::InvalidValue;
use crate::ids::{CaseId, OfficeId, OrganisationId, PersonId, UserId};
use crate::person::{Guardian, NAME_MAX, Relationship};
use crate::screening::{Priority, Screening, VulnerabilityCategory};
use crate::text;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeSet;
use std::fmt;
use time::OffsetDateTime;

/// Human-readable case number `OFFICE-YEAR-SEQUENCE`, e.g. `NER-2026-000123`, unique per
/// issuing office. The office code is 3 to 8 upper-case letters or digits, starting with a
/// letter; the sequence has at least six digits.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "NER-2026-000123"))]
pub struct CaseNumber(String);

impl CaseNumber {
    pub fn new(office_code: &OfficeCode, year: i32, sequence: u32) -> Self {
        Self(format!("{}-{year:04}-{sequence:06}", office_code.as_str()))
    }

    pub fn parse(input: &str) -> Result<Self, InvalidValue> {
        let invalid = || {
            InvalidValue::new(
                "invalid_case_number",
                format!("`{input}` is not a case number like NER-2026-000123"),
            )
        };
        let input = input.trim().to_ascii_uppercase();
        let mut parts = input.rsplitn(3, '-');
        let (Some(sequence), Some(year), Some(office)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(invalid());
        };
        OfficeCode::parse(office).map_err(|_| invalid())?;
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if year.len() != 4 || !digits(year) || sequence.len() < 6 || !digits(sequence) {
            return Err(invalid());
        }
        Ok(Self(input))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for CaseNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for CaseNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// The code an office prints on its case numbers (`NER`, `NERAGZ`, `LBYTIP`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "NER"))]
pub struct OfficeCode(String);

impl OfficeCode {
    pub fn parse(input: &str) -> Result<Self, InvalidValue> {
        let code = input.trim().to_ascii_uppercase();
        let valid = (3..=8).contains(&code.len())
            && code.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && code.chars().all(|c| c.is_ascii_alphanumeric());
        if valid {
            Ok(Self(code))
        } else {
            Err(InvalidValue::new(
                "invalid_office_code",
                "an office code has 3 to 8 letters or digits and starts with a letter",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for OfficeCode {
    type Error = InvalidValue;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<OfficeCode> for String {
    fn from(value: OfficeCode) -> Self {
        value.0
    }
}

/// A short label a team puts on cases to organise work (`media_attention`, `document_lost`).
/// Flags are visible to everyone who sees the case, so they must never encode sensitive facts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "document_lost"))]
pub struct Flag(String);

impl Flag {
    pub fn parse(input: &str) -> Result<Self, InvalidValue> {
        let flag = input.trim().to_ascii_lowercase();
        let valid = (2..=32).contains(&flag.len())
            && flag.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && flag
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if valid {
            Ok(Self(flag))
        } else {
            Err(InvalidValue::new(
                "invalid_flag",
                "a flag has 2 to 32 lower-case letters, digits or underscores",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Flag {
    type Error = InvalidValue;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Flag> for String {
    fn from(value: Flag) -> Self {
        value.0
    }
}

/// A named administrative area with its P-code when known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Area {
    pub name: String,
    pub pcode: Option<String>,
}

/// Where the person returns to: admin-1 (region) and admin-2 (department/district), with
/// P-codes where known, and the town or village.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Community {
    pub admin1: Option<Area>,
    pub admin2: Option<Area>,
    pub locality: Option<String>,
}

impl Community {
    pub fn is_empty(&self) -> bool {
        self.admin1.is_none() && self.admin2.is_none() && self.locality.is_none()
    }

    pub fn parse_area(
        name: Option<&str>,
        pcode: Option<&str>,
    ) -> Result<Option<Area>, InvalidValue> {
        let name = text::optional(name, NAME_MAX)?;
        let pcode = crate::person::parse_pcode(pcode)?;
        Ok(match (name, pcode) {
            (None, None) => None,
            (Some(name), pcode) => Some(Area { name, pcode }),
            (None, Some(pcode)) => Some(Area {
                name: pcode.clone(),
                pcode: Some(pcode),
            }),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FamilyMember {
    pub person_id: PersonId,
    pub relationship: Relationship,
}

/// How a case was closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Closure {
    pub reason: ClosureReason,
    /// The stage the case was in when it closed.
    pub closed_from: Stage,
}

/// The state of a case: the fold of its events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Case {
    pub id: CaseId,
    pub number: CaseNumber,
    pub principal: PersonId,
    pub family_members: Vec<FamilyMember>,
    pub category: ReturnCategory,
    pub host_country: CountryCode,
    pub return_country: CountryCode,
    pub return_country_relation: ReturnCountryRelation,
    pub community_of_return: Community,
    pub organisation_id: OrganisationId,
    pub office_id: OfficeId,
    pub case_worker: Option<UserId>,
    /// Priority set by hand; the effective [`Case::priority`] is never below the screening's.
    pub requested_priority: Priority,
    pub priority: Priority,
    pub flags: BTreeSet<Flag>,
    pub stage: Stage,
    pub closure: Option<Closure>,
    pub counselling_sessions: Vec<CounsellingSession>,
    pub consents: Vec<Consent>,
    pub screening: Option<Screening>,
    pub protection_concerns: Vec<ProtectionConcern>,
    pub referrals: Vec<Referral>,
    pub guardian: Option<Guardian>,
    pub best_interests_assessments: Vec<BestInterestsAssessment>,
    pub travel_documents: Vec<TravelDocument>,
    pub return_decision: Option<ReturnDecision>,
    /// Number of events applied; the optimistic-concurrency token.
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub opened_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub stage_entered_at: OffsetDateTime,
    /// Clearances that the person is fit to travel (the latest counts).
    #[serde(default)]
    pub fitness_to_travel: Vec<crate::journey::readiness::FitnessToTravel>,
    /// Who travels with the person (medical escort, child escort, escort officers…).
    #[serde(default)]
    pub escorts: Vec<crate::journey::readiness::Escort>,
    /// Interpreters booked for the journey.
    #[serde(default)]
    pub interpreters: Vec<crate::journey::readiness::Interpreter>,
    /// When the person first arrived in the country of return: where follow-up counts from.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub arrived_at: Option<OffsetDateTime>,
}

impl Case {
    pub fn has_vulnerability(&self, category: VulnerabilityCategory) -> bool {
        self.screening
            .as_ref()
            .is_some_and(|s| s.result.has(category))
    }

    pub fn has_active_return_consent(&self) -> bool {
        self.consents
            .iter()
            .any(|c| c.purpose == ConsentPurpose::Return && c.is_active())
    }

    pub fn has_trafficking_referral(&self) -> bool {
        self.referrals.iter().any(|r| {
            r.service == ReferralService::AntiTrafficking && r.status != ReferralStatus::Declined
        })
    }

    /// Eurostat type-of-return code for this case.
    pub fn eurostat(&self) -> EurostatReturnType {
        self.category.eurostat(false)
    }

    /// Every person on the case: the principal first, then family members.
    pub fn persons(&self) -> impl Iterator<Item = PersonId> + '_ {
        std::iter::once(self.principal).chain(self.family_members.iter().map(|m| m.person_id))
    }
}
