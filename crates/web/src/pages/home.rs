//! Home: the user's work queue.

use super::render::{Chrome, Failure, ok};
use super::session::PageUser;
use crate::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use bayiri_domain::access::Permission;
use bayiri_service::views::CaseListItem;

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    c: Chrome,
    mine: Vec<(String, String, String)>,
    mine_total: String,
    overdue: Vec<Row>,
    recent: Vec<Row>,
    /// Whether to point to the review of possible duplicate persons.
    can_review_duplicates: bool,
    /// Follow-ups past their date: (link, case number, what is due, how late).
    follow_ups: Vec<(String, String, String, String)>,
    shows_follow_ups: bool,
}

/// A case as a row of a list, already in the user's language.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub number: String,
    pub name: String,
    pub category: String,
    pub stage: String,
    pub priority: String,
    pub priority_label: String,
    pub route: String,
    pub since: String,
    pub updated: String,
}

impl Row {
    pub fn of(item: &CaseListItem, c: &Chrome) -> Self {
        let tr = &c.tr;
        Self {
            id: item.id.to_string(),
            number: item.number.to_string(),
            name: item.principal_name.clone(),
            category: tr.word("category", item.category.as_str()),
            stage: tr.word("stage", item.stage.as_str()),
            priority: item.priority.as_str().to_string(),
            priority_label: tr.word("priority", item.priority.as_str()),
            route: format!(
                "{} → {}",
                tr.country(item.host_country.as_str()),
                tr.country(item.return_country.as_str())
            ),
            since: tr.date(&item.stage_entered_at.date()),
            updated: tr.datetime(&item.updated_at),
        }
    }
}

pub async fn page(State(state): State<AppState>, user: PageUser) -> Result<Response, Failure> {
    if !user.actor.can(Permission::CaseRead) {
        // Roles without case access have no queue; their work is elsewhere.
        let elsewhere = if user.actor.can(Permission::ServiceReferralRespond) {
            "/referrals"
        } else if user.actor.can(Permission::OperationRead) {
            "/operations"
        } else if user.actor.can(Permission::IndicatorRead) {
            "/indicators"
        } else {
            "/account"
        };
        return Ok(Redirect::to(elsewhere).into_response());
    }
    let queue = state
        .service
        .work_queue(&user.actor)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user.chrome("home-title", "home");
    let mine = queue
        .mine_by_stage
        .iter()
        .map(|(stage, count)| {
            (
                stage.as_str().to_string(),
                c.tr.word("stage", stage.as_str()),
                c.tr.number(*count),
            )
        })
        .collect();
    let mine_total = c.tr.tn(
        "home-mine-all",
        queue.mine_by_stage.iter().map(|(_, n)| n).sum(),
    );
    let overdue = queue.overdue.iter().map(|i| Row::of(i, &c)).collect();
    let recent = queue
        .recently_changed
        .iter()
        .map(|i| Row::of(i, &c))
        .collect();
    let follow_ups = queue
        .overdue_follow_ups
        .iter()
        .map(|item| {
            (
                format!("/follow-ups/{}", item.follow_up.id),
                item.case_number.clone(),
                format!(
                    "{} — {}",
                    c.tr.tn("reint-month", i64::from(item.follow_up.month)),
                    c.tr.date(&item.follow_up.due_on)
                ),
                c.tr.tn("reint-days-late", item.days_overdue),
            )
        })
        .collect();
    Ok(ok(&Home {
        shows_follow_ups: user.actor.can(Permission::FollowUpWrite),
        follow_ups,
        can_review_duplicates: user.actor.can(Permission::DuplicateReview),
        c,
        mine,
        mine_total,
        overdue,
        recent,
    }))
}
