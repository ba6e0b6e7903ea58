//! Reintegration on the case page: needs assessments, plans, referrals to providers of the
//! directory, the follow-up schedule with its scores, re-migration; and the forms that record
//! them.

use super::{money, score};
use crate::AppState;
use crate::pages::case_forms::{case_id, finish};
use crate::pages::form::FormData;
use crate::pages::formstate::FormState;
use crate::pages::journey::{options, word};
use crate::pages::render::Failure;
use crate::pages::session::{PageUser, Posted};
use axum::extract::{Path, State};
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::case::Stage;
use bayiri_domain::reintegration::followup::{FollowUpStatus, ReMigrationInput};
use bayiri_domain::reintegration::needs::{NeedAreaInput, NeedLevel, NeedsAssessmentInput};
use bayiri_domain::reintegration::opportunity::OpportunitySearch;
use bayiri_domain::reintegration::plan::{
    MilestoneInput, Modality, Plan, PlanContentInput, PlanItemInput, PlanKind,
};
use bayiri_domain::reintegration::referral::ReferralInput;
use bayiri_domain::reintegration::{ItemType, ServiceType};
use bayiri_service::reintegration::DraftPlanInput;
use bayiri_service::views::CaseView;

type Choice = (String, String, bool);

/// Rows of the plan form: enough for a typical plan without JavaScript, and one free row
/// more than a plan being changed has.
pub const ITEM_ROWS: usize = 4;
pub const MILESTONE_ROWS: usize = 3;
/// The most rows a plan form is read for (a plan has at most 30 items and 30 milestones).
const MAX_ROWS: usize = 31;

pub struct Line {
    pub href: String,
    pub title: String,
    pub detail: String,
}

/// One need area of the assessment form, with what was typed when the form comes back.
pub struct NeedRow {
    pub area: &'static str,
    pub label: String,
    pub level: String,
    pub note: String,
}

/// One row of the plan form's items or milestones, with what was typed.
pub struct PlanRow {
    pub i: usize,
    pub item_type: String,
    pub description: String,
    pub amount: String,
    pub modality: String,
    pub opportunity: String,
    pub due_on: String,
}

pub struct FollowUpLine {
    pub href: String,
    pub title: String,
    pub status: String,
    pub scores: Option<String>,
    pub due: bool,
    pub overdue: bool,
}

pub struct ReintegrationSection {
    pub arrived: bool,
    pub open: bool,
    pub assessments: Vec<Line>,
    pub plans: Vec<Line>,
    pub referrals: Vec<Line>,
    pub follow_ups: Vec<FollowUpLine>,
    pub re_migrations: Vec<Line>,
    pub levels: Vec<Choice>,
    pub item_types: Vec<Choice>,
    pub modalities: Vec<Choice>,
    pub kinds: Vec<Choice>,
    pub programmes: Vec<Choice>,
    pub currencies: Vec<Choice>,
    pub opportunities: Vec<Choice>,
    pub providers: Vec<Choice>,
    pub services: Vec<Choice>,
    pub need_rows: Vec<NeedRow>,
    pub item_rows: Vec<PlanRow>,
    pub milestone_rows: Vec<PlanRow>,
    pub can_assess: bool,
    pub can_plan: bool,
    pub can_refer: bool,
    pub can_follow_up: bool,
}

/// The section, or `None` for roles that do not see reintegration.
pub async fn build(
    state: &AppState,
    user: &PageUser,
    view: &CaseView,
    form: &FormState,
) -> Option<ReintegrationSection> {
    let actor = &user.actor;
    if !actor.can(Permission::ReintegrationRead) {
        return None;
    }
    let tr = crate::pages::i18n::Tr::new(user.lang);
    let service = &state.service;
    let data = service.case_reintegration(actor, view.id).await.ok()?;
    let today = service.today();
    let providers = if actor.can(Permission::ServiceReferralWrite) {
        service
            .providers(actor, None, Some(view.return_country), None)
            .await
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let opportunities = if actor.can(Permission::DirectoryRead) {
        service
            .search_opportunities(
                actor,
                &OpportunitySearch {
                    country: Some(view.return_country.as_str().to_string()),
                    ..Default::default()
                },
            )
            .await
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let currencies: std::collections::BTreeSet<&str> = data
        .eligible_programmes
        .iter()
        .flat_map(|p| p.currencies().map(|c| c.as_str()))
        .collect();
    let level = |l: &NeedLevel| word(&tr, "need-level", l);
    Some(ReintegrationSection {
        arrived: data.arrived_on.is_some(),
        open: view.stage != Stage::Closed,
        assessments: data
            .assessments
            .iter()
            .map(|a| Line {
                href: String::new(),
                title: format!(
                    "{} — {} {} · {} {} · {} {}",
                    tr.date(&a.assessed_on),
                    tr.t("reint-economic"),
                    level(&a.economic.level),
                    tr.t("reint-social"),
                    level(&a.social.level),
                    tr.t("reint-psychosocial"),
                    level(&a.psychosocial.level)
                ),
                detail: a
                    .priorities
                    .iter()
                    .map(|p| tr.word("item-type", p.as_str()))
                    .collect::<Vec<_>>()
                    .join(", "),
            })
            .collect(),
        plans: data
            .plans
            .iter()
            .map(|p| Line {
                href: format!("/plans/{}", p.id),
                title: p.title.clone(),
                detail: format!(
                    "{} · {} · {}",
                    word(&tr, "plan-status", &p.status),
                    word(&tr, "plan-kind", &p.kind),
                    money(&tr, &p.total())
                ),
            })
            .collect(),
        referrals: data
            .referrals
            .iter()
            .map(|r| Line {
                href: format!("/referrals/{}", r.id),
                title: format!(
                    "{} — {}",
                    r.provider_name,
                    tr.word("service-type", r.service.as_str())
                ),
                detail: word(&tr, "referral-status", &r.status),
            })
            .collect(),
        follow_ups: data
            .follow_ups
            .iter()
            .map(|f| {
                let due = f.status == FollowUpStatus::Due;
                FollowUpLine {
                    href: format!("/follow-ups/{}", f.id),
                    title: format!(
                        "{} — {}",
                        tr.tn("reint-month", i64::from(f.month)),
                        tr.date(&f.due_on)
                    ),
                    status: word(&tr, "follow-up-status", &f.status),
                    scores: f.survey.as_ref().map(|s| {
                        format!(
                            "{} {} · {} {} · {} {} · {} {}{}",
                            tr.t("reint-economic"),
                            score(&tr, s.score.economic),
                            tr.t("reint-social"),
                            score(&tr, s.score.social),
                            tr.t("reint-psychosocial"),
                            score(&tr, s.score.psychosocial),
                            tr.t("reint-composite"),
                            score(&tr, s.score.composite),
                            if s.score.weighted {
                                String::new()
                            } else {
                                format!(" ({})", tr.t("reint-unweighted"))
                            }
                        )
                    }),
                    due,
                    overdue: due && f.due_on < today,
                }
            })
            .collect(),
        re_migrations: data
            .re_migrations
            .iter()
            .map(|m| Line {
                href: String::new(),
                title: format!(
                    "{} — {}",
                    tr.date(&m.learned_on),
                    tr.country(m.country.as_str())
                ),
                detail: m.source.clone(),
            })
            .collect(),
        levels: options(&tr, "need-level", &NeedLevel::ALL, ""),
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
        kinds: options(&tr, "plan-kind", &PlanKind::ALL, ""),
        programmes: data
            .eligible_programmes
            .iter()
            .map(|p| (p.id.to_string(), format!("{} — {}", p.code, p.name), false))
            .collect(),
        currencies: currencies
            .into_iter()
            .map(|c| (c.to_string(), c.to_string(), false))
            .collect(),
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
        providers: providers
            .iter()
            .map(|p| {
                let services: Vec<String> = p
                    .services
                    .iter()
                    .map(|s| tr.word("service-type", s.as_str()))
                    .collect();
                (
                    p.id.to_string(),
                    format!("{} ({})", p.name, services.join(", ")),
                    false,
                )
            })
            .collect(),
        services: ServiceType::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str().to_string(),
                    tr.word("service-type", s.as_str()),
                    false,
                )
            })
            .collect(),
        need_rows: ["economic", "social", "psychosocial"]
            .into_iter()
            .map(|area| NeedRow {
                area,
                label: tr.t(&format!("reint-{area}")),
                level: typed(form, "needs", &format!("{area}_level")),
                note: typed(form, "needs", &format!("{area}_note")),
            })
            .collect(),
        item_rows: item_rows(form, None),
        milestone_rows: milestone_rows(form, None),
        can_assess: actor.can(Permission::NeedsAssessmentWrite),
        can_plan: actor.can(Permission::PlanWrite),
        can_refer: actor.can(Permission::ServiceReferralWrite),
        can_follow_up: actor.can(Permission::FollowUpWrite),
    })
}

/// The item rows of a plan form: what was typed when the form comes back, else the items of
/// the plan being changed, else empty rows.
pub fn item_rows(form: &FormState, plan: Option<&Plan>) -> Vec<PlanRow> {
    let existing = plan.map(|p| p.items.as_slice()).unwrap_or_default();
    let typed_rows = (0..MAX_ROWS)
        .filter(|i| form.values.get(&format!("item_type_{i}")).is_some())
        .max()
        .map_or(0, |last| last + 1);
    let rows = if form.is("plan") {
        ITEM_ROWS.max(typed_rows + 1).min(MAX_ROWS)
    } else {
        ITEM_ROWS.max(existing.len() + 1).min(MAX_ROWS)
    };
    (0..rows)
        .map(|i| match (form.is("plan"), existing.get(i)) {
            (false, Some(item)) => PlanRow {
                i,
                item_type: item.item_type.as_str().to_string(),
                description: item.description.clone(),
                amount: item.budget.amount_text(),
                modality: crate::pages::journey::name(&item.modality),
                opportunity: item
                    .opportunity_id
                    .map(|o| o.to_string())
                    .unwrap_or_default(),
                due_on: String::new(),
            },
            _ => PlanRow {
                i,
                item_type: typed(form, "plan", &format!("item_type_{i}")),
                description: typed(form, "plan", &format!("item_description_{i}")),
                amount: typed(form, "plan", &format!("item_budget_{i}")),
                modality: typed(form, "plan", &format!("item_modality_{i}")),
                opportunity: typed(form, "plan", &format!("item_opportunity_{i}")),
                due_on: String::new(),
            },
        })
        .collect()
}

/// The milestone rows of a plan form, like [`item_rows`].
pub fn milestone_rows(form: &FormState, plan: Option<&Plan>) -> Vec<PlanRow> {
    let existing = plan.map(|p| p.milestones.as_slice()).unwrap_or_default();
    let typed_rows = (0..MAX_ROWS)
        .filter(|i| {
            form.values
                .get(&format!("milestone_description_{i}"))
                .is_some()
        })
        .max()
        .map_or(0, |last| last + 1);
    let rows = if form.is("plan") {
        MILESTONE_ROWS.max(typed_rows + 1).min(MAX_ROWS)
    } else {
        MILESTONE_ROWS.max(existing.len() + 1).min(MAX_ROWS)
    };
    (0..rows)
        .map(|i| match (form.is("plan"), existing.get(i)) {
            (false, Some(m)) => PlanRow {
                i,
                item_type: String::new(),
                description: m.description.clone(),
                amount: m.amount.amount_text(),
                modality: String::new(),
                opportunity: String::new(),
                due_on: m
                    .due_on
                    .map(bayiri_domain::person::format_iso_date)
                    .unwrap_or_default(),
            },
            _ => PlanRow {
                i,
                item_type: String::new(),
                description: typed(form, "plan", &format!("milestone_description_{i}")),
                amount: typed(form, "plan", &format!("milestone_amount_{i}")),
                modality: String::new(),
                opportunity: String::new(),
                due_on: typed(form, "plan", &format!("milestone_due_{i}")),
            },
        })
        .collect()
}

/// What the user typed in `field` of `form`, when that form is the one coming back.
fn typed(form: &FormState, name: &str, field: &str) -> String {
    if form.is(name) {
        form.value(field)
    } else {
        String::new()
    }
}

fn need(f: &FormData, area: &str) -> NeedAreaInput {
    NeedAreaInput {
        level: f
            .choice(&format!("{area}_level"))
            .unwrap_or(NeedLevel::None),
        note: f.opt(&format!("{area}_note")),
    }
}

/// Comma- or line-separated words of a text field.
fn words(f: &FormData, field: &str) -> Vec<String> {
    f.text(field)
        .split([',', '\n', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

pub async fn needs_assessment(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = NeedsAssessmentInput {
        assessed_on: f.opt("assessed_on"),
        economic: need(f, "economic"),
        social: need(f, "social"),
        psychosocial: need(f, "psychosocial"),
        skills: words(f, "skills"),
        education: f.opt("education"),
        family_situation: f.opt("family_situation"),
        priorities: f.choices("priorities"),
    };
    let result = state
        .service
        .record_needs_assessment(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "needs", "reintegration", result).await
}

/// The items and milestones of the plan form; rows left blank are not part of the plan.
pub fn plan_content(f: &FormData) -> PlanContentInput {
    let items = (0..MAX_ROWS)
        .filter_map(|i| {
            let item_type: ItemType = f.choice(&format!("item_type_{i}"))?;
            Some(PlanItemInput {
                item_type,
                description: f.text(&format!("item_description_{i}")),
                budget: f.text(&format!("item_budget_{i}")),
                modality: f
                    .choice(&format!("item_modality_{i}"))
                    .unwrap_or(Modality::Cash),
                opportunity_id: f
                    .get(&format!("item_opportunity_{i}"))
                    .and_then(|o| o.parse().ok()),
            })
        })
        .collect();
    let milestones = (0..MAX_ROWS)
        .filter(|i| {
            f.get(&format!("milestone_description_{i}")).is_some()
                || f.get(&format!("milestone_amount_{i}")).is_some()
        })
        .map(|i| MilestoneInput {
            description: f.text(&format!("milestone_description_{i}")),
            due_on: f.opt(&format!("milestone_due_{i}")),
            amount: f.text(&format!("milestone_amount_{i}")),
        })
        .collect();
    PlanContentInput {
        title: f.text("title"),
        currency: f.text("currency"),
        items,
        milestones,
    }
}

pub async fn draft_plan(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let Some(programme_id) = f.get("programme_id").and_then(|p| p.parse().ok()) else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    let input = DraftPlanInput {
        programme_id,
        kind: f.choice("kind").unwrap_or(PlanKind::Individual),
        other_cases: words(f, "other_cases"),
        content: plan_content(f),
    };
    let result = state
        .service
        .draft_plan(&posted.user.actor, id, input)
        .await;
    match result {
        Ok(plan) => Ok(crate::pages::render::see_other(&format!(
            "/plans/{}?done=plan",
            plan.id
        ))),
        Err(error) => {
            finish(
                &state,
                posted,
                id,
                "plan",
                "reintegration",
                Err::<(), _>(error),
            )
            .await
        }
    }
}

pub async fn refer(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let (Some(provider_id), Some(service)) = (
        f.get("provider_id").and_then(|p| p.parse().ok()),
        f.choice::<ServiceType>("service"),
    ) else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    let input = ReferralInput {
        provider_id,
        service,
        reason: f.text("reason"),
        plan_id: f.get("plan_id").and_then(|p| p.parse().ok()),
    };
    let result = state
        .service
        .refer_case(&posted.user.actor, id, input)
        .await;
    finish(
        &state,
        posted,
        id,
        "service_referral",
        "reintegration",
        result,
    )
    .await
}

pub async fn re_migration(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = ReMigrationInput {
        country: f.text("country").to_uppercase(),
        learned_on: f.opt("learned_on"),
        source: f.text("source"),
        note: f.opt("note"),
    };
    let result = state
        .service
        .record_re_migration(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "re_migration", "reintegration", result).await
}
