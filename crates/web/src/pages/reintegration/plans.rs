//! A reintegration plan: its items and milestones, the four-eyes approval, milestones reached,
//! tranches paid with their proofs; and the plans waiting for approval.

use super::case_section::{PlanRow, item_rows, milestone_rows, plan_content};
use super::money;
use crate::AppState;
use crate::pages::form::FormData;
use crate::pages::formstate::FormState;
use crate::pages::journey::{options, redisplay, word};
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{CSRF_FIELD, PageUser, Posted, same_token};
use askama::Template;
use axum::extract::{FromRequest, FromRequestParts, Multipart, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::ids::{AttachmentId, PlanId};
use bayiri_domain::reintegration::ItemType;
use bayiri_domain::reintegration::plan::{Modality, Plan, PlanStatus};
use bayiri_service::ServiceError;
use bayiri_service::reintegration::{TrancheInput, Upload};
use serde::Deserialize;

type Choice = (String, String, bool);

pub struct ItemRow {
    pub item_type: String,
    pub description: String,
    pub budget: String,
    pub modality: String,
}

pub struct MilestoneRow {
    pub id: String,
    pub description: String,
    pub due_on: String,
    pub amount: String,
    pub reached: Option<String>,
    pub left: String,
    /// Left to pay, as typed into the tranche form by default.
    pub left_plain: String,
    pub payable: bool,
}

pub struct TrancheRow {
    pub paid_on: String,
    pub amount: String,
    pub modality: String,
    pub milestone: String,
    pub note: String,
    pub proofs: Vec<(String, String)>,
}

/// The rows and choices of the form that changes a draft (named `r` as on the case page, so
/// both share `plan_rows.html`).
struct PlanRows {
    item_rows: Vec<PlanRow>,
    milestone_rows: Vec<PlanRow>,
    item_types: Vec<Choice>,
    modalities: Vec<Choice>,
    opportunities: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "reint_plan.html")]
struct PlanPage {
    c: Chrome,
    id: String,
    version: i64,
    title: String,
    status: String,
    kind: String,
    programme: String,
    beneficiaries: Vec<(String, String, String)>,
    total: String,
    paid: String,
    items: Vec<ItemRow>,
    milestones: Vec<MilestoneRow>,
    tranches: Vec<TrancheRow>,
    history: Vec<String>,
    returned: Vec<String>,
    modalities: Vec<Choice>,
    can_submit: bool,
    can_approve: bool,
    /// The user drafted or changed the plan: someone else approves it.
    is_editor: bool,
    can_reach: bool,
    can_pay: bool,
    /// A draft changes; the form is prefilled with the plan.
    can_revise: bool,
    currencies: Vec<Choice>,
    r: PlanRows,
    form: FormState,
    today: String,
}

#[derive(Debug, Deserialize)]
pub struct PlanQuery {
    done: Option<String>,
}

fn plan_id(raw: &str, user: &PageUser) -> Result<PlanId, Failure> {
    raw.parse().map_err(|_| Failure::NotFound(user.lang))
}

async fn render(
    state: &AppState,
    user: &PageUser,
    id: PlanId,
    form: FormState,
    status: StatusCode,
    notice: Option<String>,
) -> Result<Response, Failure> {
    let lang = user.lang;
    let plan = state
        .service
        .plan(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, lang))?;
    let (programme, programme_currencies) = state
        .service
        .programme_terms(&user.actor, plan.programme_id)
        .await
        .map(|p| {
            (
                format!("{} — {}", p.code, p.name),
                p.currencies()
                    .map(|c| c.as_str().to_string())
                    .collect::<Vec<_>>(),
            )
        })
        .unwrap_or_default();
    let names = state
        .service
        .user_names(&user.actor)
        .await
        .unwrap_or_default();
    let c = user
        .chrome("reint-plan-title", "cases")
        .with_title(plan.title.clone())
        .with_notice(notice);
    let tr = c.tr;
    let actor = &user.actor;
    let who = |r: &bayiri_domain::case::records::Recorded| {
        format!(
            "{} — {}",
            names.get(&r.by).cloned().unwrap_or_else(|| tr.t("someone")),
            tr.datetime(&r.at)
        )
    };
    let mut history = vec![format!("{}: {}", tr.t("reint-drafted"), who(&plan.drafted))];
    if let Some(r) = &plan.submitted {
        history.push(format!("{}: {}", tr.t("reint-submitted"), who(r)));
    }
    if let Some(r) = &plan.approved {
        history.push(format!("{}: {}", tr.t("reint-approved"), who(r)));
    }
    let is_editor = plan.editors.contains(&actor.user.id);
    let approved = plan.status == PlanStatus::Approved;
    let milestone_name = |id| {
        plan.milestones
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.description.clone())
            .unwrap_or_default()
    };
    let can_revise = plan.status == PlanStatus::Draft && actor.can(Permission::PlanWrite);
    let r = if can_revise {
        let opportunities = state
            .service
            .search_opportunities(
                actor,
                &bayiri_domain::reintegration::opportunity::OpportunitySearch {
                    country: plan.countries.first().map(|c| c.as_str().to_string()),
                    ..Default::default()
                },
            )
            .await
            .unwrap_or_default();
        PlanRows {
            item_rows: item_rows(&form, Some(&plan)),
            milestone_rows: milestone_rows(&form, Some(&plan)),
            item_types: ItemType::ALL
                .iter()
                .map(|t| {
                    (
                        t.as_str().to_string(),
                        tr.word("item-type", t.as_str()),
                        false,
                    )
                })
                .collect(),
            modalities: options(&tr, "modality", &Modality::ALL, ""),
            opportunities: opportunities
                .iter()
                .map(|o| {
                    (
                        o.id.to_string(),
                        format!("{} — {}", o.title, o.offered_by),
                        false,
                    )
                })
                .collect(),
        }
    } else {
        PlanRows {
            item_rows: Vec::new(),
            milestone_rows: Vec::new(),
            item_types: Vec::new(),
            modalities: Vec::new(),
            opportunities: Vec::new(),
        }
    };
    let currencies = programme_currencies
        .iter()
        .map(|c| (c.clone(), c.clone(), *c == plan.currency.as_str()))
        .collect();
    let body = PlanPage {
        can_revise,
        currencies,
        r,
        id: plan.id.to_string(),
        version: plan.version,
        title: plan.title.clone(),
        status: word(&tr, "plan-status", &plan.status),
        kind: word(&tr, "plan-kind", &plan.kind),
        programme,
        beneficiaries: plan
            .beneficiaries
            .iter()
            .map(|b| (b.case_id.to_string(), b.case_number.clone(), b.name.clone()))
            .collect(),
        total: money(&tr, &plan.total()),
        paid: money(&tr, &plan.paid()),
        items: plan
            .items
            .iter()
            .map(|i| ItemRow {
                item_type: tr.word("item-type", i.item_type.as_str()),
                description: i.description.clone(),
                budget: money(&tr, &i.budget),
                modality: word(&tr, "modality", &i.modality),
            })
            .collect(),
        milestones: plan
            .milestones
            .iter()
            .map(|m| {
                let left = plan.left_for(m);
                MilestoneRow {
                    id: m.id.to_string(),
                    description: m.description.clone(),
                    due_on: m.due_on.map(|d| tr.date(&d)).unwrap_or_default(),
                    amount: money(&tr, &m.amount),
                    reached: m.reached.as_ref().map(|r| tr.date(&r.on)),
                    left: money(&tr, &left),
                    left_plain: left.amount_text(),
                    payable: approved && m.reached.is_some() && left.minor > 0,
                }
            })
            .collect(),
        tranches: plan
            .tranches
            .iter()
            .map(|t| TrancheRow {
                paid_on: tr.date(&t.paid_on),
                amount: money(&tr, &t.amount),
                modality: word(&tr, "modality", &t.modality),
                milestone: milestone_name(t.milestone_id),
                note: t.note.clone().unwrap_or_default(),
                proofs: t
                    .proofs
                    .iter()
                    .map(|p| {
                        (
                            format!("/plans/{}/attachments/{}", plan.id, p.id),
                            format!("{} ({} KB)", p.file_name, p.size.div_ceil(1024)),
                        )
                    })
                    .collect(),
            })
            .collect(),
        history,
        returned: plan
            .returned
            .iter()
            .map(|r| format!("{} — {}", who(&r.recorded), r.note))
            .collect(),
        modalities: options(&tr, "modality", &Modality::ALL, ""),
        can_submit: plan.status == PlanStatus::Draft && actor.can(Permission::PlanWrite),
        can_approve: plan.status == PlanStatus::Submitted
            && actor.can(Permission::PlanApprove)
            && !is_editor,
        is_editor: is_editor && plan.status == PlanStatus::Submitted,
        can_reach: approved && actor.can(Permission::PlanWrite),
        can_pay: approved && actor.can(Permission::TranchePay),
        form,
        today: bayiri_domain::person::format_iso_date(state.service.today()),
        c,
    };
    Ok(page(status, &body))
}

pub async fn page_handler(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
    Query(query): Query<PlanQuery>,
) -> Result<Response, Failure> {
    let id = plan_id(&id, &user)?;
    let notice = query.done.map(|key| {
        crate::pages::i18n::Tr::new(user.lang).t(&format!("done-{}", key.replace('_', "-")))
    });
    render(
        &state,
        &user,
        id,
        FormState::default(),
        StatusCode::OK,
        notice,
    )
    .await
}

/// Back to the plan with a notice, or the plan again with what went wrong.
async fn finish(
    state: &AppState,
    user: &PageUser,
    values: FormData,
    id: PlanId,
    form: &str,
    result: Result<Plan, ServiceError>,
) -> Result<Response, Failure> {
    let tr = crate::pages::i18n::Tr::new(user.lang);
    match result {
        Ok(_) => Ok(see_other(&format!("/plans/{id}?done={form}"))),
        Err(error) => {
            let (state_of_form, status) = redisplay(form, values, error, &tr)?;
            render(state, user, id, state_of_form, status, None).await
        }
    }
}

fn expected_version(posted: &Posted) -> Result<i64, Failure> {
    posted
        .form
        .get("expected_version")
        .and_then(|v| v.parse().ok())
        .ok_or(Failure::BadRequest(posted.user.lang))
}

pub async fn revise(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = plan_id(&id, &posted.user)?;
    let version = expected_version(&posted)?;
    let content = plan_content(&posted.form);
    let result = state
        .service
        .revise_plan(&posted.user.actor, id, version, content)
        .await;
    finish(&state, &posted.user, posted.form, id, "plan", result).await
}

pub async fn submit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = plan_id(&id, &posted.user)?;
    let version = expected_version(&posted)?;
    let result = state
        .service
        .submit_plan(&posted.user.actor, id, version)
        .await;
    finish(
        &state,
        &posted.user,
        posted.form,
        id,
        "plan_submitted",
        result,
    )
    .await
}

pub async fn approve(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = plan_id(&id, &posted.user)?;
    let version = expected_version(&posted)?;
    let result = state
        .service
        .approve_plan(&posted.user.actor, id, version)
        .await;
    finish(
        &state,
        &posted.user,
        posted.form,
        id,
        "plan_approved",
        result,
    )
    .await
}

pub async fn send_back(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = plan_id(&id, &posted.user)?;
    let version = expected_version(&posted)?;
    let note = posted.form.text("note");
    let result = state
        .service
        .return_plan(&posted.user.actor, id, version, &note)
        .await;
    finish(
        &state,
        &posted.user,
        posted.form,
        id,
        "plan_returned",
        result,
    )
    .await
}

pub async fn milestone(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = plan_id(&id, &posted.user)?;
    let version = expected_version(&posted)?;
    let Some(milestone) = posted.form.get("milestone_id").and_then(|m| m.parse().ok()) else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    let result = state
        .service
        .reach_milestone(
            &posted.user.actor,
            id,
            version,
            milestone,
            posted.form.get("on"),
            posted.form.get("note"),
        )
        .await;
    finish(&state, &posted.user, posted.form, id, "milestone", result).await
}

/// A tranche form: its fields and its proofs, posted as `multipart/form-data` with the CSRF
/// token as a field.
pub struct PostedUpload {
    pub user: PageUser,
    pub form: FormData,
    pub files: Vec<Upload>,
}

impl FromRequest<AppState> for PostedUpload {
    type Rejection = Failure;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let user = PageUser::from_request_parts(&mut parts, state).await?;
        let lang = user.lang;
        let mut multipart = Multipart::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|_| Failure::BadRequest(lang))?;
        let mut pairs = Vec::new();
        let mut files = Vec::new();
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|_| Failure::BadRequest(lang))?
        {
            let name = field.name().unwrap_or_default().to_string();
            match field.file_name().map(str::to_string) {
                Some(file_name) => {
                    let bytes = field.bytes().await.map_err(|_| Failure::BadRequest(lang))?;
                    // A file input left empty still sends a part, with no name and no bytes.
                    if !bytes.is_empty() {
                        files.push(Upload {
                            file_name,
                            bytes: bytes.to_vec(),
                        });
                    }
                }
                None => {
                    let text = field.text().await.map_err(|_| Failure::BadRequest(lang))?;
                    pairs.push((name, text));
                }
            }
        }
        let form = FormData::from_pairs(pairs);
        if !same_token(form.get(CSRF_FIELD).unwrap_or_default(), &user.csrf) {
            return Err(Failure::Csrf(lang));
        }
        Ok(PostedUpload { user, form, files })
    }
}

pub async fn tranche(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: PostedUpload,
) -> Result<Response, Failure> {
    let id = plan_id(&id, &posted.user)?;
    let f = &posted.form;
    let lang = posted.user.lang;
    let (Some(version), Some(milestone_id), Some(modality)) = (
        f.get("expected_version").and_then(|v| v.parse().ok()),
        f.get("milestone_id").and_then(|m| m.parse().ok()),
        f.choice::<Modality>("modality"),
    ) else {
        return Err(Failure::BadRequest(lang));
    };
    let input = TrancheInput {
        milestone_id,
        amount: f.text("amount"),
        modality,
        paid_on: f.opt("paid_on"),
        note: f.opt("note"),
    };
    let result = state
        .service
        .pay_tranche(&posted.user.actor, id, version, input, posted.files)
        .await;
    finish(&state, &posted.user, posted.form, id, "tranche", result).await
}

pub async fn attachment(
    State(state): State<AppState>,
    user: PageUser,
    Path((id, attachment)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let id = plan_id(&id, &user)?;
    let attachment: AttachmentId = attachment
        .parse()
        .map_err(|_| Failure::NotFound(user.lang))?;
    let (meta, bytes) = state
        .service
        .plan_attachment(&user.actor, id, attachment)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    Ok(crate::api::reintegration::attachment_response(&meta, bytes))
}

pub struct WaitingRow {
    pub id: String,
    pub title: String,
    pub who: String,
    pub total: String,
    pub mine: bool,
}

#[derive(Template)]
#[template(path = "reint_plans.html")]
struct WaitingPage {
    c: Chrome,
    rows: Vec<WaitingRow>,
}

/// Plans submitted for approval in the user's organisation and countries.
pub async fn to_approve(
    State(state): State<AppState>,
    user: PageUser,
) -> Result<Response, Failure> {
    let plans = state
        .service
        .plans_to_approve(&user.actor)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user.chrome("reint-plans-title", "plans");
    let tr = c.tr;
    let rows = plans
        .iter()
        .map(|p| WaitingRow {
            id: p.id.to_string(),
            title: p.title.clone(),
            who: p
                .beneficiaries
                .iter()
                .map(|b| format!("{} {}", b.case_number, b.name))
                .collect::<Vec<_>>()
                .join(", "),
            total: money(&tr, &p.total()),
            mine: p.editors.contains(&user.actor.user.id),
        })
        .collect();
    Ok(page(StatusCode::OK, &WaitingPage { c, rows }))
}
