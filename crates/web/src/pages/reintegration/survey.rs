//! The sustainability survey of a follow-up: the scheme's questions as a form, and once
//! recorded, the economic, social, psychosocial and composite scores with the scheme version
//! they were computed with.

use super::score;
use crate::AppState;
use crate::pages::formstate::FormState;
use crate::pages::i18n::Tr;
use crate::pages::journey::{options, redisplay, translated, word};
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{PageUser, Posted};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::ids::FollowUpId;
use bayiri_domain::reintegration::followup::{FollowUpStatus, SurveyInput, SurveyMethod};
use bayiri_domain::reintegration::scoring::{
    AnswerKind, DONT_KNOW, Dimension, REFUSED, ScoringScheme,
};
use serde::Deserialize;
use std::collections::BTreeMap;

type Choice = (String, String, bool);

pub struct QuestionRow {
    pub code: String,
    pub text: String,
    pub dimension: String,
    /// For a choice: its options (with "don't know" and "refused" last).
    pub choices: Vec<Choice>,
    /// For a number: its range, and what was typed.
    pub range: Option<(String, String)>,
    pub number: String,
    pub answer: String,
}

pub struct ScoreCard {
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "reint_survey.html")]
struct SurveyPage {
    c: Chrome,
    id: String,
    version: i64,
    case_id: String,
    case_number: String,
    heading: String,
    scheme: String,
    unweighted: bool,
    questions: Vec<QuestionRow>,
    methods: Vec<Choice>,
    /// Scores of a recorded survey.
    scores: Vec<ScoreCard>,
    missing: Vec<String>,
    conducted: String,
    can_record: bool,
    form: FormState,
    today: String,
}

/// The scheme Bayiri ships, whose words are translated; an organisation's own version of it
/// speaks its own words.
fn shipped(scheme: &ScoringScheme) -> bool {
    scheme.code == "default" && scheme.version == 1
}

/// The question in the user's language: the shipped default scheme is translated; a scheme an
/// organisation loads speaks its own words.
fn question_text(tr: &Tr, scheme: &ScoringScheme, code: &str, text: &str) -> String {
    if shipped(scheme) {
        translated(tr, &format!("survey-{}", code.replace('_', "-")), text)
    } else {
        text.to_string()
    }
}

fn scheme_name(tr: &Tr, scheme: &ScoringScheme) -> String {
    if shipped(scheme) {
        translated(tr, "survey-default-name", &scheme.name)
    } else {
        scheme.name.clone()
    }
}

fn option_text(tr: &Tr, scheme: &ScoringScheme, question: &str, code: &str, text: &str) -> String {
    if shipped(scheme) {
        translated(
            tr,
            &format!(
                "survey-{}-{}",
                question.replace('_', "-"),
                code.replace('_', "-")
            ),
            text,
        )
    } else {
        text.to_string()
    }
}

/// The dimension a question counts in (through the first indicator that uses it).
fn dimension_of(scheme: &ScoringScheme, question: &str) -> Option<Dimension> {
    scheme
        .indicators
        .iter()
        .find(|i| i.questions.iter().any(|q| q.question == question))
        .map(|i| i.dimension)
}

#[derive(Debug, Deserialize)]
pub struct SurveyQuery {
    done: Option<String>,
}

fn follow_up_id(raw: &str, user: &PageUser) -> Result<FollowUpId, Failure> {
    raw.parse().map_err(|_| Failure::NotFound(user.lang))
}

async fn render(
    state: &AppState,
    user: &PageUser,
    id: FollowUpId,
    form: FormState,
    status: StatusCode,
    notice: Option<String>,
) -> Result<Response, Failure> {
    let (follow_up, case_number, scheme) = state
        .service
        .follow_up(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user
        .chrome("reint-survey-title", "cases")
        .with_notice(notice);
    let tr = c.tr;
    let recorded: BTreeMap<String, String> = follow_up
        .survey
        .as_ref()
        .map(|s| s.answers.clone())
        .unwrap_or_default();
    let answer_of = |code: &str| {
        let typed = form
            .values
            .get(&format!("answer.{code}"))
            .or_else(|| form.values.get(&format!("number.{code}")));
        if let Some(typed) = typed {
            typed.to_string()
        } else {
            recorded.get(code).cloned().unwrap_or_default()
        }
    };
    let questions = scheme
        .questions
        .iter()
        .map(|q| {
            let answer = answer_of(&q.code);
            let mut choices: Vec<Choice> = match &q.answer {
                AnswerKind::Choice { options } => options
                    .iter()
                    .map(|o| {
                        (
                            o.code.clone(),
                            option_text(&tr, &scheme, &q.code, &o.code, &o.label),
                            o.code == answer,
                        )
                    })
                    .collect(),
                AnswerKind::Number { .. } => Vec::new(),
            };
            for missing in [DONT_KNOW, REFUSED] {
                choices.push((
                    missing.to_string(),
                    tr.word("survey-answer", missing),
                    answer == missing,
                ));
            }
            let range = match &q.answer {
                AnswerKind::Number { min, max, .. } => Some((min.to_string(), max.to_string())),
                AnswerKind::Choice { .. } => None,
            };
            QuestionRow {
                text: question_text(&tr, &scheme, &q.code, &q.text),
                dimension: dimension_of(&scheme, &q.code)
                    .map(|d| tr.t(&format!("reint-{}", crate::pages::journey::name(&d))))
                    .unwrap_or_default(),
                number: if range.is_some() && answer != DONT_KNOW && answer != REFUSED {
                    answer.clone()
                } else {
                    String::new()
                },
                code: q.code.clone(),
                choices,
                range,
                answer,
            }
        })
        .collect();
    let (scores, missing, conducted) = match &follow_up.survey {
        Some(survey) => {
            let s = &survey.score;
            let card = |key: &str, value| ScoreCard {
                label: tr.t(key),
                value: score(&tr, value),
            };
            (
                vec![
                    card("reint-economic", s.economic),
                    card("reint-social", s.social),
                    card("reint-psychosocial", s.psychosocial),
                    card("reint-composite", s.composite),
                ],
                s.missing_questions
                    .iter()
                    .map(|code| {
                        scheme
                            .questions
                            .iter()
                            .find(|q| &q.code == code)
                            .map(|q| question_text(&tr, &scheme, code, &q.text))
                            .unwrap_or_else(|| code.clone())
                    })
                    .collect(),
                format!(
                    "{} · {}",
                    tr.date(&survey.conducted_on),
                    word(&tr, "survey-method", &survey.method)
                ),
            )
        }
        None => (Vec::new(), Vec::new(), String::new()),
    };
    let unweighted = match &follow_up.survey {
        Some(survey) => !survey.score.weighted,
        None => !scheme.weighted,
    };
    let scheme_version = follow_up
        .survey
        .as_ref()
        .map(|s| s.score.scheme_version)
        .unwrap_or(scheme.version);
    let body = SurveyPage {
        id: follow_up.id.to_string(),
        version: follow_up.version,
        case_id: follow_up.case_id.to_string(),
        case_number,
        heading: format!(
            "{} — {}",
            tr.tn("reint-month", i64::from(follow_up.month)),
            tr.date(&follow_up.due_on)
        ),
        scheme: tr.ta(
            "reint-scheme-version",
            &[
                ("name", &scheme_name(&tr, &scheme)),
                ("version", &scheme_version.to_string()),
            ],
        ),
        unweighted,
        questions,
        methods: options(
            &tr,
            "survey-method",
            &SurveyMethod::ALL,
            &form.value("method"),
        ),
        scores,
        missing,
        conducted,
        can_record: follow_up.status == FollowUpStatus::Due
            && user.actor.can(Permission::FollowUpWrite),
        form,
        today: bayiri_domain::person::format_iso_date(state.service.today()),
        c,
    };
    Ok(page(status, &body))
}

pub async fn form(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
    Query(query): Query<SurveyQuery>,
) -> Result<Response, Failure> {
    let id = follow_up_id(&id, &user)?;
    let notice = query.done.map(|_| Tr::new(user.lang).t("done-survey"));
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

pub async fn record(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id = follow_up_id(&id, &posted.user)?;
    let f = &posted.form;
    let lang = posted.user.lang;
    let (Some(version), Some(method)) = (
        f.get("expected_version").and_then(|v| v.parse().ok()),
        f.choice::<SurveyMethod>("method"),
    ) else {
        return Err(Failure::BadRequest(lang));
    };
    // Answers are the fields named `answer.<question>`; a number typed for a question takes
    // the place of an empty choice.
    let mut answers = BTreeMap::new();
    for (name, value) in f.pairs() {
        if let Some(code) = name.strip_prefix("answer.") {
            let value = value.trim();
            if !value.is_empty() {
                answers.insert(code.to_string(), value.to_string());
            }
        }
    }
    for (name, value) in f.pairs() {
        if let Some(code) = name.strip_prefix("number.") {
            let value = value.trim();
            if !value.is_empty() {
                answers.entry(code.to_string()).or_insert(value.to_string());
            }
        }
    }
    let input = SurveyInput {
        conducted_on: f.opt("conducted_on"),
        method,
        answers,
        note: f.opt("note"),
    };
    let result = state
        .service
        .record_survey(&posted.user.actor, id, version, input)
        .await;
    let tr = Tr::new(lang);
    match result {
        Ok(_) => Ok(see_other(&format!("/follow-ups/{id}?done=survey"))),
        Err(error) => {
            let (state_of_form, status) = redisplay("survey", posted.form.clone(), error, &tr)?;
            render(&state, &posted.user, id, state_of_form, status, None).await
        }
    }
}
