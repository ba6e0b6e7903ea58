//! Duplicate persons: the candidates shown before a registration is saved, a person's possible
//! duplicates with the reasons, the decisions (same person / different persons), merges and
//! their reversal, and the review queue.

use super::form::FormData;
use super::i18n::{Lang, Tr};
use super::render::{Chrome, Failure, page, see_other};
use super::session::{PageUser, Posted};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::duplicates::DuplicateVerdict;
use bayiri_domain::ids::{MergeId, PersonId};
use bayiri_domain::person::DatePrecision;
use bayiri_service::views::PersonSummary;
use bayiri_service::{
    DecisionInput, DuplicateCandidate, MergeInput, PersonDuplicates, RevertInput, ServiceError,
};
use serde::Deserialize;

/// One field's part in a candidate's score, in the user's words.
pub struct ReasonRow {
    pub field: String,
    pub level: String,
    pub weight: String,
    pub positive: bool,
}

/// A candidate, ready for a template.
pub struct CandidateRow {
    pub id: String,
    pub name: String,
    pub original: Option<String>,
    pub facts: String,
    pub cases: Vec<(String, String, String)>,
    pub probability: String,
    pub assessment: String,
    pub assessment_code: String,
    pub swapped: bool,
    pub reasons: Vec<ReasonRow>,
}

/// A number with one decimal, with the language's decimal mark and an explicit sign.
fn bits(tr: &Tr, value: f64) -> String {
    let text = format!("{value:+.1}");
    match tr.lang {
        Lang::En => text,
        Lang::Ar => text.replace('.', "٫"),
        Lang::Fr | Lang::Pt | Lang::Es => text.replace('.', ","),
    }
}

fn percent(tr: &Tr, probability: f64) -> String {
    // Never round a 99.7 % up to a certainty nobody has.
    let shown = (probability * 1000.0).floor() / 10.0;
    let text = if shown >= 99.9 {
        "99.9".to_string()
    } else {
        format!("{shown:.1}")
    };
    let text = match tr.lang {
        Lang::En => text,
        Lang::Ar => text.replace('.', "٫"),
        _ => text.replace('.', ","),
    };
    match tr.lang {
        Lang::Fr => format!("{text}\u{202f}%"),
        _ => format!("{text} %"),
    }
}

pub fn person_facts(tr: &Tr, person: &PersonSummary, registered_in: Option<&str>) -> String {
    let mut parts = vec![tr.word("sex", enum_name(&person.sex).as_str())];
    if let Some(dob) = person.date_of_birth {
        let born = match dob.precision() {
            DatePrecision::Exact => tr.date(&dob.date()),
            DatePrecision::YearOnly | DatePrecision::Estimated => dob.year().to_string(),
        };
        parts.push(tr.ta("dup-born", &[("date", &born)]));
    }
    if let Some(country) = person.nationality.best_known() {
        parts.push(tr.country(country.as_str()));
    }
    if let Some(country) = registered_in {
        parts.push(tr.ta("dup-registered-in", &[("country", &tr.country(country))]));
    }
    parts.join(" · ")
}

fn enum_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

impl CandidateRow {
    pub fn of(tr: &Tr, candidate: &DuplicateCandidate) -> Self {
        // Strongest evidence first, whichever way it points.
        let mut reasons: Vec<(f64, ReasonRow)> = candidate
            .fields
            .iter()
            .filter(|f| f.level != "missing")
            .map(|f| {
                let row = ReasonRow {
                    field: tr.t(&format!("dup-field-{}", f.field.replace('_', "-"))),
                    level: tr.t(&format!("dup-level-{}", f.level.replace('_', "-"))),
                    weight: bits(tr, f.weight),
                    positive: f.weight >= 0.0,
                };
                (f.weight.abs(), row)
            })
            .collect();
        reasons.sort_by(|a, b| b.0.total_cmp(&a.0));
        let person = &candidate.person;
        Self {
            id: person.id.to_string(),
            name: person.display_name.clone(),
            original: person.original_script_name.clone(),
            facts: person_facts(tr, person, Some(candidate.registered_in.as_str())),
            cases: candidate
                .cases
                .iter()
                .map(|c| {
                    (
                        format!("/cases/{}", c.id),
                        c.number.to_string(),
                        tr.word("stage", c.stage.as_str()),
                    )
                })
                .collect(),
            probability: percent(tr, candidate.match_probability),
            assessment: tr.t(&format!(
                "dup-assessment-{}",
                candidate.assessment.replace('_', "-")
            )),
            assessment_code: candidate.assessment.clone(),
            swapped: candidate.names_swapped,
            reasons: reasons.into_iter().map(|(_, r)| r).collect(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A person's duplicates

#[derive(Template)]
#[template(path = "person_duplicates.html")]
struct PersonDuplicatesPage {
    c: Chrome,
    person_id: String,
    name: String,
    facts: String,
    merged_into: Option<String>,
    can_review: bool,
    candidates: Vec<CandidateRow>,
    decisions: Vec<DecisionRow>,
    merges: Vec<MergeRow>,
    error: Option<String>,
}

struct DecisionRow {
    other_id: String,
    other_name: String,
    verdict: String,
    same: bool,
    /// Either record is merged: nothing left to decide or merge.
    settled: bool,
    note: Option<String>,
    when: String,
}

struct MergeRow {
    id: String,
    kept_id: String,
    kept_name: String,
    merged_id: String,
    merged_name: String,
    cases: String,
    reason: Option<String>,
    when: String,
    reverted: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct DoneQuery {
    pub done: Option<String>,
}

pub async fn person_page(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, Failure> {
    let id: PersonId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    render_person(
        &state,
        &user,
        id,
        query.done.as_deref(),
        None,
        StatusCode::OK,
    )
    .await
}

async fn render_person(
    state: &AppState,
    user: &PageUser,
    id: PersonId,
    done: Option<&str>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, Failure> {
    let service = &state.service;
    let person = service
        .get_person(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let found: PersonDuplicates = service
        .person_duplicates(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let tr = Tr::new(user.lang);
    let notice = match done {
        Some("same_person") => Some(tr.t("dup-done-same-person")),
        Some("different_persons") => Some(tr.t("dup-done-different-persons")),
        Some("merged") => Some(tr.t("dup-done-merged")),
        Some("reverted") => Some(tr.t("dup-done-reverted")),
        _ => None,
    };
    let c = user
        .chrome("dup-person-title", "cases")
        .with_title(person.display_name())
        .with_notice(notice);
    let tr = c.tr;
    let summary = PersonSummary::of(&person);
    let page_data = PersonDuplicatesPage {
        person_id: id.to_string(),
        name: person.display_name(),
        facts: person_facts(&tr, &summary, Some(person.registered_in.as_str())),
        merged_into: person.merged_into.map(|p| p.to_string()),
        can_review: user.actor.can(Permission::DuplicateReview),
        candidates: found
            .candidates
            .iter()
            .map(|c| CandidateRow::of(&tr, c))
            .collect(),
        decisions: found
            .decisions
            .iter()
            .map(|d| DecisionRow {
                other_id: d.other.id.to_string(),
                other_name: d.other.display_name.clone(),
                verdict: tr.t(&format!(
                    "dup-verdict-{}",
                    d.verdict.as_str().replace('_', "-")
                )),
                same: d.verdict == DuplicateVerdict::SamePerson,
                settled: d.other_merged_into.is_some() || person.merged_into.is_some(),
                note: d.note.clone(),
                when: tr.datetime(&d.decided.at),
            })
            .collect(),
        merges: found
            .merges
            .iter()
            .map(|m| MergeRow {
                id: m.id.to_string(),
                kept_id: m.kept.id.to_string(),
                kept_name: m.kept.display_name.clone(),
                merged_id: m.merged.id.to_string(),
                merged_name: m.merged.display_name.clone(),
                cases: tr.tn("dup-merge-cases", m.moved_cases.len() as i64),
                reason: m.reason.clone(),
                when: tr.datetime(&m.recorded.at),
                reverted: m.reversal.as_ref().map(|r| {
                    tr.ta(
                        "dup-merge-reverted",
                        &[
                            ("date", &tr.datetime(&r.recorded.at)),
                            ("reason", &r.reason),
                        ],
                    )
                }),
            })
            .collect(),
        error,
        c,
    };
    Ok(page(status, &page_data))
}

fn person_id(raw: &str, lang: Lang) -> Result<PersonId, Failure> {
    raw.parse().map_err(|_| Failure::NotFound(lang))
}

/// Turns a refused review action into the person's page with the reason shown.
async fn refused(
    state: &AppState,
    posted: &Posted,
    id: PersonId,
    error: ServiceError,
) -> Result<Response, Failure> {
    let tr = Tr::new(posted.user.lang);
    let message = match &error {
        ServiceError::MergeRefused(refusal) => {
            tr.t(&format!("dup-refused-{}", refusal.code().replace('_', "-")))
        }
        ServiceError::Invalid(errors) => errors
            .iter()
            .map(|e| super::formstate::error_text(&tr, e.code, &e.message))
            .collect::<Vec<_>>()
            .join(" "),
        ServiceError::VersionConflict { .. } => tr.t("error-version-conflict"),
        ServiceError::Case(e) => tr.t(&format!("case-error-{}", e.code().replace('_', "-"))),
        _ => {
            return Err(Failure::Service(error, posted.user.lang));
        }
    };
    render_person(
        state,
        &posted.user,
        id,
        None,
        Some(message),
        StatusCode::CONFLICT,
    )
    .await
}

pub async fn decide(
    State(state): State<AppState>,
    Path((id, other)): Path<(String, String)>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let id = person_id(&id, lang)?;
    let other = person_id(&other, lang)?;
    let verdict = posted
        .form
        .get("verdict")
        .and_then(DuplicateVerdict::parse)
        .ok_or(Failure::BadRequest(lang))?;
    let input = DecisionInput {
        verdict,
        note: posted.form.opt("note"),
    };
    match state
        .service
        .decide_duplicate(&posted.user.actor, id, other, input)
        .await
    {
        Ok(_) => Ok(see_other(&format!(
            "/persons/{id}/duplicates?done={}",
            verdict.as_str()
        ))),
        Err(e) => refused(&state, &posted, id, e).await,
    }
}

pub async fn merge(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let kept = person_id(&id, lang)?;
    let merged = posted
        .form
        .get("merged")
        .and_then(|m| m.parse::<PersonId>().ok())
        .ok_or(Failure::BadRequest(lang))?;
    let input = MergeInput {
        merged,
        reason: posted.form.opt("reason"),
    };
    match state
        .service
        .merge_persons(&posted.user.actor, kept, input)
        .await
    {
        Ok(_) => Ok(see_other(&format!(
            "/persons/{kept}/duplicates?done=merged"
        ))),
        Err(e) => refused(&state, &posted, kept, e).await,
    }
}

pub async fn revert(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let merge_id: MergeId = id.parse().map_err(|_| Failure::NotFound(lang))?;
    let back_to = person_id(&posted.form.text("person"), lang)?;
    let input = RevertInput {
        reason: posted.form.text("reason"),
    };
    match state
        .service
        .revert_merge(&posted.user.actor, merge_id, input)
        .await
    {
        Ok(_) => Ok(see_other(&format!(
            "/persons/{back_to}/duplicates?done=reverted"
        ))),
        Err(e) => refused(&state, &posted, back_to, e).await,
    }
}

// ---------------------------------------------------------------------------------------------
// The review queue

#[derive(Template)]
#[template(path = "duplicates.html")]
struct QueuePage {
    c: Chrome,
    confirmed: Vec<QueueRow>,
    proposed: Vec<QueueRow>,
}

struct QueueRow {
    person_id: String,
    person_name: String,
    person_facts: String,
    other: CandidateRow,
}

pub async fn queue(State(state): State<AppState>, user: PageUser) -> Result<Response, Failure> {
    let found = state
        .service
        .duplicate_queue(&user.actor, 100)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user.chrome("dup-queue-title", "cases");
    let tr = c.tr;
    let row = |pair: &bayiri_service::ReviewPair| QueueRow {
        person_id: pair.person.id.to_string(),
        person_name: pair.person.display_name.clone(),
        person_facts: person_facts(&tr, &pair.person, None),
        other: match &pair.candidate {
            Some(candidate) => CandidateRow::of(&tr, candidate),
            None => CandidateRow {
                id: pair.other.id.to_string(),
                name: pair.other.display_name.clone(),
                original: pair.other.original_script_name.clone(),
                facts: person_facts(&tr, &pair.other, None),
                cases: Vec::new(),
                probability: String::new(),
                assessment: tr.t("dup-assessment-not-scored"),
                assessment_code: "review".into(),
                swapped: false,
                reasons: Vec::new(),
            },
        },
    };
    let page_data = QueuePage {
        confirmed: found.confirmed.iter().map(row).collect(),
        proposed: found.proposed.iter().map(row).collect(),
        c,
    };
    Ok(page(StatusCode::OK, &page_data))
}

/// The ids of the candidates a registration form showed, as the form sends them back.
pub fn checked_ids(form: &FormData) -> Option<Vec<PersonId>> {
    let raw = form.get("checked_duplicates")?;
    Some(
        raw.split(',')
            .filter_map(|id| id.trim().parse().ok())
            .collect(),
    )
}
