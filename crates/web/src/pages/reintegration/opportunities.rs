//! Opportunities (jobs, training places, credit schemes, value chains): the search case
//! workers use, and the form on which they are published and changed.

use super::directory::closed_value;
use crate::AppState;
use crate::pages::form::FormData;
use crate::pages::formstate::FormState;
use crate::pages::i18n::Tr;
use crate::pages::journey::{options, redisplay, word};
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{PageUser, Posted};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::ids::OpportunityId;
use bayiri_domain::reintegration::opportunity::{
    Opportunity, OpportunityInput, OpportunityKind, OpportunitySearch,
};
use serde::Deserialize;

type Choice = (String, String, bool);

pub struct OpportunityRow {
    pub id: String,
    /// Published by the user's organisation, which alone may change it.
    pub ours: bool,
    pub title: String,
    pub kind: String,
    pub sector: String,
    pub place: String,
    pub offered_by: String,
    pub places: String,
    pub closes: String,
    pub description: String,
}

#[derive(Template)]
#[template(path = "reint_opportunities.html")]
struct OpportunitiesPage {
    c: Chrome,
    found: String,
    can_add: bool,
    /// The opportunity whose form is shown, and the version the change is based on.
    editing: Option<(String, i64)>,
    form: FormState,
    rows: Vec<OpportunityRow>,
    kinds: Vec<Choice>,
    q: String,
    country: String,
    sector: String,
    error: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct OpportunityQuery {
    done: Option<String>,
    q: Option<String>,
    kind: Option<String>,
    country: Option<String>,
    sector: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    user: PageUser,
    Query(query): Query<OpportunityQuery>,
) -> Result<Response, Failure> {
    let notice = query
        .done
        .as_ref()
        .map(|_| Tr::new(user.lang).t("done-opportunity"));
    render_opportunities(
        &state,
        &user,
        query,
        FormState::default(),
        StatusCode::OK,
        notice,
        None,
    )
    .await
}

async fn render_opportunities(
    state: &AppState,
    user: &PageUser,
    query: OpportunityQuery,
    form: FormState,
    status: StatusCode,
    notice: Option<String>,
    editing: Option<(String, i64)>,
) -> Result<Response, Failure> {
    let c = user
        .chrome("reint-opportunities-title", "directory")
        .with_notice(notice);
    let tr = c.tr;
    let kind: Option<OpportunityKind> = closed_value(query.kind.as_deref());
    let country = query
        .country
        .clone()
        .unwrap_or_default()
        .trim()
        .to_uppercase();
    let search = OpportunitySearch {
        q: query.q.clone(),
        kind,
        country: (!country.is_empty()).then(|| country.clone()),
        sector: query.sector.clone(),
        pcode: None,
    };
    let (found, error) = match state
        .service
        .search_opportunities(&user.actor, &search)
        .await
    {
        Ok(found) => (found, None),
        Err(bayiri_service::ServiceError::Invalid(_)) => {
            (Vec::new(), Some(tr.t("invalid-invalid-country")))
        }
        Err(e) => return Err(Failure::Service(e, user.lang)),
    };
    let rows: Vec<OpportunityRow> = found
        .iter()
        .map(|o| OpportunityRow {
            id: o.id.to_string(),
            ours: o.organisation_id == user.actor.organisation(),
            title: o.title.clone(),
            kind: word(&tr, "opportunity-kind", &o.kind),
            sector: o.sector.clone(),
            place: match &o.area {
                Some(area) => format!("{} — {}", tr.country(o.country.as_str()), area.name),
                None => tr.country(o.country.as_str()),
            },
            offered_by: o.offered_by.clone(),
            places: o
                .places
                .map(|n| tr.tn("reint-places", i64::from(n)))
                .unwrap_or_default(),
            closes: o
                .closes_on
                .map(|d| format!("{} {}", tr.t("reint-closes-on"), tr.date(&d)))
                .unwrap_or_default(),
            description: o.description.clone().unwrap_or_default(),
        })
        .collect();
    let selected = kind
        .map(|k| crate::pages::journey::name(&k))
        .unwrap_or_default();
    Ok(page(
        status,
        &OpportunitiesPage {
            found: tr.tn("reint-opportunities-found", rows.len() as i64),
            can_add: user.actor.can(Permission::OpportunityWrite),
            editing,
            form,
            c,
            rows,
            kinds: options(&tr, "opportunity-kind", &OpportunityKind::ALL, &selected),
            q: query.q.unwrap_or_default(),
            country,
            sector: query.sector.unwrap_or_default(),
            error,
        },
    ))
}

/// What the form asks for; `None` when the kind was tampered with. `provider` is the directory
/// entry the opportunity is linked to, which the form does not show and a change keeps.
fn input(
    f: &FormData,
    provider: Option<bayiri_domain::ids::ProviderId>,
) -> Option<OpportunityInput> {
    Some(OpportunityInput {
        kind: f.choice::<OpportunityKind>("kind")?,
        title: f.text("title"),
        sector: f.text("sector"),
        country: f.text("country").to_uppercase(),
        area_name: f.opt("area_name"),
        pcode: f.opt("pcode"),
        offered_by: f.text("offered_by"),
        provider_id: provider,
        places: f.get("places").and_then(|p| p.parse().ok()),
        closes_on: f.opt("closes_on"),
        description: f.opt("description"),
    })
}

/// Publishes an opportunity (a job, a training place, a credit scheme, a value chain).
pub async fn add(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let input = input(&posted.form, None).ok_or(Failure::BadRequest(posted.user.lang))?;
    let result = state
        .service
        .save_opportunity(&posted.user.actor, None, input)
        .await;
    finish(&state, posted, result.map(|_| ()), None).await
}

/// The opportunities with one of the organisation's own in the form, to change it.
pub async fn edit(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let id: OpportunityId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    stored_form(&state, &user, id, None, StatusCode::OK).await
}

pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let id: OpportunityId = id.parse().map_err(|_| Failure::NotFound(lang))?;
    let version = posted
        .form
        .get("version")
        .and_then(|v| v.parse::<i64>().ok())
        .ok_or(Failure::BadRequest(lang))?;
    let stored = own(&state, &posted.user, id).await?;
    let input = input(&posted.form, stored.provider_id).ok_or(Failure::BadRequest(lang))?;
    let result = state
        .service
        .save_opportunity(&posted.user.actor, Some((id, version)), input)
        .await;
    if let Err(bayiri_service::ServiceError::VersionConflict { .. }) = result {
        // Changed meanwhile: show what is stored now, so the change is made on top of it.
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
    finish(
        &state,
        posted,
        result.map(|_| ()),
        Some((id.to_string(), version)),
    )
    .await
}

/// An opportunity the user's organisation published; any other is not found for them.
async fn own(state: &AppState, user: &PageUser, id: OpportunityId) -> Result<Opportunity, Failure> {
    if !user.actor.can(Permission::OpportunityWrite) {
        return Err(Failure::NotFound(user.lang));
    }
    let opportunity = state
        .service
        .opportunity(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    if opportunity.organisation_id != user.actor.organisation() {
        return Err(Failure::NotFound(user.lang));
    }
    Ok(opportunity)
}

/// The form's fields as a stored opportunity fills them.
fn stored_values(o: &Opportunity) -> FormData {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    FormData::from_pairs(vec![
        ("kind".into(), crate::pages::journey::name(&o.kind)),
        ("title".into(), o.title.clone()),
        ("sector".into(), o.sector.clone()),
        ("country".into(), o.country.as_str().to_string()),
        (
            "area_name".into(),
            o.area.as_ref().map(|a| a.name.clone()).unwrap_or_default(),
        ),
        (
            "pcode".into(),
            o.area
                .as_ref()
                .and_then(|a| a.pcode.clone())
                .unwrap_or_default(),
        ),
        ("offered_by".into(), o.offered_by.clone()),
        (
            "places".into(),
            o.places.map(|p| p.to_string()).unwrap_or_default(),
        ),
        (
            "closes_on".into(),
            o.closes_on.map(|d| d.to_string()).unwrap_or_default(),
        ),
        ("description".into(), text(&o.description)),
    ])
}

async fn stored_form(
    state: &AppState,
    user: &PageUser,
    id: OpportunityId,
    message: Option<String>,
    status: StatusCode,
) -> Result<Response, Failure> {
    let opportunity = own(state, user, id).await?;
    let form = FormState {
        name: "opportunity".into(),
        values: stored_values(&opportunity),
        general: message,
        ..Default::default()
    };
    let editing = Some((opportunity.id.to_string(), opportunity.version));
    let query = OpportunityQuery::default();
    render_opportunities(state, user, query, form, status, None, editing).await
}

/// Back to the opportunities on success; the form with its errors otherwise.
async fn finish(
    state: &AppState,
    posted: Posted,
    result: Result<(), bayiri_service::ServiceError>,
    editing: Option<(String, i64)>,
) -> Result<Response, Failure> {
    let tr = Tr::new(posted.user.lang);
    match result {
        Ok(()) => Ok(see_other("/opportunities?done=opportunity")),
        Err(error) => {
            let (form, status) = redisplay("opportunity", posted.form.clone(), error, &tr)?;
            let query = OpportunityQuery::default();
            render_opportunities(state, &posted.user, query, form, status, None, editing).await
        }
    }
}
