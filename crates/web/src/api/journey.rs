//! The journey's reference lists, consular requests and readiness to travel.

use super::cases::with_etag;
use super::persons::expected_version;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiActor, ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::{CaseId, ConsularRequestId, PointId, RecordId};
use bayiri_domain::journey::consular::{
    ConsularMission, ConsularStatus, DecisionInput, MissionInput, RequestInput,
};
use bayiri_domain::journey::points::{BorderPoint, PointInput};
use bayiri_domain::journey::readiness::{EscortInput, FitnessInput, InterpreterInput};
use bayiri_service::journey::views::ConsularRequestView;
use bayiri_service::journey::{ConsularFilter, ConsularPage};
use bayiri_service::views::CaseView;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
pub struct PointQuery {
    /// ISO 3166-1 alpha-3
    #[param(value_type = Option<String>)]
    pub country: Option<CountryCode>,
}

/// The maintained list of airports, land border crossing points and seaports.
#[utoipa::path(get, path = "/api/v1/border-points", tag = "journey", security(("bearer" = [])), params(PointQuery),
    responses((status = 200, body = Vec<BorderPoint>), (status = 401, body = Problem)))]
pub async fn points(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(query): ApiQuery<PointQuery>,
) -> Result<Json<Vec<BorderPoint>>, ApiError> {
    Ok(Json(
        state.service.border_points(&actor, query.country).await?,
    ))
}

/// Adds a point to the list (administrators).
#[utoipa::path(post, path = "/api/v1/border-points", tag = "journey", security(("bearer" = [])), request_body = PointInput,
    responses((status = 201, body = BorderPoint), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn add_point(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<PointInput>,
) -> Result<(StatusCode, Json<BorderPoint>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(state.service.add_border_point(&actor, input).await?),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PointUpdate {
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub point: PointInput,
}

/// Changes a point (administrators); retire it with `active: false`.
#[utoipa::path(put, path = "/api/v1/border-points/{id}", tag = "journey", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = PointUpdate,
    responses((status = 200, body = BorderPoint), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn update_point(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PointId>,
    headers: HeaderMap,
    ApiJson(update): ApiJson<PointUpdate>,
) -> Result<Json<BorderPoint>, ApiError> {
    let version = expected_version(&headers, update.expected_version)?;
    Ok(Json(
        state
            .service
            .update_border_point(&actor, id, version, update.point)
            .await?,
    ))
}

/// Consular missions (embassies, consulates, remote missions).
#[utoipa::path(get, path = "/api/v1/consular-missions", tag = "journey", security(("bearer" = [])),
    responses((status = 200, body = Vec<ConsularMission>), (status = 401, body = Problem)))]
pub async fn missions(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<Vec<ConsularMission>>, ApiError> {
    Ok(Json(state.service.consular_missions(&actor).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewMission {
    /// Code of the consulate organisation whose officers work for the mission.
    pub organisation: String,
    #[serde(flatten)]
    pub mission: MissionInput,
}

/// Adds a consular mission (administrators).
#[utoipa::path(post, path = "/api/v1/consular-missions", tag = "journey", security(("bearer" = [])), request_body = NewMission,
    responses((status = 201, body = ConsularMission), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn add_mission(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<NewMission>,
) -> Result<(StatusCode, Json<ConsularMission>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(
            state
                .service
                .add_consular_mission(&actor, &input.organisation, input.mission)
                .await?,
        ),
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct ConsularListQuery {
    pub status: Option<ConsularStatus>,
    #[param(value_type = Option<String>, format = Uuid)]
    pub case: Option<CaseId>,
    /// Only requests past the overdue limit.
    pub overdue: Option<bool>,
}

/// Consular requests you may see (a consular officer: those addressed to their missions),
/// oldest first, with each mission's turnaround.
#[utoipa::path(get, path = "/api/v1/consular-requests", tag = "journey", security(("bearer" = [])), params(ConsularListQuery),
    responses((status = 200, body = ConsularPage), (status = 403, body = Problem)))]
pub async fn requests(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(query): ApiQuery<ConsularListQuery>,
) -> Result<Json<ConsularPage>, ApiError> {
    let filter = ConsularFilter {
        status: query.status,
        case: query.case,
        overdue_only: query.overdue.unwrap_or(false),
    };
    Ok(Json(
        state.service.list_consular_requests(&actor, filter).await?,
    ))
}

/// Sends the case's request to a consular mission, with the identity evidence.
#[utoipa::path(post, path = "/api/v1/cases/{id}/consular-requests", tag = "journey", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = RequestInput,
    responses((status = 201, body = ConsularRequestView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_request(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<RequestInput>,
) -> Result<(StatusCode, Json<ConsularRequestView>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(
            state
                .service
                .request_consular_verification(&actor, id, input)
                .await?,
        ),
    ))
}

/// One consular request.
#[utoipa::path(get, path = "/api/v1/consular-requests/{id}", tag = "journey", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = ConsularRequestView), (status = 404, body = Problem)))]
pub async fn request(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ConsularRequestId>,
) -> Result<Json<ConsularRequestView>, ApiError> {
    Ok(Json(state.service.consular_request(&actor, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct DecisionRequest {
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub decision: DecisionInput,
}

/// Records the mission's decision: interview scheduled, nationality confirmed or not,
/// document issued or refused. A confirmed nationality is recorded on the person as verified;
/// an issued document on the case.
#[utoipa::path(post, path = "/api/v1/consular-requests/{id}/decisions", tag = "journey", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = DecisionRequest,
    responses((status = 200, body = ConsularRequestView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem), (status = 428, body = Problem)))]
pub async fn decide(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ConsularRequestId>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<DecisionRequest>,
) -> Result<Json<ConsularRequestView>, ApiError> {
    let version = expected_version(&headers, request.expected_version)?;
    Ok(Json(
        state
            .service
            .decide_consular_request(&actor, id, version, request.decision)
            .await?,
    ))
}

fn created(case: CaseView) -> Response {
    with_etag(StatusCode::CREATED, case)
}

/// Records a doctor's fitness-to-travel clearance.
#[utoipa::path(post, path = "/api/v1/cases/{id}/fitness-to-travel", tag = "journey", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = FitnessInput,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn fitness(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<FitnessInput>,
) -> Result<Response, ApiError> {
    Ok(created(
        state
            .service
            .record_fitness_to_travel(&actor, id, input)
            .await?,
    ))
}

/// Assigns an escort for the journey (medical, child escort, escort officer, other).
#[utoipa::path(post, path = "/api/v1/cases/{id}/escorts", tag = "journey", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = EscortInput,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn escort(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<EscortInput>,
) -> Result<Response, ApiError> {
    Ok(created(
        state.service.assign_escort(&actor, id, input).await?,
    ))
}

/// Removes an escort from the journey.
#[utoipa::path(post, path = "/api/v1/cases/{id}/escorts/{escort_id}/removal", tag = "journey", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid), ("escort_id" = String, Path, format = Uuid)),
    responses((status = 200, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn remove_escort(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath((id, escort)): ApiPath<(CaseId, RecordId)>,
) -> Result<Response, ApiError> {
    Ok(with_etag(
        StatusCode::OK,
        state.service.remove_escort(&actor, id, escort).await?,
    ))
}

/// Books an interpreter for the journey and the arrival.
#[utoipa::path(post, path = "/api/v1/cases/{id}/interpreters", tag = "journey", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = InterpreterInput,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn interpreter(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<InterpreterInput>,
) -> Result<Response, ApiError> {
    Ok(created(
        state.service.arrange_interpreter(&actor, id, input).await?,
    ))
}
