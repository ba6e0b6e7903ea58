//! The journey's indicators, and the maintained list of border points.

use super::{form_failure, options};
use crate::AppState;
use crate::pages::formstate::FormState;
use crate::pages::i18n::Tr;
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{PageUser, Posted};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::journey::points::{PointInput, PointKind};

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

#[derive(Template)]
#[template(path = "journey_points.html")]
struct PointsPage {
    c: Chrome,
    rows: Vec<(String, String, String, String, String, bool)>,
    can_edit: bool,
    kinds: Vec<(String, String, bool)>,
    countries: Vec<(String, String, bool)>,
    form: FormState,
}

async fn points_page(
    state: &AppState,
    user: &PageUser,
    form: FormState,
) -> Result<PointsPage, Failure> {
    let points = state
        .service
        .border_points(&user.actor, None)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user.chrome("points-title", "points");
    let tr = &c.tr;
    let chosen = bayiri_domain::CountryCode::parse(&form.value("country")).ok();
    Ok(PointsPage {
        rows: points
            .iter()
            .map(|p| {
                (
                    p.code.to_string(),
                    p.name.clone(),
                    tr.word("point-kind", p.kind.as_str()),
                    tr.country(p.country.as_str()),
                    [p.locality.clone(), p.admin1.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ")
                        + &p.latitude
                            .zip(p.longitude)
                            .map(|(la, lo)| format!(" ({la:.3}, {lo:.3})"))
                            .unwrap_or_default(),
                    p.active,
                )
            })
            .collect(),
        can_edit: user.actor.can(Permission::ReferenceDataWrite),
        kinds: options(tr, "point-kind", &PointKind::ALL, &form.value("kind")),
        countries: crate::pages::cases::country_choices(
            &c,
            bayiri_domain::CountryCode::all(),
            chosen,
        ),
        form,
        c,
    })
}

pub async fn points(State(state): State<AppState>, user: PageUser) -> Result<Response, Failure> {
    let list = points_page(&state, &user, FormState::default()).await?;
    Ok(page(StatusCode::OK, &list))
}

fn coordinate(raw: Option<&str>) -> Option<f64> {
    raw.and_then(|v| v.replace(',', ".").parse().ok())
}

pub async fn add_point(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let f = &posted.form;
    let Some(kind) = f.choice::<PointKind>("kind") else {
        return Err(Failure::BadRequest(lang));
    };
    let input = PointInput {
        code: f.text("code"),
        name: f.text("name"),
        kind,
        country: f.text("country"),
        admin1: f.opt("admin1"),
        locality: f.opt("locality"),
        latitude: coordinate(f.get("latitude")),
        longitude: coordinate(f.get("longitude")),
        active: true,
    };
    match state
        .service
        .add_border_point(&posted.user.actor, input)
        .await
    {
        Ok(_) => Ok(see_other("/points")),
        Err(error) => {
            let tr = Tr::new(lang);
            let Some((form, status)) = form_failure("point", posted.form.clone(), &error, &tr)
            else {
                return Err(Failure::Service(error, lang));
            };
            let list = points_page(&state, &posted.user, form).await?;
            Ok(page(status, &list))
        }
    }
}
