//! Consular requests: the list with each mission's turnaround, and one request with the
//! mission's decisions.

use super::{form_failure, options, word};
use crate::AppState;
use crate::pages::form::FormData;
use crate::pages::formstate::FormState;
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{PageUser, Posted};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::case::TravelDocumentKind;
use bayiri_domain::ids::ConsularRequestId;
use bayiri_domain::journey::consular::{ConsularStatus, DecisionInput, Fee};
use bayiri_service::journey::ConsularFilter;
use bayiri_service::journey::views::ConsularRequestView;
use serde::Deserialize;

pub struct RequestRow {
    pub id: String,
    pub person: String,
    pub mission: String,
    pub status: String,
    pub days: String,
    pub overdue: bool,
    pub case: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "journey_consular.html")]
struct ListPage {
    c: Chrome,
    turnaround: Vec<Vec<String>>,
    rows: Vec<RequestRow>,
    overdue_only: bool,
    limit: String,
}

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    overdue: Option<String>,
}

fn person_name(view: &ConsularRequestView) -> String {
    format!(
        "{} {}",
        view.person.given_names,
        view.person.family_name.to_uppercase()
    )
}

pub async fn list(
    State(state): State<AppState>,
    user: PageUser,
    Query(query): Query<ListQuery>,
) -> Result<Response, Failure> {
    let overdue_only = query.overdue.is_some();
    let result = state
        .service
        .list_consular_requests(
            &user.actor,
            ConsularFilter {
                overdue_only,
                ..Default::default()
            },
        )
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user.chrome("consular-title", "consular");
    let tr = &c.tr;
    let turnaround = result
        .turnaround
        .iter()
        .map(|t| {
            vec![
                t.mission_name.clone(),
                tr.number(i64::from(t.turnaround.requests)),
                tr.number(i64::from(t.turnaround.open)),
                tr.number(i64::from(t.turnaround.overdue)),
                tr.number(i64::from(t.turnaround.issued)),
                t.turnaround
                    .median_days_to_issue
                    .map(|d| format!("{d:.1}"))
                    .unwrap_or_else(|| "—".into()),
            ]
        })
        .collect();
    let rows = result
        .items
        .iter()
        .rev()
        .map(|r| RequestRow {
            id: r.id.to_string(),
            person: person_name(r),
            mission: r.mission_name.clone(),
            status: word(tr, "consular-status", &r.status),
            days: tr.tn("consular-days", r.days_open),
            overdue: r.overdue,
            case: r
                .case_id
                .zip(r.case_number.clone())
                .map(|(id, n)| (id.to_string(), n)),
        })
        .collect();
    Ok(page(
        StatusCode::OK,
        &ListPage {
            limit: tr.tn("consular-overdue-after", result.overdue_after_days),
            c,
            turnaround,
            rows,
            overdue_only,
        },
    ))
}

#[derive(Template)]
#[template(path = "journey_consular_request.html")]
struct DetailPage {
    c: Chrome,
    id: String,
    version: i64,
    title: String,
    status: String,
    overdue: bool,
    facts: Vec<(String, String)>,
    history: Vec<(String, String, String)>,
    case: Option<(String, String)>,
    can_decide: bool,
    statuses: Vec<(String, String, bool)>,
    kinds: Vec<(String, String, bool)>,
    form: FormState,
    today: String,
}

fn detail_page(
    user: &PageUser,
    view: &ConsularRequestView,
    form: FormState,
    today: time::Date,
) -> DetailPage {
    let c = user.chrome("consular-request-title", "consular");
    let tr = &c.tr;
    let p = &view.person;
    let mut facts = vec![
        (tr.t("consular-mission"), view.mission_name.clone()),
        (tr.t("field-sex"), word(tr, "sex", &p.sex)),
        (
            tr.t("field-date-of-birth"),
            p.date_of_birth
                .map(|d| tr.date(&d.date()))
                .unwrap_or_else(|| tr.t("unknown")),
        ),
        (
            tr.t("field-place-of-birth"),
            p.place_of_birth
                .as_ref()
                .map(|pl| pl.name.clone())
                .unwrap_or_else(|| tr.t("unknown")),
        ),
        (
            tr.t("consular-claimed-nationality"),
            p.claimed_nationality
                .map(|n| tr.country(n.as_str()))
                .unwrap_or_else(|| tr.t("unknown")),
        ),
        (
            tr.t("consular-document"),
            word(tr, "document", &view.document),
        ),
        (
            tr.t("consular-evidence"),
            view.evidence
                .iter()
                .map(|e| match &e.reference {
                    Some(r) => format!("{} ({r})", word(tr, "evidence", &e.kind)),
                    None => word(tr, "evidence", &e.kind),
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            tr.t("consular-fee"),
            match &view.fee {
                Fee::Exempt { exemption } => format!(
                    "{} — {}",
                    tr.t("consular-fee-exempt"),
                    word(tr, "exemption", exemption)
                ),
                Fee::Payable { amount } => format!("{} {}", amount.amount_text(), amount.currency),
            },
        ),
        (tr.t("consular-requested"), tr.datetime(&view.requested_at)),
    ];
    if let Some(on) = view.interview_on {
        let place = view.interview_place.clone().unwrap_or_default();
        facts.push((
            tr.t("consular-interview"),
            format!("{} {place}", tr.date(&on)),
        ));
    }
    if let Some(n) = view.confirmed_nationality {
        facts.push((
            tr.t("consular-confirmed-nationality"),
            tr.country(n.as_str()),
        ));
    }
    if let Some(d) = &view.issued {
        facts.push((
            tr.t("consular-issued"),
            format!(
                "{} {} — {} → {}",
                word(tr, "document", &d.kind),
                d.number,
                tr.date(&d.issued_on),
                tr.date(&d.expires_on)
            ),
        ));
    }
    if let Some(reason) = &view.outcome_reason {
        facts.push((tr.t("field-reason"), reason.clone()));
    }
    let history = view
        .history
        .iter()
        .map(|h| {
            (
                tr.datetime(&h.recorded.at),
                word(tr, "consular-status", &h.status),
                h.note.clone().unwrap_or_default(),
            )
        })
        .collect();
    let next: Vec<ConsularStatus> = ConsularStatus::ALL
        .into_iter()
        .filter(|s| view.status.can_move_to(*s))
        .collect();
    let chosen = form.value("status");
    DetailPage {
        id: view.id.to_string(),
        version: view.version,
        title: format!("{} {}", p.given_names, p.family_name.to_uppercase()),
        status: word(tr, "consular-status", &view.status),
        overdue: view.overdue,
        facts,
        history,
        case: view
            .case_id
            .zip(view.case_number.clone())
            .map(|(id, n)| (id.to_string(), n)),
        can_decide: user.actor.can(Permission::ConsularDecision) && !next.is_empty(),
        statuses: options(tr, "consular-status", &next, &chosen),
        kinds: options(
            tr,
            "document",
            &[
                TravelDocumentKind::EmergencyTravelDocument,
                TravelDocumentKind::LaissezPasser,
                TravelDocumentKind::Passport,
            ],
            &form.value("document_kind"),
        ),
        form,
        today: bayiri_domain::person::format_iso_date(today),
        c,
    }
}

pub async fn detail(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let id: ConsularRequestId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    let view = state
        .service
        .consular_request(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    Ok(page(
        StatusCode::OK,
        &detail_page(&user, &view, FormState::default(), state.service.today()),
    ))
}

pub async fn decide(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let id: ConsularRequestId = id.parse().map_err(|_| Failure::NotFound(lang))?;
    let f: &FormData = &posted.form;
    let version = f
        .get("expected_version")
        .and_then(|v| v.parse().ok())
        .unwrap_or_default();
    let input = DecisionInput {
        status: f.choice("status"),
        interview_on: f.opt("interview_on"),
        interview_place: f.opt("interview_place"),
        nationality: f.opt("nationality"),
        document_kind: f.choice("document_kind"),
        document_number: f.opt("document_number"),
        issued_on: f.opt("issued_on"),
        expires_on: f.opt("expires_on"),
        reason: f.opt("reason"),
    };
    match state
        .service
        .decide_consular_request(&posted.user.actor, id, version, input)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/consular/{id}?done=decision"))),
        Err(error) => {
            let tr = crate::pages::i18n::Tr::new(lang);
            let Some((form, status)) = form_failure("decision", posted.form.clone(), &error, &tr)
            else {
                return Err(Failure::Service(error, lang));
            };
            let view = state
                .service
                .consular_request(&posted.user.actor, id)
                .await
                .map_err(|e| Failure::Service(e, lang))?;
            Ok(page(
                status,
                &detail_page(&posted.user, &view, form, state.service.today()),
            ))
        }
    }
}
