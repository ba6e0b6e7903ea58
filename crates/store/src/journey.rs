//! Storage of the return journey: border points and consular missions (reference lists),
//! consular requests, return operations, monitors and their reports, arrivals and assistance.
//!
//! Each record is stored whole (its JSON state) with the columns queries filter on, and saved
//! only if its stored version is the one the caller read (optimistic concurrency).

use crate::{Result, ScopeFilter};
use async_trait::async_trait;
use bayiri_domain::case::CaseEvent;
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::*;
use bayiri_domain::journey::arrival::{Arrival, Assistance};
use bayiri_domain::journey::consular::{ConsularMission, ConsularRequest, ConsularStatus};
use bayiri_domain::journey::monitoring::{MonitorProfile, MonitorReport};
use bayiri_domain::journey::operation::{OperationStatus, ReturnOperation};
use bayiri_domain::journey::points::BorderPoint;
use time::OffsetDateTime;

#[async_trait]
pub trait ReferenceLists {
    async fn insert_point(&mut self, point: &BorderPoint) -> Result<()>;
    /// Saves a changed point (carrying its new version) if the stored one is `expected_version`.
    async fn update_point(&mut self, point: &BorderPoint, expected_version: i64) -> Result<()>;
    async fn point(&mut self, id: PointId) -> Result<BorderPoint>;
    /// Points by country and code; all countries when `country` is `None`.
    async fn points(&mut self, country: Option<CountryCode>) -> Result<Vec<BorderPoint>>;
    async fn insert_mission(&mut self, mission: &ConsularMission) -> Result<()>;
    async fn mission(&mut self, id: MissionId) -> Result<ConsularMission>;
    async fn missions(&mut self) -> Result<Vec<ConsularMission>>;
}

/// Filters of the consular request list; each applies when set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsularQuery {
    /// Requests sent by this organisation.
    pub organisation: Option<OrganisationId>,
    /// Requests addressed to these missions.
    pub missions: Option<Vec<MissionId>>,
    pub case: Option<CaseId>,
    pub status: Option<ConsularStatus>,
    pub limit: u32,
}

#[async_trait]
pub trait ConsularRequests {
    async fn insert_consular_request(&mut self, request: &ConsularRequest) -> Result<()>;
    async fn save_consular_request(
        &mut self,
        request: &ConsularRequest,
        expected_version: i64,
    ) -> Result<()>;
    async fn consular_request(&mut self, id: ConsularRequestId) -> Result<ConsularRequest>;
    /// Oldest first.
    async fn list_consular_requests(
        &mut self,
        query: &ConsularQuery,
    ) -> Result<Vec<ConsularRequest>>;
}

/// Filters of the operation list; each applies when set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OperationQuery {
    pub organisation: Option<OrganisationId>,
    /// Operations this user is assigned to (as escort officer or monitor).
    pub member: Option<UserId>,
    pub destination_countries: Option<Vec<CountryCode>>,
    /// Operations with this case on their manifest.
    pub case: Option<CaseId>,
    pub status: Option<OperationStatus>,
    pub limit: u32,
}

#[async_trait]
pub trait Operations {
    async fn insert_operation(&mut self, operation: &ReturnOperation) -> Result<()>;
    async fn save_operation(
        &mut self,
        operation: &ReturnOperation,
        expected_version: i64,
    ) -> Result<()>;
    async fn operation(&mut self, id: OperationId) -> Result<ReturnOperation>;
    /// Soonest planned date first.
    async fn list_operations(&mut self, query: &OperationQuery) -> Result<Vec<ReturnOperation>>;
}

#[async_trait]
pub trait Monitoring {
    /// Inserts the profile when `expected_version` is `None`, otherwise updates it if the stored
    /// version matches.
    async fn save_monitor_profile(
        &mut self,
        profile: &MonitorProfile,
        expected_version: Option<i64>,
    ) -> Result<()>;
    async fn monitor_profile(&mut self, user: UserId) -> Result<MonitorProfile>;
    async fn monitor_profiles(&mut self) -> Result<Vec<MonitorProfile>>;
    async fn insert_report(&mut self, report: &MonitorReport) -> Result<()>;
    /// Saves a draft; the database itself refuses to change a submitted report.
    async fn save_report(&mut self, report: &MonitorReport, expected_version: i64) -> Result<()>;
    async fn report(&mut self, id: ReportId) -> Result<MonitorReport>;
    /// Oldest first.
    async fn reports_of(&mut self, operation: OperationId) -> Result<Vec<MonitorReport>>;
}

/// Filters of arrivals; each applies when set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArrivalQuery {
    /// Arrivals in these countries.
    pub countries: Option<Vec<CountryCode>>,
    /// Arrivals of cases run by this organisation.
    pub case_organisation: Option<OrganisationId>,
    pub case: Option<CaseId>,
    pub since: Option<OffsetDateTime>,
    pub limit: u32,
}

#[async_trait]
pub trait Arrivals {
    async fn insert_arrival(&mut self, arrival: &Arrival) -> Result<()>;
    async fn arrival(&mut self, id: ArrivalId) -> Result<Arrival>;
    /// Latest first.
    async fn list_arrivals(&mut self, query: &ArrivalQuery) -> Result<Vec<Arrival>>;
    /// Assistance is append-only.
    async fn insert_assistance(&mut self, assistance: &Assistance) -> Result<()>;
    async fn assistance_of(&mut self, arrival: ArrivalId) -> Result<Vec<Assistance>>;
    /// Assistance on the arrivals the query selects.
    async fn list_assistance(&mut self, query: &ArrivalQuery) -> Result<Vec<Assistance>>;
    /// The events indicators of returns read, for cases in `scope`: every `arrival_registered`
    /// event and every `stage_changed` event into `arrived`, with the case's country of return,
    /// in case and sequence order.
    async fn return_events(&mut self, scope: &ScopeFilter)
    -> Result<Vec<(CaseEvent, CountryCode)>>;
}
