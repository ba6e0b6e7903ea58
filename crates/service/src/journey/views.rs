//! What each role is shown of journey records: projections holding only what the work needs.

use bayiri_domain::case::{ReturnCategory, TravelDocumentKind};
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::*;
use bayiri_domain::journey::arrival::{Arrival, Assistance};
use bayiri_domain::journey::consular::*;
use bayiri_domain::journey::operation::{
    EntryStatus, ManifestEntry, OperationStatus, ReturnOperation, TravelMode,
};
use bayiri_domain::journey::readiness::EscortKind;
use bayiri_domain::person::{DateOfBirth, Person, Place, Sex};
use bayiri_domain::screening::SpecialNeed;
use serde::Serialize;
use std::collections::BTreeSet;
use time::{Date, OffsetDateTime};

/// The person a consular mission is asked about: identity only.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsularPerson {
    pub given_names: String,
    pub family_name: String,
    pub original_script_name: Option<String>,
    pub sex: Sex,
    pub date_of_birth: Option<DateOfBirth>,
    pub place_of_birth: Option<Place>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub claimed_nationality: Option<CountryCode>,
}

impl ConsularPerson {
    pub fn of(person: &Person) -> Self {
        let names = &person.details.names;
        Self {
            given_names: names.given_names.clone(),
            family_name: names.family_name.clone(),
            original_script_name: names.original_script.as_ref().map(|o| {
                format!("{} {}", o.given_names, o.family_name)
                    .trim()
                    .to_string()
            }),
            sex: person.details.sex,
            date_of_birth: person.details.date_of_birth,
            place_of_birth: person.details.place_of_birth.clone(),
            claimed_nationality: person.details.nationality.claimed,
        }
    }
}

/// A consular request as its sender or its mission sees it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsularRequestView {
    pub id: ConsularRequestId,
    pub mission_id: MissionId,
    pub mission_name: String,
    pub person: ConsularPerson,
    /// The case, for the sending organisation only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_id: Option<CaseId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_number: Option<String>,
    pub document: TravelDocumentKind,
    pub evidence: Vec<Evidence>,
    pub fee: Fee,
    pub status: ConsularStatus,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub interview_on: Option<Date>,
    pub interview_place: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub confirmed_nationality: Option<CountryCode>,
    pub issued: Option<IssuedDocument>,
    pub outcome_reason: Option<String>,
    pub history: Vec<StatusChange>,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub requested_at: OffsetDateTime,
    pub days_open: i64,
    pub overdue: bool,
    pub version: i64,
}

impl ConsularRequestView {
    pub fn of(
        request: &ConsularRequest,
        mission: &ConsularMission,
        person: &Person,
        case_number: Option<String>,
        today: Date,
        overdue_days: i64,
    ) -> Self {
        let end = request
            .history
            .iter()
            .find(|c| c.status.is_final())
            .map_or(today, |c| c.recorded.at.date());
        Self {
            id: request.id,
            mission_id: mission.id,
            mission_name: mission.name.clone(),
            person: ConsularPerson::of(person),
            case_id: case_number.is_some().then_some(request.case_id),
            case_number,
            document: request.document,
            evidence: request.evidence.clone(),
            fee: request.fee,
            status: request.status,
            interview_on: request.interview_on,
            interview_place: request.interview_place.clone(),
            confirmed_nationality: request.confirmed_nationality,
            issued: request.issued.clone(),
            outcome_reason: request.outcome_reason.clone(),
            history: request.history.clone(),
            requested_at: request.requested_at(),
            days_open: (end - request.requested_at().date()).whole_days(),
            overdue: request.is_overdue(today, overdue_days),
            version: request.version,
        }
    }
}

/// An operation as its organiser, escorts and monitors see it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OperationView {
    #[serde(flatten)]
    pub operation: ReturnOperation,
    pub arrival_point_name: String,
    pub arrival_point_code: String,
    pub seats_taken: u32,
    /// Whether the viewer organises it (manifest, departure, assignments).
    pub organiser: bool,
}

/// One person announced to reception staff.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExpectedPerson {
    pub case_id: CaseId,
    pub person_id: PersonId,
    pub name: String,
    pub sex: Sex,
    pub date_of_birth: Option<DateOfBirth>,
    /// ISO 639 codes, to have someone who speaks them.
    pub languages: Vec<String>,
    /// What to prepare for: escort, medical escort, guardian, interpreter, wheelchair, shelter.
    pub special_needs: BTreeSet<SpecialNeed>,
    pub escorts: Vec<EscortKind>,
    /// Region and town of return, for onward transport.
    pub destination: Option<String>,
    pub arrived: bool,
}

/// A pre-arrival notification: who is coming, when and where, and what to prepare for.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PreArrivalNotice {
    pub operation_id: OperationId,
    pub reference: String,
    pub status: OperationStatus,
    pub point_id: PointId,
    pub point_name: String,
    pub point_code: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub country: CountryCode,
    pub mode: Option<TravelMode>,
    pub carrier: Option<String>,
    pub number: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub expected_at: Option<OffsetDateTime>,
    pub persons: Vec<ExpectedPerson>,
}

impl PreArrivalNotice {
    pub fn of(operation: &ReturnOperation, point_name: &str, point_code: &str) -> Self {
        let last = operation.legs.last();
        let persons = operation
            .manifest
            .iter()
            .filter(|e| e.travels())
            .flat_map(|e: &ManifestEntry| {
                e.persons.iter().map(move |p| ExpectedPerson {
                    case_id: e.case_id,
                    person_id: p.person_id,
                    name: format!("{} {}", p.given_names, p.family_name.to_uppercase()),
                    sex: p.sex,
                    date_of_birth: p.date_of_birth,
                    languages: p.languages.clone(),
                    special_needs: e.special_needs.clone(),
                    escorts: e.escorts.iter().map(|(k, _)| *k).collect(),
                    destination: e.destination.clone(),
                    arrived: e.status == EntryStatus::Arrived,
                })
            })
            .collect();
        Self {
            operation_id: operation.id,
            reference: operation.reference.clone(),
            status: operation.status,
            point_id: operation.arrival_point,
            point_name: point_name.to_string(),
            point_code: point_code.to_string(),
            country: operation.destination_country,
            mode: operation.mode(),
            carrier: last.map(|l| l.carrier.clone()),
            number: last.and_then(|l| l.number.clone()),
            expected_at: last.map(|l| l.arrives_at),
            persons,
        }
    }
}

/// An arrival with the assistance given since.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArrivalView {
    #[serde(flatten)]
    pub arrival: Arrival,
    pub assistance: Vec<Assistance>,
    /// People not yet assisted within 72 hours of arriving.
    pub awaiting_assistance: Vec<PersonId>,
}

impl ArrivalView {
    pub fn of(arrival: Arrival, assistance: Vec<Assistance>) -> Self {
        let window = bayiri_domain::journey::indicators::ASSISTANCE_WINDOW;
        let awaiting_assistance = arrival
            .persons
            .iter()
            .filter(|p| {
                !assistance.iter().any(|a| {
                    a.person_id == p.person_id && a.given_at - arrival.arrived_at <= window
                })
            })
            .map(|p| p.person_id)
            .collect();
        Self {
            arrival,
            assistance,
            awaiting_assistance,
        }
    }
}

/// The result of registering a spontaneous returnee.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SpontaneousArrivalView {
    pub arrival: ArrivalView,
    pub case_number: String,
    pub category: ReturnCategory,
    /// Persons already registered who may be the same person, for a case worker to review.
    pub possible_duplicates: Vec<PossibleDuplicate>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PossibleDuplicate {
    pub person_id: PersonId,
    pub name: String,
    pub birth_year: Option<i32>,
}

/// A monitor in the pool, as an organiser choosing one sees them.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PoolEntry {
    pub user_id: UserId,
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub nationality: CountryCode,
    pub languages: Vec<String>,
    /// Available on the operation's day (when asked for an operation).
    pub available: bool,
    /// Independent of the organiser (another organisation).
    pub independent: bool,
}
