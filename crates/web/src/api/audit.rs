use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{ApiActor, ApiQuery};
use axum::Json;
use axum::extract::State;
use bayiri_domain::ids::UserId;
use bayiri_service::AuditFilter;
use bayiri_service::views::AuditEntryView;
use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Debug, Deserialize, IntoParams)]
pub struct AuditQuery {
    #[param(value_type = Option<String>, format = Uuid)]
    pub actor: Option<UserId>,
    /// e.g. `case.read_sensitive`, `case.transition`, `auth.login_failed`
    pub action: Option<String>,
    /// Id of the record acted on.
    pub target: Option<String>,
    /// RFC 3339
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>, format = DateTime)]
    pub from: Option<time::OffsetDateTime>,
    /// RFC 3339
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>, format = DateTime)]
    pub to: Option<time::OffsetDateTime>,
    /// Id of the last entry of the previous page.
    #[param(value_type = Option<String>, format = Uuid)]
    pub before: Option<uuid::Uuid>,
    pub limit: Option<u32>,
}

/// Your organisation's audit log, newest first (data-protection officers).
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", security(("bearer" = [])), params(AuditQuery),
    responses((status = 200, body = Vec<AuditEntryView>), (status = 403, body = Problem), (status = 422, body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(query): ApiQuery<AuditQuery>,
) -> Result<Json<Vec<AuditEntryView>>, ApiError> {
    let filter = AuditFilter {
        actor: query.actor,
        action: query.action,
        target_id: query.target,
        from: query.from,
        to: query.to,
        before: query.before,
        limit: query.limit.unwrap_or(100),
    };
    Ok(Json(state.service.audit_log(&actor, filter).await?))
}
