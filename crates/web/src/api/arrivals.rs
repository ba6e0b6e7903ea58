//! Arrivals, pre-arrival notifications, post-arrival assistance, and the journey's indicators.

use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiActor, ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use bayiri_domain::ids::{ArrivalId, CaseId};
use bayiri_domain::journey::arrival::AssistanceInput;
use bayiri_service::journey::views::{ArrivalView, PreArrivalNotice, SpontaneousArrivalView};
use bayiri_service::journey::{ConfirmArrivalInput, JourneyIndicators, SpontaneousInput};
use serde::Deserialize;
use utoipa::IntoParams;

/// Who is coming to your countries, when and where, and the special needs to prepare for
/// (reception officers).
#[utoipa::path(get, path = "/api/v1/arrivals/expected", tag = "arrivals", security(("bearer" = [])),
    responses((status = 200, body = Vec<PreArrivalNotice>), (status = 403, body = Problem)))]
pub async fn expected(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<Vec<PreArrivalNotice>>, ApiError> {
    Ok(Json(state.service.pre_arrival_notices(&actor).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct ArrivalListQuery {
    #[param(value_type = Option<String>, format = Uuid)]
    pub case: Option<CaseId>,
}

/// Recent arrivals in your countries (reception), or of your organisation's cases.
#[utoipa::path(get, path = "/api/v1/arrivals", tag = "arrivals", security(("bearer" = [])), params(ArrivalListQuery),
    responses((status = 200, body = Vec<ArrivalView>), (status = 403, body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(query): ApiQuery<ArrivalListQuery>,
) -> Result<Json<Vec<ArrivalView>>, ApiError> {
    Ok(Json(
        state
            .service
            .list_arrivals(&actor, query.case, None)
            .await?,
    ))
}

/// Confirms the arrival of one case of an operation, or of everyone still expected.
#[utoipa::path(post, path = "/api/v1/arrivals", tag = "arrivals", security(("bearer" = [])), request_body = ConfirmArrivalInput,
    responses((status = 201, body = Vec<ArrivalView>), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn confirm(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<ConfirmArrivalInput>,
) -> Result<(StatusCode, Json<Vec<ArrivalView>>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(state.service.confirm_arrivals(&actor, input).await?),
    ))
}

/// Registers on the spot a returnee nobody announced: person, case (spontaneous return) and
/// arrival at once. Possible duplicates are returned for review.
#[utoipa::path(post, path = "/api/v1/arrivals/spontaneous", tag = "arrivals", security(("bearer" = [])), request_body = SpontaneousInput,
    responses((status = 201, body = SpontaneousArrivalView), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn spontaneous(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<SpontaneousInput>,
) -> Result<(StatusCode, Json<SpontaneousArrivalView>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(
            state
                .service
                .register_spontaneous_arrival(&actor, input)
                .await?,
        ),
    ))
}

/// One arrival with the assistance given.
#[utoipa::path(get, path = "/api/v1/arrivals/{id}", tag = "arrivals", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = ArrivalView), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ArrivalId>,
) -> Result<Json<ArrivalView>, ApiError> {
    Ok(Json(state.service.get_arrival(&actor, id).await?))
}

/// Records assistance given to one person of the arrival: who gave it and when.
#[utoipa::path(post, path = "/api/v1/arrivals/{id}/assistance", tag = "arrivals", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = AssistanceInput,
    responses((status = 201, body = ArrivalView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn assistance(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ArrivalId>,
    ApiJson(input): ApiJson<AssistanceInput>,
) -> Result<(StatusCode, Json<ArrivalView>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(state.service.record_assistance(&actor, id, input).await?),
    ))
}

/// The journey's indicators for your organisation and countries (see docs/INDICATORS.md).
#[utoipa::path(get, path = "/api/v1/indicators/journey", tag = "arrivals", security(("bearer" = [])),
    responses((status = 200, body = JourneyIndicators), (status = 403, body = Problem)))]
pub async fn indicators(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<JourneyIndicators>, ApiError> {
    Ok(Json(state.service.journey_indicators(&actor).await?))
}
