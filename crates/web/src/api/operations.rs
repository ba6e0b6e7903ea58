//! Return operations, manifests and their exports, forced-return monitoring.

use super::persons::expected_version;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiActor, ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bayiri_domain::ids::{CaseId, OperationId, ReportId, UserId};
use bayiri_domain::journey::monitoring::{
    MonitorProfile, MonitorReport, ProfileInput, ReportInput,
};
use bayiri_domain::journey::operation::OperationInput;
use bayiri_service::journey::ManifestAddInput;
use bayiri_service::journey::export;
use bayiri_service::journey::views::{OperationView, PoolEntry};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
pub struct OperationListQuery {
    /// Operations with this case on their manifest.
    #[param(value_type = Option<String>, format = Uuid)]
    pub case: Option<CaseId>,
}

/// Operations you organise, escort or monitor, soonest first.
#[utoipa::path(get, path = "/api/v1/operations", tag = "operations", security(("bearer" = [])), params(OperationListQuery),
    responses((status = 200, body = Vec<OperationView>), (status = 403, body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(query): ApiQuery<OperationListQuery>,
) -> Result<Json<Vec<OperationView>>, ApiError> {
    Ok(Json(
        state.service.list_operations(&actor, query.case).await?,
    ))
}

/// Plans a return operation: a charter flight, a convoy, a group on a scheduled flight.
#[utoipa::path(post, path = "/api/v1/operations", tag = "operations", security(("bearer" = [])), request_body = OperationInput,
    responses((status = 201, body = OperationView), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn create(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<OperationInput>,
) -> Result<(StatusCode, Json<OperationView>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(state.service.create_operation(&actor, input).await?),
    ))
}

/// One operation, with its legs, escorts, monitors and manifest.
#[utoipa::path(get, path = "/api/v1/operations/{id}", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = OperationView), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
) -> Result<Json<OperationView>, ApiError> {
    Ok(Json(state.service.get_operation(&actor, id).await?))
}

/// Puts a ready case on the manifest. A case whose departure guards do not hold on the
/// operation's date is refused with `guards_unmet`, naming each guard.
#[utoipa::path(post, path = "/api/v1/operations/{id}/manifest", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ManifestAddInput,
    responses((status = 200, body = OperationView), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem, description = "`guards_unmet`, `case_not_ready`, `capacity_exceeded`, `version_conflict`…"), (status = 422, body = Problem)))]
pub async fn add_to_manifest(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
    headers: HeaderMap,
    ApiJson(mut input): ApiJson<ManifestAddInput>,
) -> Result<Json<OperationView>, ApiError> {
    input.expected_version = crate::extract::if_match_version(&headers)?.or(input.expected_version);
    Ok(Json(
        state.service.add_to_manifest(&actor, id, input).await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RemovalRequest {
    /// Keep the case on the manifest as a no-show instead of removing it.
    #[serde(default)]
    pub no_show: bool,
}

/// Takes a case off the manifest, or marks it as a no-show.
#[utoipa::path(post, path = "/api/v1/operations/{id}/manifest/{case_id}/removal", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid), ("case_id" = String, Path, format = Uuid)), request_body = RemovalRequest,
    responses((status = 200, body = OperationView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn remove_from_manifest(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath((id, case)): ApiPath<(OperationId, CaseId)>,
    ApiJson(request): ApiJson<RemovalRequest>,
) -> Result<Json<OperationView>, ApiError> {
    Ok(Json(
        state
            .service
            .remove_from_manifest(&actor, id, case, request.no_show)
            .await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct VersionRequest {
    #[serde(default)]
    pub expected_version: Option<i64>,
}

/// The operation departs: every case still listed moves to `departed`, or none does
/// (`departure_blocked` names each case and guard).
#[utoipa::path(post, path = "/api/v1/operations/{id}/departure", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = VersionRequest,
    responses((status = 200, body = OperationView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn depart(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<VersionRequest>,
) -> Result<Json<OperationView>, ApiError> {
    let version = crate::extract::if_match_version(&headers)?.or(request.expected_version);
    Ok(Json(
        state.service.depart_operation(&actor, id, version).await?,
    ))
}

/// Cancels a planned operation.
#[utoipa::path(post, path = "/api/v1/operations/{id}/cancellation", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = OperationView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn cancel(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
) -> Result<Json<OperationView>, ApiError> {
    Ok(Json(state.service.cancel_operation(&actor, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct UserRef {
    #[schema(value_type = String, format = Uuid)]
    pub user_id: UserId,
}

/// Assigns an escort officer of your organisation.
#[utoipa::path(post, path = "/api/v1/operations/{id}/escort-officers", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = UserRef,
    responses((status = 200, body = OperationView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn assign_escort(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
    ApiJson(request): ApiJson<UserRef>,
) -> Result<Json<OperationView>, ApiError> {
    Ok(Json(
        state
            .service
            .assign_escort_officer(&actor, id, request.user_id)
            .await?,
    ))
}

/// Assigns an independent monitor from the pool to a forced-return operation.
#[utoipa::path(post, path = "/api/v1/operations/{id}/monitors", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = UserRef,
    responses((status = 200, body = OperationView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn assign_monitor(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
    ApiJson(request): ApiJson<UserRef>,
) -> Result<Json<OperationView>, ApiError> {
    Ok(Json(
        state
            .service
            .assign_monitor(&actor, id, request.user_id)
            .await?,
    ))
}

/// The monitor pool: nationality, languages, availability on the operation's day.
#[utoipa::path(get, path = "/api/v1/operations/{id}/monitor-pool", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Vec<PoolEntry>), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn pool(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
) -> Result<Json<Vec<PoolEntry>>, ApiError> {
    Ok(Json(state.service.monitor_pool(&actor, id).await?))
}

fn download(content_type: &'static str, filename: String, bytes: Vec<u8>) -> Response {
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// A file name made of the reference's letters, digits and dashes only.
pub fn file_stem(reference: &str) -> String {
    let stem: String = reference
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("manifest-{stem}")
}

/// The manifest as CSV, for carriers and border posts (organiser and escorts).
#[utoipa::path(get, path = "/api/v1/operations/{id}/manifest.csv", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, description = "CSV", content_type = "text/csv"), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn manifest_csv(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
) -> Result<Response, ApiError> {
    let (reference, rows) = state.service.manifest_rows(&actor, id).await?;
    Ok(download(
        "text/csv; charset=utf-8",
        format!("{}.csv", file_stem(&reference)),
        export::csv(&rows)?,
    ))
}

/// The manifest as an XLSX workbook (organiser and escorts).
#[utoipa::path(get, path = "/api/v1/operations/{id}/manifest.xlsx", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, description = "XLSX", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn manifest_xlsx(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
) -> Result<Response, ApiError> {
    let (reference, rows) = state.service.manifest_rows(&actor, id).await?;
    Ok(download(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        format!("{}.xlsx", file_stem(&reference)),
        export::xlsx(&reference, &rows)?,
    ))
}

/// Your monitor-pool profile (monitors).
#[utoipa::path(get, path = "/api/v1/monitors/me", tag = "operations", security(("bearer" = [])),
    responses((status = 200, body = Option<MonitorProfile>), (status = 403, body = Problem)))]
pub async fn my_profile(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<Option<MonitorProfile>>, ApiError> {
    Ok(Json(state.service.my_monitor_profile(&actor).await?))
}

/// Sets your nationality, languages and availability in the monitor pool (monitors).
#[utoipa::path(put, path = "/api/v1/monitors/me", tag = "operations", security(("bearer" = [])), request_body = ProfileInput,
    responses((status = 200, body = MonitorProfile), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn save_profile(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<ProfileInput>,
) -> Result<Json<MonitorProfile>, ApiError> {
    Ok(Json(
        state.service.save_my_monitor_profile(&actor, input).await?,
    ))
}

/// Monitor reports on the operation you may read (never escorts).
#[utoipa::path(get, path = "/api/v1/operations/{id}/reports", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Vec<MonitorReport>), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn reports(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
) -> Result<Json<Vec<MonitorReport>>, ApiError> {
    Ok(Json(state.service.monitor_reports(&actor, id).await?))
}

/// Starts a report (a draft) on one phase; `corrects` names a submitted report it corrects.
#[utoipa::path(post, path = "/api/v1/operations/{id}/reports", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ReportInput,
    responses((status = 201, body = MonitorReport), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_report(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OperationId>,
    ApiJson(input): ApiJson<ReportInput>,
) -> Result<(StatusCode, Json<MonitorReport>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(
            state
                .service
                .create_monitor_report(&actor, id, input)
                .await?,
        ),
    ))
}

/// One monitor report.
#[utoipa::path(get, path = "/api/v1/monitor-reports/{id}", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = MonitorReport), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn report(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ReportId>,
) -> Result<Json<MonitorReport>, ApiError> {
    Ok(Json(state.service.monitor_report(&actor, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ReportEdit {
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub report: ReportInput,
}

/// Replaces a draft's content (its author); a submitted report is refused (`report_submitted`).
#[utoipa::path(put, path = "/api/v1/monitor-reports/{id}", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ReportEdit,
    responses((status = 200, body = MonitorReport), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem), (status = 428, body = Problem)))]
pub async fn edit_report(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ReportId>,
    headers: HeaderMap,
    ApiJson(edit): ApiJson<ReportEdit>,
) -> Result<Json<MonitorReport>, ApiError> {
    let version = expected_version(&headers, edit.expected_version)?;
    Ok(Json(
        state
            .service
            .change_monitor_report(&actor, id, version, Some(edit.report), false)
            .await?,
    ))
}

/// Submits a report; from then on it never changes.
#[utoipa::path(post, path = "/api/v1/monitor-reports/{id}/submission", tag = "operations", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = VersionRequest,
    responses((status = 200, body = MonitorReport), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 428, body = Problem)))]
pub async fn submit_report(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ReportId>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<VersionRequest>,
) -> Result<Json<MonitorReport>, ApiError> {
    let version = expected_version(&headers, request.expected_version)?;
    Ok(Json(
        state
            .service
            .change_monitor_report(&actor, id, version, None, true)
            .await?,
    ))
}
