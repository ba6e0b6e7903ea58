//! Snapshots of problem documents: their shape is part of the API.

use bayiri_testkit::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn redact(mut problem: Value) -> Value {
    if problem.get("correlation_id").is_some() {
        problem["correlation_id"] = json!("[correlation id]");
    }
    problem
}

#[tokio::test]
async fn problem_documents() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Adama", "Ouédraogo").await;
    let case = app
        .open_case(counsellor, &person, "assisted_voluntary_return")
        .await;
    let id = case["id"].as_str().unwrap();

    let (_, unauthenticated) = app
        .call(Method::GET, "/api/v1/cases", None, Value::Null)
        .await;
    insta::assert_json_snapshot!("unauthenticated", redact(unauthenticated));
    let (_, forbidden) = app.get("/api/v1/users", counsellor).await;
    insta::assert_json_snapshot!("forbidden", redact(forbidden));
    let (_, not_found) = app
        .get(
            "/api/v1/cases/01960000-0000-7000-8000-000000000000",
            counsellor,
        )
        .await;
    insta::assert_json_snapshot!("not_found", redact(not_found));
    let (_, invalid) = app.post("/api/v1/persons", counsellor, json!({ "registered_in": "NE", "given_names": "", "family_name": "", "sex": "male", "claimed_nationality": "Guinea" })).await;
    insta::assert_json_snapshot!("validation_failed", redact(invalid));
    app.post(
        &format!("/api/v1/cases/{id}/transitions"),
        counsellor,
        json!({ "to": "counselling" }),
    )
    .await;
    let (status, guards) = app
        .post(
            &format!("/api/v1/cases/{id}/transitions"),
            counsellor,
            json!({ "to": "decided" }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    insta::assert_json_snapshot!("guards_unmet", redact(guards));
    let (_, conflict) = app
        .call(
            Method::PATCH,
            &format!("/api/v1/cases/{id}"),
            Some(&counsellor.token),
            json!({ "expected_version": 1, "priority": "high" }),
        )
        .await;
    insta::assert_json_snapshot!("version_conflict", redact(conflict));
}

/// An unexpected failure is a 500 with a correlation id and nothing of the cause.
#[tokio::test]
async fn internal_errors_reveal_nothing() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Adama", "Ouédraogo").await;
    let case = app
        .open_case(counsellor, &person, "assisted_voluntary_return")
        .await;
    let id = case["id"].as_str().unwrap();
    // Damage the stored state behind the application's back.
    let update = if app.database.is_postgres() {
        "UPDATE cases SET state = '{\"broken\": true}'::jsonb"
    } else {
        "UPDATE cases SET state = '{\"broken\": true}'"
    };
    app.database.execute_raw(update).await.unwrap();
    let response = app
        .send(
            Method::GET,
            &format!("/api/v1/cases/{id}"),
            Some(&counsellor.token),
            Value::Null,
        )
        .await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let header_id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["code"], "internal");
    assert_eq!(problem["correlation_id"], header_id.as_str());
    let text = problem.to_string();
    assert!(
        !text.contains("broken") && !text.contains("corrupt") && !text.contains("missing field"),
        "{text}"
    );
}
