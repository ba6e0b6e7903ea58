//! Movements and return operations.
//!
//! A return operation (a charter flight, a convoy, a group on a scheduled flight) moves people
//! on a date, by one or more legs, to an arrival point in one country of return. Its manifest
//! is built from cases that are ready: a case whose departure guards do not hold on the
//! operation's date is refused, and the refusal names each guard. Each manifest entry keeps
//! what carriers, border posts and reception staff need to know of the people on it, and
//! nothing else.

use crate::case::records::Recorded;
use crate::case::{Case, ReturnCategory, Stage, TravelDocumentKind, UnmetGuard, unmet_guards};
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{CaseId, OperationId, OrganisationId, PersonId, PointId, UserId};
use crate::journey::monitoring::MonitorAssignment;
use crate::journey::parse_moment;
use crate::journey::readiness::EscortKind;
use crate::person::{DateOfBirth, NAME_MAX, NOTE_MAX, Sex, parse_date};
use crate::screening::SpecialNeed;
use crate::text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use time::{Date, OffsetDateTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum TravelMode {
    Air,
    Land,
    Sea,
}

impl TravelMode {
    pub const ALL: [TravelMode; 3] = [TravelMode::Air, TravelMode::Land, TravelMode::Sea];

    pub fn as_str(&self) -> &'static str {
        match self {
            TravelMode::Air => "air",
            TravelMode::Land => "land",
            TravelMode::Sea => "sea",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OperationKind {
    CharterFlight,
    /// A group (possibly of one) on a scheduled commercial flight.
    ScheduledFlight,
    /// Buses or trucks by road, usually to a land border.
    Convoy,
    SeaCrossing,
}

impl OperationKind {
    pub const ALL: [OperationKind; 4] = [
        OperationKind::CharterFlight,
        OperationKind::ScheduledFlight,
        OperationKind::Convoy,
        OperationKind::SeaCrossing,
    ];
}

/// One leg of a movement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Leg {
    pub mode: TravelMode,
    /// The airline, bus company or shipping line.
    pub carrier: String,
    /// Flight number (`AT 563`) or convoy number.
    pub number: Option<String>,
    /// IATA airport codes for air legs; a border point code or a named place otherwise.
    pub from: String,
    pub to: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub departs_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub arrives_at: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub departed_at: Option<OffsetDateTime>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub arrived_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LegInput {
    pub mode: TravelMode,
    pub carrier: String,
    #[serde(default)]
    pub number: Option<String>,
    pub from: String,
    pub to: String,
    /// `YYYY-MM-DDTHH:MM` (UTC) or RFC 3339.
    pub departs_at: String,
    pub arrives_at: String,
}

fn place(
    field: &str,
    raw: &str,
    mode: TravelMode,
    errors: &mut ValidationErrors,
) -> Option<String> {
    let value = errors.check(field, text::required(raw, NAME_MAX))?;
    if mode == TravelMode::Air {
        let code = value.to_ascii_uppercase();
        if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            errors.add(
                field,
                InvalidValue::new(
                    "invalid_iata_code",
                    "an air leg goes between airports named by their three-letter IATA codes",
                ),
            );
            return None;
        }
        return Some(code);
    }
    Some(value)
}

impl LegInput {
    fn validate(&self, i: usize, errors: &mut ValidationErrors) -> Option<Leg> {
        let f = |name: &str| format!("legs[{i}].{name}");
        let carrier = errors.check(&f("carrier"), text::required(&self.carrier, NAME_MAX));
        let number = errors.check(&f("number"), text::optional(self.number.as_deref(), 20));
        let from = place(&f("from"), &self.from, self.mode, errors);
        let to = place(&f("to"), &self.to, self.mode, errors);
        let departs_at = errors.check(&f("departs_at"), parse_moment(&self.departs_at));
        let arrives_at = errors.check(&f("arrives_at"), parse_moment(&self.arrives_at));
        if let (Some(d), Some(a)) = (departs_at, arrives_at)
            && a < d
        {
            errors.add(
                f("arrives_at"),
                InvalidValue::new(
                    "arrives_before_departure",
                    "the leg arrives before it leaves",
                ),
            );
            return None;
        }
        Some(Leg {
            mode: self.mode,
            carrier: carrier?,
            number: number?,
            from: from?,
            to: to?,
            departs_at: departs_at?,
            arrives_at: arrives_at?,
            departed_at: None,
            arrived_at: None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OperationStatus {
    Planned,
    Departed,
    Arrived,
    Cancelled,
}

impl OperationStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            OperationStatus::Planned => "planned",
            OperationStatus::Departed => "departed",
            OperationStatus::Arrived => "arrived",
            OperationStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(input: &str) -> Option<OperationStatus> {
        [
            OperationStatus::Planned,
            OperationStatus::Departed,
            OperationStatus::Arrived,
            OperationStatus::Cancelled,
        ]
        .into_iter()
        .find(|s| s.as_str() == input)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EntryStatus {
    Listed,
    /// Did not come to the departure; stays off the movement.
    NoShow,
    Departed,
    Arrived,
}

/// A person on a manifest: what a carrier or a border post needs, nothing more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ManifestPerson {
    pub person_id: PersonId,
    pub given_names: String,
    pub family_name: String,
    pub sex: Sex,
    pub date_of_birth: Option<DateOfBirth>,
    pub nationality: Option<CountryCode>,
    /// ISO 639 codes, so that reception can have someone who speaks them.
    pub languages: Vec<String>,
}

/// The travel document the entry travels on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ManifestDocument {
    pub kind: TravelDocumentKind,
    pub number: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub expires_on: Date,
}

/// One case on a manifest: its people travel together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ManifestEntry {
    pub case_id: CaseId,
    pub case_number: String,
    pub persons: Vec<ManifestPerson>,
    pub document: Option<ManifestDocument>,
    /// Operational needs from screening (escort, wheelchair, interpreter, shelter…).
    pub special_needs: BTreeSet<SpecialNeed>,
    pub escorts: Vec<(EscortKind, String)>,
    /// Region and town of return, for onward transport.
    pub destination: Option<String>,
    pub status: EntryStatus,
    pub added: Recorded,
}

impl ManifestEntry {
    /// Builds the entry of `case`, travelling on `on`, from what the case and its people say.
    pub fn of(case: &Case, persons: Vec<ManifestPerson>, on: Date, added: Recorded) -> Self {
        let document = case
            .travel_documents
            .iter()
            .rev()
            .find(|d| d.is_valid_on(on))
            .map(|d| ManifestDocument {
                kind: d.kind,
                number: d.number.clone(),
                expires_on: d.expires_on,
            });
        let community = &case.community_of_return;
        let destination = [
            community.locality.clone(),
            community.admin1.as_ref().map(|a| a.name.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        Self {
            case_id: case.id,
            case_number: case.number.to_string(),
            persons,
            document,
            special_needs: case
                .screening
                .as_ref()
                .map(|s| s.result.special_needs.clone())
                .unwrap_or_default(),
            escorts: case
                .escorts
                .iter()
                .map(|e| (e.kind, e.name.clone()))
                .collect(),
            destination: (!destination.is_empty()).then_some(destination),
            status: EntryStatus::Listed,
            added,
        }
    }

    /// Whether the entry's people are (still) travelling with the operation.
    pub fn travels(&self) -> bool {
        self.status != EntryStatus::NoShow
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnOperation {
    pub id: OperationId,
    /// A short reference the organiser and carriers use (`NIM-BKO-2026-03`).
    pub reference: String,
    pub kind: OperationKind,
    /// Forced-return operations carry only forced returns, with escort officers and monitors;
    /// voluntary returnees never travel on them.
    pub forced: bool,
    pub organisation_id: OrganisationId,
    pub departure_country: CountryCode,
    pub destination_country: CountryCode,
    pub arrival_point: PointId,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub planned_on: Date,
    /// Seats for returnees (escorts and monitors travel in addition).
    pub capacity: u32,
    pub legs: Vec<Leg>,
    /// Escort officers (users) assigned to the operation.
    pub escort_officers: Vec<UserId>,
    pub monitors: Vec<MonitorAssignment>,
    pub manifest: Vec<ManifestEntry>,
    pub status: OperationStatus,
    pub notes: Option<String>,
    pub created: Recorded,
    pub version: i64,
}

/// Why an operation refused a change. `code()` is the stable API code.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum OperationError {
    #[error("the case cannot travel: {} departure guard(s) unmet", guards.len())]
    GuardsUnmet { guards: Vec<UnmetGuard> },
    #[error("the case is at {stage}, not ready to travel (pre_departure)")]
    CaseNotReady { stage: Stage },
    #[error("the case returns to another country than the operation's")]
    WrongDestination,
    #[error("a forced return and a voluntary return never travel on the same operation")]
    CategoryMismatch,
    #[error("the case is already on the manifest")]
    AlreadyListed,
    #[error("the case is not on the manifest")]
    NotListed,
    #[error("the operation has {free} seat(s) left, and the case needs {needed}")]
    CapacityExceeded { free: u32, needed: u32 },
    #[error("the operation is {status:?}; this needs a planned operation")]
    NotPlanned { status: OperationStatus },
    #[error("the operation has not departed")]
    NotDeparted,
    #[error("nobody on the manifest travels")]
    ManifestEmpty,
    #[error("monitors are assigned to forced-return operations only")]
    NotForced,
    #[error("a monitor must be independent of the organiser")]
    MonitorNotIndependent,
    #[error("the monitor is not available on the day")]
    MonitorUnavailable,
    #[error("already assigned")]
    AlreadyAssigned,
}

impl OperationError {
    pub fn code(&self) -> &'static str {
        match self {
            OperationError::GuardsUnmet { .. } => "guards_unmet",
            OperationError::CaseNotReady { .. } => "case_not_ready",
            OperationError::WrongDestination => "wrong_destination",
            OperationError::CategoryMismatch => "category_mismatch",
            OperationError::AlreadyListed => "already_listed",
            OperationError::NotListed => "not_listed",
            OperationError::CapacityExceeded { .. } => "capacity_exceeded",
            OperationError::NotPlanned { .. } => "operation_not_planned",
            OperationError::NotDeparted => "operation_not_departed",
            OperationError::ManifestEmpty => "manifest_empty",
            OperationError::NotForced => "not_forced_operation",
            OperationError::MonitorNotIndependent => "monitor_not_independent",
            OperationError::MonitorUnavailable => "monitor_unavailable",
            OperationError::AlreadyAssigned => "already_assigned",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OperationInput {
    pub reference: String,
    pub kind: OperationKind,
    #[serde(default)]
    pub forced: bool,
    pub departure_country: String,
    pub destination_country: String,
    pub arrival_point: PointId,
    /// `YYYY-MM-DD`
    pub planned_on: String,
    pub capacity: u32,
    #[serde(default)]
    pub legs: Vec<LegInput>,
    #[serde(default)]
    pub notes: Option<String>,
}

/// The checked fields of an operation, before ids and the organiser are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationFields {
    pub reference: String,
    pub departure_country: CountryCode,
    pub destination_country: CountryCode,
    pub planned_on: Date,
    pub legs: Vec<Leg>,
    pub notes: Option<String>,
}

impl OperationInput {
    /// Checks every field. `today` refuses operations planned in the past.
    pub fn validate(&self, today: Date) -> Result<OperationFields, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let reference = errors.check("reference", text::required(&self.reference, 40));
        let departure = errors.check(
            "departure_country",
            CountryCode::parse(&self.departure_country),
        );
        let destination = errors.check(
            "destination_country",
            CountryCode::parse(&self.destination_country),
        );
        if let (Some(d), Some(a)) = (departure, destination)
            && d == a
        {
            errors.add(
                "destination_country",
                InvalidValue::new(
                    "same_as_host_country",
                    "the country of return must differ from the country of departure",
                ),
            );
        }
        let planned_on = errors.check("planned_on", parse_date(&self.planned_on));
        if planned_on.is_some_and(|d| d < today) {
            errors.add(
                "planned_on",
                InvalidValue::new("date_in_past", "an operation is planned for today or later"),
            );
        }
        if self.capacity == 0 || self.capacity > 1000 {
            errors.add(
                "capacity",
                InvalidValue::new("invalid_capacity", "between 1 and 1000 seats"),
            );
        }
        if self.legs.is_empty() {
            errors.add(
                "legs",
                InvalidValue::new("legs_required", "describe at least one leg of the movement"),
            );
        }
        let legs: Vec<Option<Leg>> = self
            .legs
            .iter()
            .enumerate()
            .map(|(i, leg)| leg.validate(i, &mut errors))
            .collect();
        // Legs follow one another: a leg cannot leave before the one before it has arrived.
        for (i, pair) in legs.windows(2).enumerate() {
            if let [Some(before), Some(after)] = pair
                && after.departs_at < before.arrives_at
            {
                errors.add(
                    format!("legs[{}].departs_at", i + 1),
                    InvalidValue::new(
                        "leg_out_of_order",
                        "this leg leaves before the previous one arrives",
                    ),
                );
            }
        }
        let notes = errors.check("notes", text::optional(self.notes.as_deref(), NOTE_MAX));
        errors.into_result()?;
        match (reference, departure, destination, planned_on, notes) {
            (
                Some(reference),
                Some(departure),
                Some(destination),
                Some(planned_on),
                Some(notes),
            ) => Ok(OperationFields {
                reference,
                departure_country: departure,
                destination_country: destination,
                planned_on,
                legs: legs.into_iter().flatten().collect(),
                notes,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}

impl ReturnOperation {
    pub fn mode(&self) -> Option<TravelMode> {
        self.legs.last().map(|l| l.mode)
    }

    /// Seats taken by people still travelling.
    pub fn seats_taken(&self) -> u32 {
        self.manifest
            .iter()
            .filter(|e| e.travels())
            .map(|e| e.persons.len() as u32)
            .sum()
    }

    pub fn entry(&self, case: CaseId) -> Option<&ManifestEntry> {
        self.manifest.iter().find(|e| e.case_id == case)
    }

    fn require_planned(&self) -> Result<(), OperationError> {
        if self.status == OperationStatus::Planned {
            Ok(())
        } else {
            Err(OperationError::NotPlanned {
                status: self.status,
            })
        }
    }

    /// Every reason `case` may not go on this manifest; empty when it may. Departure guards are
    /// checked for the operation's date.
    pub fn refusal(&self, case: &Case, people: u32) -> Option<OperationError> {
        if let Err(e) = self.require_planned() {
            return Some(e);
        }
        if self.entry(case.id).is_some() {
            return Some(OperationError::AlreadyListed);
        }
        if case.stage != Stage::PreDeparture {
            return Some(OperationError::CaseNotReady { stage: case.stage });
        }
        if case.return_country != self.destination_country {
            return Some(OperationError::WrongDestination);
        }
        if (case.category == ReturnCategory::ForcedReturn) != self.forced {
            return Some(OperationError::CategoryMismatch);
        }
        let guards = unmet_guards(case, Stage::Departed, self.planned_on);
        if !guards.is_empty() {
            return Some(OperationError::GuardsUnmet { guards });
        }
        let free = self.capacity.saturating_sub(self.seats_taken());
        if people > free {
            return Some(OperationError::CapacityExceeded {
                free,
                needed: people,
            });
        }
        None
    }

    /// Puts a ready case on the manifest, or says why not (the operation is then unchanged).
    pub fn add(&mut self, case: &Case, entry: ManifestEntry) -> Result<(), OperationError> {
        if let Some(refusal) = self.refusal(case, entry.persons.len() as u32) {
            return Err(refusal);
        }
        self.manifest.push(entry);
        self.version += 1;
        Ok(())
    }

    pub fn remove(&mut self, case: CaseId) -> Result<(), OperationError> {
        self.require_planned()?;
        let before = self.manifest.len();
        self.manifest.retain(|e| e.case_id != case);
        if self.manifest.len() == before {
            return Err(OperationError::NotListed);
        }
        self.version += 1;
        Ok(())
    }

    /// Records that the people of a case did not come to the departure.
    pub fn mark_no_show(&mut self, case: CaseId) -> Result<(), OperationError> {
        self.require_planned()?;
        let entry = self
            .manifest
            .iter_mut()
            .find(|e| e.case_id == case)
            .ok_or(OperationError::NotListed)?;
        entry.status = EntryStatus::NoShow;
        self.version += 1;
        Ok(())
    }

    /// The operation leaves at `at`: returns the cases that depart with it.
    pub fn depart(&mut self, at: OffsetDateTime) -> Result<Vec<CaseId>, OperationError> {
        self.require_planned()?;
        let departing: Vec<CaseId> = self
            .manifest
            .iter()
            .filter(|e| e.status == EntryStatus::Listed)
            .map(|e| e.case_id)
            .collect();
        if departing.is_empty() {
            return Err(OperationError::ManifestEmpty);
        }
        for entry in &mut self.manifest {
            if entry.status == EntryStatus::Listed {
                entry.status = EntryStatus::Departed;
            }
        }
        if let Some(first) = self.legs.first_mut() {
            first.departed_at = Some(at);
        }
        self.status = OperationStatus::Departed;
        self.version += 1;
        Ok(departing)
    }

    /// Records the arrival of a case's people; the operation has arrived once all have.
    pub fn confirm_arrival(
        &mut self,
        case: CaseId,
        at: OffsetDateTime,
    ) -> Result<(), OperationError> {
        if !matches!(
            self.status,
            OperationStatus::Departed | OperationStatus::Arrived
        ) {
            return Err(OperationError::NotDeparted);
        }
        let entry = self
            .manifest
            .iter_mut()
            .find(|e| e.case_id == case && e.status == EntryStatus::Departed)
            .ok_or(OperationError::NotListed)?;
        entry.status = EntryStatus::Arrived;
        if let Some(last) = self.legs.last_mut()
            && last.arrived_at.is_none()
        {
            last.arrived_at = Some(at);
        }
        if self
            .manifest
            .iter()
            .all(|e| e.status != EntryStatus::Departed)
        {
            self.status = OperationStatus::Arrived;
        }
        self.version += 1;
        Ok(())
    }

    pub fn cancel(&mut self) -> Result<(), OperationError> {
        self.require_planned()?;
        self.status = OperationStatus::Cancelled;
        self.version += 1;
        Ok(())
    }

    pub fn assign_escort_officer(&mut self, user: UserId) -> Result<(), OperationError> {
        if self.status == OperationStatus::Cancelled {
            return Err(OperationError::NotPlanned {
                status: self.status,
            });
        }
        if self.escort_officers.contains(&user) {
            return Err(OperationError::AlreadyAssigned);
        }
        self.escort_officers.push(user);
        self.version += 1;
        Ok(())
    }

    /// Assigns a monitor from the pool: to forced-return operations only, never someone of the
    /// organiser's own organisation, and only on a day the monitor is available.
    pub fn assign_monitor(
        &mut self,
        profile: &crate::journey::monitoring::MonitorProfile,
        assigned: Recorded,
    ) -> Result<(), OperationError> {
        self.require_planned()?;
        if !self.forced {
            return Err(OperationError::NotForced);
        }
        if profile.organisation_id == self.organisation_id {
            return Err(OperationError::MonitorNotIndependent);
        }
        if !profile.is_available_on(self.planned_on) {
            return Err(OperationError::MonitorUnavailable);
        }
        if self.monitors.iter().any(|m| m.monitor == profile.user_id) {
            return Err(OperationError::AlreadyAssigned);
        }
        self.monitors.push(MonitorAssignment {
            monitor: profile.user_id,
            name: profile.display_name.clone(),
            assigned,
        });
        self.version += 1;
        Ok(())
    }

    pub fn is_monitor(&self, user: UserId) -> bool {
        self.monitors.iter().any(|m| m.monitor == user)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is the test failing
mod tests {
    use super::*;

    fn leg(from: &str, to: &str, departs_at: &str, arrives_at: &str) -> LegInput {
        LegInput {
            mode: TravelMode::Air,
            carrier: "Air Sénégal".into(),
            number: Some("HC 302".into()),
            from: from.into(),
            to: to.into(),
            departs_at: departs_at.into(),
            arrives_at: arrives_at.into(),
        }
    }

    fn input(legs: Vec<LegInput>) -> OperationInput {
        OperationInput {
            reference: "TIP-DSS-2026-12".into(),
            kind: OperationKind::ScheduledFlight,
            forced: false,
            departure_country: "LBY".into(),
            destination_country: "SEN".into(),
            arrival_point: PointId::from_uuid(uuid::Uuid::nil()),
            planned_on: "2026-12-10".into(),
            capacity: 12,
            legs,
            notes: None,
        }
    }

    fn today() -> Date {
        parse_date("2026-12-04").unwrap()
    }

    #[test]
    fn a_connection_keeps_its_legs_in_order() {
        let fields = input(vec![
            leg("MJI", "IST", "2026-12-10T06:00", "2026-12-10T09:30"),
            leg("IST", "DSS", "2026-12-10T12:15", "2026-12-10T17:40"),
        ])
        .validate(today())
        .unwrap();
        let route: Vec<_> = fields
            .legs
            .iter()
            .map(|l| (l.from.as_str(), l.to.as_str()))
            .collect();
        assert_eq!(route, [("MJI", "IST"), ("IST", "DSS")]);
    }

    #[test]
    fn a_leg_cannot_leave_before_the_previous_one_arrives() {
        let errors = input(vec![
            leg("MJI", "IST", "2026-12-10T06:00", "2026-12-10T09:30"),
            leg("IST", "DSS", "2026-12-10T08:00", "2026-12-10T13:00"),
        ])
        .validate(today())
        .unwrap_err();
        let found: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(found, [("legs[1].departs_at", "leg_out_of_order")]);
    }
}
