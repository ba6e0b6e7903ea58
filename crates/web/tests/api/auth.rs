use bayiri_domain::access::Role;
use bayiri_service::NewUser;
use bayiri_testkit::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn app_with_user(password: &str) -> TestApp {
    let app = TestApp::spawn().await;
    app.fixture().await;
    app.service
        .create_user_as_system(
            "ORG-A",
            NewUser {
                username: "Aissata.Kone".into(),
                display_name: "Aïssata Koné".into(),
                password: password.into(),
                role: Role::Counsellor,
                countries: vec!["NER".into()],
                language: Some("fr".into()),
            },
        )
        .await
        .unwrap();
    app
}

async fn login(app: &TestApp, username: &str, password: &str) -> (StatusCode, Value) {
    app.call(
        Method::POST,
        "/api/v1/auth/login",
        None,
        json!({ "username": username, "password": password }),
    )
    .await
}

#[tokio::test]
async fn login_gives_a_token_that_works_until_logout() {
    let app = app_with_user("a long passphrase 2026").await;
    let (status, body) = login(&app, "aissata.kone", "a long passphrase 2026").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let token = body["token"].as_str().unwrap().to_string();
    assert!(token.starts_with("bay_"));
    assert_eq!(body["user"]["username"], "aissata.kone");
    let (status, me) = app
        .call(Method::GET, "/api/v1/me", Some(&token), Value::Null)
        .await;
    assert_eq!(
        (status, me["role"].as_str()),
        (StatusCode::OK, Some("counsellor"))
    );
    let (status, _) = app
        .call(
            Method::POST,
            "/api/v1/auth/logout",
            Some(&token),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, problem) = app
        .call(Method::GET, "/api/v1/me", Some(&token), Value::Null)
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthenticated"))
    );
}

#[tokio::test]
async fn wrong_password_and_unknown_user_look_the_same() {
    let app = app_with_user("a long passphrase 2026").await;
    let (s1, mut wrong) = login(&app, "aissata.kone", "not the passphrase").await;
    let (s2, mut unknown) = login(&app, "nobody.here", "not the passphrase").await;
    assert_eq!(
        (s1, s2),
        (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED)
    );
    wrong["correlation_id"] = Value::Null;
    unknown["correlation_id"] = Value::Null;
    assert_eq!(wrong, unknown);
    assert_eq!(wrong["code"], "invalid_credentials");
}

#[tokio::test]
async fn repeated_failures_are_rate_limited() {
    let app = app_with_user("a long passphrase 2026").await;
    for _ in 0..5 {
        let (status, _) = login(&app, "aissata.kone", "guess").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let response = app
        .send(
            Method::POST,
            "/api/v1/auth/login",
            None,
            json!({ "username": "aissata.kone", "password": "a long passphrase 2026" }),
        )
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().get("retry-after").is_some());
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["code"], "rate_limited");
    // Once the window has passed, the right password works again.
    app.clock.advance(time::Duration::minutes(16));
    assert_eq!(
        login(&app, "aissata.kone", "a long passphrase 2026")
            .await
            .0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn failed_logins_are_audited_without_the_password() {
    let app = app_with_user("a long passphrase 2026").await;
    login(&app, "aissata.kone", "secret-guess-1").await;
    let mut tx = app.store().begin().await.unwrap();
    let entries = tx
        .list_audit(&bayiri_store::AuditQuery {
            action: Some("auth.login_failed".into()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert!(
        !serde_json::to_string(&entries[0])
            .unwrap()
            .contains("secret-guess-1")
    );
}

#[tokio::test]
async fn disabled_users_cannot_log_in_and_lose_their_tokens() {
    let app = app_with_user("a long passphrase 2026").await;
    let (_, body) = login(&app, "aissata.kone", "a long passphrase 2026").await;
    let token = body["token"].as_str().unwrap().to_string();
    app.service
        .disable_user_as_system("aissata.kone")
        .await
        .unwrap();
    assert_eq!(
        app.call(Method::GET, "/api/v1/me", Some(&token), Value::Null)
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        login(&app, "aissata.kone", "a long passphrase 2026")
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn tokens_expire() {
    let app = app_with_user("a long passphrase 2026").await;
    let (_, body) = login(&app, "aissata.kone", "a long passphrase 2026").await;
    let token = body["token"].as_str().unwrap().to_string();
    app.clock.advance(time::Duration::days(31));
    assert_eq!(
        app.call(Method::GET, "/api/v1/me", Some(&token), Value::Null)
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn requests_without_a_valid_token_are_refused() {
    let app = TestApp::spawn().await;
    let response = app
        .send(Method::GET, "/api/v1/cases", None, Value::Null)
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    for token in ["bay_forged", "not-even-a-token", ""] {
        assert_eq!(
            app.call(Method::GET, "/api/v1/cases", Some(token), Value::Null)
                .await
                .0,
            StatusCode::UNAUTHORIZED,
            "{token}"
        );
    }
}

#[tokio::test]
async fn changing_the_password_ends_other_sessions() {
    let app = app_with_user("a long passphrase 2026").await;
    let first = login(&app, "aissata.kone", "a long passphrase 2026")
        .await
        .1["token"]
        .as_str()
        .unwrap()
        .to_string();
    let second = login(&app, "aissata.kone", "a long passphrase 2026")
        .await
        .1["token"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, problem) = app
        .call(
            Method::POST,
            "/api/v1/me/password",
            Some(&first),
            json!({ "current_password": "a long passphrase 2026", "new_password": "short" }),
        )
        .await;
    assert_eq!(
        (status, problem["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("password_too_short"))
    );
    let (status, _) = app
        .call(Method::POST, "/api/v1/me/password", Some(&first), json!({ "current_password": "a long passphrase 2026", "new_password": "another long passphrase" }))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.call(Method::GET, "/api/v1/me", Some(&first), Value::Null)
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        app.call(Method::GET, "/api/v1/me", Some(&second), Value::Null)
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        login(&app, "aissata.kone", "another long passphrase")
            .await
            .0,
        StatusCode::OK
    );
}
