//! Logging in and out, and choosing a language before logging in.

use super::form::FormData;
use super::i18n::Lang;
use super::render::{Chrome, Failure, page, safe_next};
use super::session::{
    LANG_COOKIE, LOGIN_COOKIE, Posted, SESSION_COOKIE, anonymous_language, cookie, same_token,
    set_cookie,
};
use crate::AppState;
use crate::extract::client_info;
use askama::Template;
use axum::extract::{Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use bayiri_service::ServiceError;
use bayiri_store::TokenKind;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    c: Chrome,
    login_csrf: String,
    next: String,
    username: String,
    error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
    language: Option<String>,
}

fn fresh_login_token() -> String {
    let mut bytes = [0u8; 24];
    // If the OS random source fails the token stays empty, and an empty token never matches.
    match getrandom::fill(&mut bytes) {
        Ok(()) => URL_SAFE_NO_PAD.encode(bytes),
        Err(_) => String::new(),
    }
}

/// The login form. A random token in a cookie and in the form protects the login itself
/// against cross-site requests.
pub async fn form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<NextQuery>,
) -> Response {
    let lang = anonymous_language(&headers);
    render_login(
        &state,
        lang,
        safe_next(query.next.as_deref()),
        String::new(),
        None,
        StatusCode::OK,
    )
}

fn render_login(
    state: &AppState,
    lang: Lang,
    next: String,
    username: String,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let token = fresh_login_token();
    let mut c = Chrome::anonymous(lang, "login-title");
    c.here = format!("/login?next={}", super::render::urlencode(&next));
    let mut response = page(
        status,
        &LoginPage {
            c,
            login_csrf: token.clone(),
            next,
            username,
            error,
        },
    );
    if let Ok(value) = HeaderValue::from_str(&set_cookie(
        LOGIN_COOKIE,
        &token,
        3600,
        "/login",
        state.secure_cookies,
    )) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

pub async fn submit(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let lang = anonymous_language(&parts.headers);
    let Ok(bytes) = axum::body::to_bytes(body, 16 * 1024).await else {
        return Failure::BadRequest(lang).into_response();
    };
    let form = FormData::parse(&bytes);
    let next = safe_next(form.get("next"));
    let username = form.text("username");
    let expected = cookie(&parts.headers, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !same_token(form.get("_csrf").unwrap_or_default(), &expected) {
        let message = super::i18n::Tr::new(lang).t("login-expired");
        return render_login(
            &state,
            lang,
            next,
            username,
            Some(message),
            StatusCode::FORBIDDEN,
        );
    }
    let client = client_info(&parts);
    let password = form.text("password");
    match state
        .service
        .login(
            &username,
            &password,
            TokenKind::Session,
            Some("browser".into()),
            &client,
        )
        .await
    {
        Ok(issued) => {
            let lifetime = state.service.config().session_lifetime.whole_seconds();
            let mut response = Redirect::to(&next).into_response();
            let headers = response.headers_mut();
            for value in [
                set_cookie(
                    SESSION_COOKIE,
                    &issued.secret,
                    lifetime,
                    "/",
                    state.secure_cookies,
                ),
                set_cookie(LOGIN_COOKIE, "", 0, "/login", state.secure_cookies),
            ] {
                if let Ok(value) = HeaderValue::from_str(&value) {
                    headers.append(header::SET_COOKIE, value);
                }
            }
            response
        }
        Err(error) => {
            let tr = super::i18n::Tr::new(lang);
            let (status, message) = match &error {
                ServiceError::InvalidCredentials => {
                    (StatusCode::UNAUTHORIZED, tr.t("login-failed"))
                }
                ServiceError::RateLimited {
                    retry_after_seconds,
                } => (
                    StatusCode::TOO_MANY_REQUESTS,
                    tr.ta(
                        "login-rate-limited",
                        &[("minutes", &retry_after_seconds.div_ceil(60).to_string())],
                    ),
                ),
                _ => return Failure::Service(error, lang).into_response(),
            };
            render_login(&state, lang, next, username, Some(message), status)
        }
    }
}

pub async fn logout(State(state): State<AppState>, posted: Posted) -> Response {
    let lang = posted.user.lang;
    let result = if posted.form.checked("everywhere") {
        state
            .service
            .logout_everywhere(&posted.user.actor)
            .await
            .map(|_| ())
    } else {
        state.service.logout(&posted.user.actor).await
    };
    if let Err(error) = result {
        return Failure::Service(error, lang).into_response();
    }
    let mut response = Redirect::to("/login").into_response();
    if let Ok(value) = HeaderValue::from_str(&set_cookie(
        SESSION_COOKIE,
        "",
        0,
        "/",
        state.secure_cookies,
    )) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// Chooses the language before logging in (kept in a cookie; after login the user's own
/// setting applies).
pub async fn choose_language(
    State(state): State<AppState>,
    Query(query): Query<NextQuery>,
) -> Response {
    let next = safe_next(query.next.as_deref());
    let mut response = Redirect::to(&next).into_response();
    if let Some(lang) = query.language.as_deref().and_then(Lang::parse)
        && let Ok(value) = HeaderValue::from_str(&set_cookie(
            LANG_COOKIE,
            lang.code(),
            365 * 24 * 3600,
            "/",
            state.secure_cookies,
        ))
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}
