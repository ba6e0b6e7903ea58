//! Return operations: the list and the planning form, one operation with its manifest,
//! escorts, monitors and reports, the manifest exports, monitor reports and the monitor's
//! pool profile.

use super::{form_failure, name, options, word};
use crate::AppState;
use crate::pages::form::FormData;
use crate::pages::formstate::FormState;
use crate::pages::i18n::Tr;
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{PageUser, Posted};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bayiri_domain::access::{Permission, Role};
use bayiri_domain::ids::{CaseId, OperationId, ReportId, UserId};
use bayiri_domain::journey::monitoring::*;
use bayiri_domain::journey::operation::*;
use bayiri_domain::journey::points::PointKind;
use bayiri_service::ServiceError;
use bayiri_service::journey::views::OperationView;
use bayiri_service::journey::{ManifestAddInput, export};
use serde::Deserialize;

pub struct OpRow {
    pub id: String,
    pub reference: String,
    pub kind: String,
    pub date: String,
    pub route: String,
    pub status: String,
    pub seats: String,
    pub forced: bool,
}

type Choices = Vec<(String, String, bool)>;

#[derive(Template)]
#[template(path = "journey_operations.html")]
struct ListPage {
    c: Chrome,
    rows: Vec<OpRow>,
    can_plan: bool,
    kinds: Choices,
    legs: Vec<LegRow>,
    countries: Choices,
    destinations: Choices,
    points: Choices,
    form: FormState,
    monitor: bool,
    profile: Option<(String, String, String)>,
}

fn row(tr: &Tr, view: &OperationView) -> OpRow {
    let o = &view.operation;
    OpRow {
        id: o.id.to_string(),
        reference: o.reference.clone(),
        kind: word(tr, "op-kind", &o.kind),
        date: tr.date(&o.planned_on),
        route: format!(
            "{} → {} ({})",
            tr.country(o.departure_country.as_str()),
            tr.country(o.destination_country.as_str()),
            view.arrival_point_name
        ),
        status: word(tr, "op-status", &o.status),
        seats: format!("{} / {}", view.seats_taken, o.capacity),
        forced: o.forced,
    }
}

async fn list_page(
    state: &AppState,
    user: &PageUser,
    form: FormState,
) -> Result<ListPage, Failure> {
    let fail = |e| Failure::Service(e, user.lang);
    let views = state
        .service
        .list_operations(&user.actor, None)
        .await
        .map_err(fail)?;
    let c = user.chrome("operations-title", "operations");
    let tr = &c.tr;
    let rows = views.iter().map(|v| row(tr, v)).collect();
    let can_plan = user.actor.can(Permission::OperationManage);
    let points = if can_plan {
        state
            .service
            .border_points(&user.actor, None)
            .await
            .map_err(fail)?
    } else {
        Vec::new()
    };
    let chosen_point = form.value("arrival_point");
    let monitor = user.actor.role() == Role::Monitor;
    let profile = if monitor {
        state
            .service
            .my_monitor_profile(&user.actor)
            .await
            .map_err(fail)?
            .map(|p| {
                (
                    p.nationality.as_str().to_string(),
                    p.languages
                        .iter()
                        .map(|l| l.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    p.availability
                        .first()
                        .map(|a| format!("{} → {}", tr.date(&a.from), tr.date(&a.to)))
                        .unwrap_or_default(),
                )
            })
    } else {
        None
    };
    Ok(ListPage {
        rows,
        can_plan,
        kinds: options(tr, "op-kind", &OperationKind::ALL, &form.value("kind")),
        legs: leg_rows(tr, &form),
        countries: crate::pages::cases::country_choices(
            &c,
            user.actor.user.countries.iter().copied(),
            None,
        ),
        destinations: crate::pages::cases::country_choices(
            &c,
            bayiri_domain::CountryCode::all(),
            None,
        ),
        points: points
            .iter()
            .filter(|p| p.active)
            .map(|p| {
                let id = p.id.to_string();
                let selected = id == chosen_point;
                (
                    id,
                    format!(
                        "{} — {} ({})",
                        p.code,
                        p.name,
                        tr.country(p.country.as_str())
                    ),
                    selected,
                )
            })
            .collect(),
        form,
        monitor,
        profile,
        c,
    })
}

pub async fn list(State(state): State<AppState>, user: PageUser) -> Result<Response, Failure> {
    let list = list_page(&state, &user, FormState::default()).await?;
    Ok(page(StatusCode::OK, &list))
}

/// Leg fieldsets on the planning form: most returns are one leg; a connection and a road
/// transfer at the end make three. The API takes any number.
pub const LEG_ROWS: usize = 3;

/// One leg fieldset of the planning form, with what was typed into it.
pub struct LegRow {
    pub i: usize,
    pub n: usize,
    pub modes: Choices,
    pub fields: Vec<LegField>,
}

/// One input of a leg fieldset: `carrier_1`, its label, what was typed, its error.
pub struct LegField {
    pub name: String,
    pub id: String,
    pub input: &'static str,
    pub label: String,
    pub hint: Option<String>,
    pub required: bool,
    pub value: String,
    pub error: Option<String>,
    pub error_id: String,
}

fn leg_rows(tr: &Tr, form: &FormState) -> Vec<LegRow> {
    let inputs: [(&str, &str, &str, Option<&str>); 6] = [
        ("carrier", "text", "op-field-carrier", None),
        ("number", "text", "op-field-number", None),
        ("from", "text", "op-field-from", Some("op-point-hint")),
        ("to", "text", "op-field-to", None),
        ("departs_at", "datetime-local", "op-field-departs", None),
        ("arrives_at", "datetime-local", "op-field-arrives", None),
    ];
    (0..LEG_ROWS)
        .map(|i| LegRow {
            i,
            n: i + 1,
            modes: options(
                tr,
                "mode",
                &TravelMode::ALL,
                &form.value(&format!("mode_{i}")),
            ),
            fields: inputs
                .iter()
                .map(|(field, input, label, hint)| {
                    let name = format!("{field}_{i}");
                    LegField {
                        // `departs_at_1` → `o-departs-1`.
                        id: format!("o-{}-{i}", field.split('_').next().unwrap_or(field)),
                        input,
                        label: tr.t(label),
                        hint: hint.map(|h| tr.t(h)),
                        required: i == 0 && *field != "number",
                        value: form.value(&name),
                        error: form.error(&name),
                        error_id: form.error_id(&name),
                        name,
                    }
                })
                .collect(),
        })
        .collect()
}

const LEG_FIELDS: [&str; 6] = [
    "carrier",
    "number",
    "from",
    "to",
    "departs_at",
    "arrives_at",
];

/// The legs the form describes, each with the fieldset it came from. The first fieldset is
/// always taken (so that its errors show); a later one only when something was typed in it.
/// `None` when a travel mode was tampered with.
fn legs_of(f: &FormData) -> Option<(Vec<LegInput>, Vec<usize>)> {
    let mut legs = Vec::new();
    let mut rows = Vec::new();
    for i in 0..LEG_ROWS {
        let field = |name: &str| format!("{name}_{i}");
        let blank = LEG_FIELDS.iter().all(|name| f.get(&field(name)).is_none());
        if i > 0 && blank {
            continue;
        }
        legs.push(LegInput {
            mode: f.choice::<TravelMode>(&field("mode"))?,
            carrier: f.text(&field("carrier")),
            number: f.opt(&field("number")),
            from: f.text(&field("from")),
            to: f.text(&field("to")),
            departs_at: f.text(&field("departs_at")),
            arrives_at: f.text(&field("arrives_at")),
        });
        rows.push(i);
    }
    Some((legs, rows))
}

pub async fn create(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let f = &posted.form;
    let lang = posted.user.lang;
    let (Some(kind), Some((legs, rows)), Some(point)) = (
        f.choice::<OperationKind>("kind"),
        legs_of(f),
        f.get("arrival_point").and_then(|p| p.parse().ok()),
    ) else {
        return Err(Failure::BadRequest(lang));
    };
    let input = OperationInput {
        reference: f.text("reference"),
        kind,
        forced: f.checked("forced"),
        departure_country: f.text("departure_country"),
        destination_country: f.text("destination_country"),
        arrival_point: point,
        planned_on: f.text("planned_on"),
        capacity: f.get("capacity").and_then(|c| c.parse().ok()).unwrap_or(0),
        legs,
        notes: f.opt("notes"),
    };
    match state
        .service
        .create_operation(&posted.user.actor, input)
        .await
    {
        Ok(view) => Ok(see_other(&format!("/operations/{}", view.operation.id))),
        Err(error) => {
            let tr = Tr::new(lang);
            let Some((mut form, status)) =
                form_failure("operation", posted.form.clone(), &error, &tr)
            else {
                return Err(Failure::Service(error, lang));
            };
            // `legs[1].carrier` is shown beside the carrier of the fieldset it came from.
            form.errors.remove("legs");
            if let ServiceError::Invalid(errors) = &error {
                for e in errors.iter() {
                    let Some((leg, field)) = e
                        .field
                        .strip_prefix("legs[")
                        .and_then(|rest| rest.split_once("]."))
                    else {
                        continue;
                    };
                    let Some(row) = leg.parse::<usize>().ok().and_then(|k| rows.get(k)) else {
                        continue;
                    };
                    form.errors
                        .entry(format!("{field}_{row}"))
                        .or_insert_with(|| {
                            crate::pages::formstate::error_text(&tr, e.code, &e.message)
                        });
                }
            }
            let list = list_page(&state, &posted.user, form).await?;
            Ok(page(status, &list))
        }
    }
}

pub struct EntryRow {
    pub case_id: String,
    pub case_number: String,
    pub names: String,
    pub document: String,
    pub needs: String,
    pub status: String,
    pub listed: bool,
}

#[derive(Template)]
#[template(path = "journey_operation.html")]
struct DetailPage {
    c: Chrome,
    id: String,
    version: i64,
    reference: String,
    forced: bool,
    facts: Vec<(String, String)>,
    legs: Vec<String>,
    entries: Vec<EntryRow>,
    organiser: bool,
    planned: bool,
    escorts: Vec<String>,
    monitors: Vec<String>,
    users: Choices,
    pool: Choices,
    reports: Vec<(String, String, String)>,
    can_report: bool,
    may_read_reports: bool,
    may_export: bool,
    phases: Choices,
    incident_kinds: Choices,
    topics: Choices,
    form: FormState,
}

async fn detail_page(
    state: &AppState,
    user: &PageUser,
    id: OperationId,
    form: FormState,
) -> Result<DetailPage, Failure> {
    let fail = |e| Failure::Service(e, user.lang);
    let view = state
        .service
        .get_operation(&user.actor, id)
        .await
        .map_err(fail)?;
    let c = user
        .chrome("operation-title", "operations")
        .with_title(view.operation.reference.clone());
    let tr = &c.tr;
    let o = &view.operation;
    let names = state.service.user_names(&user.actor).await.map_err(fail)?;
    let facts = vec![
        (tr.t("op-field-kind"), word(tr, "op-kind", &o.kind)),
        (tr.t("op-field-status"), word(tr, "op-status", &o.status)),
        (tr.t("op-field-date"), tr.date(&o.planned_on)),
        (
            tr.t("op-field-route"),
            format!(
                "{} → {}",
                tr.country(o.departure_country.as_str()),
                tr.country(o.destination_country.as_str())
            ),
        ),
        (
            tr.t("op-field-arrival-point"),
            format!("{} ({})", view.arrival_point_name, view.arrival_point_code),
        ),
        (
            tr.t("op-field-seats"),
            format!("{} / {}", view.seats_taken, o.capacity),
        ),
    ];
    let legs = o
        .legs
        .iter()
        .map(|l| {
            format!(
                "{} · {} {} · {} → {} · {} → {}{}",
                word(tr, "mode", &l.mode),
                l.carrier,
                l.number.clone().unwrap_or_default(),
                l.from,
                l.to,
                tr.datetime(&l.departs_at),
                tr.datetime(&l.arrives_at),
                l.departed_at
                    .map(|d| format!(" · {} {}", tr.t("op-departed-at"), tr.datetime(&d)))
                    .unwrap_or_default()
            )
        })
        .collect();
    let entries = o
        .manifest
        .iter()
        .map(|e| EntryRow {
            case_id: e.case_id.to_string(),
            case_number: e.case_number.clone(),
            names: e
                .persons
                .iter()
                .map(|p| format!("{} {}", p.given_names, p.family_name.to_uppercase()))
                .collect::<Vec<_>>()
                .join(", "),
            document: e
                .document
                .as_ref()
                .map(|d| format!("{} {}", word(tr, "document", &d.kind), d.number))
                .unwrap_or_default(),
            needs: e
                .special_needs
                .iter()
                .map(|n| word(tr, "need", n))
                .collect::<Vec<_>>()
                .join(", "),
            status: word(tr, "entry-status", &e.status),
            listed: e.status == EntryStatus::Listed,
        })
        .collect();
    let name_of = |id: &UserId| names.get(id).cloned().unwrap_or_else(|| tr.t("someone"));
    let pool = if view.organiser && o.forced {
        state
            .service
            .monitor_pool(&user.actor, id)
            .await
            .unwrap_or_default()
            .into_iter()
            .filter(|p| p.independent && p.available && !o.is_monitor(p.user_id))
            .map(|p| {
                (
                    p.user_id.to_string(),
                    format!(
                        "{} ({}, {})",
                        p.name,
                        p.nationality.as_str(),
                        p.languages.join(" ")
                    ),
                    false,
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let may_read_reports = user.actor.role() != Role::EscortOfficer
        && (o.is_monitor(user.actor.id()) || view.organiser);
    let reports = if o.forced && may_read_reports {
        state
            .service
            .monitor_reports(&user.actor, id)
            .await
            .unwrap_or_default()
            .iter()
            .map(|r| {
                (
                    r.id.to_string(),
                    format!(
                        "{} — {}",
                        word(tr, "phase", &r.phase),
                        word(tr, "report-status", &r.status)
                    ),
                    r.corrects
                        .map(|_| tr.t("report-correction"))
                        .unwrap_or_default(),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(DetailPage {
        id: o.id.to_string(),
        version: o.version,
        reference: o.reference.clone(),
        forced: o.forced,
        facts,
        legs,
        entries,
        organiser: view.organiser,
        planned: o.status == OperationStatus::Planned,
        escorts: o.escort_officers.iter().map(name_of).collect(),
        monitors: o.monitors.iter().map(|m| m.name.clone()).collect(),
        users: names
            .iter()
            .map(|(id, n)| (id.to_string(), n.clone(), false))
            .collect(),
        pool,
        reports,
        can_report: o.forced
            && o.is_monitor(user.actor.id())
            && user.actor.can(Permission::MonitorReportWrite),
        may_read_reports,
        may_export: view.organiser || user.actor.role() == Role::EscortOfficer,
        phases: options(tr, "phase", &Phase::ALL, &form.value("phase")),
        incident_kinds: options(
            tr,
            "incident",
            &IncidentKind::ALL,
            &form.value("incident_kind"),
        ),
        topics: options(tr, "rights", &RightsTopic::ALL, &form.value("topic")),
        form,
        c,
    })
}

#[derive(Debug, Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

pub async fn detail(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, Failure> {
    let id: OperationId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    let mut detail = detail_page(&state, &user, id, FormState::default()).await?;
    detail.c.notice = query
        .done
        .map(|d| detail.c.t(&format!("done-{}", d.replace('_', "-"))));
    Ok(page(StatusCode::OK, &detail))
}

fn operation_id(raw: &str, posted: &Posted) -> Result<OperationId, Failure> {
    raw.parse().map_err(|_| Failure::NotFound(posted.user.lang))
}

/// Back to the operation on success; the page with the form's errors otherwise.
async fn finish<T>(
    state: &AppState,
    posted: Posted,
    id: OperationId,
    form: &str,
    result: Result<T, ServiceError>,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    match result {
        Ok(_) => Ok(see_other(&format!("/operations/{id}?done={form}"))),
        Err(error) => {
            let tr = Tr::new(lang);
            let Some((form, status)) = form_failure(form, posted.form.clone(), &error, &tr) else {
                return Err(Failure::Service(error, lang));
            };
            let detail = detail_page(state, &posted.user, id, form).await?;
            Ok(page(status, &detail))
        }
    }
}

pub async fn add(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = operation_id(&id, &posted)?;
    let input = ManifestAddInput {
        case_id: None,
        case_number: posted.form.opt("case_number"),
        expected_version: posted
            .form
            .get("expected_version")
            .and_then(|v| v.parse().ok()),
    };
    let result = state
        .service
        .add_to_manifest(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "manifest", result).await
}

pub async fn remove(
    State(state): State<AppState>,
    Path((id, case)): Path<(String, String)>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = operation_id(&id, &posted)?;
    let case: CaseId = case
        .parse()
        .map_err(|_| Failure::NotFound(posted.user.lang))?;
    let no_show = posted.form.checked("no_show");
    let result = state
        .service
        .remove_from_manifest(&posted.user.actor, id, case, no_show)
        .await;
    finish(&state, posted, id, "manifest-removed", result).await
}

pub async fn depart(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = operation_id(&id, &posted)?;
    let version = posted
        .form
        .get("expected_version")
        .and_then(|v| v.parse().ok());
    let result = state
        .service
        .depart_operation(&posted.user.actor, id, version)
        .await;
    finish(&state, posted, id, "departed", result).await
}

pub async fn escort(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = operation_id(&id, &posted)?;
    let Some(user) = posted.form.get("user_id").and_then(|u| u.parse().ok()) else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    let result = state
        .service
        .assign_escort_officer(&posted.user.actor, id, user)
        .await;
    finish(&state, posted, id, "escort-officer", result).await
}

pub async fn monitor(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = operation_id(&id, &posted)?;
    let Some(user) = posted.form.get("user_id").and_then(|u| u.parse().ok()) else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    let result = state
        .service
        .assign_monitor(&posted.user.actor, id, user)
        .await;
    finish(&state, posted, id, "monitor", result).await
}

fn report_input(f: &FormData, corrects: Option<ReportId>) -> Option<ReportInput> {
    let incidents = match (
        f.choice::<IncidentKind>("incident_kind"),
        f.opt("incident_description"),
    ) {
        (Some(kind), Some(description)) => vec![IncidentInput {
            kind,
            occurred_at: f.opt("incident_at"),
            description,
        }],
        _ => Vec::new(),
    };
    let observations = match (f.choice::<RightsTopic>("topic"), f.opt("finding")) {
        (Some(topic), Some(finding)) => vec![Observation { topic, finding }],
        _ => Vec::new(),
    };
    Some(ReportInput {
        phase: f.choice("phase")?,
        summary: f.text("summary"),
        incidents,
        observations,
        corrects,
    })
}

pub async fn new_report(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = operation_id(&id, &posted)?;
    let corrects = posted.form.get("corrects").and_then(|r| r.parse().ok());
    let Some(input) = report_input(&posted.form, corrects) else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    match state
        .service
        .create_monitor_report(&posted.user.actor, id, input)
        .await
    {
        Ok(report) => Ok(see_other(&format!("/reports/{}", report.id))),
        Err(e) => finish::<()>(&state, posted, id, "report", Err(e)).await,
    }
}

#[derive(Template)]
#[template(path = "journey_report.html")]
struct ReportPage {
    c: Chrome,
    id: String,
    operation: String,
    version: i64,
    title: String,
    draft: bool,
    mine: bool,
    summary: String,
    incidents: Vec<(String, String, String)>,
    observations: Vec<(String, String)>,
    corrects: Option<String>,
    submitted: Option<String>,
    /// A submitted report is never changed; a monitor writes a correction instead.
    can_correct: bool,
    phases: Choices,
    incident_kinds: Choices,
    topics: Choices,
    form: FormState,
}

fn report_page(user: &PageUser, report: &MonitorReport, form: FormState) -> ReportPage {
    let c = user.chrome("report-title", "operations");
    let tr = &c.tr;
    ReportPage {
        id: report.id.to_string(),
        operation: report.operation_id.to_string(),
        version: report.version,
        title: format!(
            "{} — {}",
            word(tr, "phase", &report.phase),
            word(tr, "report-status", &report.status)
        ),
        draft: report.status == ReportStatus::Draft,
        mine: report.author == user.actor.id(),
        summary: report.summary.clone(),
        incidents: report
            .incidents
            .iter()
            .map(|i| {
                (
                    word(tr, "incident", &i.kind),
                    i.occurred_at.map(|a| tr.datetime(&a)).unwrap_or_default(),
                    i.description.clone(),
                )
            })
            .collect(),
        observations: report
            .observations
            .iter()
            .map(|o| (word(tr, "rights", &o.topic), o.finding.clone()))
            .collect(),
        corrects: report.corrects.map(|r| r.to_string()),
        submitted: report.submitted.map(|s| tr.datetime(&s.at)),
        can_correct: report.status == ReportStatus::Submitted
            && user.actor.can(Permission::MonitorReportWrite),
        phases: options(tr, "phase", &Phase::ALL, &name(&report.phase)),
        incident_kinds: options(
            tr,
            "incident",
            &IncidentKind::ALL,
            &form.value("incident_kind"),
        ),
        topics: options(tr, "rights", &RightsTopic::ALL, &form.value("topic")),
        form,
        c,
    }
}

pub async fn report(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let id: ReportId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    let report = state
        .service
        .monitor_report(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    Ok(page(
        StatusCode::OK,
        &report_page(&user, &report, FormState::default()),
    ))
}

pub async fn change_report(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let id: ReportId = id.parse().map_err(|_| Failure::NotFound(lang))?;
    let f = &posted.form;
    let version = f
        .get("expected_version")
        .and_then(|v| v.parse().ok())
        .unwrap_or_default();
    let submit = f.get("action") == Some("submit");
    let mut edit = if submit { None } else { report_input(f, None) };
    // The page edits the summary and phase; incidents and observations stay as they were.
    if let Some(input) = edit.as_mut()
        && let Ok(existing) = state.service.monitor_report(&posted.user.actor, id).await
    {
        if input.incidents.is_empty() {
            input.incidents = existing
                .incidents
                .iter()
                .map(|i| IncidentInput {
                    kind: i.kind,
                    occurred_at: i.occurred_at.map(bayiri_domain::journey::format_moment),
                    description: i.description.clone(),
                })
                .collect();
        }
        if input.observations.is_empty() {
            input.observations = existing.observations.clone();
        }
    }
    match state
        .service
        .change_monitor_report(&posted.user.actor, id, version, edit, submit)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/reports/{id}"))),
        Err(error) => {
            let tr = Tr::new(lang);
            let Some((form, status)) = form_failure("report", posted.form.clone(), &error, &tr)
            else {
                return Err(Failure::Service(error, lang));
            };
            let report = state
                .service
                .monitor_report(&posted.user.actor, id)
                .await
                .map_err(|e| Failure::Service(e, lang))?;
            Ok(page(status, &report_page(&posted.user, &report, form)))
        }
    }
}

pub async fn profile(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let f = &posted.form;
    let input = ProfileInput {
        nationality: f.text("nationality"),
        languages: f
            .text("languages")
            .split([' ', ','])
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        availability: match (f.opt("from"), f.opt("to")) {
            (Some(from), Some(to)) => vec![AvailabilityInput { from, to }],
            _ => Vec::new(),
        },
    };
    let lang = posted.user.lang;
    match state
        .service
        .save_my_monitor_profile(&posted.user.actor, input)
        .await
    {
        Ok(_) => Ok(see_other("/operations")),
        Err(error) => {
            let tr = Tr::new(lang);
            let Some((form, status)) = form_failure("profile", posted.form.clone(), &error, &tr)
            else {
                return Err(Failure::Service(error, lang));
            };
            let list = list_page(&state, &posted.user, form).await?;
            Ok(page(status, &list))
        }
    }
}

async fn download(
    state: &AppState,
    user: &PageUser,
    id: &str,
    xlsx: bool,
) -> Result<Response, Failure> {
    let id: OperationId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    let (reference, rows) = state
        .service
        .manifest_rows(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let stem = crate::api::file_stem(&reference);
    let (bytes, content_type, file) = if xlsx {
        (
            export::xlsx(&reference, &rows),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            format!("{stem}.xlsx"),
        )
    } else {
        (
            export::csv(&rows),
            "text/csv; charset=utf-8",
            format!("{stem}.csv"),
        )
    };
    let bytes = bytes.map_err(|e| Failure::Service(e, user.lang))?;
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

pub async fn csv(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    download(&state, &user, &id, false).await
}

pub async fn xlsx(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    download(&state, &user, &id, true).await
}

/// Airports and land border points, for forms that name one.
pub fn point_label(tr: &Tr, kind: PointKind, code: &str, name: &str) -> String {
    format!(
        "{} — {} ({})",
        code,
        name,
        tr.word("point-kind", kind.as_str())
    )
}
