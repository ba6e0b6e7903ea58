//! Register a person and open their case, in one form and one transaction.

use super::case_page::LANGUAGES;
use super::cases::{Choice, choices, country_choices};
use super::duplicates::{CandidateRow, checked_ids};
use super::form::FormData;
use super::formstate::FormState;
use super::render::{Chrome, Failure, page, see_other};
use super::session::{PageUser, Posted};
use crate::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::case::{ReturnCategory, ReturnCountryRelation};
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::PersonId;
use bayiri_domain::person::{
    ContactInput, ContactKind, DatePrecision, PersonInput, Script, ScriptNameInput,
};
use bayiri_service::{DuplicateCandidate, OpenCaseInput, PersonRegistration, ServiceError};

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    c: Chrome,
    form: FormState,
    registered_in: Vec<Choice>,
    hosts: Vec<Choice>,
    countries: Vec<Choice>,
    categories: Vec<Choice>,
    languages: Vec<Choice>,
    /// Stored persons who may be this person, shown before anything is saved.
    candidates: Vec<CandidateRow>,
    /// Their ids, sent back when the user says none of them is the person.
    checked: String,
}

impl RegisterPage {
    fn selected(&self, field: &str, value: &str) -> bool {
        self.form.value(field) == value
    }

    /// The relation of the country of return, `origin` unless the user chose otherwise.
    fn relation_checked(&self, value: &str) -> bool {
        let chosen = self.form.value("return_country_relation");
        chosen == value || (chosen.is_empty() && value == "origin")
    }
}

fn render(user: &PageUser, form: FormState, status: StatusCode) -> Response {
    render_with(user, form, Vec::new(), status)
}

fn render_with(
    user: &PageUser,
    form: FormState,
    candidates: Vec<DuplicateCandidate>,
    status: StatusCode,
) -> Response {
    let c = user.chrome("register-title", "register");
    let mine: Vec<CountryCode> = user.actor.user.countries.iter().copied().collect();
    let pick = |field: &str| CountryCode::parse(&form.value(field)).ok();
    let page_data = RegisterPage {
        registered_in: country_choices(&c, mine.iter().copied(), pick("registered_in")),
        hosts: country_choices(&c, mine.iter().copied(), pick("host_country")),
        countries: country_choices(&c, CountryCode::all(), pick("return_country")),
        categories: choices(
            &c,
            "category",
            &ReturnCategory::ALL,
            ReturnCategory::as_str,
            ReturnCategory::parse(&form.value("category")),
        ),
        languages: LANGUAGES
            .iter()
            .map(|(code, name)| (code.to_string(), format!("{name} ({code})"), false))
            .collect(),
        checked: candidates
            .iter()
            .map(|cand| cand.person.id.to_string())
            .collect::<Vec<_>>()
            .join(","),
        candidates: candidates
            .iter()
            .map(|cand| CandidateRow::of(&c.tr, cand))
            .collect(),
        form,
        c,
    };
    page(status, &page_data)
}

pub async fn form(user: PageUser) -> Response {
    render(&user, FormState::default(), StatusCode::OK)
}

fn inputs(f: &FormData) -> (PersonRegistration, OpenCaseInput) {
    let original = match (f.opt("original_given_names"), f.opt("original_family_name")) {
        (None, None) => None,
        (given, family) => Some(ScriptNameInput {
            script: Script::Arab,
            given_names: given.unwrap_or_default(),
            family_name: family.unwrap_or_default(),
        }),
    };
    let contacts = f
        .opt("phone")
        .map(|phone| {
            vec![ContactInput {
                kind: ContactKind::Phone,
                value: phone,
                note: None,
            }]
        })
        .unwrap_or_default();
    let person = PersonInput {
        given_names: f.text("given_names"),
        family_name: f.text("family_name"),
        original_script: original,
        as_spoken: f.opt("as_spoken"),
        aliases: Vec::new(),
        sex: f.choice("sex"),
        date_of_birth: f.opt("date_of_birth"),
        date_of_birth_precision: f.choice::<DatePrecision>("date_of_birth_precision"),
        claimed_nationality: f.opt("claimed_nationality"),
        place_of_birth: None,
        languages: f.all("languages"),
        identity_documents: Vec::new(),
        contacts,
        family_links: Vec::new(),
        guardian: None,
    };
    let registration = PersonRegistration {
        registered_in: f.text("registered_in"),
        person,
        checked_duplicates: checked_ids(f),
    };
    let case = OpenCaseInput {
        principal: bayiri_domain::ids::PersonId::from_uuid(uuid::Uuid::nil()),
        family_members: Vec::new(),
        category: f
            .choice("category")
            .unwrap_or(ReturnCategory::AssistedVoluntaryReturnAndReintegration),
        host_country: f.text("host_country"),
        return_country: f.text("return_country"),
        return_country_relation: f
            .choice("return_country_relation")
            .unwrap_or(ReturnCountryRelation::Origin),
        community_of_return: Some(bayiri_service::CommunityInput {
            admin1_name: f.opt("admin1_name"),
            admin1_pcode: f.opt("admin1_pcode"),
            admin2_name: None,
            admin2_pcode: None,
            locality: f.opt("locality"),
        }),
        office: None,
        case_worker: None,
        priority: None,
        flags: Vec::new(),
    };
    (registration, case)
}

pub async fn submit(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let (registration, mut case) = inputs(&posted.form);
    case.case_worker = Some(posted.user.actor.id());
    let actor = &posted.user.actor;
    // "This is the same person": the case opens for the stored person; nothing new is saved
    // about the person.
    let existing = posted
        .form
        .get("existing_person")
        .map(|raw| {
            raw.parse::<PersonId>()
                .map_err(|_| Failure::BadRequest(posted.user.lang))
        })
        .transpose()?;
    let result = match existing {
        Some(person) => {
            case.principal = person;
            state.service.open_case(actor, case).await
        }
        None => {
            state
                .service
                .register_and_open_case(actor, registration, case)
                .await
        }
    };
    match result {
        Ok(view) => Ok(see_other(&format!("/cases/{}?done=registered", view.id))),
        Err(ServiceError::Invalid(errors)) => {
            let tr = super::i18n::Tr::new(posted.user.lang);
            let form = FormState::invalid("register", posted.form, &errors, &tr);
            Ok(render(&posted.user, form, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(ServiceError::PossibleDuplicates { candidates }) => {
            let form = FormState {
                name: "register".into(),
                values: posted.form,
                ..FormState::default()
            };
            Ok(render_with(
                &posted.user,
                form,
                candidates,
                StatusCode::CONFLICT,
            ))
        }
        Err(other) => Err(Failure::Service(other, posted.user.lang)),
    }
}
