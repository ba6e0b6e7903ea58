use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiActor, ApiJson, Client};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use bayiri_domain::access::User;
use bayiri_store::TokenKind;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
    /// A name for the token, e.g. the script that uses it.
    #[serde(default)]
    pub label: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LoginResponse {
    /// Send as `Authorization: Bearer <token>`. Shown once; only its hash is stored.
    pub token: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: time::OffsetDateTime,
    pub user: User,
}

/// Exchanges a user name and password for an API token.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = LoginRequest,
    responses(
        (status = 200, body = LoginResponse),
        (status = 401, body = Problem, description = "`invalid_credentials`"),
        (status = 429, body = Problem, description = "`rate_limited`: too many failed attempts")))]
pub async fn login(
    State(state): State<AppState>,
    Client(client): Client,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<Json<LoginResponse>, ApiError> {
    let label = request
        .label
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.chars().take(100).collect());
    let issued = state
        .service
        .login(
            &request.username,
            &request.password,
            TokenKind::Api,
            label,
            &client,
        )
        .await?;
    Ok(Json(LoginResponse {
        token: issued.secret,
        expires_at: issued.expires_at,
        user: issued.user,
    }))
}

/// Revokes the token used for this request.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth", security(("bearer" = [])),
    responses((status = 204), (status = 401, body = Problem)))]
pub async fn logout(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<StatusCode, ApiError> {
    state.service.logout(&actor).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The authenticated user.
#[utoipa::path(get, path = "/api/v1/me", tag = "auth", security(("bearer" = [])),
    responses((status = 200, body = User), (status = 401, body = Problem)))]
pub async fn me(ApiActor(actor): ApiActor) -> Json<User> {
    Json(actor.user)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// Changes the authenticated user's password; every other token of theirs is revoked.
#[utoipa::path(post, path = "/api/v1/me/password", tag = "auth", security(("bearer" = [])), request_body = PasswordChange,
    responses((status = 204), (status = 401, body = Problem), (status = 422, body = Problem)))]
pub async fn change_password(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(change): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    state
        .service
        .change_password(&actor, &change.current_password, &change.new_password)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
