//! The journey's indicators, computed from events.

use crate::AppState;
use crate::pages::render::{Chrome, Failure, page};
use crate::pages::session::PageUser;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

#[derive(Template)]
#[template(path = "journey_indicators.html")]
struct IndicatorsPage {
    c: Chrome,
    returns: Vec<(String, String, String, String)>,
    documents: Vec<(String, String, String)>,
    arrivals: String,
    assisted: String,
    share: String,
}

pub async fn page_handler(state: &AppState, user: &PageUser) -> Result<Response, Failure> {
    let indicators = state
        .service
        .journey_indicators(&user.actor)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user.chrome("indicators-title", "indicators");
    let tr = &c.tr;
    let a = &indicators.assistance_within_72_hours;
    Ok(page(
        StatusCode::OK,
        &IndicatorsPage {
            returns: indicators
                .returns_by_mode
                .iter()
                .rev()
                .map(|r| {
                    (
                        r.month.clone(),
                        tr.country(r.country.as_str()),
                        tr.word("mode", &r.mode),
                        tr.number(i64::from(r.returns)),
                    )
                })
                .collect(),
            documents: indicators
                .document_turnaround
                .iter()
                .map(|d| {
                    (
                        d.mission_name.clone(),
                        tr.number(i64::from(d.turnaround.issued)),
                        d.turnaround
                            .median_days
                            .map(|m| format!("{m:.1}"))
                            .unwrap_or_else(|| "—".into()),
                    )
                })
                .collect(),
            arrivals: tr.number(i64::from(a.arrivals)),
            assisted: tr.number(i64::from(a.assisted_within_72_hours)),
            share: a
                .share
                .map(|s| format!("{:.0} %", s * 100.0))
                .unwrap_or_else(|| "—".into()),
            c,
        },
    ))
}

pub async fn show(State(state): State<AppState>, user: PageUser) -> Result<Response, Failure> {
    page_handler(&state, &user).await
}
