//! The user's own account: language and password.

use super::formstate::FormState;
use super::i18n::{Lang, Tr};
use super::render::{Chrome, Failure, page, safe_next, see_other};
use super::session::{PageUser, Posted};
use crate::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_service::ServiceError;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    c: Chrome,
    username: String,
    role: String,
    organisation: String,
    countries: Vec<String>,
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
    let c = user.chrome("account-title", "account").with_notice(notice);
    let organisation = state
        .service
        .organisation(user.actor.organisation())
        .await
        .map(|o| o.name)
        .map_err(|e| Failure::Service(e, user.lang))?;
    let countries = user
        .actor
        .user
        .countries
        .iter()
        .map(|code| c.tr.country(code.as_str()))
        .collect();
    Ok(page(
        status,
        &AccountPage {
            username: user.actor.user.username.clone(),
            role: c.tr.word("role", user.actor.role().as_str()),
            organisation,
            countries,
            form,
            c,
        },
    ))
}

pub async fn page_handler(
    State(state): State<AppState>,
    user: PageUser,
    Query(done): Query<Done>,
) -> Result<Response, Failure> {
    let notice = done
        .done
        .map(|key| Tr::new(user.lang).t(&format!("done-{}", key.replace('_', "-"))));
    render(&state, &user, FormState::default(), StatusCode::OK, notice).await
}

pub async fn password(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let f = &posted.form;
    let (current, new, again) = (
        f.text("current_password"),
        f.text("new_password"),
        f.text("new_password_again"),
    );
    let tr = Tr::new(posted.user.lang);
    if new != again {
        let mut form = FormState {
            name: "password".into(),
            ..Default::default()
        };
        form.errors.insert(
            "new_password_again".into(),
            tr.t("invalid-passwords-differ"),
        );
        return render(
            &state,
            &posted.user,
            form,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
        )
        .await;
    }
    match state
        .service
        .change_password(&posted.user.actor, &current, &new)
        .await
    {
        Ok(()) => Ok(see_other("/account?done=password")),
        Err(ServiceError::Invalid(errors)) => {
            // Passwords are never sent back into the form.
            let form = FormState::invalid("password", Default::default(), &errors, &tr);
            let form = FormState {
                errors: form
                    .errors
                    .into_iter()
                    .map(|(k, v)| {
                        (
                            if k == "password" {
                                "new_password".into()
                            } else {
                                k
                            },
                            v,
                        )
                    })
                    .collect(),
                ..form
            };
            render(
                &state,
                &posted.user,
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
            )
            .await
        }
        Err(other) => Err(Failure::Service(other, posted.user.lang)),
    }
}

pub async fn language(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let Some(lang) = posted.form.get("language").and_then(Lang::parse) else {
        return Err(Failure::BadRequest(posted.user.lang));
    };
    state
        .service
        .set_language(&posted.user.actor, lang.code())
        .await
        .map_err(|e| Failure::Service(e, lang))?;
    Ok(see_other(&safe_next(posted.form.get("next"))))
}
