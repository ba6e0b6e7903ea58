//! The forms of the case page. Each posts to the service; on success the browser is sent back
//! to the case (Post/Redirect/Get) with a notice, on bad input the page comes back with the
//! form open, what was typed, and a message beside each wrong field.

use super::case_page;
use super::form::FormData;
use super::formstate::FormState;
use super::render::{Failure, see_other};
use super::session::Posted;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::case::*;
use bayiri_domain::ids::{CaseId, RecordId};
use bayiri_domain::person::GuardianInput;
use bayiri_domain::screening::ScreeningAnswers;
use bayiri_service::{ServiceError, TransitionInput};

pub(crate) fn case_id(raw: &str, posted: &Posted) -> Result<CaseId, Failure> {
    raw.parse().map_err(|_| Failure::NotFound(posted.user.lang))
}

fn required<T>(value: Option<T>, posted: &Posted) -> Result<T, Failure> {
    value.ok_or(Failure::BadRequest(posted.user.lang))
}

/// Turns the outcome of a use case into the next page.
pub(crate) async fn finish<T>(
    state: &AppState,
    posted: Posted,
    id: CaseId,
    form: &str,
    section: &str,
    result: Result<T, ServiceError>,
) -> Result<Response, Failure> {
    let tr = super::i18n::Tr::new(posted.user.lang);
    let (state_of_form, status) = match result {
        Ok(_) => return Ok(see_other(&format!("/cases/{id}?done={form}#{section}"))),
        Err(ServiceError::Invalid(errors)) => (
            FormState::invalid(form, posted.form, &errors, &tr),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ServiceError::GuardsUnmet { .. }) => (
            FormState::failed(form, posted.form, tr.t("case-error-guards-unmet")),
            StatusCode::CONFLICT,
        ),
        Err(ServiceError::Case(error)) => {
            let key = format!("case-error-{}", error.code().replace('_', "-"));
            (
                FormState::failed(form, posted.form, tr.t(&key)),
                StatusCode::CONFLICT,
            )
        }
        Err(ServiceError::Refused { code, message }) => (
            FormState::failed(
                form,
                posted.form,
                super::journey::translated(
                    &tr,
                    &format!("refusal-{}", code.replace('_', "-")),
                    &message,
                ),
            ),
            StatusCode::CONFLICT,
        ),
        Err(ServiceError::VersionConflict { .. }) => (
            FormState::failed(form, posted.form, tr.t("error-version-conflict")),
            StatusCode::CONFLICT,
        ),
        Err(error @ ServiceError::OverCeiling { .. }) => {
            match super::reintegration::over_ceiling(form, &posted.form, &error, &tr) {
                Some(state) => (state, StatusCode::CONFLICT),
                None => return Err(Failure::Service(error, posted.user.lang)),
            }
        }
        Err(other) => return Err(Failure::Service(other, posted.user.lang)),
    };
    case_page::render(state, &posted.user, id, state_of_form, status, None).await
}

pub async fn move_case(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = TransitionInput {
        to: required(f.get("to").and_then(Stage::parse), &posted)?,
        closure_reason: f.get("closure_reason").and_then(ClosureReason::parse),
        reason: f.opt("reason"),
        expected_version: f.get("expected_version").and_then(|v| v.parse().ok()),
    };
    let form = if input.to == Stage::Closed {
        "close"
    } else {
        "move"
    };
    let result = state
        .service
        .transition_case(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, form, "moves", result).await
}

pub async fn reopen(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let version = posted
        .form
        .get("expected_version")
        .and_then(|v| v.parse().ok());
    let reason = posted.form.opt("reason");
    let result = state
        .service
        .reopen_case(&posted.user.actor, id, reason.as_deref(), version)
        .await;
    finish(&state, posted, id, "reopen", "moves", result).await
}

pub async fn counselling(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = CounsellingInput {
        held_on: f.text("held_on"),
        mode: required(f.choice("mode"), &posted)?,
        language: f.text("language"),
        interpreter: f.opt("interpreter"),
        topics: f.choices("topics").into_iter().collect(),
        notes: f.opt("notes"),
    };
    let result = state
        .service
        .record_counselling(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "counselling", "counselling", result).await
}

pub async fn consent(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = ConsentInput {
        purpose: required(f.choice("purpose"), &posted)?,
        scope: f.opt("scope"),
        given_on: f.text("given_on"),
        method: required(f.choice("method"), &posted)?,
        witness: f.opt("witness"),
        language: f.text("language"),
        interpreter: f.opt("interpreter"),
    };
    let result = state
        .service
        .record_consent(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "consent", "consents", result).await
}

pub async fn withdraw_consent(
    State(state): State<AppState>,
    Path((id, consent)): Path<(String, String)>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let consent: RecordId = consent
        .parse()
        .map_err(|_| Failure::NotFound(posted.user.lang))?;
    let outcome = required(posted.form.choice("outcome"), &posted)?;
    let reason = posted.form.opt("reason");
    let result = state
        .service
        .withdraw_consent(&posted.user.actor, id, consent, outcome, reason.as_deref())
        .await;
    finish(&state, posted, id, "withdraw", "consents", result).await
}

fn screening_answers(f: &FormData) -> ScreeningAnswers {
    ScreeningAnswers {
        under_18: f.tristate("under_18"),
        with_parent_or_usual_caregiver: f.tristate("with_parent_or_usual_caregiver"),
        trafficking_indicators: f.choices("trafficking_indicators").into_iter().collect(),
        identified_victim_of_trafficking: f.checked("identified_victim_of_trafficking"),
        disability: f.checked("disability"),
        uses_wheelchair: f.checked("uses_wheelchair"),
        serious_medical_condition: f.checked("serious_medical_condition"),
        needs_medical_escort: f.checked("needs_medical_escort"),
        pregnant: f.checked("pregnant"),
        single_woman_or_female_head_of_household: f
            .checked("single_woman_or_female_head_of_household"),
        survivor_of_violence_or_torture: f.checked("survivor_of_violence_or_torture"),
        needs_interpreter: f.checked("needs_interpreter"),
        accommodation_on_arrival: f.tristate("accommodation_on_arrival"),
    }
}

pub async fn screening(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let answers = screening_answers(&posted.form);
    let result = state
        .service
        .record_screening(&posted.user.actor, id, answers)
        .await;
    finish(&state, posted, id, "screening", "needs-title", result).await
}

pub async fn raise_concern(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let input = ProtectionConcernInput {
        kind: required(posted.form.choice("kind"), &posted)?,
        description: posted.form.text("description"),
    };
    let result = state
        .service
        .raise_protection_concern(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "concern", "concerns", result).await
}

pub async fn close_concern(
    State(state): State<AppState>,
    Path((id, concern)): Path<(String, String)>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let concern: RecordId = concern
        .parse()
        .map_err(|_| Failure::NotFound(posted.user.lang))?;
    let resolution = posted.form.text("resolution");
    let result = state
        .service
        .close_protection_concern(&posted.user.actor, id, concern, resolution)
        .await;
    finish(&state, posted, id, "concern_close", "concerns", result).await
}

pub async fn referral(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = ReferralInput {
        service: required(f.choice("service"), &posted)?,
        provider: f.text("provider"),
        sent_on: f.text("sent_on"),
        note: f.opt("note"),
    };
    let result = state
        .service
        .record_referral(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "referral", "referrals", result).await
}

pub async fn guardian(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = GuardianInput {
        name: f.text("name"),
        kind: required(f.choice("kind"), &posted)?,
        organisation: f.opt("organisation"),
        contact: f.opt("contact"),
    };
    let result = state
        .service
        .appoint_guardian(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "guardian", "child", result).await
}

pub async fn best_interests(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = BestInterestsInput {
        assessed_on: f.text("assessed_on"),
        assessed_by: f.text("assessed_by"),
        outcome: required(f.choice("outcome"), &posted)?,
        summary: f.opt("summary"),
    };
    let result = state
        .service
        .record_best_interests(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "best_interests", "child", result).await
}

pub async fn travel_document(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = TravelDocumentInput {
        kind: required(f.choice("kind"), &posted)?,
        number: f.text("number"),
        issuing_country: f.text("issuing_country"),
        issued_on: f.text("issued_on"),
        expires_on: f.text("expires_on"),
    };
    let result = state
        .service
        .record_travel_document(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "document", "documents", result).await
}

pub async fn return_decision(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = case_id(&id, &posted)?;
    let f = &posted.form;
    let input = ReturnDecisionInput {
        reference: f.text("reference"),
        authority: f.text("authority"),
        decided_on: f.text("decided_on"),
    };
    let result = state
        .service
        .record_return_decision(&posted.user.actor, id, input)
        .await;
    finish(&state, posted, id, "decision", "decision", result).await
}
