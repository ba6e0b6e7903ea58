//! One error type for the HTTP layer, rendered as an RFC 9457 problem document.
//!
//! Every problem has a stable snake_case `code` (also the last segment of its `type` URI) that
//! clients and the pages' translations key on. A 500 carries only a correlation id: the cause
//! is logged with that id and never sent to the client.

use crate::middleware::current_correlation_id;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bayiri_domain::error::FieldError;
use bayiri_domain::reintegration::plan::CeilingBreach;
use bayiri_service::views::GuardView;
use bayiri_service::{DuplicateCandidate, ServiceError};
use serde::Serialize;
use utoipa::ToSchema;

/// An RFC 9457 problem document.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Problem {
    /// `urn:bayiri:problem:<code>`
    #[serde(rename = "type")]
    pub type_uri: String,
    pub title: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Stable machine-readable code.
    pub code: String,
    /// Identifies this occurrence in the server's logs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Field errors, for `validation_failed`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schema(value_type = Vec<Object>)]
    pub errors: Vec<FieldError>,
    /// Unmet rights guards, for `guards_unmet`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub guards: Vec<GuardView>,
    /// The record's current version, for `version_conflict`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_version: Option<i64>,
    /// Stored persons who may be the person being registered, for `possible_duplicates`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<DuplicateCandidate>,
    /// Every ceiling a reintegration plan goes over, for `over_ceiling`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub breaches: Vec<CeilingBreach>,
}

/// An error on its way to becoming a problem document (boxed: it travels in every `Result`).
#[derive(Debug)]
pub struct ApiError(Box<ProblemParts>);

#[derive(Debug)]
struct ProblemParts {
    status: StatusCode,
    code: String,
    title: String,
    detail: Option<String>,
    errors: Vec<FieldError>,
    guards: Vec<GuardView>,
    current_version: Option<i64>,
    candidates: Vec<DuplicateCandidate>,
    breaches: Vec<CeilingBreach>,
    retry_after: Option<u64>,
    www_authenticate: bool,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, title: &str) -> Self {
        Self(Box::new(ProblemParts {
            status,
            code: code.to_string(),
            title: title.to_string(),
            detail: None,
            errors: Vec::new(),
            guards: Vec::new(),
            current_version: None,
            candidates: Vec::new(),
            breaches: Vec::new(),
            retry_after: None,
            www_authenticate: false,
        }))
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.0.detail = Some(detail.into());
        self
    }

    pub fn bad_request(code: &str, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, "The request is malformed").detail(detail)
    }

    pub fn validation(errors: Vec<FieldError>) -> Self {
        let mut e = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
            "Some fields are not valid",
        );
        e.0.detail = Some(
            errors
                .iter()
                .map(|e| format!("{}: {}", e.field, e.message))
                .collect::<Vec<_>>()
                .join("; "),
        );
        e.0.errors = errors;
        e
    }

    pub fn status(&self) -> StatusCode {
        self.0.status
    }

    pub fn code(&self) -> &str {
        &self.0.code
    }
}

impl From<ServiceError> for ApiError {
    fn from(error: ServiceError) -> Self {
        use ServiceError as E;
        match error {
            E::Unauthenticated => {
                let mut e = Self::new(
                    StatusCode::UNAUTHORIZED,
                    "unauthenticated",
                    "Authentication required",
                )
                .detail("send a valid token as `Authorization: Bearer <token>`");
                e.0.www_authenticate = true;
                e
            }
            E::InvalidCredentials => Self::new(
                StatusCode::UNAUTHORIZED,
                "invalid_credentials",
                "Wrong user name or password",
            ),
            E::Forbidden => Self::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "Your role does not allow this",
            ),
            E::NotFound { what } => Self::new(StatusCode::NOT_FOUND, "not_found", "Not found")
                .detail(format!("no such {what}")),
            E::VersionConflict { current } => {
                let mut e = Self::new(
                    StatusCode::CONFLICT,
                    "version_conflict",
                    "The record was changed by someone else",
                )
                .detail("reload the record and apply your change again");
                e.0.current_version = Some(current);
                e
            }
            E::Invalid(errors) => Self::validation(errors.0),
            E::GuardsUnmet { to, guards } => {
                let mut e = Self::new(
                    StatusCode::CONFLICT,
                    "guards_unmet",
                    "The case cannot move yet",
                )
                .detail(format!(
                    "moving to {to} is blocked by {} unmet guard(s)",
                    guards.len()
                ));
                e.0.guards = guards;
                e
            }
            E::Case(case) => Self::new(
                StatusCode::CONFLICT,
                case.code(),
                "The case does not allow this now",
            )
            .detail(case.to_string()),
            E::PossibleDuplicates { candidates } => {
                let mut e = Self::new(
                    StatusCode::CONFLICT,
                    "possible_duplicates",
                    "This person may already be registered",
                )
                .detail(format!(
                    "{} stored person(s) may be the same person; look at them, then register again with `checked_duplicates` listing those who are other persons, or use the stored person",
                    candidates.len()
                ));
                e.0.candidates = candidates;
                e
            }
            E::MergeRefused(refusal) => Self::new(
                StatusCode::CONFLICT,
                refusal.code(),
                "These records cannot be merged",
            )
            .detail(refusal.to_string()),
            E::Refused { code, message } => Self::new(
                StatusCode::CONFLICT,
                code,
                "The records do not allow this now",
            )
            .detail(message),
            E::OverCeiling { breaches } => {
                let mut e = Self::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "over_ceiling",
                    "The plan goes over the programme's ceilings",
                )
                .detail(
                    breaches
                        .iter()
                        .map(|b| b.message())
                        .collect::<Vec<_>>()
                        .join("; "),
                );
                e.0.breaches = breaches;
                e
            }
            E::AlreadyExists { what } => {
                Self::new(StatusCode::CONFLICT, "already_exists", "Already exists")
                    .detail(format!("{what} already exists"))
            }
            E::RateLimited {
                retry_after_seconds,
            } => {
                let mut e = Self::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "rate_limited",
                    "Too many attempts",
                )
                .detail(format!("try again in {retry_after_seconds} seconds"));
                e.0.retry_after = Some(retry_after_seconds);
                e
            }
            E::Unavailable(source) => {
                tracing::error!(error = %source, correlation_id = ?current_correlation_id(), "database unavailable");
                let mut e = Self::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "service_unavailable",
                    "The service is unavailable",
                )
                .detail("try again shortly");
                e.0.retry_after = Some(5);
                e
            }
            E::Internal(source) => {
                tracing::error!(error = %source, correlation_id = ?current_correlation_id(), "internal error");
                Self::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "Internal error",
                )
                .detail("the error was logged; quote the correlation id when reporting it")
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let parts = *self.0;
        let problem = Problem {
            type_uri: format!("urn:bayiri:problem:{}", parts.code),
            title: parts.title,
            status: parts.status.as_u16(),
            detail: parts.detail,
            code: parts.code,
            correlation_id: current_correlation_id(),
            errors: parts.errors,
            guards: parts.guards,
            current_version: parts.current_version,
            candidates: parts.candidates,
            breaches: parts.breaches,
        };
        let body =
            serde_json::to_vec(&problem).unwrap_or_else(|_| b"{\"code\":\"internal\"}".to_vec());
        let mut response = (parts.status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(seconds) = parts.retry_after
            && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
        {
            headers.insert(header::RETRY_AFTER, value);
        }
        if parts.www_authenticate {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

pub(crate) async fn route_not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "route_not_found", "No such endpoint")
}

pub(crate) async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "This endpoint does not accept this method",
    )
}
