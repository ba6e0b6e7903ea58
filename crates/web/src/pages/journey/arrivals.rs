//! Arrivals: who is expected (pre-arrival notifications) and confirming them, registering a
//! returnee nobody announced, and one arrival with the assistance given.

use super::operations::point_label;
use super::{form_failure, options, word};
use crate::AppState;
use crate::pages::formstate::FormState;
use crate::pages::i18n::Tr;
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{PageUser, Posted};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::ids::ArrivalId;
use bayiri_domain::journey::arrival::{AssistanceInput, AssistanceKind};
use bayiri_domain::journey::format_moment;
use bayiri_domain::person::{DatePrecision, PersonInput, Sex};
use bayiri_service::CommunityInput;
use bayiri_service::journey::views::ArrivalView;
use bayiri_service::journey::{ConfirmArrivalInput, SpontaneousInput};
use serde::Deserialize;

type Choices = Vec<(String, String, bool)>;

pub struct ExpectedRow {
    pub case_id: String,
    pub name: String,
    pub age: String,
    pub languages: String,
    pub needs: Vec<String>,
    pub destination: String,
    pub arrived: bool,
}

pub struct Notice {
    pub operation: String,
    pub reference: String,
    pub heading: String,
    pub status: String,
    pub departed: bool,
    pub people: Vec<ExpectedRow>,
}

pub struct ArrivalRow {
    pub id: String,
    pub when: String,
    pub point: String,
    pub names: String,
    pub kind: String,
    pub awaiting: usize,
}

#[derive(Template)]
#[template(path = "journey_arrivals.html")]
struct ListPage {
    c: Chrome,
    notices: Vec<Notice>,
    arrivals: Vec<ArrivalRow>,
    reception: bool,
    form: FormState,
}

fn age(tr: &Tr, dob: Option<bayiri_domain::person::DateOfBirth>, today: time::Date) -> String {
    match dob {
        None => tr.t("unknown"),
        Some(d) => {
            let (young, old) = d.age_range_on(today);
            if young == old {
                tr.tn("arrivals-age", i64::from(old))
            } else {
                tr.tn("arrivals-age-about", i64::from(old))
            }
        }
    }
}

async fn list_page(
    state: &AppState,
    user: &PageUser,
    form: FormState,
) -> Result<ListPage, Failure> {
    let fail = |e| Failure::Service(e, user.lang);
    let reception = user.actor.can(Permission::ArrivalWrite);
    let notices = if reception {
        state
            .service
            .pre_arrival_notices(&user.actor)
            .await
            .map_err(fail)?
    } else {
        Vec::new()
    };
    let since = state.service.today() - time::Duration::days(30);
    let arrivals = state
        .service
        .list_arrivals(
            &user.actor,
            None,
            Some(time::OffsetDateTime::new_utc(since, time::Time::MIDNIGHT)),
        )
        .await
        .map_err(fail)?;
    let c = user.chrome("arrivals-title", "arrivals");
    let tr = &c.tr;
    let today = state.service.today();
    let notices = notices
        .iter()
        .map(|n| Notice {
            operation: n.operation_id.to_string(),
            reference: n.reference.clone(),
            heading: format!(
                "{} — {} ({}) — {} {}",
                n.reference,
                n.point_name,
                n.point_code,
                n.expected_at.map(|a| tr.datetime(&a)).unwrap_or_default(),
                [n.carrier.clone(), n.number.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            status: word(tr, "op-status", &n.status),
            departed: n.status == bayiri_domain::journey::operation::OperationStatus::Departed,
            people: n
                .persons
                .iter()
                .map(|p| ExpectedRow {
                    case_id: p.case_id.to_string(),
                    name: p.name.clone(),
                    age: format!(
                        "{}, {}",
                        word(tr, "sex", &p.sex),
                        age(tr, p.date_of_birth, today)
                    ),
                    languages: p.languages.join(", "),
                    needs: p
                        .special_needs
                        .iter()
                        .map(|s| word(tr, "need", s))
                        .collect(),
                    destination: p.destination.clone().unwrap_or_default(),
                    arrived: p.arrived,
                })
                .collect(),
        })
        .collect();
    let arrivals = arrivals
        .iter()
        .map(|a| ArrivalRow {
            id: a.arrival.id.to_string(),
            when: tr.datetime(&a.arrival.arrived_at),
            point: a.arrival.point_name.clone(),
            names: a
                .arrival
                .persons
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
            kind: word(tr, "arrival-kind", &a.arrival.kind),
            awaiting: a.awaiting_assistance.len(),
        })
        .collect();
    Ok(ListPage {
        notices,
        arrivals,
        reception,
        form,
        c,
    })
}

#[derive(Debug, Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
    duplicates: Option<usize>,
}

pub async fn list(
    State(state): State<AppState>,
    user: PageUser,
    Query(query): Query<DoneQuery>,
) -> Result<Response, Failure> {
    let mut list = list_page(&state, &user, FormState::default()).await?;
    list.c.notice = query
        .done
        .map(|d| list.c.t(&format!("done-{}", d.replace('_', "-"))));
    Ok(page(StatusCode::OK, &list))
}

pub async fn confirm(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let Some(operation_id) = posted.form.get("operation_id").and_then(|o| o.parse().ok()) else {
        return Err(Failure::BadRequest(lang));
    };
    let input = ConfirmArrivalInput {
        operation_id,
        case_id: posted.form.get("case_id").and_then(|c| c.parse().ok()),
        arrived_at: posted.form.opt("arrived_at"),
    };
    match state
        .service
        .confirm_arrivals(&posted.user.actor, input)
        .await
    {
        Ok(arrivals) if arrivals.len() == 1 => Ok(see_other(&format!(
            "/arrivals/{}?done=arrival",
            arrivals[0].arrival.id
        ))),
        Ok(_) => Ok(see_other("/arrivals?done=arrival")),
        Err(error) => {
            let tr = Tr::new(lang);
            let Some((form, status)) = form_failure("confirm", posted.form.clone(), &error, &tr)
            else {
                return Err(Failure::Service(error, lang));
            };
            let list = list_page(&state, &posted.user, form).await?;
            Ok(page(status, &list))
        }
    }
}

#[derive(Template)]
#[template(path = "journey_spontaneous.html")]
struct SpontaneousPage {
    c: Chrome,
    points: Choices,
    countries: Choices,
    origins: Choices,
    languages: Choices,
    now: String,
    form: FormState,
}

async fn spontaneous_page(
    state: &AppState,
    user: &PageUser,
    form: FormState,
) -> Result<SpontaneousPage, Failure> {
    let points = state
        .service
        .border_points(&user.actor, None)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user.chrome("spontaneous-title", "arrivals");
    let tr = &c.tr;
    let chosen = form.value("point_id");
    let mut points: Choices = points
        .iter()
        .filter(|p| p.active && user.actor.user.countries.contains(&p.country))
        .map(|p| {
            let id = p.id.to_string();
            let selected = id == chosen;
            (
                id,
                point_label(tr, p.kind, p.code.as_str(), &p.name),
                selected,
            )
        })
        .collect();
    // Land borders first: that is where people arrive unannounced.
    points.sort_by_key(|p| !p.1.contains(&tr.word("point-kind", "land_border")));
    let nationality = bayiri_domain::CountryCode::parse(&form.value("claimed_nationality")).ok();
    let origin = bayiri_domain::CountryCode::parse(&form.value("coming_from")).ok();
    let chosen_language = form.value("language");
    Ok(SpontaneousPage {
        points,
        countries: crate::pages::cases::country_choices(
            &c,
            bayiri_domain::CountryCode::all(),
            nationality,
        ),
        origins: crate::pages::cases::country_choices(
            &c,
            bayiri_domain::CountryCode::all(),
            origin,
        ),
        languages: crate::pages::case_page::LANGUAGES
            .iter()
            .map(|(code, name)| {
                (
                    code.to_string(),
                    format!("{name} ({code})"),
                    *code == chosen_language,
                )
            })
            .collect(),
        now: format_moment(state.service.now_for_forms()),
        form,
        c,
    })
}

pub async fn spontaneous_form(
    State(state): State<AppState>,
    user: PageUser,
) -> Result<Response, Failure> {
    let form = spontaneous_page(&state, &user, FormState::default()).await?;
    Ok(page(StatusCode::OK, &form))
}

pub async fn spontaneous(
    State(state): State<AppState>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let f = &posted.form;
    let Some(point_id) = f.get("point_id").and_then(|p| p.parse().ok()) else {
        return Err(Failure::BadRequest(lang));
    };
    let input = SpontaneousInput {
        point_id,
        arrived_at: f.opt("arrived_at"),
        coming_from: f.text("coming_from"),
        person: PersonInput {
            given_names: f.text("given_names"),
            family_name: f.text("family_name"),
            sex: f.choice::<Sex>("sex"),
            date_of_birth: f.opt("date_of_birth"),
            date_of_birth_precision: f.opt("date_of_birth").map(|d| {
                if d.len() == 4 {
                    DatePrecision::YearOnly
                } else {
                    DatePrecision::Estimated
                }
            }),
            claimed_nationality: f.opt("claimed_nationality"),
            languages: f.opt("language").into_iter().collect(),
            contacts: f
                .opt("phone")
                .map(|value| bayiri_domain::person::ContactInput {
                    kind: bayiri_domain::person::ContactKind::Phone,
                    value,
                    note: None,
                })
                .into_iter()
                .collect(),
            ..Default::default()
        },
        community_of_return: Some(CommunityInput {
            admin1_name: f.opt("admin1_name"),
            locality: f.opt("locality"),
            ..Default::default()
        }),
    };
    match state
        .service
        .register_spontaneous_arrival(&posted.user.actor, input)
        .await
    {
        Ok(registered) => Ok(see_other(&format!(
            "/arrivals/{}?done=registered&duplicates={}",
            registered.arrival.arrival.id,
            registered.possible_duplicates.len()
        ))),
        Err(error) => {
            let tr = Tr::new(lang);
            let Some((form, status)) =
                form_failure("spontaneous", posted.form.clone(), &error, &tr)
            else {
                return Err(Failure::Service(error, lang));
            };
            let form = spontaneous_page(&state, &posted.user, form).await?;
            Ok(page(status, &form))
        }
    }
}

#[derive(Template)]
#[template(path = "journey_arrival.html")]
struct DetailPage {
    c: Chrome,
    id: String,
    title: String,
    facts: Vec<(String, String)>,
    case: (String, String),
    persons: Choices,
    given: Vec<(String, String, String, String)>,
    awaiting: Vec<String>,
    duplicates: i64,
    can_assist: bool,
    kinds: Choices,
    currency: String,
    now: String,
    by: String,
    form: FormState,
}

fn detail_page(
    state: &AppState,
    user: &PageUser,
    view: &ArrivalView,
    form: FormState,
    duplicates: usize,
) -> DetailPage {
    let c = user.chrome("arrival-title", "arrivals");
    let tr = &c.tr;
    let a = &view.arrival;
    let name_of = |id: &bayiri_domain::ids::PersonId| {
        a.persons
            .iter()
            .find(|p| p.person_id == *id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let currency = match a.country.as_str() {
        "GIN" => "GNF",
        "NGA" => "NGN",
        "GMB" => "GMD",
        "GHA" => "GHS",
        "SLE" => "SLE",
        "LBR" => "LRD",
        "MRT" => "MRU",
        _ => "XOF",
    };
    let chosen_person = form.value("person_id");
    DetailPage {
        id: a.id.to_string(),
        title: format!("{} — {}", a.point_name, tr.datetime(&a.arrived_at)),
        facts: vec![
            (
                tr.t("arrival-field-kind"),
                word(tr, "arrival-kind", &a.kind),
            ),
            (tr.t("arrival-field-mode"), word(tr, "mode", &a.mode)),
            (
                tr.t("arrival-field-country"),
                tr.country(a.country.as_str()),
            ),
        ],
        case: (a.case_id.to_string(), a.case_number.clone()),
        persons: a
            .persons
            .iter()
            .map(|p| {
                let id = p.person_id.to_string();
                let selected = id == chosen_person;
                (id, p.name.clone(), selected)
            })
            .collect(),
        given: view
            .assistance
            .iter()
            .map(|g| {
                (
                    name_of(&g.person_id),
                    format!(
                        "{}{}",
                        word(tr, "assistance", &g.kind),
                        g.amount
                            .map(|m| format!(" — {} {}", m.amount_text(), m.currency))
                            .unwrap_or_default()
                    ),
                    format!(
                        "{}{}",
                        g.given_by,
                        g.detail
                            .as_ref()
                            .map(|d| format!(" — {d}"))
                            .unwrap_or_default()
                    ),
                    tr.datetime(&g.given_at),
                )
            })
            .collect(),
        awaiting: view.awaiting_assistance.iter().map(name_of).collect(),
        duplicates: duplicates as i64,
        can_assist: user.actor.can(Permission::AssistanceWrite),
        kinds: options(tr, "assistance", &AssistanceKind::ALL, &form.value("kind")),
        currency: currency.to_string(),
        now: format_moment(state.service.now_for_forms()),
        by: user.actor.user.display_name.clone(),
        form,
        c,
    }
}

pub async fn detail(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, Failure> {
    let id: ArrivalId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    let view = state
        .service
        .get_arrival(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let mut detail = detail_page(
        &state,
        &user,
        &view,
        FormState::default(),
        query.duplicates.unwrap_or(0),
    );
    detail.c.notice = query
        .done
        .map(|d| detail.c.t(&format!("done-{}", d.replace('_', "-"))));
    Ok(page(StatusCode::OK, &detail))
}

pub async fn assistance(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let id: ArrivalId = id.parse().map_err(|_| Failure::NotFound(lang))?;
    let f = &posted.form;
    let (Some(person_id), Some(kind)) = (
        f.get("person_id").and_then(|p| p.parse().ok()),
        f.choice("kind"),
    ) else {
        return Err(Failure::BadRequest(lang));
    };
    let input = AssistanceInput {
        person_id,
        kind,
        amount: f.opt("amount"),
        currency: f.opt("currency"),
        detail: f.opt("detail"),
        given_by: f.text("given_by"),
        given_at: f.opt("given_at"),
    };
    match state
        .service
        .record_assistance(&posted.user.actor, id, input)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/arrivals/{id}?done=assistance"))),
        Err(error) => {
            let tr = Tr::new(lang);
            let Some((form, status)) = form_failure("assistance", posted.form.clone(), &error, &tr)
            else {
                return Err(Failure::Service(error, lang));
            };
            let view = state
                .service
                .get_arrival(&posted.user.actor, id)
                .await
                .map_err(|e| Failure::Service(e, lang))?;
            Ok(page(
                status,
                &detail_page(&state, &posted.user, &view, form, 0),
            ))
        }
    }
}
