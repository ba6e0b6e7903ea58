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
use tower_http::limit::RequestBodyLimitLayer;
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
            .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES)),
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
