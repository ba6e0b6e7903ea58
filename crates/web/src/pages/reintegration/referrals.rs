//! Referrals to service providers: a provider's inbox, and one referral with its exchange of
//! messages, seen from either side. A provider's user sees what the referral needs — the
//! returnee's name, languages, phone, place of return and the reason — and nothing of the case.

use crate::AppState;
use crate::pages::formstate::FormState;
use crate::pages::journey::{options, redisplay, word};
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{PageUser, Posted};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::ids::ReferralId;
use bayiri_domain::reintegration::referral::{Feedback, ReferralStatus, ServiceReferral, Side};
use bayiri_service::reintegration::ReferralAnswer;
use serde::Deserialize;

type Choice = (String, String, bool);

pub struct InboxRow {
    pub id: String,
    pub person: String,
    pub service: String,
    pub status: String,
    pub sent: String,
    pub waiting: bool,
}

#[derive(Template)]
#[template(path = "reint_referrals.html")]
struct InboxPage {
    c: Chrome,
    found: String,
    rows: Vec<InboxRow>,
    statuses: Vec<Choice>,
}

#[derive(Debug, Deserialize)]
pub struct InboxQuery {
    status: Option<String>,
}

pub async fn inbox(
    State(state): State<AppState>,
    user: PageUser,
    Query(query): Query<InboxQuery>,
) -> Result<Response, Failure> {
    let status = query.status.as_deref().and_then(ReferralStatus::parse);
    let referrals = state
        .service
        .referral_inbox(&user.actor, status)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user.chrome("reint-inbox-title", "referrals");
    let tr = c.tr;
    let rows: Vec<InboxRow> = referrals
        .iter()
        .map(|r| InboxRow {
            id: r.id.to_string(),
            person: r.person.name.clone(),
            service: tr.word("service-type", r.service.as_str()),
            status: word(&tr, "referral-status", &r.status),
            sent: tr.datetime(&r.sent.at),
            waiting: r.status == ReferralStatus::Sent,
        })
        .collect();
    let selected = status.map(|s| s.as_str()).unwrap_or_default();
    Ok(page(
        StatusCode::OK,
        &InboxPage {
            found: tr.tn("reint-referrals-found", rows.len() as i64),
            statuses: options(&tr, "referral-status", &ReferralStatus::ALL, selected),
            c,
            rows,
        },
    ))
}

#[derive(Template)]
#[template(path = "reint_referral.html")]
struct ReferralPage {
    c: Chrome,
    id: String,
    version: i64,
    title: String,
    status: String,
    facts: Vec<(String, String)>,
    /// For the referring organisation: the case, to go back to it.
    case: Option<(String, String)>,
    exchange: Vec<(String, String, String)>,
    is_provider: bool,
    can_accept: bool,
    can_complete: bool,
    can_write: bool,
    form: FormState,
}

fn exchange_line(
    tr: &crate::pages::i18n::Tr,
    label: &str,
    feedback: &Feedback,
    provider: &str,
) -> (String, String, String) {
    let from = match feedback.from {
        Side::Provider => provider.to_string(),
        Side::Referrer => tr.t("reint-referrer"),
    };
    (
        tr.datetime(&feedback.recorded.at),
        format!("{label} — {from}"),
        feedback.text.clone(),
    )
}

async fn render(
    state: &AppState,
    user: &PageUser,
    id: ReferralId,
    form: FormState,
    status: StatusCode,
    notice: Option<String>,
) -> Result<Response, Failure> {
    let referral: ServiceReferral = state
        .service
        .referral(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let is_provider = referral.provider_organisation == user.actor.organisation()
        && user.actor.can(Permission::ServiceReferralRespond);
    let c = user
        .chrome(
            "reint-referral-title",
            if is_provider { "referrals" } else { "cases" },
        )
        .with_notice(notice);
    let tr = c.tr;
    let service = tr.word("service-type", referral.service.as_str());
    let person = &referral.person;
    let mut facts = vec![
        (tr.t("reint-returnee"), person.name.clone()),
        (tr.t("reint-service"), service.clone()),
        (tr.t("reint-provider"), referral.provider_name.clone()),
        (tr.t("reint-sent-on"), tr.datetime(&referral.sent.at)),
    ];
    if !person.languages.is_empty() {
        let names: Vec<&str> = person
            .languages
            .iter()
            .map(|code| {
                crate::pages::case_page::LANGUAGES
                    .iter()
                    .find(|(c, _)| c == code)
                    .map_or(code.as_str(), |(_, name)| *name)
            })
            .collect();
        facts.push((tr.t("field-languages"), names.join(", ")));
    }
    if let Some(phone) = &person.phone {
        facts.push((tr.t("reint-phone"), phone.clone()));
    }
    if let Some(place) = &person.locality {
        facts.push((tr.t("reint-place"), place.clone()));
    }
    facts.push((tr.t("reint-referral-reason"), referral.reason.clone()));
    let mut exchange = Vec::new();
    if let Some(response) = &referral.response {
        let label = match referral.status {
            ReferralStatus::Declined => tr.t("reint-declined"),
            _ => tr.t("reint-accepted"),
        };
        exchange.push(exchange_line(
            &tr,
            &label,
            response,
            &referral.provider_name,
        ));
    }
    for message in &referral.messages {
        exchange.push(exchange_line(
            &tr,
            &tr.t("reint-message"),
            message,
            &referral.provider_name,
        ));
    }
    if let Some(completion) = &referral.completion {
        exchange.push(exchange_line(
            &tr,
            &tr.t("reint-completed"),
            completion,
            &referral.provider_name,
        ));
    }
    exchange.sort();
    let body = ReferralPage {
        id: referral.id.to_string(),
        version: referral.version,
        title: format!("{service} — {}", person.name),
        status: word(&tr, "referral-status", &referral.status),
        facts,
        case: (!is_provider).then(|| (referral.case_id.to_string(), referral.case_number.clone())),
        exchange,
        is_provider,
        can_accept: is_provider && referral.status == ReferralStatus::Sent,
        can_complete: is_provider && referral.status == ReferralStatus::Accepted,
        can_write: matches!(
            referral.status,
            ReferralStatus::Sent | ReferralStatus::Accepted
        ),
        form,
        c,
    };
    Ok(page(status, &body))
}

#[derive(Debug, Deserialize)]
pub struct DetailQuery {
    done: Option<String>,
}

fn referral_id(raw: &str, user: &PageUser) -> Result<ReferralId, Failure> {
    raw.parse().map_err(|_| Failure::NotFound(user.lang))
}

pub async fn detail(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
    Query(query): Query<DetailQuery>,
) -> Result<Response, Failure> {
    let id = referral_id(&id, &user)?;
    let notice = query
        .done
        .map(|key| crate::pages::i18n::Tr::new(user.lang).t(&format!("done-referral-{key}")));
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

/// Accept, decline, complete, or write a message (the button pressed says which).
pub async fn answer(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = referral_id(&id, &posted.user)?;
    let f = &posted.form;
    let action = f.text("action");
    if !matches!(
        action.as_str(),
        "accept" | "decline" | "complete" | "message"
    ) {
        return Err(Failure::BadRequest(posted.user.lang));
    }
    let Some(expected_version) = f.get("expected_version").and_then(|v| v.parse().ok()) else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    let answer = ReferralAnswer {
        expected_version,
        action: action.clone(),
        text: f.text("text"),
    };
    let result = state
        .service
        .answer_referral(&posted.user.actor, id, answer)
        .await;
    let tr = crate::pages::i18n::Tr::new(posted.user.lang);
    match result {
        Ok(_) => Ok(see_other(&format!("/referrals/{id}?done={action}"))),
        Err(error) => {
            let (state_of_form, status) = redisplay("answer", posted.form.clone(), error, &tr)?;
            render(&state, &posted.user, id, state_of_form, status, None).await
        }
    }
}
