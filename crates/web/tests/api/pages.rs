//! The pages over HTTP: sessions, CSRF, escaping, and what each role is shown.

use bayiri_domain::access::Role;
use bayiri_testkit::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn pages_need_a_session_and_come_back_after_login() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(app.url("/cases?stage=counselling"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        response.headers()["location"],
        "/login?next=%2Fcases%3Fstage%3Dcounselling"
    );
    // An API token in a cookie is not a session (it would skip CSRF protection).
    let fixture = app.fixture().await;
    let (status, headers, _) = app
        .page(
            Method::GET,
            "/",
            &format!("bayiri_session={}", fixture.counsellor().token),
            &[],
        )
        .await;
    assert_eq!(
        (status, headers["location"].to_str().unwrap()),
        (StatusCode::SEE_OTHER, "/login?next=%2F")
    );
}

#[tokio::test]
async fn logging_in_through_the_form() {
    let app = TestApp::spawn().await;
    app.fixture().await;
    app.service
        .create_user_as_system(
            "ORG-A",
            bayiri_service::NewUser {
                username: "hawa".into(),
                display_name: "Hawa Diarra".into(),
                password: "a long passphrase 2026".into(),
                role: Role::Counsellor,
                countries: vec!["NER".into()],
                language: None,
            },
        )
        .await
        .unwrap();
    let form = app
        .client
        .get(app.url("/login?next=/cases"))
        .header("accept-language", "pt-BR,pt;q=0.9")
        .send()
        .await
        .unwrap();
    let set_cookie = form.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        set_cookie.starts_with("bayiri_login=")
            && set_cookie.contains("HttpOnly")
            && set_cookie.contains("SameSite=Lax")
    );
    let token = set_cookie
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("bayiri_login=")
        .to_string();
    let html = form.text().await.unwrap();
    assert!(
        html.contains(r#"<html lang="pt""#),
        "login page follows Accept-Language"
    );

    // Without the login cookie the form is refused (cross-site login).
    let refused = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("username", "hawa"),
            ("password", "a long passphrase 2026"),
            ("_csrf", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let wrong = app
        .client
        .post(app.url("/login"))
        .header("cookie", format!("bayiri_login={token}"))
        .form(&[
            ("username", "hawa"),
            ("password", "wrong"),
            ("_csrf", &token),
            ("next", "/cases"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let ok = app
        .client
        .post(app.url("/login"))
        .header("cookie", format!("bayiri_login={token}"))
        .form(&[
            ("username", "hawa"),
            ("password", "a long passphrase 2026"),
            ("_csrf", &token),
            ("next", "//evil.example/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        ok.headers()["location"],
        "/",
        "an outside address is never followed"
    );
    let session = ok
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("bayiri_session="))
        .unwrap();
    assert!(
        session.contains("HttpOnly")
            && session.contains("SameSite=Lax")
            && session.contains("Max-Age=43200")
    );
    let cookie = session.split(';').next().unwrap().to_string();
    let (status, _, html) = app.page(Method::GET, "/", &cookie, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Hawa Diarra"));
}

#[tokio::test]
async fn every_form_needs_its_csrf_token() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Awa", "Ndiaye").await;
    let case = app
        .open_case(counsellor, &person, "assisted_voluntary_return")
        .await;
    let id = case["id"].as_str().unwrap();
    let (cookie, csrf) = app.session(counsellor).await;
    let path = format!("/cases/{id}/move");
    let (status, _, html) = app
        .page(Method::POST, &path, &cookie, &[("to", "counselling")])
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(html.contains("Form expired"));
    let (status, _, _) = app
        .page(
            Method::POST,
            &path,
            &cookie,
            &[("to", "counselling"), ("_csrf", "forged")],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Another session's token is not this session's.
    let (_, other_csrf) = app.session(counsellor).await;
    let (status, _, _) = app
        .page(
            Method::POST,
            &path,
            &cookie,
            &[("to", "counselling"), ("_csrf", &other_csrf)],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, case_now) = app.get(&format!("/api/v1/cases/{id}"), counsellor).await;
    assert_eq!(
        case_now["stage"], "registered",
        "refused forms changed nothing"
    );
    let (status, headers, _) = app
        .page(
            Method::POST,
            &path,
            &cookie,
            &[("to", "counselling"), ("_csrf", &csrf)],
        )
        .await;
    assert_eq!(
        (status, headers["location"].to_str().unwrap()),
        (
            StatusCode::SEE_OTHER,
            format!("/cases/{id}?done=move#moves").as_str()
        )
    );
}

#[tokio::test]
async fn names_are_escaped_and_errors_shown_beside_fields() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let (cookie, csrf) = app.session(counsellor).await;
    let (status, _, html) = app
        .page(
            Method::POST,
            "/register",
            &cookie,
            &[
                ("_csrf", &csrf),
                ("given_names", "<script>alert(1)</script>"),
                ("family_name", "Sow"),
                ("date_of_birth", "1990-02-30"),
                ("sex", "female"),
                ("registered_in", "NER"),
                ("host_country", "NER"),
                ("return_country", "NER"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        !html.contains("<script>alert(1)</script>"),
        "user input is escaped"
    );
    assert!(
        html.contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
        "escaped as entities"
    );
    assert!(html.contains("Give a date (YYYY-MM-DD) or a year (YYYY)."));
    assert!(html.contains("The country of return must differ from the host country."));
    let (_, persons) = app.get("/api/v1/persons", counsellor).await;
    assert!(
        persons["items"].as_array().unwrap().is_empty(),
        "nothing half-written"
    );

    let (status, headers, _) = app
        .page(
            Method::POST,
            "/register",
            &cookie,
            &[
                ("_csrf", &csrf),
                ("given_names", "<b>Fanta</b>"),
                ("family_name", "Sow"),
                ("sex", "female"),
                ("registered_in", "NER"),
                ("host_country", "NER"),
                ("return_country", "SEN"),
                ("category", "assisted_voluntary_return"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = headers["location"].to_str().unwrap().to_string();
    let (status, headers, html) = app.page(Method::GET, &location, &cookie, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("&#60;b&#62;Fanta&#60;/b&#62;") && !html.contains("<b>Fanta</b>"));
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
    assert!(
        html.matches("<script").count() == 1 && html.contains(r#"<script src="/static/htmx."#),
        "one script, from the binary"
    );
}

#[tokio::test]
async fn roles_see_only_what_they_may() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Grace", "Okafor").await;
    let case = app
        .open_case(
            counsellor,
            &person,
            "assisted_voluntary_return_and_reintegration",
        )
        .await;
    let id = case["id"].as_str().unwrap();
    app.post(
        &format!("/api/v1/cases/{id}/screenings"),
        counsellor,
        json!({ "under_18": false, "trafficking_indicators": ["forced_labour"] }),
    )
    .await;
    app.post(
        &format!("/api/v1/cases/{id}/protection-concerns"),
        counsellor,
        json!({ "kind": "other", "description": "threats from a recruiter" }),
    )
    .await;

    let (cookie, _) = app.session(counsellor).await;
    let (_, _, html) = app
        .page(Method::GET, &format!("/cases/{id}"), &cookie, &[])
        .await;
    assert!(
        html.contains("Presumed victim of trafficking")
            && html.contains("threats from a recruiter")
    );
    assert!(html.contains(r#"action="/cases/"#) && html.contains("/counselling\""));

    let monitor = fixture.user(Role::Monitor);
    let (cookie, _) = app.session(monitor).await;
    let (status, _, html) = app
        .page(Method::GET, &format!("/cases/{id}"), &cookie, &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    for hidden in [
        "trafficking",
        "Trafficking",
        "threats from a recruiter",
        "Protection concerns",
        "/counselling\"",
        "/consents\"",
        "/screening\"",
    ] {
        assert!(!html.contains(hidden), "a monitor is shown {hidden:?}");
    }

    let (cookie, _) = app.session(&fixture.counsellor_b).await;
    let (status, _, html) = app
        .page(Method::GET, &format!("/cases/{id}"), &cookie, &[])
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!html.contains("Okafor") && !html.contains("OKAFOR"));
    let (status, _, _) = app.page(Method::GET, "/audit", &cookie, &[]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn logging_out_ends_the_session() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let (cookie, csrf) = app.session(fixture.counsellor()).await;
    let (status, _, _) = app.page(Method::GET, "/cases", &cookie, &[]).await;
    assert_eq!(status, StatusCode::OK);
    let (status, headers, _) = app
        .page(Method::POST, "/logout", &cookie, &[("_csrf", &csrf)])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        headers["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let (status, _, _) = app.page(Method::GET, "/cases", &cookie, &[]).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "the old cookie no longer works"
    );
    // Sessions also end by themselves.
    let (cookie, _) = app.session(fixture.counsellor()).await;
    app.clock.advance(time::Duration::hours(13));
    let (status, _, _) = app.page(Method::GET, "/cases", &cookie, &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}
