//! The audit log, for data-protection officers.

use super::render::{Chrome, Failure, ok};
use super::session::PageUser;
use crate::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use bayiri_service::AuditFilter;
use serde::Deserialize;

#[derive(Debug, Deserialize, Default)]
pub struct AuditQuery {
    action: Option<String>,
    target: Option<String>,
    from: Option<String>,
    to: Option<String>,
    before: Option<String>,
}

pub struct EntryRow {
    pub when: String,
    pub who: String,
    pub action: String,
    pub target: String,
    pub correlation: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    c: Chrome,
    actions: Vec<(String, String, bool)>,
    target: String,
    from: String,
    to: String,
    entries: Vec<EntryRow>,
    next: Option<String>,
}

const ACTIONS: &[&str] = &[
    "case.read_sensitive",
    "case.create",
    "case.update",
    "case.transition",
    "case.reopen",
    "case.counselling_record",
    "case.consent_record",
    "case.consent_withdraw",
    "case.screening_record",
    "case.protection_concern_raise",
    "case.protection_concern_close",
    "case.referral_record",
    "case.guardian_appoint",
    "case.best_interests_record",
    "case.travel_document_record",
    "case.return_decision_record",
    "person.create",
    "person.update",
    "user.create",
    "user.disable",
    "user.set_language",
    "auth.login",
    "auth.login_failed",
    "auth.logout",
    "auth.logout_everywhere",
    "auth.password_changed",
];

fn day(raw: Option<&str>, end: bool) -> Option<time::OffsetDateTime> {
    let date = bayiri_domain::person::parse_iso_date(raw?.trim())?;
    let date = if end { date.next_day()? } else { date };
    Some(date.midnight().assume_utc())
}

pub async fn page(
    State(state): State<AppState>,
    user: PageUser,
    Query(query): Query<AuditQuery>,
) -> Result<Response, Failure> {
    let filter = AuditFilter {
        actor: None,
        action: query.action.clone().filter(|a| !a.is_empty()),
        target_id: query
            .target
            .clone()
            .filter(|t| !t.trim().is_empty())
            .map(|t| t.trim().to_string()),
        from: day(query.from.as_deref(), false),
        to: day(query.to.as_deref(), true),
        before: query.before.as_deref().and_then(|b| b.parse().ok()),
        limit: 50,
    };
    let entries = state
        .service
        .audit_log(&user.actor, filter)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let names = state
        .service
        .user_names(&user.actor)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user.chrome("audit-title", "audit");
    let next = (entries.len() == 50).then(|| {
        let last = entries.last().map(|e| e.id.to_string()).unwrap_or_default();
        let params = [
            ("action", query.action.clone().unwrap_or_default()),
            ("target", query.target.clone().unwrap_or_default()),
            ("from", query.from.clone().unwrap_or_default()),
            ("to", query.to.clone().unwrap_or_default()),
            ("before", last),
        ];
        format!(
            "/audit?{}",
            serde_urlencoded::to_string(params).unwrap_or_default()
        )
    });
    let rows = entries
        .iter()
        .map(|e| EntryRow {
            when: c.tr.datetime(&e.at),
            who: e
                .actor
                .and_then(|a| names.get(&a).cloned())
                .unwrap_or_else(|| c.t("system")),
            action: c.tr.word("action", &e.action.replace('.', "-")),
            target: format!(
                "{} {}",
                e.target_kind,
                e.target_id.clone().unwrap_or_default()
            ),
            correlation: e.correlation_id.clone().unwrap_or_default(),
        })
        .collect();
    let selected = query.action.clone().unwrap_or_default();
    Ok(ok(&AuditPage {
        actions: ACTIONS
            .iter()
            .map(|a| {
                (
                    a.to_string(),
                    c.tr.word("action", &a.replace('.', "-")),
                    *a == selected,
                )
            })
            .collect(),
        target: query.target.unwrap_or_default(),
        from: query.from.unwrap_or_default(),
        to: query.to.unwrap_or_default(),
        entries: rows,
        next,
        c,
    }))
}
