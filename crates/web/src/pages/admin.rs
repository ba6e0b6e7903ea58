//! User administration for administrators of an organisation.

use super::cases::{Choice, country_choices};
use super::formstate::FormState;
use super::i18n::Tr;
use super::render::{Chrome, Failure, page, see_other};
use super::session::{PageUser, Posted};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Role;
use bayiri_domain::ids::UserId;
use bayiri_service::{NewUser, ServiceError};
use serde::Deserialize;

pub struct UserRow {
    pub id: String,
    pub username: String,
    pub name: String,
    pub role: String,
    pub countries: String,
    pub disabled: bool,
    pub is_me: bool,
}

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage {
    c: Chrome,
    users: Vec<UserRow>,
    roles: Vec<Choice>,
    countries: Vec<Choice>,
    form: FormState,
}

#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

async fn render(
    state: &AppState,
    user: &PageUser,
    form: FormState,
    status: StatusCode,
    notice: Option<String>,
) -> Result<Response, Failure> {
    let users = state
        .service
        .list_users(&user.actor)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user.chrome("users-title", "users").with_notice(notice);
    let rows = users
        .iter()
        .map(|u| UserRow {
            id: u.id.to_string(),
            username: u.username.clone(),
            name: u.display_name.clone(),
            role: c.tr.word("role", u.role.as_str()),
            countries: u
                .countries
                .iter()
                .map(|code| code.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            disabled: u.disabled,
            is_me: u.id == user.actor.id(),
        })
        .collect();
    let roles = Role::ALL
        .iter()
        .map(|r| {
            (
                r.as_str().to_string(),
                c.tr.word("role", r.as_str()),
                form.value("role") == r.as_str(),
            )
        })
        .collect();
    let countries = country_choices(&c, user.actor.user.countries.iter().copied(), None)
        .into_iter()
        .map(|(code, label, _)| {
            let checked = form.checked("countries", &code);
            (code, label, checked)
        })
        .collect();
    Ok(page(
        status,
        &UsersPage {
            users: rows,
            roles,
            countries,
            form,
            c,
        },
    ))
}

pub async fn users(
    State(state): State<AppState>,
    user: PageUser,
    Query(done): Query<Done>,
) -> Result<Response, Failure> {
    let notice = done
        .done
        .map(|key| Tr::new(user.lang).t(&format!("done-{}", key.replace('_', "-"))));
    render(&state, &user, FormState::default(), StatusCode::OK, notice).await
}

pub async fn create(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let f = &posted.form;
    let Some(role) = f.choice::<Role>("role") else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    let input = NewUser {
        username: f.text("username"),
        display_name: f.text("display_name"),
        password: f.text("password"),
        role,
        countries: f.all("countries"),
        language: f.opt("language"),
    };
    let tr = Tr::new(posted.user.lang);
    match state.service.create_user(&posted.user.actor, input).await {
        Ok(_) => Ok(see_other("/admin/users?done=user_created")),
        Err(ServiceError::Invalid(errors)) => {
            let mut form = FormState::invalid("user", posted.form.clone(), &errors, &tr);
            form.values = posted.form;
            render(
                &state,
                &posted.user,
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
            )
            .await
        }
        Err(ServiceError::AlreadyExists { .. }) => {
            let mut form = FormState {
                name: "user".into(),
                values: posted.form.clone(),
                ..Default::default()
            };
            form.errors
                .insert("username".into(), tr.t("invalid-username-taken"));
            render(&state, &posted.user, form, StatusCode::CONFLICT, None).await
        }
        Err(other) => Err(Failure::Service(other, posted.user.lang)),
    }
}

pub async fn disable(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let id: UserId = id
        .parse()
        .map_err(|_| Failure::NotFound(posted.user.lang))?;
    match state.service.disable_user(&posted.user.actor, id).await {
        Ok(_) => Ok(see_other("/admin/users?done=user_disabled")),
        Err(ServiceError::Invalid(errors)) => {
            let tr = Tr::new(posted.user.lang);
            let message = errors
                .iter()
                .next()
                .map(|e| super::formstate::error_text(&tr, e.code, &e.message))
                .unwrap_or_default();
            render(
                &state,
                &posted.user,
                FormState::failed("disable", Default::default(), message),
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
            )
            .await
        }
        Err(other) => Err(Failure::Service(other, posted.user.lang)),
    }
}
