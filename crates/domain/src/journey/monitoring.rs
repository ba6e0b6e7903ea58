//! Forced-return monitoring: independent monitors in a pool, assigned to operations, and
//! their reports per phase.
//!
//! A report is a draft until its author submits it; a submitted report never changes again.
//! A correction is a new report that names the one it corrects.

use crate::case::records::Recorded;
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{OperationId, OrganisationId, ReportId, UserId};
use crate::journey::parse_moment;
use crate::language::LanguageCode;
use crate::person::{NOTE_MAX, parse_date};
use crate::text;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

/// A monitor in the pool: who they are and when they can go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonitorProfile {
    pub user_id: UserId,
    pub organisation_id: OrganisationId,
    pub display_name: String,
    pub nationality: CountryCode,
    pub languages: Vec<LanguageCode>,
    /// Periods the monitor can be deployed, inclusive.
    pub availability: Vec<Availability>,
    pub version: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Availability {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub from: Date,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub to: Date,
}

impl MonitorProfile {
    pub fn is_available_on(&self, day: Date) -> bool {
        self.availability
            .iter()
            .any(|a| a.from <= day && day <= a.to)
    }

    pub fn speaks(&self, language: &str) -> bool {
        self.languages.iter().any(|l| l.as_str() == language)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileInput {
    pub nationality: String,
    pub languages: Vec<String>,
    #[serde(default)]
    pub availability: Vec<AvailabilityInput>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AvailabilityInput {
    /// `YYYY-MM-DD`
    pub from: String,
    pub to: String,
}

/// The checked fields of a profile.
pub type ProfileFields = (CountryCode, Vec<LanguageCode>, Vec<Availability>);

impl ProfileInput {
    pub fn validate(&self) -> Result<ProfileFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let nationality = errors.check("nationality", CountryCode::parse(&self.nationality));
        let languages: Vec<LanguageCode> = self
            .languages
            .iter()
            .enumerate()
            .filter_map(|(i, l)| errors.check(&format!("languages[{i}]"), LanguageCode::parse(l)))
            .collect();
        if self.languages.is_empty() {
            errors.add(
                "languages",
                InvalidValue::new("required", "give the languages the monitor works in"),
            );
        }
        let mut availability = Vec::new();
        for (i, a) in self.availability.iter().enumerate() {
            let from = errors.check(&format!("availability[{i}].from"), parse_date(&a.from));
            let to = errors.check(&format!("availability[{i}].to"), parse_date(&a.to));
            if let (Some(from), Some(to)) = (from, to) {
                if to < from {
                    errors.add(
                        format!("availability[{i}].to"),
                        InvalidValue::new("ends_before_start", "the period ends before it starts"),
                    );
                } else {
                    availability.push(Availability { from, to });
                }
            }
        }
        errors.into_result()?;
        let nationality = nationality.ok_or_else(ValidationErrors::new)?;
        Ok((nationality, languages, availability))
    }
}

/// A monitor on an operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonitorAssignment {
    pub monitor: UserId,
    pub name: String,
    pub assigned: Recorded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Phase {
    PreDeparture,
    InFlight,
    HandOver,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::PreDeparture, Phase::InFlight, Phase::HandOver];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum IncidentKind {
    UseOfForce,
    MeansOfRestraint,
    Medical,
    Complaint,
    Other,
}

impl IncidentKind {
    pub const ALL: [IncidentKind; 5] = [
        IncidentKind::UseOfForce,
        IncidentKind::MeansOfRestraint,
        IncidentKind::Medical,
        IncidentKind::Complaint,
        IncidentKind::Other,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Incident {
    pub kind: IncidentKind,
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub occurred_at: Option<OffsetDateTime>,
    pub description: String,
}

/// The fundamental rights a monitor looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum RightsTopic {
    DignityAndRespect,
    InformationInALanguageUnderstood,
    AccessToMedicalCare,
    FamilyUnity,
    BestInterestsOfTheChild,
    ProportionateUseOfForce,
    AccessToComplaintMechanism,
    Other,
}

impl RightsTopic {
    pub const ALL: [RightsTopic; 8] = [
        RightsTopic::DignityAndRespect,
        RightsTopic::InformationInALanguageUnderstood,
        RightsTopic::AccessToMedicalCare,
        RightsTopic::FamilyUnity,
        RightsTopic::BestInterestsOfTheChild,
        RightsTopic::ProportionateUseOfForce,
        RightsTopic::AccessToComplaintMechanism,
        RightsTopic::Other,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Observation {
    pub topic: RightsTopic,
    pub finding: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReportStatus {
    Draft,
    Submitted,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonitorReport {
    pub id: ReportId,
    pub operation_id: OperationId,
    pub author: UserId,
    pub author_organisation: OrganisationId,
    pub phase: Phase,
    pub status: ReportStatus,
    pub summary: String,
    pub incidents: Vec<Incident>,
    pub observations: Vec<Observation>,
    /// The submitted report this one corrects.
    pub corrects: Option<ReportId>,
    pub created: Recorded,
    pub submitted: Option<Recorded>,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReportError {
    #[error("a submitted report cannot change; write a correction instead")]
    Submitted,
    #[error("only its author can change or submit a report")]
    NotAuthor,
}

impl ReportError {
    pub fn code(&self) -> &'static str {
        match self {
            ReportError::Submitted => "report_submitted",
            ReportError::NotAuthor => "not_report_author",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IncidentInput {
    pub kind: IncidentKind,
    /// `YYYY-MM-DDTHH:MM` (UTC) or RFC 3339, when known.
    #[serde(default)]
    pub occurred_at: Option<String>,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportInput {
    pub phase: Phase,
    pub summary: String,
    #[serde(default)]
    pub incidents: Vec<IncidentInput>,
    #[serde(default)]
    pub observations: Vec<Observation>,
    /// The submitted report this one corrects.
    #[serde(default)]
    pub corrects: Option<ReportId>,
}

/// The checked content of a report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportContent {
    pub summary: String,
    pub incidents: Vec<Incident>,
    pub observations: Vec<Observation>,
}

impl ReportInput {
    pub fn validate(&self, now: OffsetDateTime) -> Result<ReportContent, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let summary = errors.check("summary", text::required(&self.summary, NOTE_MAX));
        let mut incidents = Vec::new();
        for (i, incident) in self.incidents.iter().enumerate() {
            let description = errors.check(
                &format!("incidents[{i}].description"),
                text::required(&incident.description, NOTE_MAX),
            );
            let occurred_at = match incident.occurred_at.as_deref().map(str::trim) {
                None | Some("") => Some(None),
                Some(raw) => {
                    let at =
                        errors.check(&format!("incidents[{i}].occurred_at"), parse_moment(raw));
                    if at.is_some_and(|at| at > now) {
                        errors.add(
                            format!("incidents[{i}].occurred_at"),
                            InvalidValue::new("date_in_future", "this date is in the future"),
                        );
                    }
                    at.map(Some)
                }
            };
            if let (Some(description), Some(occurred_at)) = (description, occurred_at) {
                incidents.push(Incident {
                    kind: incident.kind,
                    occurred_at,
                    description,
                });
            }
        }
        let mut observations = Vec::new();
        for (i, o) in self.observations.iter().enumerate() {
            if let Some(finding) = errors.check(
                &format!("observations[{i}].finding"),
                text::required(&o.finding, NOTE_MAX),
            ) {
                observations.push(Observation {
                    topic: o.topic,
                    finding,
                });
            }
        }
        errors.into_result()?;
        Ok(ReportContent {
            summary: summary.ok_or_else(ValidationErrors::new)?,
            incidents,
            observations,
        })
    }
}

impl MonitorReport {
    /// Replaces a draft's content; a submitted report refuses.
    pub fn edit(
        &mut self,
        by: UserId,
        phase: Phase,
        content: ReportContent,
    ) -> Result<(), ReportError> {
        self.check_author(by)?;
        self.phase = phase;
        self.summary = content.summary;
        self.incidents = content.incidents;
        self.observations = content.observations;
        self.version += 1;
        Ok(())
    }

    pub fn submit(&mut self, recorded: Recorded) -> Result<(), ReportError> {
        self.check_author(recorded.by)?;
        self.status = ReportStatus::Submitted;
        self.submitted = Some(recorded);
        self.version += 1;
        Ok(())
    }

    fn check_author(&self, by: UserId) -> Result<(), ReportError> {
        if self.status == ReportStatus::Submitted {
            return Err(ReportError::Submitted);
        }
        if by != self.author {
            return Err(ReportError::NotAuthor);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn user(n: u128) -> UserId {
        UserId::from_uuid(uuid::Uuid::from_u128(n))
    }

    fn report() -> MonitorReport {
        MonitorReport {
            id: ReportId::from_uuid(uuid::Uuid::from_u128(1)),
            operation_id: OperationId::from_uuid(uuid::Uuid::from_u128(2)),
            author: user(3),
            author_organisation: OrganisationId::from_uuid(uuid::Uuid::from_u128(4)),
            phase: Phase::PreDeparture,
            status: ReportStatus::Draft,
            summary: "draft".into(),
            incidents: vec![],
            observations: vec![],
            corrects: None,
            created: Recorded {
                by: user(3),
                at: datetime!(2026-03-02 06:00 UTC),
            },
            submitted: None,
            version: 1,
        }
    }

    fn content() -> ReportContent {
        ReportContent {
            summary: "Boarding calm; restraints used on one person".into(),
            incidents: vec![],
            observations: vec![],
        }
    }

    #[test]
    fn a_submitted_report_never_changes() {
        let mut r = report();
        assert_eq!(
            r.edit(user(9), Phase::InFlight, content()),
            Err(ReportError::NotAuthor)
        );
        r.edit(user(3), Phase::InFlight, content())
            .expect("draft edits");
        r.submit(Recorded {
            by: user(3),
            at: datetime!(2026-03-02 12:00 UTC),
        })
        .expect("submits");
        let frozen = r.clone();
        assert_eq!(
            r.edit(user(3), Phase::HandOver, content()),
            Err(ReportError::Submitted)
        );
        assert_eq!(
            r.submit(Recorded {
                by: user(3),
                at: datetime!(2026-03-02 13:00 UTC),
            }),
            Err(ReportError::Submitted)
        );
        assert_eq!(r, frozen);
    }

    #[test]
    fn report_input_reports_each_bad_incident() {
        let input = ReportInput {
            phase: Phase::HandOver,
            summary: " ".into(),
            incidents: vec![IncidentInput {
                kind: IncidentKind::UseOfForce,
                occurred_at: Some("2030-01-01T00:00".into()),
                description: "".into(),
            }],
            observations: vec![Observation {
                topic: RightsTopic::FamilyUnity,
                finding: "".into(),
            }],
            corrects: None,
        };
        let fields: Vec<String> = input
            .validate(datetime!(2026-03-02 12:00 UTC))
            .expect_err("invalid")
            .iter()
            .map(|e| e.field.clone())
            .collect();
        assert_eq!(
            fields,
            [
                "summary",
                "incidents[0].description",
                "incidents[0].occurred_at",
                "observations[0].finding"
            ]
        );
    }

    #[test]
    fn availability_is_inclusive() {
        let profile = MonitorProfile {
            user_id: user(1),
            organisation_id: OrganisationId::from_uuid(uuid::Uuid::from_u128(4)),
            display_name: "M".into(),
            nationality: CountryCode::parse("SEN").expect("SEN"),
            languages: vec![],
            availability: vec![Availability {
                from: time::macros::date!(2026 - 03 - 01),
                to: time::macros::date!(2026 - 03 - 31),
            }],
            version: 1,
        };
        assert!(profile.is_available_on(time::macros::date!(2026 - 03 - 31)));
        assert!(!profile.is_available_on(time::macros::date!(2026 - 04 - 01)));
    }
}
