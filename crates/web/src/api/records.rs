//! Recording what happens on a case. Each endpoint returns the case as it is afterwards.

use super::cases::with_etag;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiActor, ApiJson, ApiPath};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::case::*;
use bayiri_domain::ids::{CaseId, RecordId};
use bayiri_domain::person::GuardianInput;
use bayiri_domain::screening::ScreeningAnswers;
use bayiri_service::views::CaseView;
use serde::Deserialize;
use utoipa::ToSchema;

fn created(case: CaseView) -> Response {
    with_etag(StatusCode::CREATED, case)
}

/// Records a counselling session.
#[utoipa::path(post, path = "/api/v1/cases/{id}/counselling-sessions", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = CounsellingInput,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn counselling(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<CounsellingInput>,
) -> Result<Response, ApiError> {
    Ok(created(
        state.service.record_counselling(&actor, id, input).await?,
    ))
}

/// Records a consent (per purpose: return, data processing, data sharing, follow-up).
#[utoipa::path(post, path = "/api/v1/cases/{id}/consents", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ConsentInput,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn consent(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<ConsentInput>,
) -> Result<Response, ApiError> {
    Ok(created(
        state.service.record_consent(&actor, id, input).await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct WithdrawalRequest {
    pub outcome: WithdrawalOutcome,
    #[serde(default)]
    pub reason: Option<String>,
}

/// Records that the migrant withdrew a consent. Withdrawing consent to return before departure
/// never moves the case forward: it goes back to counselling or closes as `withdrew`.
#[utoipa::path(post, path = "/api/v1/cases/{id}/consents/{consent_id}/withdrawal", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid), ("consent_id" = String, Path, format = Uuid)), request_body = WithdrawalRequest,
    responses((status = 200, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn withdraw_consent(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath((id, consent_id)): ApiPath<(CaseId, RecordId)>,
    ApiJson(request): ApiJson<WithdrawalRequest>,
) -> Result<Response, ApiError> {
    let case = state
        .service
        .withdraw_consent(
            &actor,
            id,
            consent_id,
            request.outcome,
            request.reason.as_deref(),
        )
        .await?;
    Ok(with_etag(StatusCode::OK, case))
}

/// Records a vulnerability screening; its categories set priority and special needs.
#[utoipa::path(post, path = "/api/v1/cases/{id}/screenings", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ScreeningAnswers,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn screening(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(answers): ApiJson<ScreeningAnswers>,
) -> Result<Response, ApiError> {
    Ok(created(
        state.service.record_screening(&actor, id, answers).await?,
    ))
}

/// Raises a protection concern (non-refoulement risk, pending asylum claim, suspensive appeal).
#[utoipa::path(post, path = "/api/v1/cases/{id}/protection-concerns", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ProtectionConcernInput,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn raise_concern(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<ProtectionConcernInput>,
) -> Result<Response, ApiError> {
    Ok(created(
        state
            .service
            .raise_protection_concern(&actor, id, input)
            .await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ConcernClosureRequest {
    /// How the concern was resolved.
    pub resolution: String,
}

/// Closes a protection concern with its resolution.
#[utoipa::path(post, path = "/api/v1/cases/{id}/protection-concerns/{concern_id}/closure", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid), ("concern_id" = String, Path, format = Uuid)), request_body = ConcernClosureRequest,
    responses((status = 200, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn close_concern(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath((id, concern_id)): ApiPath<(CaseId, RecordId)>,
    ApiJson(request): ApiJson<ConcernClosureRequest>,
) -> Result<Response, ApiError> {
    let case = state
        .service
        .close_protection_concern(&actor, id, concern_id, request.resolution)
        .await?;
    Ok(with_etag(StatusCode::OK, case))
}

/// Records a referral to a service provider (anti-trafficking, child protection, medical…).
#[utoipa::path(post, path = "/api/v1/cases/{id}/referrals", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ReferralInput,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn referral(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<ReferralInput>,
) -> Result<Response, ApiError> {
    Ok(created(
        state.service.record_referral(&actor, id, input).await?,
    ))
}

/// Records the guardian of the child on the case.
#[utoipa::path(put, path = "/api/v1/cases/{id}/guardian", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = GuardianInput,
    responses((status = 200, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn guardian(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<GuardianInput>,
) -> Result<Response, ApiError> {
    Ok(with_etag(
        StatusCode::OK,
        state.service.appoint_guardian(&actor, id, input).await?,
    ))
}

/// Records a best-interests assessment for a child.
#[utoipa::path(post, path = "/api/v1/cases/{id}/best-interests-assessments", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = BestInterestsInput,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn best_interests(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<BestInterestsInput>,
) -> Result<Response, ApiError> {
    Ok(created(
        state
            .service
            .record_best_interests(&actor, id, input)
            .await?,
    ))
}

/// Records a travel document (passport, emergency travel document, laissez-passer).
#[utoipa::path(post, path = "/api/v1/cases/{id}/travel-documents", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = TravelDocumentInput,
    responses((status = 201, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn travel_document(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<TravelDocumentInput>,
) -> Result<Response, ApiError> {
    Ok(created(
        state
            .service
            .record_travel_document(&actor, id, input)
            .await?,
    ))
}

/// Records the enforceable return decision of a forced-return case.
#[utoipa::path(put, path = "/api/v1/cases/{id}/return-decision", tag = "case records", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ReturnDecisionInput,
    responses((status = 200, body = CaseView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn return_decision(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<ReturnDecisionInput>,
) -> Result<Response, ApiError> {
    Ok(with_etag(
        StatusCode::OK,
        state
            .service
            .record_return_decision(&actor, id, input)
            .await?,
    ))
}
