//! What every page shares: the page frame ("chrome"), rendering, and error pages.

use super::assets;
use super::i18n::{Lang, Tr};
use super::session::PageUser;
use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use bayiri_domain::access::Permission;
use bayiri_service::ServiceError;

/// The parts of the page frame that depend on who is looking.
#[derive(Debug, Clone)]
pub struct NavUser {
    pub name: String,
    pub role: String,
    pub can_read_cases: bool,
    pub can_register: bool,
    pub can_admin: bool,
    pub can_audit: bool,
    pub can_consular: bool,
    pub can_operations: bool,
    pub can_arrivals: bool,
    pub can_indicators: bool,
    pub can_programmes: bool,
    pub can_directory: bool,
    /// A provider's inbox of referrals.
    pub can_referrals: bool,
    pub can_approve_plans: bool,
}

#[derive(Debug, Clone)]
pub struct Chrome {
    pub tr: Tr,
    pub title: String,
    /// Which navigation entry is current.
    pub section: &'static str,
    pub user: Option<NavUser>,
    pub csrf: String,
    /// `{"x-csrf-token": "…"}` for htmx requests.
    pub htmx_headers: String,
    pub notice: Option<String>,
    /// Where the language chooser sends the user back to.
    pub here: String,
}

impl Chrome {
    pub fn anonymous(lang: Lang, title_key: &str) -> Self {
        let tr = Tr::new(lang);
        Self {
            title: tr.t(title_key),
            tr,
            section: "",
            user: None,
            csrf: String::new(),
            htmx_headers: "{}".into(),
            notice: None,
            here: "/".into(),
        }
    }

    pub fn for_user(user: &PageUser, title_key: &str, section: &'static str) -> Self {
        let tr = Tr::new(user.lang);
        let actor = &user.actor;
        Self {
            title: tr.t(title_key),
            section,
            user: Some(NavUser {
                name: actor.user.display_name.clone(),
                role: tr.word("role", actor.role().as_str()),
                can_read_cases: actor.can(Permission::CaseRead),
                can_register: actor.can(Permission::CaseCreate)
                    && actor.can(Permission::PersonWrite),
                can_admin: actor.can(Permission::UserAdmin),
                can_audit: actor.can(Permission::AuditRead),
                can_consular: actor.can(Permission::ConsularRead),
                can_operations: actor.can(Permission::OperationRead)
                    && !actor.can(Permission::ArrivalWrite),
                can_arrivals: actor.can(Permission::ArrivalWrite),
                can_indicators: actor.can(Permission::IndicatorRead),
                can_programmes: actor.can(Permission::ProgrammeManage)
                    || actor.can(Permission::PlanWrite),
                can_directory: actor.can(Permission::DirectoryRead),
                can_referrals: actor.can(Permission::ServiceReferralRespond),
                can_approve_plans: actor.can(Permission::PlanApprove),
            }),
            csrf: user.csrf.clone(),
            htmx_headers: serde_json::json!({ "x-csrf-token": user.csrf }).to_string(),
            notice: None,
            tr,
            here: user.path.clone(),
        }
    }

    pub fn with_title(mut self, title: String) -> Self {
        self.title = title;
        self
    }

    pub fn with_notice(mut self, notice: Option<String>) -> Self {
        self.notice = notice;
        self
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn lang(&self) -> &'static str {
        self.tr.lang.code()
    }

    pub fn dir(&self) -> &'static str {
        self.tr.lang.dir()
    }

    /// The interface languages: code, own name, whether it is the current one.
    pub fn languages(&self) -> Vec<(&'static str, &'static str, bool)> {
        Lang::ALL
            .iter()
            .map(|l| (l.code(), l.autonym(), *l == self.tr.lang))
            .collect()
    }

    pub fn asset(&self, name: &str) -> String {
        assets::url(name)
    }

    pub fn current(&self, section: &str) -> bool {
        self.section == section
    }
}

/// Renders a page with a status.
pub fn page(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => {
            let mut response = (status, html).into_response();
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            // Pages show personal data: keep them out of shared caches and the back-forward cache.
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(e) => {
            tracing::error!(error = %e, correlation_id = ?crate::middleware::current_correlation_id(), "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

pub fn ok(template: &impl Template) -> Response {
    page(StatusCode::OK, template)
}

/// After a successful change: back to a page (Post/Redirect/Get), with a notice code.
pub fn see_other(path: &str) -> Response {
    Redirect::to(path).into_response()
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    c: Chrome,
    heading: String,
    message: String,
    correlation_id: Option<String>,
}

/// Why a page request failed, rendered as a page in the user's language.
#[derive(Debug)]
pub enum Failure {
    /// Not logged in (or the session ended): go to the login page and come back.
    Login {
        next: String,
    },
    Service(ServiceError, Lang),
    /// The form's CSRF token is missing or from another session.
    Csrf(Lang),
    BadRequest(Lang),
    NotFound(Lang),
}

impl From<(ServiceError, Lang)> for Failure {
    fn from((error, lang): (ServiceError, Lang)) -> Self {
        Failure::Service(error, lang)
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let (status, lang, key) = match self {
            Failure::Login { next } => {
                let target = format!("/login?next={}", urlencode(&next));
                let mut response = Redirect::to(&target).into_response();
                if let Ok(value) = HeaderValue::from_str(&target) {
                    // htmx follows this instead of swapping the login page into a fragment.
                    response.headers_mut().insert("hx-redirect", value);
                }
                return response;
            }
            Failure::Csrf(lang) => (StatusCode::FORBIDDEN, lang, "error-csrf"),
            Failure::BadRequest(lang) => (StatusCode::BAD_REQUEST, lang, "error-bad-request"),
            Failure::NotFound(lang) => (StatusCode::NOT_FOUND, lang, "error-not-found"),
            Failure::Service(error, lang) => {
                let api = crate::ApiError::from(error);
                let key = match api.code() {
                    "not_found" => "error-not-found",
                    "forbidden" => "error-forbidden",
                    "version_conflict" => "error-version-conflict",
                    "service_unavailable" => "error-unavailable",
                    "rate_limited" => "error-rate-limited",
                    "unauthenticated" => "error-not-found",
                    _ if api.status().is_client_error() => "error-bad-request",
                    _ => "error-internal",
                };
                (api.status(), lang, key)
            }
        };
        let tr = Tr::new(lang);
        let error = ErrorPage {
            c: Chrome::anonymous(lang, "error-title"),
            heading: tr.t(&format!("{key}-title")),
            message: tr.t(key),
            correlation_id: status
                .is_server_error()
                .then(crate::middleware::current_correlation_id)
                .flatten(),
        };
        page(status, &error)
    }
}

pub fn urlencode(value: &str) -> String {
    serde_urlencoded::to_string([("", value)])
        .map(|s| s.trim_start_matches('=').to_string())
        .unwrap_or_default()
}

/// A local path to return to after login or a language change; anything else goes home.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path.to_string()
        }
        _ => "/".to_string(),
    }
}
