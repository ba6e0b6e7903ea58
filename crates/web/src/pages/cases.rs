//! The case list: filters, search and pages. With htmx, changing a filter swaps only the
//! results; without it, the form submits and the whole page comes back.

use super::home::Row;
use super::render::{Chrome, Failure, ok};
use super::session::PageUser;
use crate::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use bayiri_domain::case::{ReturnCategory, Stage};
use bayiri_domain::country::CountryCode;
use bayiri_domain::screening::Priority;
use bayiri_service::CaseFilter;
use serde::Deserialize;

#[derive(Debug, Deserialize, Default)]
pub struct ListQuery {
    q: Option<String>,
    stage: Option<String>,
    category: Option<String>,
    host_country: Option<String>,
    return_country: Option<String>,
    priority: Option<String>,
    flag: Option<String>,
    mine: Option<String>,
    overdue: Option<String>,
    cursor: Option<String>,
}

/// A `<select>` option: value, label, selected.
pub type Choice = (String, String, bool);

#[derive(Template)]
#[template(path = "cases.html")]
struct CasesPage {
    c: Chrome,
    q: String,
    stages: Vec<Choice>,
    categories: Vec<Choice>,
    hosts: Vec<Choice>,
    returns: Vec<Choice>,
    priorities: Vec<Choice>,
    flag: String,
    mine: bool,
    overdue: bool,
    rows: Vec<Row>,
    next: Option<String>,
    first_page: String,
}

#[derive(Template)]
#[template(path = "cases_results.html")]
struct CasesResults {
    c: Chrome,
    rows: Vec<Row>,
    next: Option<String>,
    first_page: String,
}

pub fn choices<T: Copy + PartialEq>(
    c: &Chrome,
    kind: &str,
    all: &[T],
    name: impl Fn(&T) -> &'static str,
    selected: Option<T>,
) -> Vec<Choice> {
    all.iter()
        .map(|v| {
            (
                name(v).to_string(),
                c.tr.word(kind, name(v)),
                Some(*v) == selected,
            )
        })
        .collect()
}

pub fn country_choices(
    c: &Chrome,
    countries: impl IntoIterator<Item = CountryCode>,
    selected: Option<CountryCode>,
) -> Vec<Choice> {
    let mut list: Vec<Choice> = countries
        .into_iter()
        .map(|code| {
            (
                code.as_str().to_string(),
                c.tr.country(code.as_str()),
                Some(code) == selected,
            )
        })
        .collect();
    list.sort_by(|a, b| a.1.cmp(&b.1));
    list
}

pub async fn list(
    State(state): State<AppState>,
    user: PageUser,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Response, Failure> {
    let lang = user.lang;
    let stage = query.stage.as_deref().and_then(Stage::parse);
    let category = query.category.as_deref().and_then(ReturnCategory::parse);
    let host = query
        .host_country
        .as_deref()
        .and_then(|c| CountryCode::parse(c).ok());
    let destination = query
        .return_country
        .as_deref()
        .and_then(|c| CountryCode::parse(c).ok());
    let priority = query.priority.as_deref().and_then(Priority::parse);
    let mine = query.mine.is_some();
    let overdue = query.overdue.is_some();
    let filter = CaseFilter {
        stage,
        category,
        host_country: host,
        return_country: destination,
        priority,
        flag: query.flag.clone().filter(|f| !f.trim().is_empty()),
        case_worker: mine.then(|| user.actor.id()),
        text: query.q.clone(),
        overdue,
        cursor: query.cursor.clone(),
        limit: 25,
        ..CaseFilter::default()
    };
    let page = state
        .service
        .list_cases(&user.actor, filter)
        .await
        .map_err(|e| Failure::Service(e, lang))?;
    let c = user.chrome("cases-title", "cases");
    let rows: Vec<Row> = page.items.iter().map(|i| Row::of(i, &c)).collect();
    // The same filters without the cursor, to go back to the first page.
    let mut without_cursor = user.path.clone();
    if let Some(start) = without_cursor.find("cursor=") {
        let end = without_cursor[start..]
            .find('&')
            .map_or(without_cursor.len(), |e| start + e + 1);
        without_cursor.replace_range(start..end, "");
    }
    let base = without_cursor.trim_end_matches(['&', '?']).to_string();
    let joiner = if base.contains('?') { "&" } else { "?" };
    let next = page
        .next_cursor
        .map(|cursor| format!("{base}{joiner}cursor={cursor}"));
    let first_page = if query.cursor.is_some() {
        base.clone()
    } else {
        Default::default()
    };
    let wants_fragment =
        user.htmx && headers.get("hx-target").and_then(|v| v.to_str().ok()) == Some("results");
    if wants_fragment {
        return Ok(ok(&CasesResults {
            c,
            rows,
            next,
            first_page,
        }));
    }
    let countries = user.actor.user.countries.clone();
    Ok(ok(&CasesPage {
        q: query.q.clone().unwrap_or_default(),
        stages: choices(&c, "stage", &Stage::ALL, Stage::as_str, stage),
        categories: choices(
            &c,
            "category",
            &ReturnCategory::ALL,
            ReturnCategory::as_str,
            category,
        ),
        hosts: country_choices(&c, countries.iter().copied(), host),
        returns: country_choices(&c, countries.iter().copied(), destination),
        priorities: choices(&c, "priority", &Priority::ALL, Priority::as_str, priority),
        flag: query.flag.unwrap_or_default(),
        mine,
        overdue,
        rows,
        next,
        first_page,
        c,
    }))
}
