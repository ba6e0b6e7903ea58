//! The pages people use: server-rendered, in five languages, light, and working without
//! JavaScript (htmx only makes them smoother). Handlers translate between HTTP forms and the
//! service's use cases; they decide nothing themselves.

mod account;
mod admin;
pub mod assets;
mod audit;
pub(crate) mod case_forms;
pub(crate) mod case_page;
pub(crate) mod cases;
mod duplicates;
mod form;
mod formstate;
mod home;
pub mod i18n;
mod journey;
mod login;
mod register;
mod reintegration;
mod render;
mod session;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub use i18n::{Lang, Tr};
pub use session::{SESSION_COOKIE, csrf_token};

/// The language for a page shown without looking up the user (404 pages).
pub fn session_language(headers: &axum::http::HeaderMap) -> Lang {
    session::anonymous_language(headers)
}

pub fn not_found_page(lang: Lang) -> axum::response::Response {
    use axum::response::IntoResponse;
    render::Failure::NotFound(lang).into_response()
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/static/{file}", get(assets::serve))
        .route("/login", get(login::form).post(login::submit))
        .route("/logout", post(login::logout))
        .route("/language", get(login::choose_language))
        .route("/", get(home::page))
        .route("/cases", get(cases::list))
        .route("/cases/{id}", get(case_page::page_handler))
        .route("/cases/{id}/move", post(case_forms::move_case))
        .route("/cases/{id}/reopen", post(case_forms::reopen))
        .route("/cases/{id}/counselling", post(case_forms::counselling))
        .route("/cases/{id}/consents", post(case_forms::consent))
        .route(
            "/cases/{id}/consents/{consent}/withdraw",
            post(case_forms::withdraw_consent),
        )
        .route(
            "/cases/{id}/screening",
            get(case_page::screening_form).post(case_forms::screening),
        )
        .route("/cases/{id}/concerns", post(case_forms::raise_concern))
        .route(
            "/cases/{id}/concerns/{concern}/close",
            post(case_forms::close_concern),
        )
        .route("/cases/{id}/referrals", post(case_forms::referral))
        .route("/cases/{id}/guardian", post(case_forms::guardian))
        .route(
            "/cases/{id}/best-interests",
            post(case_forms::best_interests),
        )
        .route(
            "/cases/{id}/travel-documents",
            post(case_forms::travel_document),
        )
        .route(
            "/cases/{id}/return-decision",
            post(case_forms::return_decision),
        )
        .route("/register", get(register::form).post(register::submit))
        .route("/persons/{id}", get(case_page::person))
        .route("/persons/{id}/duplicates", get(duplicates::person_page))
        .route("/persons/{id}/duplicates/{other}", post(duplicates::decide))
        .route("/persons/{id}/merge", post(duplicates::merge))
        .route("/merges/{id}/revert", post(duplicates::revert))
        .route("/duplicates", get(duplicates::queue))
        .route("/account", get(account::page_handler))
        .route("/account/password", post(account::password))
        .route("/account/language", post(account::language))
        .route("/admin/users", get(admin::users).post(admin::create))
        .route("/admin/users/{id}/disable", post(admin::disable))
        .route("/audit", get(audit::page))
        .merge(journey::routes())
        .merge(reintegration::routes())
}
