//! Reintegration and monitoring: programmes, needs assessments, plans and tranches, the
//! service directory and referrals, opportunities, follow-ups and scoring schemes.

use super::persons::expected_version;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiActor, ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::*;
use bayiri_domain::reintegration::ServiceType;
use bayiri_domain::reintegration::directory::{Provider, ProviderInput};
use bayiri_domain::reintegration::followup::{
    FollowUp, ReMigration, ReMigrationInput, SurveyInput,
};
use bayiri_domain::reintegration::needs::{NeedsAssessment, NeedsAssessmentInput};
use bayiri_domain::reintegration::opportunity::{Opportunity, OpportunityInput, OpportunitySearch};
use bayiri_domain::reintegration::plan::{Plan, PlanContentInput};
use bayiri_domain::reintegration::programme::{Programme, ProgrammeInput};
use bayiri_domain::reintegration::referral::{ReferralInput, ReferralStatus, ServiceReferral};
use bayiri_domain::reintegration::scoring::ScoringScheme;
use bayiri_service::reintegration::*;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

type ApiResult<T> = Result<T, ApiError>;

fn created<T: serde::Serialize>(value: T) -> (StatusCode, Json<T>) {
    (StatusCode::CREATED, Json(value))
}

// ---------------------------------------------------------------------------------------------
// Programmes

/// Programmes of your organisation, each with its budget: committed, paid and remaining.
#[utoipa::path(get, path = "/api/v1/programmes", tag = "reintegration", security(("bearer" = [])),
    responses((status = 200, body = Vec<ProgrammeView>), (status = 403, body = Problem)))]
pub async fn programmes(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> ApiResult<Json<Vec<ProgrammeView>>> {
    Ok(Json(state.service.programmes(&actor).await?))
}

/// Creates a programme: eligibility, ceilings per currency, cash share, budgets, follow-up
/// months and scoring scheme (administrators).
#[utoipa::path(post, path = "/api/v1/programmes", tag = "reintegration", security(("bearer" = [])), request_body = ProgrammeInput,
    responses((status = 201, body = Programme), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn create_programme(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<ProgrammeInput>,
) -> ApiResult<(StatusCode, Json<Programme>)> {
    Ok(created(
        state.service.create_programme(&actor, input).await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/programmes/{id}", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = ProgrammeView), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn programme(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ProgrammeId>,
) -> ApiResult<Json<ProgrammeView>> {
    Ok(Json(state.service.programme(&actor, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ProgrammeUpdate {
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub programme: ProgrammeInput,
}

/// Changes a programme (administrators); its code stays.
#[utoipa::path(put, path = "/api/v1/programmes/{id}", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ProgrammeUpdate,
    responses((status = 200, body = Programme), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn update_programme(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ProgrammeId>,
    headers: HeaderMap,
    ApiJson(update): ApiJson<ProgrammeUpdate>,
) -> ApiResult<Json<Programme>> {
    let version = expected_version(&headers, update.expected_version)?;
    Ok(Json(
        state
            .service
            .update_programme(&actor, id, version, update.programme)
            .await?,
    ))
}

// ---------------------------------------------------------------------------------------------
// A case's reintegration

/// Needs assessments, plans, referrals, follow-ups with their scores, re-migration and the
/// programmes the case is eligible for. Reading it is audited.
#[utoipa::path(get, path = "/api/v1/cases/{id}/reintegration", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = CaseReintegration), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn case_reintegration(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
) -> ApiResult<Json<CaseReintegration>> {
    Ok(Json(state.service.case_reintegration(&actor, id).await?))
}

/// Records a needs assessment (after arrival).
#[utoipa::path(post, path = "/api/v1/cases/{id}/needs-assessments", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = NeedsAssessmentInput,
    responses((status = 201, body = NeedsAssessment), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn needs_assessment(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<NeedsAssessmentInput>,
) -> ApiResult<(StatusCode, Json<NeedsAssessment>)> {
    Ok(created(
        state
            .service
            .record_needs_assessment(&actor, id, input)
            .await?,
    ))
}

/// Drafts a plan for the case (and, for a collective plan, other cases). A plan over the
/// programme's ceilings is refused with `over_ceiling` and every breach.
#[utoipa::path(post, path = "/api/v1/cases/{id}/plans", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = DraftPlanInput,
    responses((status = 201, body = Plan), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn draft_plan(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<DraftPlanInput>,
) -> ApiResult<(StatusCode, Json<Plan>)> {
    Ok(created(state.service.draft_plan(&actor, id, input).await?))
}

/// Refers the case to a provider of the directory.
#[utoipa::path(post, path = "/api/v1/cases/{id}/service-referrals", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ReferralInput,
    responses((status = 201, body = ServiceReferral), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn refer(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<ReferralInput>,
) -> ApiResult<(StatusCode, Json<ServiceReferral>)> {
    Ok(created(state.service.refer_case(&actor, id, input).await?))
}

/// Records that the returnee was registered again abroad: due follow-ups are cancelled and
/// the case closes with reason `re_migrated`.
#[utoipa::path(post, path = "/api/v1/cases/{id}/re-migration", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ReMigrationInput,
    responses((status = 201, body = ReMigration), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn re_migration(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
    ApiJson(input): ApiJson<ReMigrationInput>,
) -> ApiResult<(StatusCode, Json<ReMigration>)> {
    Ok(created(
        state.service.record_re_migration(&actor, id, input).await?,
    ))
}

/// The scoring scheme the case's surveys are scored with (its questions and answers).
#[utoipa::path(get, path = "/api/v1/cases/{id}/survey-scheme", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = ScoringScheme), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn survey_scheme(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<CaseId>,
) -> ApiResult<Json<ScoringScheme>> {
    Ok(Json(state.service.survey_scheme(&actor, id).await?))
}

// ---------------------------------------------------------------------------------------------
// Plans

/// Plans of your organisation waiting for approval (approvers).
#[utoipa::path(get, path = "/api/v1/plans/to-approve", tag = "reintegration", security(("bearer" = [])),
    responses((status = 200, body = Vec<Plan>), (status = 403, body = Problem)))]
pub async fn plans_to_approve(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> ApiResult<Json<Vec<Plan>>> {
    Ok(Json(state.service.plans_to_approve(&actor).await?))
}

#[utoipa::path(get, path = "/api/v1/plans/{id}", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Plan), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn plan(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PlanId>,
) -> ApiResult<Json<Plan>> {
    Ok(Json(state.service.plan(&actor, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PlanRevision {
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub content: PlanContentInput,
}

/// Replaces a draft's content (a submitted plan goes back to draft).
#[utoipa::path(put, path = "/api/v1/plans/{id}", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = PlanRevision,
    responses((status = 200, body = Plan), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn revise_plan(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PlanId>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PlanRevision>,
) -> ApiResult<Json<Plan>> {
    let version = expected_version(&headers, body.expected_version)?;
    Ok(Json(
        state
            .service
            .revise_plan(&actor, id, version, body.content)
            .await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PlanStep {
    #[serde(default)]
    pub expected_version: Option<i64>,
    /// What to change, when returning a plan.
    #[serde(default)]
    pub note: Option<String>,
}

/// Submits a draft for approval.
#[utoipa::path(post, path = "/api/v1/plans/{id}/submit", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = PlanStep,
    responses((status = 200, body = Plan), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn submit_plan(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PlanId>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PlanStep>,
) -> ApiResult<Json<Plan>> {
    let version = expected_version(&headers, body.expected_version)?;
    Ok(Json(state.service.submit_plan(&actor, id, version).await?))
}

/// Approves a submitted plan (never by whoever drafted or changed it: `four_eyes`), within
/// the programme's remaining budget (`budget_exhausted`).
#[utoipa::path(post, path = "/api/v1/plans/{id}/approve", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = PlanStep,
    responses((status = 200, body = Plan), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn approve_plan(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PlanId>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PlanStep>,
) -> ApiResult<Json<Plan>> {
    let version = expected_version(&headers, body.expected_version)?;
    Ok(Json(state.service.approve_plan(&actor, id, version).await?))
}

/// Sends a submitted plan back to draft with what to change.
#[utoipa::path(post, path = "/api/v1/plans/{id}/return", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = PlanStep,
    responses((status = 200, body = Plan), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn return_plan(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PlanId>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PlanStep>,
) -> ApiResult<Json<Plan>> {
    let version = expected_version(&headers, body.expected_version)?;
    Ok(Json(
        state
            .service
            .return_plan(
                &actor,
                id,
                version,
                body.note.as_deref().unwrap_or_default(),
            )
            .await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct MilestoneReachedInput {
    #[serde(default)]
    pub expected_version: Option<i64>,
    /// `YYYY-MM-DD`; today when absent.
    #[serde(default)]
    pub reached_on: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Records that a milestone of an approved plan is reached (its tranche can then be paid).
#[utoipa::path(post, path = "/api/v1/plans/{id}/milestones/{milestone}/reached", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid), ("milestone" = String, Path, format = Uuid)), request_body = MilestoneReachedInput,
    responses((status = 200, body = Plan), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn reach_milestone(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath((id, milestone)): ApiPath<(PlanId, RecordId)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<MilestoneReachedInput>,
) -> ApiResult<Json<Plan>> {
    let version = expected_version(&headers, body.expected_version)?;
    Ok(Json(
        state
            .service
            .reach_milestone(
                &actor,
                id,
                version,
                milestone,
                body.reached_on.as_deref(),
                body.note.as_deref(),
            )
            .await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ProofUpload {
    pub file_name: String,
    /// The file (JPEG, PNG or PDF, at most 5 MB), base64-encoded.
    pub content_base64: String,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TranchePayment {
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub tranche: TrancheInput,
    /// At least one receipt or photo.
    pub proofs: Vec<ProofUpload>,
}

/// Pays a tranche against a reached milestone, with its proof.
#[utoipa::path(post, path = "/api/v1/plans/{id}/tranches", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = TranchePayment,
    responses((status = 201, body = Plan), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn pay_tranche(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PlanId>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<TranchePayment>,
) -> ApiResult<(StatusCode, Json<Plan>)> {
    let version = expected_version(&headers, body.expected_version)?;
    let mut proofs = Vec::new();
    for (i, proof) in body.proofs.into_iter().enumerate() {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(proof.content_base64.trim())
            .map_err(|_| {
                ApiError::bad_request(
                    "invalid_base64",
                    format!("proofs[{i}].content_base64 is not base64"),
                )
            })?;
        proofs.push(Upload {
            file_name: proof.file_name,
            bytes,
        });
    }
    Ok(created(
        state
            .service
            .pay_tranche(&actor, id, version, body.tranche, proofs)
            .await?,
    ))
}

/// Downloads a proof of payment; reading it is audited.
#[utoipa::path(get, path = "/api/v1/plans/{id}/attachments/{attachment}", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid), ("attachment" = String, Path, format = Uuid)),
    responses((status = 200, description = "The file"), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn attachment(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath((id, attachment)): ApiPath<(PlanId, AttachmentId)>,
) -> ApiResult<Response> {
    let (meta, bytes) = state
        .service
        .plan_attachment(&actor, id, attachment)
        .await?;
    Ok(attachment_response(&meta, bytes))
}

/// A stored proof as a download: its sniffed type, never rendered inline.
pub(crate) fn attachment_response(
    meta: &bayiri_domain::reintegration::plan::AttachmentMeta,
    bytes: Vec<u8>,
) -> Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&meta.content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    let ascii: String = meta
        .file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

// ---------------------------------------------------------------------------------------------
// Directory and referrals

#[derive(Debug, Deserialize, IntoParams)]
pub struct ProviderQuery {
    #[param(value_type = Option<String>)]
    pub service: Option<ServiceType>,
    /// ISO 3166-1 alpha-3
    #[param(value_type = Option<String>)]
    pub country: Option<CountryCode>,
    /// A P-code: providers covering this place.
    pub pcode: Option<String>,
}

/// The service directory: providers, the services they offer, where, capacity and contacts.
#[utoipa::path(get, path = "/api/v1/providers", tag = "reintegration", security(("bearer" = [])), params(ProviderQuery),
    responses((status = 200, body = Vec<Provider>), (status = 403, body = Problem)))]
pub async fn providers(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(q): ApiQuery<ProviderQuery>,
) -> ApiResult<Json<Vec<Provider>>> {
    Ok(Json(
        state
            .service
            .providers(&actor, q.service, q.country, q.pcode.as_deref())
            .await?,
    ))
}

/// Adds an organisation to the directory.
#[utoipa::path(post, path = "/api/v1/providers", tag = "reintegration", security(("bearer" = [])), request_body = ProviderInput,
    responses((status = 201, body = Provider), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn add_provider(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<ProviderInput>,
) -> ApiResult<(StatusCode, Json<Provider>)> {
    Ok(created(
        state.service.save_provider(&actor, None, input).await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/providers/{id}", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Provider), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn provider(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ProviderId>,
) -> ApiResult<Json<Provider>> {
    Ok(Json(state.service.provider(&actor, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ProviderUpdate {
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub provider: ProviderInput,
}

#[utoipa::path(put, path = "/api/v1/providers/{id}", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ProviderUpdate,
    responses((status = 200, body = Provider), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn update_provider(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ProviderId>,
    headers: HeaderMap,
    ApiJson(update): ApiJson<ProviderUpdate>,
) -> ApiResult<Json<Provider>> {
    let version = expected_version(&headers, update.expected_version)?;
    Ok(Json(
        state
            .service
            .save_provider(&actor, Some((id, version)), update.provider)
            .await?,
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct InboxQuery {
    #[param(value_type = Option<String>)]
    pub status: Option<ReferralStatus>,
}

/// Referrals sent to your organisation (service providers), newest first.
#[utoipa::path(get, path = "/api/v1/service-referrals", tag = "reintegration", security(("bearer" = [])), params(InboxQuery),
    responses((status = 200, body = Vec<ServiceReferral>), (status = 403, body = Problem)))]
pub async fn inbox(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(q): ApiQuery<InboxQuery>,
) -> ApiResult<Json<Vec<ServiceReferral>>> {
    Ok(Json(state.service.referral_inbox(&actor, q.status).await?))
}

/// A referral: to the provider's users, only what the referral needs.
#[utoipa::path(get, path = "/api/v1/service-referrals/{id}", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = ServiceReferral), (status = 404, body = Problem)))]
pub async fn referral(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ReferralId>,
) -> ApiResult<Json<ServiceReferral>> {
    Ok(Json(state.service.referral(&actor, id).await?))
}

/// Accept, decline or complete (the provider), or write a message (either side).
#[utoipa::path(post, path = "/api/v1/service-referrals/{id}/answers", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = ReferralAnswer,
    responses((status = 200, body = ServiceReferral), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn answer_referral(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<ReferralId>,
    ApiJson(answer): ApiJson<ReferralAnswer>,
) -> ApiResult<Json<ServiceReferral>> {
    Ok(Json(
        state.service.answer_referral(&actor, id, answer).await?,
    ))
}

// ---------------------------------------------------------------------------------------------
// Opportunities

/// Open jobs, training places, credit schemes and value chains, by words, kind, sector and
/// area (your countries unless `country` is given).
#[utoipa::path(get, path = "/api/v1/opportunities", tag = "reintegration", security(("bearer" = [])), params(OpportunityParams),
    responses((status = 200, body = Vec<Opportunity>), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn opportunities(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(q): ApiQuery<OpportunityParams>,
) -> ApiResult<Json<Vec<Opportunity>>> {
    let search = OpportunitySearch {
        q: q.q,
        kind: q.kind,
        country: q.country,
        sector: q.sector,
        pcode: q.pcode,
    };
    Ok(Json(
        state.service.search_opportunities(&actor, &search).await?,
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct OpportunityParams {
    pub q: Option<String>,
    #[param(value_type = Option<String>)]
    pub kind: Option<bayiri_domain::reintegration::opportunity::OpportunityKind>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub pcode: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/opportunities", tag = "reintegration", security(("bearer" = [])), request_body = OpportunityInput,
    responses((status = 201, body = Opportunity), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn add_opportunity(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<OpportunityInput>,
) -> ApiResult<(StatusCode, Json<Opportunity>)> {
    Ok(created(
        state.service.save_opportunity(&actor, None, input).await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/opportunities/{id}", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Opportunity), (status = 403, body = Problem), (status = 404, body = Problem)))]
pub async fn opportunity(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OpportunityId>,
) -> ApiResult<Json<Opportunity>> {
    Ok(Json(state.service.opportunity(&actor, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct OpportunityUpdate {
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub opportunity: OpportunityInput,
}

#[utoipa::path(put, path = "/api/v1/opportunities/{id}", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = OpportunityUpdate,
    responses((status = 200, body = Opportunity), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn update_opportunity(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<OpportunityId>,
    headers: HeaderMap,
    ApiJson(update): ApiJson<OpportunityUpdate>,
) -> ApiResult<Json<Opportunity>> {
    let version = expected_version(&headers, update.expected_version)?;
    Ok(Json(
        state
            .service
            .save_opportunity(&actor, Some((id, version)), update.opportunity)
            .await?,
    ))
}

// ---------------------------------------------------------------------------------------------
// Follow-up and scoring

/// Follow-ups past their due date in your scope, most overdue first.
#[utoipa::path(get, path = "/api/v1/follow-ups/overdue", tag = "reintegration", security(("bearer" = [])),
    responses((status = 200, body = Vec<FollowUpItem>)))]
pub async fn overdue(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> ApiResult<Json<Vec<FollowUpItem>>> {
    Ok(Json(state.service.overdue_follow_ups(&actor, 200).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SurveySubmission {
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub survey: SurveyInput,
}

/// Records the sustainability survey of a due follow-up; it is scored with the case's scheme
/// and the score names the scheme version.
#[utoipa::path(post, path = "/api/v1/follow-ups/{id}/survey", tag = "reintegration", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = SurveySubmission,
    responses((status = 200, body = FollowUp), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn survey(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<FollowUpId>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<SurveySubmission>,
) -> ApiResult<Json<FollowUp>> {
    let version = expected_version(&headers, body.expected_version)?;
    Ok(Json(
        state
            .service
            .record_survey(&actor, id, version, body.survey)
            .await?,
    ))
}

/// Scoring schemes at their latest versions (the shipped default, unweighted, included).
#[utoipa::path(get, path = "/api/v1/scoring-schemes", tag = "reintegration", security(("bearer" = [])),
    responses((status = 200, body = Vec<ScoringScheme>), (status = 403, body = Problem)))]
pub async fn schemes(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> ApiResult<Json<Vec<ScoringScheme>>> {
    Ok(Json(state.service.scoring_schemes(&actor).await?))
}

/// Loads a new version of a scoring scheme: an organisation's official questions and weights
/// (administrators). See docs/REINTEGRATION.md.
#[utoipa::path(post, path = "/api/v1/scoring-schemes", tag = "reintegration", security(("bearer" = [])), request_body = ScoringScheme,
    responses((status = 201, body = SchemeLoaded), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn load_scheme(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    body: String,
) -> ApiResult<(StatusCode, Json<SchemeLoaded>)> {
    Ok(created(
        state.service.load_scoring_scheme(&actor, &body).await?,
    ))
}
