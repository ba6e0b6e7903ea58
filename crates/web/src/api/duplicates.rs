//! Duplicate persons: the check before registering, a person's possible duplicates, decisions,
//! merges and their reversal, and the review queue.

use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiActor, ApiJson, ApiPath, ApiQuery};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use bayiri_domain::ids::{MergeId, PersonId};
use bayiri_service::{
    DecisionInput, DecisionView, DuplicateCandidate, DuplicateQueue, MergeInput, MergeView,
    PersonDuplicates, PersonRegistration, RevertInput,
};
use serde::Deserialize;
use utoipa::IntoParams;

/// Stored persons who may be the person of a registration, with the reasons field by field;
/// nothing is saved. `POST /api/v1/persons` runs the same check and refuses with
/// `possible_duplicates` until the candidates are listed in `checked_duplicates`.
#[utoipa::path(post, path = "/api/v1/duplicate-checks", tag = "duplicates", security(("bearer" = [])),
    request_body = PersonRegistration,
    responses((status = 200, body = Vec<DuplicateCandidate>), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn check(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<PersonRegistration>,
) -> Result<Json<Vec<DuplicateCandidate>>, ApiError> {
    Ok(Json(state.service.check_duplicates(&actor, &input).await?))
}

/// A person's possible duplicates not decided yet, the standing decisions and the merges.
#[utoipa::path(get, path = "/api/v1/persons/{id}/duplicates", tag = "duplicates", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = PersonDuplicates), (status = 404, body = Problem)))]
pub async fn of_person(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PersonId>,
) -> Result<Json<PersonDuplicates>, ApiError> {
    Ok(Json(state.service.person_duplicates(&actor, id).await?))
}

/// Records whether two persons are the same person (a merge may follow) or different
/// persons (never proposed again). Replaces an earlier decision on the pair.
#[utoipa::path(put, path = "/api/v1/persons/{id}/duplicates/{other}", tag = "duplicates", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid), ("other" = String, Path, format = Uuid)),
    request_body = DecisionInput,
    responses((status = 200, body = DecisionView), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn decide(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath((id, other)): ApiPath<(PersonId, PersonId)>,
    ApiJson(input): ApiJson<DecisionInput>,
) -> Result<Json<DecisionView>, ApiError> {
    Ok(Json(
        state
            .service
            .decide_duplicate(&actor, id, other, input)
            .await?,
    ))
}

/// Merges `merged` into the person of the path: every case of the merged record moves to
/// this one (an event on each case), the merged record points here. Audited; reversible.
#[utoipa::path(post, path = "/api/v1/persons/{id}/merges", tag = "duplicates", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = MergeInput,
    responses((status = 201, body = MergeView), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem, description = "`already_merged`, `decided_different_persons`, `different_organisations`, `case_outside_scope` or `version_conflict`"),
        (status = 422, body = Problem)))]
pub async fn merge(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PersonId>,
    ApiJson(input): ApiJson<MergeInput>,
) -> Result<(StatusCode, Json<MergeView>), ApiError> {
    let view = state.service.merge_persons(&actor, id, input).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Reverts a merge: the cases it moved go back to the merged record, and the two records are
/// remembered as different persons.
#[utoipa::path(post, path = "/api/v1/merges/{id}/revert", tag = "duplicates", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = RevertInput,
    responses((status = 200, body = MergeView), (status = 404, body = Problem),
        (status = 409, body = Problem, description = "`merge_already_reverted` or `version_conflict`"), (status = 422, body = Problem)))]
pub async fn revert(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<MergeId>,
    ApiJson(input): ApiJson<RevertInput>,
) -> Result<Json<MergeView>, ApiError> {
    Ok(Json(state.service.revert_merge(&actor, id, input).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct QueueQuery {
    /// How many of the most recent registrations to look at (1 to 200, default 100).
    pub recent: Option<u32>,
}

/// Pairs to review: confirmed as the same person and not merged yet, and likely duplicates
/// among recent registrations.
#[utoipa::path(get, path = "/api/v1/duplicates", tag = "duplicates", security(("bearer" = [])), params(QueueQuery),
    responses((status = 200, body = DuplicateQueue), (status = 403, body = Problem)))]
pub async fn queue(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(query): ApiQuery<QueueQuery>,
) -> Result<Json<DuplicateQueue>, ApiError> {
    Ok(Json(
        state
            .service
            .duplicate_queue(&actor, query.recent.unwrap_or(100))
            .await?,
    ))
}
