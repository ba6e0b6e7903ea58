//! The layers every request passes: a correlation id, tracing, security headers, size limits,
//! compression and panic catching.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{
    MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::trace::TraceLayer;

pub(crate) static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

tokio::task_local! {
    static CORRELATION_ID: String;
}

/// The correlation id of the request being handled, for problem documents and logs.
pub fn current_correlation_id() -> Option<String> {
    CORRELATION_ID.try_with(Clone::clone).ok()
}

/// Requests larger than this are refused (413) before they are read.
const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Tranche payments carry their proofs (up to 5 MB each, base64 in the API).
pub(crate) const MAX_UPLOAD_BODY_BYTES: usize = 24 * 1024 * 1024;

/// Whether a path takes a proof upload: `/api/v1/plans/{id}/tranches` and the page form
/// `/plans/{id}/tranches`.
fn takes_uploads(path: &str) -> bool {
    let path = path.strip_prefix("/api/v1").unwrap_or(path);
    let mut parts = path.trim_start_matches('/').split('/');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some("plans"), Some(_), Some("tranches"), None)
    )
}

/// Limits the request body: by its Content-Length before reading, and while it streams.
async fn body_limit(request: Request, next: Next) -> Response {
    let limit = if takes_uploads(request.uri().path()) {
        MAX_UPLOAD_BODY_BYTES
    } else {
        MAX_BODY_BYTES
    };
    let declared = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        let error = crate::ApiError::new(
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            "The request is too large",
        )
        .detail(format!("at most {limit} bytes"));
        return axum::response::IntoResponse::into_response(error);
    }
    let request = request.map(|body| Body::new(http_body_util::Limited::new(body, limit)));
    next.run(request).await
}

/// Wraps the router in every layer; the first listed sees the request first.
pub(crate) fn apply(router: axum::Router) -> axum::Router {
    router.layer(
        ServiceBuilder::new()
            .layer(SetRequestIdLayer::new(REQUEST_ID.clone(), MakeRequestUuid))
            .layer(PropagateRequestIdLayer::new(REQUEST_ID.clone()))
            .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<Body>| {
                let id = request
                    .extensions()
                    .get::<RequestId>()
                    .and_then(|id| id.header_value().to_str().ok())
                    .unwrap_or("-");
                // The path only: query strings may carry search terms (names) that must not be logged.
                tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), correlation_id = %id)
            }))
            .layer(CatchPanicLayer::custom(|_| {
                let error = crate::ApiError::new(axum::http::StatusCode::INTERNAL_SERVER_ERROR, "internal", "Internal error");
                axum::response::IntoResponse::into_response(error)
            }))
            .layer(axum::middleware::from_fn(correlation_scope))
            .layer(axum::middleware::from_fn(security_headers))
            .layer(CompressionLayer::new())
            .layer(axum::middleware::from_fn(body_limit)),
    )
}

async fn correlation_scope(request: Request, next: Next) -> Response {
    let id = request
        .extensions()
        .get::<RequestId>()
        .and_then(|id| id.header_value().to_str().ok())
        .unwrap_or_default()
        .to_string();
    CORRELATION_ID.scope(id, next.run(request)).await
}

async fn security_headers(request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if is_api {
        // API responses carry personal data: never cache them anywhere.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_tranche_payments_take_uploads() {
        assert!(super::takes_uploads("/api/v1/plans/0190/tranches"));
        assert!(super::takes_uploads("/plans/0190/tranches"));
        assert!(!super::takes_uploads("/api/v1/plans/0190/approve"));
        assert!(!super::takes_uploads("/api/v1/cases"));
        assert!(!super::takes_uploads("/plans/0190/tranches/x"));
    }
}
