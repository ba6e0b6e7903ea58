//! The pages of the return journey: consular requests, operations and manifests, monitor
//! reports, arrivals and assistance, indicators, the list of border points, and the journey
//! section of the case page.

mod arrivals;
pub mod case_section;
mod consular;
mod indicators;
mod operations;
mod points;

use super::formstate::FormState;
use super::i18n::Tr;
use crate::AppState;
use axum::Router;
use axum::http::StatusCode;
use axum::routing::{get, post};
use bayiri_service::ServiceError;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/consular", get(consular::list))
        .route("/consular/{id}", get(consular::detail))
        .route("/consular/{id}/decide", post(consular::decide))
        .route(
            "/operations",
            get(operations::list).post(operations::create),
        )
        .route("/operations/{id}", get(operations::detail))
        .route("/operations/{id}/manifest", post(operations::add))
        .route(
            "/operations/{id}/manifest/{case}/remove",
            post(operations::remove),
        )
        .route("/operations/{id}/depart", post(operations::depart))
        .route("/operations/{id}/escorts", post(operations::escort))
        .route("/operations/{id}/monitors", post(operations::monitor))
        .route("/operations/{id}/reports", post(operations::new_report))
        .route("/operations/{id}/manifest.csv", get(operations::csv))
        .route("/operations/{id}/manifest.xlsx", get(operations::xlsx))
        .route(
            "/reports/{id}",
            get(operations::report).post(operations::change_report),
        )
        .route("/monitors/me", post(operations::profile))
        .route("/arrivals", get(arrivals::list))
        .route("/arrivals/confirm", post(arrivals::confirm))
        .route(
            "/arrivals/new",
            get(arrivals::spontaneous_form).post(arrivals::spontaneous),
        )
        .route("/arrivals/{id}", get(arrivals::detail))
        .route("/arrivals/{id}/assistance", post(arrivals::assistance))
        .route("/indicators", get(indicators::show))
        .route("/points", get(points::list).post(points::add))
        .route("/points/{id}", get(points::edit).post(points::update))
        .route("/cases/{id}/consular-requests", post(case_section::request))
        .route("/cases/{id}/fitness", post(case_section::fitness))
        .route("/cases/{id}/escorts", post(case_section::escort))
        .route(
            "/cases/{id}/escorts/{escort}/remove",
            post(case_section::remove_escort),
        )
        .route("/cases/{id}/interpreters", post(case_section::interpreter))
}

/// The name serde gives a closed-list value (`"land_border"`).
pub fn name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A closed-list value in the user's language (`kind-value` message).
pub fn word<T: serde::Serialize>(tr: &Tr, kind: &str, value: &T) -> String {
    tr.word(kind, &name(value))
}

/// Options of a `<select>`: value, label, selected.
pub fn options<T: serde::Serialize>(
    tr: &Tr,
    kind: &str,
    all: &[T],
    selected: &str,
) -> Vec<(String, String, bool)> {
    all.iter()
        .map(|v| {
            let value = name(v);
            let label = tr.word(kind, &value);
            let chosen = value == selected;
            (value, label, chosen)
        })
        .collect()
}

/// What a failed use case means for the form that asked for it: the form again, with every
/// field error beside its field or one message about the whole; `None` for other failures.
pub fn form_failure(
    form_name: &str,
    values: super::form::FormData,
    error: &ServiceError,
    tr: &Tr,
) -> Option<(FormState, StatusCode)> {
    let general = |message: String, status| {
        Some((
            FormState::failed(form_name, values.clone(), message),
            status,
        ))
    };
    match error {
        ServiceError::Invalid(errors) => Some((
            FormState::invalid(form_name, values.clone(), errors, tr),
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
        ServiceError::GuardsUnmet { guards, .. } => {
            let named: Vec<String> = guards
                .iter()
                .map(|g| {
                    format!(
                        "{} {}",
                        tr.word("guard", &g.code),
                        tr.t(&format!("guard-{}-remedy", g.code.replace('_', "-")))
                    )
                })
                .collect();
            general(
                format!("{} {}", tr.t("journey-blocked-by"), named.join(" · ")),
                StatusCode::CONFLICT,
            )
        }
        ServiceError::Refused { code, message } => general(
            translated(tr, &format!("refusal-{}", code.replace('_', "-")), message),
            StatusCode::CONFLICT,
        ),
        ServiceError::Case(e) => general(
            translated(
                tr,
                &format!("case-error-{}", e.code().replace('_', "-")),
                &e.to_string(),
            ),
            StatusCode::CONFLICT,
        ),
        ServiceError::VersionConflict { .. } => {
            general(tr.t("error-version-conflict"), StatusCode::CONFLICT)
        }
        ServiceError::OverCeiling { .. } => {
            super::reintegration::over_ceiling(form_name, &values, error, tr)
                .map(|state| (state, StatusCode::CONFLICT))
        }
        _ => None,
    }
}

/// [`form_failure`], with every other failure as the error page.
pub fn redisplay(
    form_name: &str,
    values: super::form::FormData,
    error: ServiceError,
    tr: &Tr,
) -> Result<(FormState, StatusCode), super::render::Failure> {
    form_failure(form_name, values, &error, tr)
        .ok_or(super::render::Failure::Service(error, tr.lang))
}

/// The message `key`, or `fallback` when no language has it.
pub fn translated(tr: &Tr, key: &str, fallback: &str) -> String {
    let text = tr.t(key);
    if text == key {
        fallback.to_string()
    } else {
        text
    }
}
