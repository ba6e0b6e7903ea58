use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiActor, ApiJson, ApiPath, ApiQuery, if_match_version};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use bayiri_domain::ids::PersonId;
use bayiri_domain::person::{Person, PersonInput};
use bayiri_service::{PersonPage, PersonRegistration};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
pub struct PersonListQuery {
    /// Search in names (any script, aliases included).
    pub q: Option<String>,
    pub cursor: Option<String>,
    /// 1 to 200, default 50.
    pub limit: Option<u32>,
}

/// Persons registered in your organisation and countries, or on your cases.
#[utoipa::path(get, path = "/api/v1/persons", tag = "persons", security(("bearer" = [])), params(PersonListQuery),
    responses((status = 200, body = PersonPage), (status = 401, body = Problem), (status = 403, body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(query): ApiQuery<PersonListQuery>,
) -> Result<Json<PersonPage>, ApiError> {
    let page = state
        .service
        .list_persons(
            &actor,
            query.q.as_deref(),
            query.cursor.as_deref(),
            query.limit.unwrap_or(50),
        )
        .await?;
    Ok(Json(page))
}

/// Registers a person.
#[utoipa::path(post, path = "/api/v1/persons", tag = "persons", security(("bearer" = [])), request_body = PersonRegistration,
    responses((status = 201, body = Person), (status = 403, body = Problem), (status = 422, body = Problem, description = "`validation_failed` with one entry per bad field")))]
pub async fn register(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(input): ApiJson<PersonRegistration>,
) -> Result<(StatusCode, Json<Person>), ApiError> {
    let person = state.service.register_person(&actor, input).await?;
    Ok((StatusCode::CREATED, Json(person)))
}

/// One person.
#[utoipa::path(get, path = "/api/v1/persons/{id}", tag = "persons", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Person), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PersonId>,
) -> Result<Json<Person>, ApiError> {
    Ok(Json(state.service.get_person(&actor, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PersonUpdate {
    /// The version you read; or send it as `If-Match`.
    #[serde(default)]
    pub expected_version: Option<i64>,
    #[serde(flatten)]
    pub person: PersonInput,
}

/// Replaces a person's details. Refused with 409 if the person changed since you read it.
#[utoipa::path(put, path = "/api/v1/persons/{id}", tag = "persons", security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)), request_body = PersonUpdate,
    responses((status = 200, body = Person), (status = 404, body = Problem), (status = 409, body = Problem, description = "`version_conflict`"),
        (status = 422, body = Problem), (status = 428, body = Problem, description = "`version_required`")))]
pub async fn update(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiPath(id): ApiPath<PersonId>,
    headers: HeaderMap,
    ApiJson(update): ApiJson<PersonUpdate>,
) -> Result<Json<Person>, ApiError> {
    let version = expected_version(&headers, update.expected_version)?;
    Ok(Json(
        state
            .service
            .update_person(&actor, id, version, update.person)
            .await?,
    ))
}

/// The version a change is based on, from `If-Match` or the body; one of them is required so
/// that nobody overwrites a change they have not seen.
pub(crate) fn expected_version(headers: &HeaderMap, in_body: Option<i64>) -> Result<i64, ApiError> {
    if_match_version(headers)?.or(in_body).ok_or_else(|| {
        ApiError::new(
            StatusCode::PRECONDITION_REQUIRED,
            "version_required",
            "Say which version you are changing",
        )
        .detail("send the version you read as `If-Match: \"<version>\"` or as `expected_version`")
    })
}
