//! The journey on the case page: consular requests, readiness to travel (fitness, escorts,
//! interpreters), the operations the case is on and its arrivals; and the forms that record
//! them.

use super::{options, word};
use crate::AppState;
use crate::pages::case_forms::{case_id, finish};
use crate::pages::render::Failure;
use crate::pages::session::{PageUser, Posted};
use axum::extract::{Path, State};
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::case::TravelDocumentKind;
use bayiri_domain::ids::RecordId;
use bayiri_domain::journey::consular::{Evidence, EvidenceKind, FeeExemption, RequestInput};
use bayiri_domain::journey::readiness::{
    EscortInput, EscortKind, FitnessInput, FitnessOutcome, InterpreterInput,
};
use bayiri_service::views::CaseView;

/// One line of a list on the case page: a link (may be empty), a title, details.
pub struct Line {
    pub href: String,
    pub title: String,
    pub detail: String,
    /// For escorts: the record id, to remove it.
    pub id: String,
}

pub struct CaseJourney {
    pub requests: Vec<Line>,
    pub missions: Vec<(String, String, bool)>,
    pub documents: Vec<(String, String, bool)>,
    pub evidence: Vec<(String, String, bool)>,
    pub exemptions: Vec<(String, String, bool)>,
    pub fitness: Vec<Line>,
    pub escorts: Vec<Line>,
    pub interpreters: Vec<Line>,
    pub operations: Vec<Line>,
    pub arrivals: Vec<Line>,
    pub escort_kinds: Vec<(String, String, bool)>,
    pub outcomes: Vec<(String, String, bool)>,
    pub can_request: bool,
    pub can_prepare: bool,
    pub before_departure: bool,
}

/// Everything the journey section shows; what the user may not see is simply absent.
pub async fn build(state: &AppState, user: &PageUser, view: &CaseView) -> CaseJourney {
    let tr = crate::pages::i18n::Tr::new(user.lang);
    let actor = &user.actor;
    let service = &state.service;
    let requests = if actor.can(Permission::ConsularRead) {
        service
            .list_consular_requests(
                actor,
                bayiri_service::journey::ConsularFilter {
                    case: Some(view.id),
                    ..Default::default()
                },
            )
            .await
            .map(|p| p.items)
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let missions = service.consular_missions(actor).await.unwrap_or_default();
    let operations = if actor.can(Permission::OperationRead) {
        service
            .list_operations(actor, Some(view.id))
            .await
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let arrivals = service
        .list_arrivals(actor, Some(view.id), None)
        .await
        .unwrap_or_default();
    let sensitive = actor.can(Permission::SensitiveRead);
    CaseJourney {
        requests: requests
            .iter()
            .map(|r| Line {
                href: format!("/consular/{}", r.id),
                title: format!(
                    "{} — {}",
                    r.mission_name,
                    word(&tr, "consular-status", &r.status)
                ),
                detail: tr.tn("consular-days", r.days_open),
                id: r.id.to_string(),
            })
            .collect(),
        missions: missions
            .iter()
            .filter(|m| m.serves(view.host_country, view.return_country))
            .map(|m| (m.id.to_string(), m.name.clone(), false))
            .collect(),
        documents: options(
            &tr,
            "document",
            &[
                TravelDocumentKind::EmergencyTravelDocument,
                TravelDocumentKind::LaissezPasser,
                TravelDocumentKind::Passport,
            ],
            "",
        ),
        evidence: options(&tr, "evidence", &EvidenceKind::ALL, ""),
        exemptions: options(
            &tr,
            "exemption",
            &[
                FeeExemption::HumanitarianReturn,
                FeeExemption::Child,
                FeeExemption::Destitution,
                FeeExemption::Agreement,
            ],
            "",
        ),
        fitness: view
            .fitness_to_travel
            .iter()
            .map(|f| Line {
                href: String::new(),
                title: format!(
                    "{} — {}",
                    tr.date(&f.assessed_on),
                    word(&tr, "fitness", &f.outcome)
                ),
                detail: format!(
                    "{} · {} {}{}",
                    f.assessed_by,
                    tr.t("readiness-valid-until"),
                    tr.date(&f.valid_until),
                    match (&f.conditions, sensitive) {
                        (Some(conditions), true) => format!(" · {conditions}"),
                        _ => String::new(),
                    }
                ),
                id: f.id.to_string(),
            })
            .collect(),
        escorts: view
            .escorts
            .iter()
            .map(|e| Line {
                href: String::new(),
                title: format!("{} — {}", word(&tr, "escort-kind", &e.kind), e.name),
                detail: e.organisation.clone().unwrap_or_default(),
                id: e.id.to_string(),
            })
            .collect(),
        interpreters: view
            .interpreters
            .iter()
            .map(|i| Line {
                href: String::new(),
                title: i.name.clone(),
                detail: i.language.as_str().to_string(),
                id: i.id.to_string(),
            })
            .collect(),
        operations: operations
            .iter()
            .map(|o| Line {
                href: format!("/operations/{}", o.operation.id),
                title: o.operation.reference.clone(),
                detail: format!(
                    "{} — {}",
                    tr.date(&o.operation.planned_on),
                    word(&tr, "op-status", &o.operation.status)
                ),
                id: o.operation.id.to_string(),
            })
            .collect(),
        arrivals: arrivals
            .iter()
            .map(|a| Line {
                href: format!("/arrivals/{}", a.arrival.id),
                title: format!(
                    "{} — {}",
                    a.arrival.point_name,
                    tr.datetime(&a.arrival.arrived_at)
                ),
                detail: word(&tr, "arrival-kind", &a.arrival.kind),
                id: a.arrival.id.to_string(),
            })
            .collect(),
        escort_kinds: options(&tr, "escort-kind", &EscortKind::ALL, ""),
        outcomes: options(
            &tr,
            "fitness",
            &[
                FitnessOutcome::Fit,
                FitnessOutcome::FitWithConditions,
                FitnessOutcome::Unfit,
            ],
            "",
        ),
        can_request: actor.can(Permission::ConsularRequestWrite),
        can_prepare: actor.can(Permission::ReadinessWrite),
        before_departure: !view.stage.is_after_departure()
            && view.stage != bayiri_domain::case::Stage::Closed,
    }
}

pub async fn request(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let Some(mission_id) = f.get("mission_id").and_then(|m| m.parse().ok()) else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    let input = RequestInput {
        mission_id,
        document: f.choice("document"),
        evidence: f
            .choices::<EvidenceKind>("evidence")
            .into_iter()
            .map(|kind| Evidence {
                kind,
                reference: None,
                note: f.opt("evidence_note"),
            })
            .collect(),
        fee_exemption: f.choice("fee_exemption"),
        fee_amount: f.opt("fee_amount"),
        fee_currency: f.opt("fee_currency"),
    };
    let result = state
        .service
        .request_consular_verification(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "consular", "journey", result).await
}

pub async fn fitness(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let Some(outcome) = f.choice("outcome") else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    let input = FitnessInput {
        assessed_on: f.text("assessed_on"),
        assessed_by: f.text("assessed_by"),
        outcome,
        valid_until: f.text("valid_until"),
        conditions: f.opt("conditions"),
    };
    let result = state
        .service
        .record_fitness_to_travel(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "fitness", "journey", result).await
}

pub async fn escort(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let Some(kind) = f.choice("kind") else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    let input = EscortInput {
        kind,
        name: f.text("name"),
        organisation: f.opt("organisation"),
    };
    let result = state
        .service
        .assign_escort(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "escort", "journey", result).await
}

pub async fn remove_escort(
    State(state): State<AppState>,
    Path((id, escort)): Path<(String, String)>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let escort: RecordId = escort
        .parse()
        .map_err(|_| Failure::NotFound(posted.user.lang))?;
    let result = state
        .service
        .remove_escort(&posted.user.actor, id, escort)
        .await;
    finish(&state, posted, id, "escort-removed", "journey", result).await
}

pub async fn interpreter(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = InterpreterInput {
        language: f.text("language"),
        name: f.text("name"),
    };
    let result = state
        .service
        .arrange_interpreter(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "interpreter", "journey", result).await
}
