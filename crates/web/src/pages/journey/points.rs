//! The maintained list of border points and airports: everyone may read it, administrators
//! add points and change them (a point no longer used is made inactive, never deleted, since
//! arrivals and operations name it).

use super::{form_failure, options};
use crate::AppState;
use crate::pages::form::FormData;
use crate::pages::formstate::FormState;
use crate::pages::i18n::Tr;
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{PageUser, Posted};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::ids::PointId;
use bayiri_domain::journey::points::{BorderPoint, PointInput, PointKind};

pub struct PointRow {
    pub id: String,
    pub code: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub location: String,
    pub active: bool,
}

/// The point whose form is shown: its id and the version the change is based on.
pub struct Editing {
    pub id: String,
    pub code: String,
    pub version: i64,
}

#[derive(Template)]
#[template(path = "journey_points.html")]
struct PointsPage {
    c: Chrome,
    rows: Vec<PointRow>,
    can_edit: bool,
    editing: Option<Editing>,
    kinds: Vec<(String, String, bool)>,
    countries: Vec<(String, String, bool)>,
    form: FormState,
}

fn row(tr: &Tr, p: &BorderPoint) -> PointRow {
    let place = [p.locality.clone(), p.admin1.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let coordinates = p
        .latitude
        .zip(p.longitude)
        .map(|(la, lo)| format!(" ({la:.3}, {lo:.3})"))
        .unwrap_or_default();
    PointRow {
        id: p.id.to_string(),
        code: p.code.to_string(),
        name: p.name.clone(),
        kind: tr.word("point-kind", p.kind.as_str()),
        country: tr.country(p.country.as_str()),
        location: place + &coordinates,
        active: p.active,
    }
}

/// The maintained list, read once per page.
async fn load(state: &AppState, user: &PageUser) -> Result<Vec<BorderPoint>, Failure> {
    state
        .service
        .border_points(&user.actor, None)
        .await
        .map_err(|e| Failure::Service(e, user.lang))
}

fn points_page(
    user: &PageUser,
    points: &[BorderPoint],
    form: FormState,
    editing: Option<Editing>,
) -> PointsPage {
    let c = user.chrome("points-title", "points");
    let tr = &c.tr;
    let chosen = bayiri_domain::CountryCode::parse(&form.value("country")).ok();
    PointsPage {
        rows: points.iter().map(|p| row(tr, p)).collect(),
        can_edit: user.actor.can(Permission::ReferenceDataWrite),
        editing,
        kinds: options(tr, "point-kind", &PointKind::ALL, &form.value("kind")),
        countries: crate::pages::cases::country_choices(
            &c,
            bayiri_domain::CountryCode::all(),
            chosen,
        ),
        form,
        c,
    }
}

pub async fn list(State(state): State<AppState>, user: PageUser) -> Result<Response, Failure> {
    let points = load(&state, &user).await?;
    let list = points_page(&user, &points, FormState::default(), None);
    Ok(page(StatusCode::OK, &list))
}

/// The form's fields as a stored point fills them.
fn stored_values(p: &BorderPoint) -> FormData {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let number = |v: Option<f64>| v.map(|n| n.to_string()).unwrap_or_default();
    let mut pairs = vec![
        ("code".to_string(), p.code.to_string()),
        ("name".to_string(), p.name.clone()),
        ("kind".to_string(), p.kind.as_str().to_string()),
        ("country".to_string(), p.country.as_str().to_string()),
        ("admin1".to_string(), text(&p.admin1)),
        ("locality".to_string(), text(&p.locality)),
        ("latitude".to_string(), number(p.latitude)),
        ("longitude".to_string(), number(p.longitude)),
    ];
    if p.active {
        pairs.push(("active".into(), "on".into()));
    }
    FormData::from_pairs(pairs)
}

/// The list with one point's form filled in, for an administrator to change it.
pub async fn edit(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    if !user.actor.can(Permission::ReferenceDataWrite) {
        return Err(Failure::NotFound(user.lang));
    }
    let id: PointId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    stored_form(&state, &user, id, None, StatusCode::OK).await
}

fn coordinate(raw: Option<&str>) -> Option<f64> {
    raw.and_then(|v| v.replace(',', ".").parse().ok())
}

/// What the form asks for; `None` when a closed-list value was tampered with.
fn input(f: &FormData, active: bool) -> Option<PointInput> {
    Some(PointInput {
        code: f.text("code"),
        name: f.text("name"),
        kind: f.choice::<PointKind>("kind")?,
        country: f.text("country"),
        admin1: f.opt("admin1"),
        locality: f.opt("locality"),
        latitude: coordinate(f.get("latitude")),
        longitude: coordinate(f.get("longitude")),
        active,
    })
}

pub async fn add(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let input = input(&posted.form, true).ok_or(Failure::BadRequest(lang))?;
    let result = state
        .service
        .add_border_point(&posted.user.actor, input)
        .await;
    finish(&state, posted, result.map(|_| ()), None).await
}

pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let id: PointId = id.parse().map_err(|_| Failure::NotFound(lang))?;
    let f = &posted.form;
    let version = f
        .get("version")
        .and_then(|v| v.parse::<i64>().ok())
        .ok_or(Failure::BadRequest(lang))?;
    let input = input(f, f.checked("active")).ok_or(Failure::BadRequest(lang))?;
    let editing = Editing {
        id: id.to_string(),
        code: input.code.clone(),
        version,
    };
    let result = state
        .service
        .update_border_point(&posted.user.actor, id, version, input)
        .await;
    if let Err(bayiri_service::ServiceError::VersionConflict { .. }) = result {
        // Someone changed the point meanwhile: show what is stored now, at its version, so
        // that the change can be made again on top of it rather than over it.
        let message = Tr::new(lang).t("error-version-conflict");
        return stored_form(
            &state,
            &posted.user,
            id,
            Some(message),
            StatusCode::CONFLICT,
        )
        .await;
    }
    finish(&state, posted, result.map(|_| ()), Some(editing)).await
}

/// The list with the stored point in the form, at its current version; `message` above it.
async fn stored_form(
    state: &AppState,
    user: &PageUser,
    id: PointId,
    message: Option<String>,
    status: StatusCode,
) -> Result<Response, Failure> {
    let points = load(state, user).await?;
    let point = points
        .iter()
        .find(|p| p.id == id)
        .ok_or(Failure::NotFound(user.lang))?;
    let form = FormState {
        name: "point".into(),
        values: stored_values(point),
        general: message,
        ..Default::default()
    };
    let editing = Editing {
        id: point.id.to_string(),
        code: point.code.to_string(),
        version: point.version,
    };
    let list = points_page(user, &points, form, Some(editing));
    Ok(page(status, &list))
}

/// Back to the list on success; the list with the form and its errors otherwise.
async fn finish(
    state: &AppState,
    posted: Posted,
    result: Result<(), bayiri_service::ServiceError>,
    editing: Option<Editing>,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    match result {
        Ok(()) => Ok(see_other("/points")),
        Err(error) => {
            let tr = Tr::new(lang);
            let Some((form, status)) = form_failure("point", posted.form.clone(), &error, &tr)
            else {
                return Err(Failure::Service(error, lang));
            };
            let points = load(state, &posted.user).await?;
            let list = points_page(&posted.user, &points, form, editing);
            Ok(page(status, &list))
        }
    }
}
