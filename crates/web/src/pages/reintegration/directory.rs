//! The service directory: organisations, the services they offer, where, and how to reach them.

use crate::AppState;
use crate::pages::form::FormData;
use crate::pages::formstate::FormState;
use crate::pages::i18n::Tr;
use crate::pages::journey::redisplay;
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{PageUser, Posted};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::CountryCode;
use bayiri_domain::access::Permission;
use bayiri_domain::ids::ProviderId;
use bayiri_domain::reintegration::ServiceType;
use bayiri_domain::reintegration::directory::{Provider, ProviderInput, ServiceAreaInput};
use serde::Deserialize;

type Choice = (String, String, bool);

/// A closed-list value of a search (`?service=micro_credit`); none when blank or unknown.
pub(super) fn closed_value<T: serde::de::DeserializeOwned>(raw: Option<&str>) -> Option<T> {
    let raw = raw.map(str::trim).filter(|s| !s.is_empty())?;
    serde_json::from_value(serde_json::Value::String(raw.into())).ok()
}

/// Area rows of the directory form: a provider usually covers a few regions.
pub const AREA_ROWS: usize = 3;

/// The directory entry being changed, and the version the change is based on.
pub struct ProviderEditing {
    pub id: String,
    pub name: String,
    pub version: i64,
}

/// One area row of the form: the country, the area's name and its P-code.
pub struct AreaRow {
    pub i: usize,
    pub country: String,
    pub name: String,
    pub pcode: String,
}

fn area_rows(form: &FormState) -> Vec<AreaRow> {
    let v = |field: &str, i: usize| {
        if form.is("provider") {
            form.value(&format!("{field}_{i}"))
        } else {
            String::new()
        }
    };
    (0..AREA_ROWS)
        .map(|i| AreaRow {
            i,
            country: v("area_country", i),
            name: v("area_name", i),
            pcode: v("area_pcode", i),
        })
        .collect()
}

pub struct ProviderRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub services: String,
    pub areas: String,
    pub capacity: String,
    pub contact: String,
    pub description: String,
}

#[derive(Template)]
#[template(path = "reint_directory.html")]
struct DirectoryPage {
    c: Chrome,
    found: String,
    /// Those who maintain the directory add organisations to it.
    can_add: bool,
    organisations: Vec<Choice>,
    /// The entry whose form is shown, when one is being changed.
    editing: Option<ProviderEditing>,
    area_rows: Vec<AreaRow>,
    form: FormState,
    rows: Vec<ProviderRow>,
    services: Vec<Choice>,
    country: String,
    pcode: String,
    error: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct DirectoryQuery {
    done: Option<String>,
    service: Option<String>,
    country: Option<String>,
    pcode: Option<String>,
}

pub async fn providers(
    State(state): State<AppState>,
    user: PageUser,
    Query(query): Query<DirectoryQuery>,
) -> Result<Response, Failure> {
    let notice = query
        .done
        .as_ref()
        .map(|_| Tr::new(user.lang).t("done-provider"));
    render_directory(
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

async fn render_directory(
    state: &AppState,
    user: &PageUser,
    query: DirectoryQuery,
    form: FormState,
    status: StatusCode,
    notice: Option<String>,
    editing: Option<ProviderEditing>,
) -> Result<Response, Failure> {
    let c = user
        .chrome("reint-directory-title", "directory")
        .with_notice(notice);
    let tr = c.tr;
    let service: Option<ServiceType> = closed_value(query.service.as_deref());
    let country_text = query
        .country
        .clone()
        .unwrap_or_default()
        .trim()
        .to_uppercase();
    let (country, error) = if country_text.is_empty() {
        (None, None)
    } else {
        match CountryCode::parse(&country_text) {
            Ok(c) => (Some(c), None),
            Err(_) => (None, Some(tr.t("invalid-invalid-country"))),
        }
    };
    let found = state
        .service
        .providers(&user.actor, service, country, query.pcode.as_deref())
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let rows: Vec<ProviderRow> = found
        .iter()
        .map(|p| ProviderRow {
            id: p.id.to_string(),
            name: p.name.clone(),
            kind: tr.word("org-kind", &crate::pages::journey::name(&p.kind)),
            services: p
                .services
                .iter()
                .map(|s| tr.word("service-type", s.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
            areas: p
                .areas
                .iter()
                .map(|a| match &a.area {
                    Some(area) => format!("{} — {}", tr.country(a.country.as_str()), area.name),
                    None => tr.country(a.country.as_str()),
                })
                .collect::<Vec<_>>()
                .join(", "),
            capacity: p
                .capacity_per_month
                .map(|n| tr.tn("reint-per-month", i64::from(n)))
                .unwrap_or_default(),
            contact: [
                p.contact.person.clone(),
                p.contact.phone.clone(),
                p.contact.email.clone(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
            description: p.description.clone().unwrap_or_default(),
        })
        .collect();
    let selected = service.map(|s| s.as_str().to_string()).unwrap_or_default();
    let services = ServiceType::ALL
        .iter()
        .map(|s| {
            (
                s.as_str().to_string(),
                tr.word("service-type", s.as_str()),
                s.as_str() == selected,
            )
        })
        .collect();
    let can_add = user.actor.can(Permission::DirectoryWrite);
    let organisations = if can_add {
        let listed: Vec<_> = found.iter().map(|p| p.organisation_id).collect();
        state
            .service
            .directory_candidates(&user.actor)
            .await
            .unwrap_or_default()
            .into_iter()
            .filter(|o| !listed.contains(&o.id))
            .map(|o| {
                let id = o.id.to_string();
                let chosen = form.value("organisation_id") == id;
                (id, o.name, chosen)
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(page(
        status,
        &DirectoryPage {
            found: tr.tn("reint-providers-found", rows.len() as i64),
            can_add,
            organisations,
            editing,
            area_rows: area_rows(&form),
            form,
            c,
            rows,
            services,
            country: country_text,
            pcode: query.pcode.unwrap_or_default(),
            error,
        },
    ))
}

/// What the directory form asks for; `None` when the organisation was tampered with.
fn provider_input(f: &FormData) -> Option<ProviderInput> {
    let organisation_id = f.get("organisation_id").and_then(|o| o.parse().ok())?;
    let areas = (0..AREA_ROWS)
        .filter_map(|i| {
            let country = f.text(&format!("area_country_{i}")).to_uppercase();
            let name = f.opt(&format!("area_name_{i}"));
            let pcode = f.opt(&format!("area_pcode_{i}"));
            // A row with only a name or a P-code still counts, so that its missing country
            // is pointed out rather than the row dropped.
            (!country.is_empty() || name.is_some() || pcode.is_some()).then_some(ServiceAreaInput {
                country,
                name,
                pcode,
            })
        })
        .collect();
    Some(ProviderInput {
        organisation_id,
        services: f.choices("services"),
        description: f.opt("description"),
        areas,
        capacity_per_month: f.get("capacity").and_then(|c| c.parse().ok()),
        contact_person: f.opt("contact_person"),
        phone: f.opt("phone"),
        email: f.opt("email"),
    })
}

pub async fn add_provider(
    State(state): State<AppState>,
    posted: Posted,
) -> Result<Response, Failure> {
    let input = provider_input(&posted.form).ok_or(Failure::BadRequest(posted.user.lang))?;
    let result = state
        .service
        .save_provider(&posted.user.actor, None, input)
        .await;
    finish_provider(&state, posted, result.map(|_| ()), None).await
}

/// The directory with one entry's form filled in, for those who maintain the directory.
pub async fn edit_provider(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    if !user.actor.can(Permission::DirectoryWrite) {
        return Err(Failure::NotFound(user.lang));
    }
    let id: ProviderId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    stored_provider(&state, &user, id, None, StatusCode::OK).await
}

pub async fn update_provider(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let id: ProviderId = id.parse().map_err(|_| Failure::NotFound(lang))?;
    let version = posted
        .form
        .get("version")
        .and_then(|v| v.parse::<i64>().ok())
        .ok_or(Failure::BadRequest(lang))?;
    let input = provider_input(&posted.form).ok_or(Failure::BadRequest(lang))?;
    let result = state
        .service
        .save_provider(&posted.user.actor, Some((id, version)), input)
        .await;
    match result {
        Err(bayiri_service::ServiceError::VersionConflict { .. }) => {
            // Changed meanwhile: show what is stored now, so the change is made on top of it.
            let message = Tr::new(lang).t("error-version-conflict");
            stored_provider(
                &state,
                &posted.user,
                id,
                Some(message),
                StatusCode::CONFLICT,
            )
            .await
        }
        Ok(provider) => {
            let editing = ProviderEditing {
                id: id.to_string(),
                name: provider.name,
                version,
            };
            finish_provider(&state, posted, Ok(()), Some(editing)).await
        }
        Err(error) => {
            let stored = state
                .service
                .provider(&posted.user.actor, id)
                .await
                .map_err(|e| Failure::Service(e, lang))?;
            let editing = ProviderEditing {
                id: id.to_string(),
                name: stored.name,
                version,
            };
            finish_provider(&state, posted, Err(error), Some(editing)).await
        }
    }
}

/// The form's fields as a stored entry fills them.
fn provider_values(p: &Provider) -> FormData {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut pairs: Vec<(String, String)> = vec![
        ("organisation_id".into(), p.organisation_id.to_string()),
        ("description".into(), text(&p.description)),
        (
            "capacity".into(),
            p.capacity_per_month
                .map(|c| c.to_string())
                .unwrap_or_default(),
        ),
        ("contact_person".into(), text(&p.contact.person)),
        ("phone".into(), text(&p.contact.phone)),
        ("email".into(), text(&p.contact.email)),
    ];
    pairs.extend(
        p.services
            .iter()
            .map(|s| ("services".to_string(), s.as_str().to_string())),
    );
    for (i, area) in p.areas.iter().enumerate() {
        pairs.push((
            format!("area_country_{i}"),
            area.country.as_str().to_string(),
        ));
        if let Some(a) = &area.area {
            pairs.push((format!("area_name_{i}"), a.name.clone()));
            pairs.push((
                format!("area_pcode_{i}"),
                a.pcode.clone().unwrap_or_default(),
            ));
        }
    }
    FormData::from_pairs(pairs)
}

async fn stored_provider(
    state: &AppState,
    user: &PageUser,
    id: ProviderId,
    message: Option<String>,
    status: StatusCode,
) -> Result<Response, Failure> {
    let provider = state
        .service
        .provider(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let form = FormState {
        name: "provider".into(),
        values: provider_values(&provider),
        general: message,
        ..Default::default()
    };
    let editing = ProviderEditing {
        id: provider.id.to_string(),
        name: provider.name.clone(),
        version: provider.version,
    };
    let query = DirectoryQuery::default();
    render_directory(state, user, query, form, status, None, Some(editing)).await
}

/// Back to the directory on success; the form with its errors otherwise.
async fn finish_provider(
    state: &AppState,
    posted: Posted,
    result: Result<(), bayiri_service::ServiceError>,
    editing: Option<ProviderEditing>,
) -> Result<Response, Failure> {
    let tr = Tr::new(posted.user.lang);
    match result {
        Ok(()) => Ok(see_other("/directory?done=provider")),
        Err(error) => {
            let (form, status) = redisplay("provider", posted.form.clone(), error, &tr)?;
            let query = DirectoryQuery::default();
            render_directory(state, &posted.user, query, form, status, None, editing).await
        }
    }
}
