//! Consular verification and travel documents.
//!
//! A case sends a request to a consular mission of the country of return: the mission in the
//! host country, or a remote mission that covers several host countries. The request carries
//! the identity evidence sent, and moves through
//!
//! `requested → interview_scheduled → nationality_confirmed → document_issued`
//!
//! where the interview may be skipped, and `nationality_not_confirmed` and `document_refused`
//! end it. Each change is kept in the request's history (who, when), the basis of turnaround
//! times.

use crate::case::TravelDocumentKind;
use crate::case::records::Recorded;
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{CaseId, ConsularRequestId, MissionId, OrganisationId, PersonId};
use crate::money::{Currency, Money};
use crate::person::{NAME_MAX, NOTE_MAX, normalise_document_number, parse_date};
use crate::text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use time::{Date, OffsetDateTime};

/// An embassy, consulate or remote consular mission of one state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsularMission {
    pub id: MissionId,
    /// The consulate organisation whose consular officers work on its requests.
    pub organisation_id: OrganisationId,
    pub name: String,
    /// The state the mission represents (the country of return).
    pub represents: CountryCode,
    /// Where the mission sits.
    pub located_in: CountryCode,
    /// Host countries whose migrants the mission serves (always includes where it sits).
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub covers: BTreeSet<CountryCode>,
    /// A remote mission travels to, or works at a distance with, countries it is not in.
    pub remote: bool,
}

impl ConsularMission {
    /// Whether the mission serves migrants in `host` returning to `destination`.
    pub fn serves(&self, host: CountryCode, destination: CountryCode) -> bool {
        self.represents == destination && self.covers.contains(&host)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MissionInput {
    pub name: String,
    pub represents: String,
    pub located_in: String,
    /// Further host countries a remote mission covers.
    #[serde(default)]
    pub covers: Vec<String>,
}

impl MissionInput {
    pub fn validate(
        &self,
        id: MissionId,
        organisation_id: OrganisationId,
    ) -> Result<ConsularMission, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = errors.check("name", text::required(&self.name, 200));
        let represents = errors.check("represents", CountryCode::parse(&self.represents));
        let located_in = errors.check("located_in", CountryCode::parse(&self.located_in));
        let mut covers = BTreeSet::new();
        for (i, raw) in self.covers.iter().enumerate() {
            if let Some(c) = errors.check(&format!("covers[{i}]"), CountryCode::parse(raw)) {
                covers.insert(c);
            }
        }
        errors.into_result()?;
        match (name, represents, located_in) {
            (Some(name), Some(represents), Some(located_in)) => {
                covers.insert(located_in);
                Ok(ConsularMission {
                    id,
                    organisation_id,
                    name,
                    represents,
                    located_in,
                    remote: covers.len() > 1,
                    covers,
                })
            }
            _ => Err(ValidationErrors::new()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ConsularStatus {
    Requested,
    InterviewScheduled,
    NationalityConfirmed,
    NationalityNotConfirmed,
    DocumentIssued,
    DocumentRefused,
}

impl ConsularStatus {
    pub const ALL: [ConsularStatus; 6] = [
        ConsularStatus::Requested,
        ConsularStatus::InterviewScheduled,
        ConsularStatus::NationalityConfirmed,
        ConsularStatus::NationalityNotConfirmed,
        ConsularStatus::DocumentIssued,
        ConsularStatus::DocumentRefused,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            ConsularStatus::Requested => "requested",
            ConsularStatus::InterviewScheduled => "interview_scheduled",
            ConsularStatus::NationalityConfirmed => "nationality_confirmed",
            ConsularStatus::NationalityNotConfirmed => "nationality_not_confirmed",
            ConsularStatus::DocumentIssued => "document_issued",
            ConsularStatus::DocumentRefused => "document_refused",
        }
    }

    pub fn parse(input: &str) -> Option<ConsularStatus> {
        ConsularStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == input)
    }

    /// No further change is expected.
    pub fn is_final(&self) -> bool {
        matches!(
            self,
            ConsularStatus::NationalityNotConfirmed
                | ConsularStatus::DocumentIssued
                | ConsularStatus::DocumentRefused
        )
    }

    /// Whether a request may go from this status to `to`.
    pub fn can_move_to(&self, to: ConsularStatus) -> bool {
        use ConsularStatus::*;
        match (self, to) {
            (Requested, InterviewScheduled) => true,
            // A new interview date may be set.
            (InterviewScheduled, InterviewScheduled) => true,
            (Requested | InterviewScheduled, NationalityConfirmed | NationalityNotConfirmed) => {
                true
            }
            (NationalityConfirmed, DocumentIssued | DocumentRefused) => true,
            (Requested | InterviewScheduled, DocumentRefused) => true,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EvidenceKind {
    Passport,
    ExpiredPassport,
    NationalIdCard,
    BirthCertificate,
    ConsularCard,
    Photograph,
    Fingerprints,
    WitnessStatement,
    Other,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 9] = [
        EvidenceKind::Passport,
        EvidenceKind::ExpiredPassport,
        EvidenceKind::NationalIdCard,
        EvidenceKind::BirthCertificate,
        EvidenceKind::ConsularCard,
        EvidenceKind::Photograph,
        EvidenceKind::Fingerprints,
        EvidenceKind::WitnessStatement,
        EvidenceKind::Other,
    ];
}

/// One piece of identity evidence sent with a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Evidence {
    pub kind: EvidenceKind,
    /// A document number, when the evidence is a document.
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Why no consular fee is charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FeeExemption {
    /// Humanitarian returns (voluntary humanitarian return, refugee repatriation).
    HumanitarianReturn,
    Child,
    Destitution,
    /// A readmission or bilateral agreement waives the fee.
    Agreement,
}

/// What the consular service costs the returnee (or the programme).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "terms", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Fee {
    Exempt { exemption: FeeExemption },
    Payable { amount: Money },
}

/// Categories whose returns are humanitarian, so the fee is waived unless said otherwise.
pub fn humanitarian(category: crate::case::ReturnCategory) -> bool {
    use crate::case::ReturnCategory::*;
    matches!(category, VoluntaryHumanitarianReturn | RefugeeRepatriation)
}

/// The travel document a mission issued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssuedDocument {
    pub kind: TravelDocumentKind,
    pub number: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub issued_on: Date,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub expires_on: Date,
}

/// One change of a request's status: the request's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusChange {
    pub status: ConsularStatus,
    pub recorded: Recorded,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsularRequest {
    pub id: ConsularRequestId,
    pub mission_id: MissionId,
    pub case_id: CaseId,
    /// The organisation that runs the case and sent the request.
    pub organisation_id: OrganisationId,
    pub person_id: PersonId,
    pub document: TravelDocumentKind,
    pub evidence: Vec<Evidence>,
    pub fee: Fee,
    pub status: ConsularStatus,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub interview_on: Option<Date>,
    pub interview_place: Option<String>,
    /// Set when the mission confirms the nationality.
    pub confirmed_nationality: Option<CountryCode>,
    pub issued: Option<IssuedDocument>,
    /// Why nationality was not confirmed or the document refused.
    pub outcome_reason: Option<String>,
    pub history: Vec<StatusChange>,
    pub version: i64,
}

impl ConsularRequest {
    pub fn requested_at(&self) -> OffsetDateTime {
        self.history
            .first()
            .map_or(OffsetDateTime::UNIX_EPOCH, |c: &StatusChange| c.recorded.at)
    }

    pub fn updated_at(&self) -> OffsetDateTime {
        self.history
            .last()
            .map_or(self.requested_at(), |c| c.recorded.at)
    }

    /// When the document was issued, from the history.
    pub fn issued_at(&self) -> Option<OffsetDateTime> {
        self.history
            .iter()
            .find(|c| c.status == ConsularStatus::DocumentIssued)
            .map(|c| c.recorded.at)
    }

    /// Still waiting after more than `limit_days` days since it was sent.
    pub fn is_overdue(&self, today: Date, limit_days: i64) -> bool {
        !self.status.is_final() && (today - self.requested_at().date()).whole_days() > limit_days
    }

    /// Applies a decision of the mission, or refuses it leaving the request unchanged.
    pub fn decide(
        &mut self,
        decision: ConsularDecision,
        recorded: Recorded,
    ) -> Result<(), ConsularError> {
        let to = decision.status();
        if !self.status.can_move_to(to) {
            return Err(ConsularError::StatusNotAllowed {
                from: self.status,
                to,
            });
        }
        let mut note = None;
        match decision {
            ConsularDecision::ScheduleInterview { on, place } => {
                self.interview_on = Some(on);
                self.interview_place = place;
            }
            ConsularDecision::ConfirmNationality { country } => {
                self.confirmed_nationality = Some(country);
            }
            ConsularDecision::NotConfirmed { reason } | ConsularDecision::Refuse { reason } => {
                note = Some(reason.clone());
                self.outcome_reason = Some(reason);
            }
            ConsularDecision::IssueDocument(document) => {
                self.issued = Some(document);
            }
        }
        self.status = to;
        self.history.push(StatusChange {
            status: to,
            recorded,
            note,
        });
        self.version += 1;
        Ok(())
    }
}

/// A decision a consular mission records on a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsularDecision {
    ScheduleInterview { on: Date, place: Option<String> },
    ConfirmNationality { country: CountryCode },
    NotConfirmed { reason: String },
    IssueDocument(IssuedDocument),
    Refuse { reason: String },
}

impl ConsularDecision {
    pub fn status(&self) -> ConsularStatus {
        match self {
            ConsularDecision::ScheduleInterview { .. } => ConsularStatus::InterviewScheduled,
            ConsularDecision::ConfirmNationality { .. } => ConsularStatus::NationalityConfirmed,
            ConsularDecision::NotConfirmed { .. } => ConsularStatus::NationalityNotConfirmed,
            ConsularDecision::IssueDocument(_) => ConsularStatus::DocumentIssued,
            ConsularDecision::Refuse { .. } => ConsularStatus::DocumentRefused,
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConsularError {
    #[error("a request cannot go from {from:?} to {to:?}")]
    StatusNotAllowed {
        from: ConsularStatus,
        to: ConsularStatus,
    },
}

impl ConsularError {
    pub fn code(&self) -> &'static str {
        match self {
            ConsularError::StatusNotAllowed { .. } => "consular_status_not_allowed",
        }
    }
}

/// A decision as a form or an API client sends it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionInput {
    /// The new status: `interview_scheduled`, `nationality_confirmed`,
    /// `nationality_not_confirmed`, `document_issued` or `document_refused`.
    pub status: Option<ConsularStatus>,
    /// `YYYY-MM-DD`, for `interview_scheduled`.
    #[serde(default)]
    pub interview_on: Option<String>,
    #[serde(default)]
    pub interview_place: Option<String>,
    /// ISO 3166-1 alpha-3, for `nationality_confirmed` (defaults to the state the mission
    /// represents).
    #[serde(default)]
    pub nationality: Option<String>,
    /// For `document_issued`.
    #[serde(default)]
    pub document_kind: Option<TravelDocumentKind>,
    #[serde(default)]
    pub document_number: Option<String>,
    #[serde(default)]
    pub issued_on: Option<String>,
    #[serde(default)]
    pub expires_on: Option<String>,
    /// Required for `nationality_not_confirmed` and `document_refused`.
    #[serde(default)]
    pub reason: Option<String>,
}

impl DecisionInput {
    /// Validates the fields the chosen status needs. `represents` is the mission's state,
    /// `requested` the document kind asked for; `today` bounds dates.
    pub fn validate(
        &self,
        represents: CountryCode,
        requested: TravelDocumentKind,
        today: Date,
    ) -> Result<ConsularDecision, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let Some(status) = self.status else {
            return Err(ValidationErrors::single(
                "status",
                InvalidValue::new("required", "choose the new status"),
            ));
        };
        let reason = |errors: &mut ValidationErrors| match errors
            .check("reason", text::optional(self.reason.as_deref(), NOTE_MAX))
        {
            Some(Some(reason)) => Some(reason),
            Some(None) => {
                errors.add(
                    "reason",
                    InvalidValue::new("required", "say why, for the case worker and the person"),
                );
                None
            }
            None => None,
        };
        let decision = match status {
            ConsularStatus::Requested => {
                errors.add(
                    "status",
                    InvalidValue::new("invalid_status", "a request cannot go back to requested"),
                );
                None
            }
            ConsularStatus::InterviewScheduled => {
                let on = errors.check(
                    "interview_on",
                    parse_date(self.interview_on.as_deref().unwrap_or_default()),
                );
                let place = errors.check(
                    "interview_place",
                    text::optional(self.interview_place.as_deref(), NAME_MAX),
                );
                match (on, place) {
                    (Some(on), Some(place)) => {
                        Some(ConsularDecision::ScheduleInterview { on, place })
                    }
                    _ => None,
                }
            }
            ConsularStatus::NationalityConfirmed => {
                let country = match self.nationality.as_deref().map(str::trim) {
                    None | Some("") => Some(represents),
                    Some(raw) => errors.check("nationality", CountryCode::parse(raw)),
                };
                country.map(|country| ConsularDecision::ConfirmNationality { country })
            }
            ConsularStatus::NationalityNotConfirmed => {
                reason(&mut errors).map(|reason| ConsularDecision::NotConfirmed { reason })
            }
            ConsularStatus::DocumentRefused => {
                reason(&mut errors).map(|reason| ConsularDecision::Refuse { reason })
            }
            ConsularStatus::DocumentIssued => {
                let number = errors.check(
                    "document_number",
                    normalise_document_number(self.document_number.as_deref().unwrap_or_default()),
                );
                let issued_on = errors.check(
                    "issued_on",
                    parse_date(self.issued_on.as_deref().unwrap_or_default()),
                );
                if issued_on.is_some_and(|d| d > today) {
                    errors.add(
                        "issued_on",
                        InvalidValue::new("date_in_future", "this date is in the future"),
                    );
                }
                let expires_on = errors.check(
                    "expires_on",
                    parse_date(self.expires_on.as_deref().unwrap_or_default()),
                );
                if let (Some(issued), Some(expires)) = (issued_on, expires_on)
                    && expires < issued
                {
                    errors.add(
                        "expires_on",
                        InvalidValue::new(
                            "expires_before_issue",
                            "the document expires before it was issued",
                        ),
                    );
                }
                match (number, issued_on, expires_on) {
                    (Some(number), Some(issued_on), Some(expires_on)) => {
                        Some(ConsularDecision::IssueDocument(IssuedDocument {
                            kind: self.document_kind.unwrap_or(requested),
                            number,
                            issued_on,
                            expires_on,
                        }))
                    }
                    _ => None,
                }
            }
        };
        errors.into_result()?;
        decision.ok_or_else(ValidationErrors::new)
    }
}

/// A new request as a form or an API client sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestInput {
    pub mission_id: MissionId,
    /// The document asked for; an emergency travel document unless said otherwise.
    #[serde(default)]
    pub document: Option<TravelDocumentKind>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Why no fee is charged; for humanitarian returns this defaults to `humanitarian_return`.
    #[serde(default)]
    pub fee_exemption: Option<FeeExemption>,
    /// The fee, in the currency's major units (`12500`, `25.50`), when one is charged.
    #[serde(default)]
    pub fee_amount: Option<String>,
    #[serde(default)]
    pub fee_currency: Option<String>,
}

/// The checked parts of a new request.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRequest {
    pub document: TravelDocumentKind,
    pub evidence: Vec<Evidence>,
    pub fee: Fee,
}

impl RequestInput {
    pub fn validate(&self, humanitarian: bool) -> Result<NewRequest, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let mut evidence = Vec::new();
        for (i, item) in self.evidence.iter().enumerate() {
            let reference = errors.check(
                &format!("evidence[{i}].reference"),
                text::optional(item.reference.as_deref(), NAME_MAX),
            );
            let note = errors.check(
                &format!("evidence[{i}].note"),
                text::optional(item.note.as_deref(), NOTE_MAX),
            );
            if let (Some(reference), Some(note)) = (reference, note) {
                evidence.push(Evidence {
                    kind: item.kind,
                    reference,
                    note,
                });
            }
        }
        if self.evidence.is_empty() {
            errors.add(
                "evidence",
                InvalidValue::new(
                    "evidence_required",
                    "send at least one piece of identity evidence",
                ),
            );
        }
        let amount_given = self
            .fee_amount
            .as_deref()
            .is_some_and(|a| !a.trim().is_empty());
        let fee = match (self.fee_exemption, amount_given) {
            (Some(_), true) => {
                errors.add(
                    "fee_amount",
                    InvalidValue::new(
                        "fee_and_exemption",
                        "a request is either exempt from the fee or pays it, not both",
                    ),
                );
                None
            }
            (Some(exemption), false) => Some(Fee::Exempt { exemption }),
            (None, false) if humanitarian => Some(Fee::Exempt {
                exemption: FeeExemption::HumanitarianReturn,
            }),
            (None, false) => {
                errors.add(
                    "fee_amount",
                    InvalidValue::new("fee_required", "give the fee, or the reason it is waived"),
                );
                None
            }
            (None, true) => {
                let currency = errors.check(
                    "fee_currency",
                    Currency::parse(self.fee_currency.as_deref().unwrap_or_default()),
                );
                currency.and_then(|currency| {
                    errors
                        .check(
                            "fee_amount",
                            Money::parse_positive(
                                self.fee_amount.as_deref().unwrap_or_default(),
                                currency,
                            ),
                        )
                        .map(|amount| Fee::Payable { amount })
                })
            }
        };
        errors.into_result()?;
        let fee = fee.ok_or_else(ValidationErrors::new)?;
        Ok(NewRequest {
            document: self
                .document
                .unwrap_or(TravelDocumentKind::EmergencyTravelDocument),
            evidence,
            fee,
        })
    }
}

/// How one mission is doing.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Turnaround {
    pub mission_id: MissionId,
    pub requests: u32,
    pub open: u32,
    pub overdue: u32,
    pub issued: u32,
    /// Median days from request to issue, over documents issued.
    pub median_days_to_issue: Option<f64>,
}

/// Turnaround of each mission over `requests`, missions in order of first appearance.
pub fn turnaround(requests: &[ConsularRequest], today: Date, limit_days: i64) -> Vec<Turnaround> {
    let mut missions: Vec<MissionId> = Vec::new();
    for r in requests {
        if !missions.contains(&r.mission_id) {
            missions.push(r.mission_id);
        }
    }
    missions
        .into_iter()
        .map(|mission| {
            let of: Vec<&ConsularRequest> = requests
                .iter()
                .filter(|r| r.mission_id == mission)
                .collect();
            let days: Vec<i64> = of
                .iter()
                .filter_map(|r| {
                    r.issued_at()
                        .map(|at| (at.date() - r.requested_at().date()).whole_days())
                })
                .collect();
            Turnaround {
                mission_id: mission,
                requests: of.len() as u32,
                open: of.iter().filter(|r| !r.status.is_final()).count() as u32,
                overdue: of
                    .iter()
                    .filter(|r| r.is_overdue(today, limit_days))
                    .count() as u32,
                issued: days.len() as u32,
                median_days_to_issue: super::indicators::median(&days),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;
    use time::macros::{date, datetime};

    fn id(n: u128) -> uuid::Uuid {
        uuid::Uuid::from_u128(n)
    }

    fn at(day: u8) -> Recorded {
        Recorded {
            by: UserId::from_uuid(id(9)),
            at: datetime!(2026-03-01 10:00 UTC) + time::Duration::days(i64::from(day)),
        }
    }

    fn request() -> ConsularRequest {
        ConsularRequest {
            id: ConsularRequestId::from_uuid(id(1)),
            mission_id: MissionId::from_uuid(id(2)),
            case_id: CaseId::from_uuid(id(3)),
            organisation_id: OrganisationId::from_uuid(id(4)),
            person_id: PersonId::from_uuid(id(5)),
            document: TravelDocumentKind::LaissezPasser,
            evidence: vec![],
            fee: Fee::Exempt {
                exemption: FeeExemption::HumanitarianReturn,
            },
            status: ConsularStatus::Requested,
            interview_on: None,
            interview_place: None,
            confirmed_nationality: None,
            issued: None,
            outcome_reason: None,
            history: vec![StatusChange {
                status: ConsularStatus::Requested,
                recorded: at(0),
                note: None,
            }],
            version: 1,
        }
    }

    fn gin() -> CountryCode {
        CountryCode::parse("GIN").expect("code")
    }

    #[test]
    fn a_request_goes_from_interview_to_document() {
        let mut r = request();
        let issue = ConsularDecision::IssueDocument(IssuedDocument {
            kind: TravelDocumentKind::LaissezPasser,
            number: "LP1".into(),
            issued_on: date!(2026 - 03 - 10),
            expires_on: date!(2026 - 06 - 10),
        });
        assert_eq!(
            r.decide(issue.clone(), at(1)),
            Err(ConsularError::StatusNotAllowed {
                from: ConsularStatus::Requested,
                to: ConsularStatus::DocumentIssued
            })
        );
        assert_eq!(r.version, 1, "a refused decision changes nothing");
        r.decide(
            ConsularDecision::ScheduleInterview {
                on: date!(2026 - 03 - 05),
                place: None,
            },
            at(1),
        )
        .expect("interview");
        r.decide(
            ConsularDecision::ConfirmNationality { country: gin() },
            at(4),
        )
        .expect("confirmed");
        r.decide(issue, at(9)).expect("issued");
        assert_eq!(r.status, ConsularStatus::DocumentIssued);
        assert_eq!(r.history.len(), 4);
        assert!(r.status.is_final());
        assert!(!r.is_overdue(date!(2026 - 12 - 01), 30));
        let t = turnaround(&[r], date!(2026 - 03 - 20), 30);
        assert_eq!(t[0].median_days_to_issue, Some(9.0));
    }

    #[test]
    fn open_requests_become_overdue() {
        let r = request();
        assert!(!r.is_overdue(date!(2026 - 03 - 31), 30));
        assert!(r.is_overdue(date!(2026 - 04 - 01), 30));
    }

    #[test]
    fn decisions_need_their_fields() {
        let today = date!(2026 - 03 - 20);
        let refuse = DecisionInput {
            status: Some(ConsularStatus::DocumentRefused),
            ..Default::default()
        };
        assert_eq!(
            refuse
                .validate(gin(), TravelDocumentKind::Passport, today)
                .expect_err("reason")
                .0[0]
                .field,
            "reason"
        );
        let issue = DecisionInput {
            status: Some(ConsularStatus::DocumentIssued),
            document_number: Some("".into()),
            issued_on: Some("2026-03-25".into()),
            expires_on: Some("2026-03-01".into()),
            ..Default::default()
        };
        let fields: Vec<String> = issue
            .validate(gin(), TravelDocumentKind::Passport, today)
            .expect_err("invalid")
            .iter()
            .map(|e| format!("{}:{}", e.field, e.code))
            .collect();
        assert_eq!(
            fields,
            [
                "document_number:required",
                "issued_on:date_in_future",
                "expires_on:expires_before_issue"
            ]
        );
        let confirm = DecisionInput {
            status: Some(ConsularStatus::NationalityConfirmed),
            ..Default::default()
        };
        assert_eq!(
            confirm.validate(gin(), TravelDocumentKind::Passport, today),
            Ok(ConsularDecision::ConfirmNationality { country: gin() })
        );
    }

    #[test]
    fn humanitarian_returns_are_exempt_by_default() {
        let input = RequestInput {
            mission_id: MissionId::from_uuid(id(2)),
            document: None,
            evidence: vec![Evidence {
                kind: EvidenceKind::BirthCertificate,
                reference: None,
                note: None,
            }],
            fee_exemption: None,
            fee_amount: None,
            fee_currency: None,
        };
        assert_eq!(
            input.validate(true).expect("valid").fee,
            Fee::Exempt {
                exemption: FeeExemption::HumanitarianReturn
            }
        );
        assert_eq!(
            input.validate(false).expect_err("fee needed").0[0].code,
            "fee_required"
        );
        let paying = RequestInput {
            fee_amount: Some("15000".into()),
            fee_currency: Some("XOF".into()),
            ..input
        };
        assert_eq!(
            paying.validate(false).expect("valid").fee,
            Fee::Payable {
                amount: Money::new(15000, Currency::parse("XOF").expect("XOF"))
            }
        );
    }
}
