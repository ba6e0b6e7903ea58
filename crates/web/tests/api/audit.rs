use bayiri_domain::access::Role;
use bayiri_testkit::TestApp;
use reqwest::StatusCode;
use serde_json::{Value, json};

fn actions(entries: &Value) -> Vec<String> {
    entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn changes_and_sensitive_reads_are_audited() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let dpo = fixture.user(Role::DataProtectionOfficer);
    let person = app.register_person(counsellor, "Rokhaya", "Fall").await;
    let case = app
        .open_case(counsellor, &person, "assisted_voluntary_return")
        .await;
    let id = case["id"].as_str().unwrap();
    app.post(
        &format!("/api/v1/cases/{id}/transitions"),
        counsellor,
        json!({ "to": "counselling" }),
    )
    .await;

    // Nothing sensitive on the case yet: reading it is not a sensitive read.
    app.get(&format!("/api/v1/cases/{id}"), counsellor).await;
    let (status, log) = app.get("/api/v1/audit", dpo).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        actions(&log),
        ["case.transition", "case.create", "person.create"]
    );

    app.post(
        &format!("/api/v1/cases/{id}/screenings"),
        counsellor,
        json!({ "under_18": false, "pregnant": true }),
    )
    .await;
    app.get(&format!("/api/v1/cases/{id}"), counsellor).await;
    // A monitor sees the case without the sensitive section: no sensitive read to audit.
    app.get(&format!("/api/v1/cases/{id}"), fixture.user(Role::Monitor))
        .await;
    let (_, log) = app.get(&format!("/api/v1/audit?target={id}"), dpo).await;
    assert_eq!(
        actions(&log),
        [
            "case.read_sensitive",
            "case.screening_record",
            "case.transition",
            "case.create"
        ]
    );
    let read = &log[0];
    assert_eq!(read["actor"], counsellor.user.id.to_string().as_str());
    assert!(
        read["correlation_id"]
            .as_str()
            .is_some_and(|c| !c.is_empty())
    );
    let (_, only_reads) = app
        .get("/api/v1/audit?action=case.read_sensitive", dpo)
        .await;
    assert_eq!(only_reads.as_array().unwrap().len(), 1);
    // The audit entry never carries the sensitive content itself.
    assert!(!log.to_string().contains("pregnant"));

    let (status, problem) = app.get("/api/v1/audit", counsellor).await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("forbidden"))
    );
    let (status, _) = app.get("/api/v1/audit?from=yesterday", dpo).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_failed_change_leaves_no_audit_entry() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Rokhaya", "Fall").await;
    let case = app
        .open_case(counsellor, &person, "assisted_voluntary_return")
        .await;
    let id = case["id"].as_str().unwrap();
    let (status, _) = app
        .post(
            &format!("/api/v1/cases/{id}/transitions"),
            counsellor,
            json!({ "to": "departed" }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, log) = app
        .get(
            &format!("/api/v1/audit?target={id}"),
            fixture.user(Role::DataProtectionOfficer),
        )
        .await;
    assert_eq!(actions(&log), ["case.create"]);
}
