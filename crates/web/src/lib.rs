//! Bayiri's HTTP server.
//!
//! - `/api/v1/…`: the JSON API for machines, described by the OpenAPI 3.1 document at
//!   `/api/v1/openapi.json`; errors are RFC 9457 problem documents with stable codes.
//! - `/healthz`: answers 200 once the database answers.
//!
//! Handlers only translate between HTTP and the service crate's use cases; they never touch
//! storage and never decide anything themselves.

pub mod api;
mod error;
mod extract;
mod middleware;
pub mod pages;
mod state;

pub use error::{ApiError, Problem};
pub use state::AppState;

use axum::Router;
use axum::routing::get;
use bayiri_service::Service;
use std::future::Future;
use std::net::SocketAddr;
use tokio::net::TcpListener;

/// Settings of the HTTP layer.
#[derive(Debug, Clone, Default)]
pub struct WebConfig {
    /// Mark cookies `Secure`: set this when users reach Bayiri over HTTPS.
    pub secure_cookies: bool,
}

/// The whole application as an axum router.
pub fn app(service: Service) -> Router {
    app_with(service, WebConfig::default())
}

pub fn app_with(service: Service, config: WebConfig) -> Router {
    let state = AppState {
        service,
        secure_cookies: config.secure_cookies,
    };
    let (api, _) = api::router().split_for_parts();
    let router = Router::new()
        .route("/healthz", get(healthz))
        .merge(api)
        .merge(pages::router())
        .fallback(not_found)
        .method_not_allowed_fallback(error::method_not_allowed)
        .with_state(state);
    middleware::apply(router)
}

/// Unknown paths: a problem document under `/api/`, a page everywhere else.
async fn not_found(request: axum::extract::Request) -> axum::response::Response {
    use axum::response::IntoResponse;
    if request.uri().path().starts_with("/api/") {
        error::route_not_found().await.into_response()
    } else {
        let lang = pages::session_language(request.headers());
        pages::not_found_page(lang)
    }
}

async fn healthz(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> Result<&'static str, ApiError> {
    state.service.ready().await?;
    Ok("ok")
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    service: Service,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, service, WebConfig::default(), shutdown).await
}

pub async fn serve_with(
    listener: TcpListener,
    service: Service,
    config: WebConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        app_with(service, config).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
