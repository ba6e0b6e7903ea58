use super::persons::expected_version;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiActor, ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bayiri_domain::case::{ReturnCategory, Stage};
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::{CaseId, OrganisationId, UserId};
use bayiri_domain::screening::Priority;
use bayiri_service::views::{CaseView, EventView};
use bayiri_service::{CaseChangesInput, CaseFilter, CasePage, OpenCaseInput, TransitionInput};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A case with its version as an `ETag`, for `If-Match` on the next change.
pub(crate) fn with_etag(status: StatusCode, case: CaseView) -> Response {
    let etag = HeaderValue::from_str(&format!("\"{}\"", case.version)).ok();
    let mut response = (status, Json(case)).into_response();
    if let Some(etag) = etag {
        response.headers_mut().insert(header::ETAG, etag);
    }
    response
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct CaseListQuery {
    pub stage: Option<Stage>,
    pub category: Option<ReturnCategory>,
    /// ISO 3166-1 alpha-3
    #[param(value_type = Option<String>)]
    pub host_country: Option<CountryCode>,
    /// ISO 3166-1 alpha-3
    #[param(value_type = Option<String>)]
    pub return_country: Option<CountryCode>,
    #[param(value_type = Option<String>, format = Uuid)]
    pub organisation: Option<OrganisationId>,
    pub priority: Option<Priority>,
    pub flag: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    pub case_worker: Option<UserId>,
    /// Search in the principal's names (any spelling recorded, any script) and the case number.
    pub q: Option<String>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// 1 to 200, default 50.
    pub limit: Option<u32>,
}

/// Cases in your organisation and countries, newest first.
#[utoipa::path(get, path = "/api/v1/cases", tag = "cases", security(("bearer" = [])), params(CaseListQuery),
    responses((status = 200, body = CasePage), (status = 401, body = Problem), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(query): ApiQuery<CaseListQuery>,
) -> Result<Json<CasePage>, ApiError> {
    let filter = CaseFilter {
        stage: query.stage,
        category: query.category,
        host_country: query.host_country,
        return_country: query.return_country,
        organisation: query.organisation,
        priority: query.priority,
        flag: query.flag,
        case_worker: query.case_worker,
        text: query.q,
        overdue: false,
        sort: Default::default(),
        cursor: query.cursor,
        limit: query.limit.unwrap_or(50),
    };
    Ok(Json(state.service.list_cases(&actor, filter).await?))
}

/// Opens a case for a registered person. The case number is issued by your office.
#[utoipa::path(post, path = "/api/v1/cases", tag = "cases", security(("bearer" = [])), request_body = OpenCaseInput,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn open(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<OpenCaseInput>,
) -> Result<Response, ApiError> {
    let case = state.service.open_case(&actor, input).await?;
    Ok(with_etag(StatusCode::CREATED, case))
}

/// One case: details, records you may see, and the moves possible now with what blocks them.
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = CaseView, headers(("ETag" = String, description = "The case version"))), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
) -> Result<Response, ApiError> {
    Ok(with_etag(
        StatusCode::OK,
        state.service.get_case(&actor, id).await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CaseUpdate {
    /// The version you read; or send it as `If-Match`.
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub changes: CaseChangesInput,
}

/// Changes a case's details. Refused with 409 if the case changed since you read it.
#[utoipa::path(patch, path = "/api/v1/cases/{id}", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = CaseUpdate,
    responses((status = 200, body = CaseView), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem), (status = 428, body = Problem)))]
pub async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    headers: HeaderMap,
    ApiJson(update): ApiJson<CaseUpdate>,
) -> Result<Response, ApiError> {
    let version = expected_version(&headers, update.expected_version)?;
    Ok(with_etag(
        StatusCode::OK,
        state
            .service
            .update_case(&actor, id, version, update.changes)
            .await?,
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CaseRef {
    #[schema(value_type = String, format = Uuid)]
    pub id: CaseId,
}

/// Finds a case by its number (e.g. `NER-2026-000123`).
#[utoipa::path(get, path = "/api/v1/cases/by-number/{number}", tag = "cases", security(("bearer" = [])),
    params(("number" = String, Path)),
    responses((status = 200, body = CaseRef), (status = 404, body = Problem)))]
pub async fn by_number(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<CaseRef>, ApiError> {
    Ok(Json(CaseRef {
        id: state.service.case_id_by_number(&actor, &number).await?,
    }))
}

/// Moves a case to another stage. Refused with `guards_unmet` (409) listing every rights guard
/// that is not met, each with an explanation and what to do.
#[utoipa::path(post, path = "/api/v1/cases/{id}/transitions", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = TransitionInput,
    responses((status = 200, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem, description = "`guards_unmet`, `transition_not_allowed`, `version_conflict`…"), (status = 422, body = Problem)))]
pub async fn transition(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    headers: HeaderMap,
    ApiJson(mut input): ApiJson<TransitionInput>,
) -> Result<Response, ApiError> {
    input.expected_version = crate::extract::if_match_version(&headers)?.or(input.expected_version);
    Ok(with_etag(
        StatusCode::OK,
        state.service.transition_case(&actor, id, input).await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ReopenRequest {
    pub reason: String,
    #[serde(default)]
    pub expected_version: Option<i64>,
}

/// Reopens a closed case. A case closed before departure reopens before the decision, so no
/// guard can be bypassed by closing and reopening.
#[utoipa::path(post, path = "/api/v1/cases/{id}/reopen", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ReopenRequest,
    responses((status = 200, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn reopen(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(request): ApiJson<ReopenRequest>,
) -> Result<Response, ApiError> {
    let case = state
        .service
        .reopen_case(&actor, id, Some(&request.reason), request.expected_version)
        .await?;
    Ok(with_etag(StatusCode::OK, case))
}

/// The case's history, oldest first. Sensitive events appear without content for roles that
/// may not read them.
#[utoipa::path(get, path = "/api/v1/cases/{id}/events", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Vec<EventView>), (status = 404, body = Problem)))]
pub async fn events(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
) -> Result<Json<Vec<EventView>>, ApiError> {
    Ok(Json(state.service.case_events(&actor, id).await?))
}
