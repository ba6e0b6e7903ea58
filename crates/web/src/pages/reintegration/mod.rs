//! The pages of reintegration: the reintegration section of the case page (needs assessment,
//! plans, referrals to the directory, follow-ups, re-migration), the plan page with its
//! approval and tranches, programmes and their budgets, the service directory, opportunities,
//! a provider's referral inbox, and the follow-up survey.

pub mod case_section;
mod directory;
mod opportunities;
mod plans;
mod programmes;
mod referrals;
mod survey;

use super::form::FormData;
use super::formstate::FormState;
use super::i18n::{Lang, Tr};
use crate::AppState;
use axum::Router;
use axum::routing::{get, post};
use bayiri_domain::Money;
use bayiri_domain::reintegration::plan::CeilingBreach;
use bayiri_service::ServiceError;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/cases/{id}/needs-assessments",
            post(case_section::needs_assessment),
        )
        .route("/cases/{id}/plans", post(case_section::draft_plan))
        .route("/cases/{id}/service-referrals", post(case_section::refer))
        .route(
            "/cases/{id}/re-migrations",
            post(case_section::re_migration),
        )
        .route("/plans", get(plans::to_approve))
        .route("/plans/{id}", get(plans::page_handler))
        .route("/plans/{id}/revise", post(plans::revise))
        .route("/plans/{id}/submit", post(plans::submit))
        .route("/plans/{id}/approve", post(plans::approve))
        .route("/plans/{id}/return", post(plans::send_back))
        .route("/plans/{id}/milestones", post(plans::milestone))
        .route("/plans/{id}/tranches", post(plans::tranche))
        .route(
            "/plans/{id}/attachments/{attachment}",
            get(plans::attachment),
        )
        .route(
            "/programmes",
            get(programmes::list).post(programmes::create),
        )
        .route(
            "/programmes/{id}",
            get(programmes::edit).post(programmes::update),
        )
        .route(
            "/directory",
            get(directory::providers).post(directory::add_provider),
        )
        .route(
            "/directory/{id}",
            get(directory::edit_provider).post(directory::update_provider),
        )
        .route(
            "/opportunities",
            get(opportunities::list).post(opportunities::add),
        )
        .route(
            "/opportunities/{id}",
            get(opportunities::edit).post(opportunities::update),
        )
        .route("/referrals", get(referrals::inbox))
        .route(
            "/referrals/{id}",
            get(referrals::detail).post(referrals::answer),
        )
        .route("/follow-ups/{id}", get(survey::form).post(survey::record))
}

/// An amount in the user's language: digits grouped, the currency's decimals, its code.
pub fn money(tr: &Tr, amount: &Money) -> String {
    let text = amount.amount_text();
    let (whole, decimals) = text.split_once('.').unwrap_or((&text, ""));
    let grouped = tr.number(whole.parse().unwrap_or_default());
    let grouped = if whole.starts_with("-0") {
        format!("-{grouped}")
    } else {
        grouped
    };
    let point = match tr.lang {
        Lang::En => ".",
        Lang::Ar => "٫",
        Lang::Fr | Lang::Pt | Lang::Es => ",",
    };
    if decimals.is_empty() {
        format!("{grouped} {}", amount.currency.as_str())
    } else {
        format!("{grouped}{point}{decimals} {}", amount.currency.as_str())
    }
}

/// A score in [0, 1] as the page shows it: two decimals, or "not scored" when missing.
pub fn score(tr: &Tr, value: Option<f64>) -> String {
    match value {
        Some(v) => format!("{v:.2}"),
        None => tr.t("reint-not-scored"),
    }
}

/// One breached ceiling in plain words.
fn breach_text(tr: &Tr, breach: &CeilingBreach) -> String {
    let planned = money(tr, &breach.planned);
    let allowed = money(tr, &breach.allowed);
    match breach.rule {
        "per_person" => tr.ta(
            "reint-breach-per-person",
            &[("planned", &planned), ("allowed", &allowed)],
        ),
        "item_type" => {
            let item = breach
                .item_type
                .map(|t| tr.word("item-type", t.as_str()))
                .unwrap_or_default();
            tr.ta(
                "reint-breach-item-type",
                &[
                    ("planned", &planned),
                    ("allowed", &allowed),
                    ("item", &item),
                ],
            )
        }
        _ => tr.ta(
            "reint-breach-cash",
            &[("planned", &planned), ("allowed", &allowed)],
        ),
    }
}

/// Failures of reintegration forms that the journey's form handling does not know: a plan
/// over the programme's ceilings names every ceiling it breaks.
pub fn over_ceiling(
    form_name: &str,
    values: &FormData,
    error: &ServiceError,
    tr: &Tr,
) -> Option<FormState> {
    let ServiceError::OverCeiling { breaches } = error else {
        return None;
    };
    let reasons: Vec<String> = breaches.iter().map(|b| breach_text(tr, b)).collect();
    Some(FormState::failed(
        form_name,
        values.clone(),
        format!("{} {}", tr.t("reint-over-ceiling"), reasons.join(" · ")),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bayiri_domain::money::Currency;

    #[test]
    fn amounts_are_grouped_in_the_users_language() {
        let xof = Currency::parse("XOF").expect("XOF is a currency");
        let ghs = Currency::parse("GHS").expect("GHS is a currency");
        assert_eq!(
            money(&Tr::new(Lang::En), &Money::new(650_000, xof)),
            "650,000 XOF"
        );
        assert_eq!(
            money(&Tr::new(Lang::Fr), &Money::new(125_050, ghs)),
            "1\u{202f}250,50 GHS"
        );
        assert_eq!(money(&Tr::new(Lang::En), &Money::new(-5, ghs)), "-0.05 GHS");
    }
}
