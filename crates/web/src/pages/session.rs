//! Browser sessions: the session cookie, CSRF tokens, and the language of a request.

use super::form::FormData;
use super::i18n::Lang;
use super::render::{Chrome, Failure};
use crate::AppState;
use crate::extract::client_info;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use bayiri_service::Actor;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

pub const SESSION_COOKIE: &str = "bayiri_session";
pub const LANG_COOKIE: &str = "bayiri_lang";
pub const LOGIN_COOKIE: &str = "bayiri_login";
pub const CSRF_FIELD: &str = "_csrf";
pub const CSRF_HEADER: &str = "x-csrf-token";

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// A `Set-Cookie` value: HttpOnly and SameSite always, Secure when the deployment is on HTTPS.
pub fn set_cookie(
    name: &str,
    value: &str,
    max_age_seconds: i64,
    path: &str,
    secure: bool,
) -> String {
    format!(
        "{name}={value}; Path={path}; Max-Age={max_age_seconds}; HttpOnly; SameSite=Lax{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The CSRF token of a session: an HMAC of a fixed label under the session's own secret, so
/// it needs no storage and dies with the session.
pub fn csrf_token(secret: &[u8]) -> String {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(secret).expect("HMAC takes keys of any size");
    mac.update(b"bayiri csrf v1");
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

pub fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// The language for a request without a logged-in user: the chosen cookie, else the browser's.
pub fn anonymous_language(headers: &HeaderMap) -> Lang {
    cookie(headers, LANG_COOKIE)
        .and_then(|c| Lang::parse(&c))
        .unwrap_or_else(|| {
            Lang::from_accept_language(
                headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok()),
            )
        })
}

/// A logged-in person using the pages.
#[derive(Debug, Clone)]
pub struct PageUser {
    pub actor: Actor,
    pub lang: Lang,
    pub csrf: String,
    /// Path and query of the request, for links that come back here.
    pub path: String,
    /// Whether the request came from htmx (partial responses are enough).
    pub htmx: bool,
}

impl PageUser {
    pub fn chrome(&self, title_key: &str, section: &'static str) -> Chrome {
        Chrome::for_user(self, title_key, section)
    }
}

impl FromRequestParts<AppState> for PageUser {
    type Rejection = Failure;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let lang = anonymous_language(&parts.headers);
        let path = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".into());
        let to_login = || Failure::Login { next: path.clone() };
        let Some(secret) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(to_login());
        };
        let actor = match state
            .service
            .authenticate(&secret, client_info(parts))
            .await
        {
            Ok(actor) => actor,
            Err(bayiri_service::ServiceError::Unauthenticated) => return Err(to_login()),
            Err(other) => return Err(Failure::Service(other, lang)),
        };
        // An API token in a cookie would skip CSRF protection: only sessions are accepted here.
        let Some(csrf_secret) = actor.csrf_secret.clone() else {
            return Err(to_login());
        };
        let lang = Lang::parse(&actor.user.language).unwrap_or(lang);
        Ok(PageUser {
            csrf: csrf_token(&csrf_secret),
            lang,
            htmx: parts.headers.contains_key("hx-request"),
            actor,
            path,
        })
    }
}

/// A form posted by a logged-in user, with its CSRF token checked.
#[derive(Debug)]
pub struct Posted {
    pub user: PageUser,
    pub form: FormData,
}

impl FromRequest<AppState> for Posted {
    type Rejection = Failure;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let user = PageUser::from_request_parts(&mut parts, state).await?;
        let header_token = parts
            .headers
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let bytes = axum::body::to_bytes(body, 256 * 1024)
            .await
            .map_err(|_| Failure::BadRequest(user.lang))?;
        let form = FormData::parse(&bytes);
        let sent = form
            .get(CSRF_FIELD)
            .map(str::to_string)
            .or(header_token)
            .unwrap_or_default();
        if !same_token(&sent, &user.csrf) {
            return Err(Failure::Csrf(user.lang));
        }
        Ok(Posted { user, form })
    }
}
