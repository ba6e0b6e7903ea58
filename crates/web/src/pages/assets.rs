//! Static assets, embedded in the binary and named by content hash (see build.rs), so they
//! are cached forever and no page needs a CDN.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The URL of an asset by its logical name (`app.css` → `/static/app.3f2a9c81d0e4.css`).
pub fn url(name: &str) -> String {
    ASSETS
        .iter()
        .find(|(logical, ..)| *logical == name)
        .map(|(_, hashed, ..)| format!("/static/{hashed}"))
        .unwrap_or_else(|| format!("/static/{name}"))
}

pub async fn serve(Path(file): Path<String>) -> Response {
    match ASSETS.iter().find(|(_, hashed, ..)| *hashed == file) {
        Some((_, _, content_type, bytes)) => {
            let mut response = (StatusCode::OK, *bytes).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            );
            response
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
