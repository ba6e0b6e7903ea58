//! The return journey on PostgreSQL: reference lists, consular requests, operations, monitoring,
//! arrivals.

use crate::PgTx;
use crate::error::map_err;
use crate::persons::country_codes;
use async_trait::async_trait;
use bayiri_domain::case::CaseEvent;
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::*;
use bayiri_domain::journey::arrival::{Arrival, Assistance};
use bayiri_domain::journey::consular::{ConsularMission, ConsularRequest};
use bayiri_domain::journey::monitoring::{MonitorProfile, MonitorReport, ReportStatus};
use bayiri_domain::journey::operation::ReturnOperation;
use bayiri_domain::journey::points::BorderPoint;
use bayiri_store::*;
use uuid::Uuid;

fn conflict(current: Option<i64>) -> StoreError {
    current.map_or(StoreError::NotFound, |current| StoreError::Conflict {
        current,
    })
}

fn decode_all<T: serde::de::DeserializeOwned>(what: &str, rows: Vec<String>) -> Result<Vec<T>> {
    rows.iter().map(|s| decode::json(what, s)).collect()
}

#[async_trait]
impl ReferenceLists for PgTx {
    async fn insert_point(&mut self, point: &BorderPoint) -> Result<()> {
        let id = point.id.as_uuid();
        let code = point.code.as_str();
        let country = point.country.as_str();
        let kind = point.kind.as_str();
        let state = decode::to_json(point)?;
        sqlx::query!(
            "INSERT INTO border_points (id, code, country, kind, active, version, state) VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb)",
            id, code, country, kind, point.active, point.version, state
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn update_point(&mut self, point: &BorderPoint, expected_version: i64) -> Result<()> {
        let id = point.id.as_uuid();
        let code = point.code.as_str();
        let country = point.country.as_str();
        let kind = point.kind.as_str();
        let state = decode::to_json(point)?;
        let updated = sqlx::query!(
            "UPDATE border_points SET code = $1, country = $2, kind = $3, active = $4, version = $5, state = $6::text::jsonb
             WHERE id = $7 AND version = $8",
            code, country, kind, point.active, point.version, state, id, expected_version
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated == 1 {
            return Ok(());
        }
        let current = sqlx::query_scalar!(
            r#"SELECT version AS "v!" FROM border_points WHERE id = $1"#,
            id
        )
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Err(conflict(current))
    }

    async fn point(&mut self, id: PointId) -> Result<BorderPoint> {
        let id = id.as_uuid();
        let state = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM border_points WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode::json("border point", &state)
    }

    async fn points(&mut self, country: Option<CountryCode>) -> Result<Vec<BorderPoint>> {
        let country = country.map(|c| c.as_str());
        let rows = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM border_points WHERE ($1::text IS NULL OR country = $1) ORDER BY country, code"#,
            country
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode_all("border point", rows)
    }

    async fn insert_mission(&mut self, mission: &ConsularMission) -> Result<()> {
        let id = mission.id.as_uuid();
        let organisation = mission.organisation_id.as_uuid();
        let represents = mission.represents.as_str();
        let state = decode::to_json(mission)?;
        sqlx::query!(
            "INSERT INTO consular_missions (id, organisation_id, represents, state) VALUES ($1, $2, $3, $4::text::jsonb)",
            id, organisation, represents, state
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn mission(&mut self, id: MissionId) -> Result<ConsularMission> {
        let id = id.as_uuid();
        let state = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM consular_missions WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode::json("consular mission", &state)
    }

    async fn missions(&mut self) -> Result<Vec<ConsularMission>> {
        let rows = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM consular_missions ORDER BY represents, id"#
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode_all("consular mission", rows)
    }
}

#[async_trait]
impl ConsularRequests for PgTx {
    async fn insert_consular_request(&mut self, request: &ConsularRequest) -> Result<()> {
        let id = request.id.as_uuid();
        let mission = request.mission_id.as_uuid();
        let case = request.case_id.as_uuid();
        let organisation = request.organisation_id.as_uuid();
        let status = request.status.as_str();
        let requested_at = request.requested_at();
        let state = decode::to_json(request)?;
        sqlx::query!(
            "INSERT INTO consular_requests (id, mission_id, case_id, organisation_id, status, requested_at, version, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb)",
            id, mission, case, organisation, status, requested_at, request.version, state
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn save_consular_request(
        &mut self,
        request: &ConsularRequest,
        expected_version: i64,
    ) -> Result<()> {
        let id = request.id.as_uuid();
        let status = request.status.as_str();
        let state = decode::to_json(request)?;
        let updated = sqlx::query!(
            "UPDATE consular_requests SET status = $1, version = $2, state = $3::text::jsonb WHERE id = $4 AND version = $5",
            status, request.version, state, id, expected_version
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated == 1 {
            return Ok(());
        }
        let current = sqlx::query_scalar!(
            r#"SELECT version AS "v!" FROM consular_requests WHERE id = $1"#,
            id
        )
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Err(conflict(current))
    }

    async fn consular_request(&mut self, id: ConsularRequestId) -> Result<ConsularRequest> {
        let id = id.as_uuid();
        let state = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM consular_requests WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode::json("consular request", &state)
    }

    async fn list_consular_requests(
        &mut self,
        query: &ConsularQuery,
    ) -> Result<Vec<ConsularRequest>> {
        let organisation = query.organisation.map(|o| o.as_uuid());
        let missions: Option<Vec<Uuid>> = query
            .missions
            .as_ref()
            .map(|m| m.iter().map(|id| id.as_uuid()).collect());
        let case = query.case.map(|c| c.as_uuid());
        let status = query.status.map(|s| s.as_str());
        let limit = i64::from(query.limit);
        let rows = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM consular_requests
             WHERE ($1::uuid IS NULL OR organisation_id = $1)
               AND ($2::uuid[] IS NULL OR mission_id = ANY($2))
               AND ($3::uuid IS NULL OR case_id = $3)
               AND ($4::text IS NULL OR status = $4)
             ORDER BY requested_at, id
             LIMIT $5"#,
            organisation,
            missions.as_deref(),
            case,
            status,
            limit
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode_all("consular request", rows)
    }
}

impl PgTx {
    /// Rewrites who and what an operation concerns: its cases, escort officers and monitors.
    async fn write_operation_links(&mut self, operation: &ReturnOperation) -> Result<()> {
        let id = operation.id.as_uuid();
        sqlx::query!("DELETE FROM operation_cases WHERE operation_id = $1", id)
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?;
        sqlx::query!("DELETE FROM operation_members WHERE operation_id = $1", id)
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?;
        for entry in &operation.manifest {
            let case = entry.case_id.as_uuid();
            sqlx::query!(
                "INSERT INTO operation_cases (operation_id, case_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                id, case
            )
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?;
        }
        let members = operation
            .escort_officers
            .iter()
            .copied()
            .chain(operation.monitors.iter().map(|m| m.monitor));
        for user in members {
            let user = user.as_uuid();
            sqlx::query!(
                "INSERT INTO operation_members (operation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                id, user
            )
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?;
        }
        Ok(())
    }
}

#[async_trait]
impl Operations for PgTx {
    async fn insert_operation(&mut self, operation: &ReturnOperation) -> Result<()> {
        let id = operation.id.as_uuid();
        let organisation = operation.organisation_id.as_uuid();
        let destination = operation.destination_country.as_str();
        let status = operation.status.as_str();
        let state = decode::to_json(operation)?;
        sqlx::query!(
            "INSERT INTO return_operations (id, organisation_id, destination_country, status, planned_on, version, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb)",
            id, organisation, destination, status, operation.planned_on, operation.version, state
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        self.write_operation_links(operation).await
    }

    async fn save_operation(
        &mut self,
        operation: &ReturnOperation,
        expected_version: i64,
    ) -> Result<()> {
        let id = operation.id.as_uuid();
        let status = operation.status.as_str();
        let state = decode::to_json(operation)?;
        let updated = sqlx::query!(
            "UPDATE return_operations SET status = $1, planned_on = $2, version = $3, state = $4::text::jsonb WHERE id = $5 AND version = $6",
            status, operation.planned_on, operation.version, state, id, expected_version
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated != 1 {
            let current = sqlx::query_scalar!(
                r#"SELECT version AS "v!" FROM return_operations WHERE id = $1"#,
                id
            )
            .fetch_optional(&mut *self.tx)
            .await
            .map_err(map_err)?;
            return Err(conflict(current));
        }
        self.write_operation_links(operation).await
    }

    async fn operation(&mut self, id: OperationId) -> Result<ReturnOperation> {
        let id = id.as_uuid();
        let state = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM return_operations WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode::json("return operation", &state)
    }

    async fn list_operations(&mut self, query: &OperationQuery) -> Result<Vec<ReturnOperation>> {
        let organisation = query.organisation.map(|o| o.as_uuid());
        let member = query.member.map(|u| u.as_uuid());
        let countries: Option<Vec<String>> = query
            .destination_countries
            .as_ref()
            .map(|c| c.iter().map(|c| c.as_str().to_string()).collect());
        let case = query.case.map(|c| c.as_uuid());
        let status = query.status.map(|s| s.as_str());
        let limit = i64::from(query.limit);
        let rows = sqlx::query_scalar!(
            r#"SELECT o.state::text AS "state!" FROM return_operations o
             WHERE ($1::uuid IS NULL OR o.organisation_id = $1)
               AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM operation_members m WHERE m.operation_id = o.id AND m.user_id = $2))
               AND ($3::text[] IS NULL OR o.destination_country = ANY($3))
               AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM operation_cases c WHERE c.operation_id = o.id AND c.case_id = $4))
               AND ($5::text IS NULL OR o.status = $5)
             ORDER BY o.planned_on, o.id
             LIMIT $6"#,
            organisation, member, countries.as_deref(), case, status, limit
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode_all("return operation", rows)
    }
}

#[async_trait]
impl Monitoring for PgTx {
    async fn save_monitor_profile(
        &mut self,
        profile: &MonitorProfile,
        expected_version: Option<i64>,
    ) -> Result<()> {
        let user = profile.user_id.as_uuid();
        let organisation = profile.organisation_id.as_uuid();
        let state = decode::to_json(profile)?;
        let Some(expected) = expected_version else {
            sqlx::query!(
                "INSERT INTO monitor_profiles (user_id, organisation_id, version, state) VALUES ($1, $2, $3, $4::text::jsonb)",
                user, organisation, profile.version, state
            )
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?;
            return Ok(());
        };
        let updated = sqlx::query!(
            "UPDATE monitor_profiles SET version = $1, state = $2::text::jsonb WHERE user_id = $3 AND version = $4",
            profile.version, state, user, expected
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated == 1 {
            return Ok(());
        }
        let current = sqlx::query_scalar!(
            r#"SELECT version AS "v!" FROM monitor_profiles WHERE user_id = $1"#,
            user
        )
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Err(conflict(current))
    }

    async fn monitor_profile(&mut self, user: UserId) -> Result<MonitorProfile> {
        let user = user.as_uuid();
        let state = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM monitor_profiles WHERE user_id = $1"#,
            user
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode::json("monitor profile", &state)
    }

    async fn monitor_profiles(&mut self) -> Result<Vec<MonitorProfile>> {
        let rows = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM monitor_profiles ORDER BY user_id"#
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode_all("monitor profile", rows)
    }

    async fn insert_report(&mut self, report: &MonitorReport) -> Result<()> {
        let id = report.id.as_uuid();
        let operation = report.operation_id.as_uuid();
        let author = report.author.as_uuid();
        let status = report_status(report);
        let state = decode::to_json(report)?;
        sqlx::query!(
            "INSERT INTO monitor_reports (id, operation_id, author_id, status, created_at, version, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb)",
            id, operation, author, status, report.created.at, report.version, state
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn save_report(&mut self, report: &MonitorReport, expected_version: i64) -> Result<()> {
        let id = report.id.as_uuid();
        let status = report_status(report);
        let state = decode::to_json(report)?;
        let updated = sqlx::query!(
            "UPDATE monitor_reports SET status = $1, version = $2, state = $3::text::jsonb WHERE id = $4 AND version = $5",
            status, report.version, state, id, expected_version
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated == 1 {
            return Ok(());
        }
        let current = sqlx::query_scalar!(
            r#"SELECT version AS "v!" FROM monitor_reports WHERE id = $1"#,
            id
        )
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Err(conflict(current))
    }

    async fn report(&mut self, id: ReportId) -> Result<MonitorReport> {
        let id = id.as_uuid();
        let state = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM monitor_reports WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode::json("monitor report", &state)
    }

    async fn reports_of(&mut self, operation: OperationId) -> Result<Vec<MonitorReport>> {
        let operation = operation.as_uuid();
        let rows = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM monitor_reports WHERE operation_id = $1 ORDER BY created_at, id"#,
            operation
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode_all("monitor report", rows)
    }
}

fn report_status(report: &MonitorReport) -> &'static str {
    match report.status {
        ReportStatus::Draft => "draft",
        ReportStatus::Submitted => "submitted",
    }
}

#[async_trait]
impl Arrivals for PgTx {
    async fn insert_arrival(&mut self, arrival: &Arrival) -> Result<()> {
        let id = arrival.id.as_uuid();
        let case = arrival.case_id.as_uuid();
        let organisation = arrival.case_organisation.as_uuid();
        let point = arrival.point_id.as_uuid();
        let country = arrival.country.as_str();
        let state = decode::to_json(arrival)?;
        sqlx::query!(
            "INSERT INTO arrivals (id, case_id, case_organisation_id, point_id, country, arrived_at, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb)",
            id, case, organisation, point, country, arrival.arrived_at, state
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn arrival(&mut self, id: ArrivalId) -> Result<Arrival> {
        let id = id.as_uuid();
        let state = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM arrivals WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode::json("arrival", &state)
    }

    async fn list_arrivals(&mut self, query: &ArrivalQuery) -> Result<Vec<Arrival>> {
        let countries: Option<Vec<String>> = query
            .countries
            .as_ref()
            .map(|c| c.iter().map(|c| c.as_str().to_string()).collect());
        let organisation = query.case_organisation.map(|o| o.as_uuid());
        let case = query.case.map(|c| c.as_uuid());
        let limit = i64::from(query.limit);
        let rows = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM arrivals
             WHERE ($1::text[] IS NULL OR country = ANY($1))
               AND ($2::uuid IS NULL OR case_organisation_id = $2)
               AND ($3::uuid IS NULL OR case_id = $3)
               AND ($4::timestamptz IS NULL OR arrived_at >= $4)
             ORDER BY arrived_at DESC, id DESC
             LIMIT $5"#,
            countries.as_deref(),
            organisation,
            case,
            query.since,
            limit
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode_all("arrival", rows)
    }

    async fn insert_assistance(&mut self, assistance: &Assistance) -> Result<()> {
        let id = assistance.id.as_uuid();
        let arrival = assistance.arrival_id.as_uuid();
        let person = assistance.person_id.as_uuid();
        let state = decode::to_json(assistance)?;
        sqlx::query!(
            "INSERT INTO arrival_assistance (id, arrival_id, person_id, given_at, state) VALUES ($1, $2, $3, $4, $5::text::jsonb)",
            id, arrival, person, assistance.given_at, state
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn assistance_of(&mut self, arrival: ArrivalId) -> Result<Vec<Assistance>> {
        let arrival = arrival.as_uuid();
        let rows = sqlx::query_scalar!(
            r#"SELECT state::text AS "state!" FROM arrival_assistance WHERE arrival_id = $1 ORDER BY given_at, id"#,
            arrival
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode_all("assistance", rows)
    }

    async fn list_assistance(&mut self, query: &ArrivalQuery) -> Result<Vec<Assistance>> {
        let countries: Option<Vec<String>> = query
            .countries
            .as_ref()
            .map(|c| c.iter().map(|c| c.as_str().to_string()).collect());
        let organisation = query.case_organisation.map(|o| o.as_uuid());
        let case = query.case.map(|c| c.as_uuid());
        let rows = sqlx::query_scalar!(
            r#"SELECT s.state::text AS "state!" FROM arrival_assistance s JOIN arrivals a ON a.id = s.arrival_id
             WHERE ($1::text[] IS NULL OR a.country = ANY($1))
               AND ($2::uuid IS NULL OR a.case_organisation_id = $2)
               AND ($3::uuid IS NULL OR a.case_id = $3)
               AND ($4::timestamptz IS NULL OR a.arrived_at >= $4)
             ORDER BY s.given_at, s.id"#,
            countries.as_deref(), organisation, case, query.since
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        decode_all("assistance", rows)
    }

    async fn return_events(
        &mut self,
        scope: &ScopeFilter,
    ) -> Result<Vec<(CaseEvent, CountryCode)>> {
        let organisation = scope.organisation_id.as_uuid();
        let countries = country_codes(scope);
        let rows = sqlx::query!(
            r#"SELECT e.case_id, e.sequence, e.at, e.actor_id, e.reason, e.payload::text AS "payload!", c.return_country
               FROM case_events e JOIN cases c ON c.id = e.case_id
               WHERE c.organisation_id = $1
                 AND (c.host_country = ANY($2) OR c.return_country = ANY($2))
                 AND (e.kind = 'arrival_registered'
                      OR (e.kind = 'stage_changed' AND e.payload->>'to' = 'arrived'))
               ORDER BY e.case_id, e.sequence"#,
            organisation,
            &countries
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        rows.into_iter()
            .map(|row| {
                Ok((
                    CaseEvent {
                        case_id: CaseId::from_uuid(row.case_id),
                        sequence: row.sequence,
                        at: row.at,
                        actor: UserId::from_uuid(row.actor_id),
                        reason: row.reason,
                        kind: decode::json("case event", &row.payload)?,
                    },
                    decode::country(&row.return_country)?,
                ))
            })
            .collect()
    }
}
