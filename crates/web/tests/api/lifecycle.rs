//! The lifecycle through the API: guards block moves with every reason, and lift when met.

use bayiri_domain::access::Role;
use bayiri_testkit::{TestApp, TestUser};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn post_ok(app: &TestApp, user: &TestUser, path: &str, body: Value) -> Value {
    let (status, body) = app.post(path, user, body).await;
    assert!(status.is_success(), "{path}: {status} {body}");
    body
}

async fn move_to(app: &TestApp, user: &TestUser, case: &str, to: &str) -> (StatusCode, Value) {
    app.post(
        &format!("/api/v1/cases/{case}/transitions"),
        user,
        json!({ "to": to }),
    )
    .await
}

fn guard_codes(problem: &Value) -> Vec<String> {
    problem["guards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["code"].as_str().unwrap().to_string())
        .collect()
}

/// The journey of an unaccompanied child: counselling, consent, screening, blocked departure
/// explained, guardian and best-interests assessment recorded, departure.
#[tokio::test]
async fn unaccompanied_child_departs_only_with_guardian_and_assessment() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let (status, person) = app
        .post(
            "/api/v1/persons",
            counsellor,
            json!({ "registered_in": "NER", "given_names": "Alpha", "family_name": "Barry", "sex": "male",
                    "date_of_birth": "2010-06-01", "claimed_nationality": "GIN", "languages": ["ff"] }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{person}");
    let case = app
        .open_case(
            counsellor,
            person["id"].as_str().unwrap(),
            "assisted_voluntary_return_and_reintegration",
        )
        .await;
    let id = case["id"].as_str().unwrap();
    let base = format!("/api/v1/cases/{id}");

    assert_eq!(
        move_to(&app, counsellor, id, "counselling").await.0,
        StatusCode::OK
    );
    let (status, problem) = move_to(&app, counsellor, id, "decided").await;
    assert_eq!(
        (status, guard_codes(&problem)),
        (
            StatusCode::CONFLICT,
            vec![
                "counselling_missing".to_string(),
                "consent_missing".to_string()
            ]
        )
    );
    assert!(
        problem["guards"][0]["explanation"]
            .as_str()
            .unwrap()
            .contains("informed decision")
    );

    post_ok(&app, counsellor, &format!("{base}/counselling-sessions"),
        json!({ "held_on": "2026-03-01", "mode": "in_person", "language": "ff", "interpreter": "Mariama Sow", "topics": ["return_process", "right_to_withdraw"] })).await;
    post_ok(&app, counsellor, &format!("{base}/consents"),
        json!({ "purpose": "return", "given_on": "2026-03-01", "method": "witnessed_oral", "witness": "Adama Koné", "language": "ff", "interpreter": "Mariama Sow" })).await;
    let screened = post_ok(
        &app,
        counsellor,
        &format!("{base}/screenings"),
        json!({ "with_parent_or_usual_caregiver": false }),
    )
    .await;
    assert_eq!(screened["priority"], "urgent");
    assert!(
        screened["special_needs"]
            .as_array()
            .unwrap()
            .contains(&json!("guardian"))
    );
    assert!(
        screened["sensitive"]["screening"]["result"]["categories"]
            .as_array()
            .unwrap()
            .contains(&json!("unaccompanied_or_separated_child"))
    );

    assert_eq!(
        move_to(&app, counsellor, id, "decided").await.0,
        StatusCode::OK
    );
    assert_eq!(
        move_to(&app, counsellor, id, "pre_departure").await.0,
        StatusCode::OK
    );
    post_ok(&app, counsellor, &format!("{base}/travel-documents"),
        json!({ "kind": "laissez_passer", "number": "LP-2026-0042", "issuing_country": "GIN", "issued_on": "2026-03-01", "expires_on": "2026-06-01" })).await;
    let (status, problem) = move_to(&app, counsellor, id, "departed").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(problem["code"], "guards_unmet");
    assert_eq!(
        guard_codes(&problem),
        [
            "guardian_missing",
            "best_interests_assessment_missing",
            "child_escort_missing"
        ]
    );
    let (_, view) = app.get(&base, counsellor).await;
    let departure = view["next_moves"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["to"] == "departed")
        .unwrap();
    assert_eq!(
        departure["unmet_guards"].as_array().unwrap().len(),
        3,
        "the case page shows what blocks departure"
    );

    let (status, _) = app.call(reqwest::Method::PUT, &format!("{base}/guardian"), Some(&counsellor.token),
        json!({ "name": "Aïcha Maïga", "kind": "child_protection_authority", "organisation": "Direction de la protection de l'enfant" })).await;
    assert_eq!(status, StatusCode::OK);
    post_ok(&app, counsellor, &format!("{base}/best-interests-assessments"),
        json!({ "assessed_on": "2026-03-02", "assessed_by": "DPPE Niamey", "outcome": "return_in_best_interests", "summary": "mother traced in Labé" })).await;
    post_ok(
        &app,
        counsellor,
        &format!("{base}/escorts"),
        json!({ "kind": "child_escort", "name": "Aïcha Maïga", "organisation": "DPPE Niamey" }),
    )
    .await;
    let (status, departed) = move_to(&app, counsellor, id, "departed").await;
    assert_eq!(
        (status, departed["stage"].as_str()),
        (StatusCode::OK, Some("departed"))
    );
    let (_, person) = app
        .get(
            &format!("/api/v1/persons/{}", person["id"].as_str().unwrap()),
            counsellor,
        )
        .await;
    assert_eq!(
        person["guardian"]["name"], "Aïcha Maïga",
        "the guardian is on the person too"
    );

    let (_, events) = app.get(&format!("{base}/events"), counsellor).await;
    let kinds: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.first(), Some(&"case_opened"));
    assert_eq!(kinds.last(), Some(&"stage_changed"));
    assert!(
        events
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["actor"] == counsellor.user.id.to_string().as_str())
    );
}

#[tokio::test]
async fn withdrawal_of_consent_goes_back_to_counselling() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Seydou", "Traoré").await;
    let case = app
        .open_case(counsellor, &person, "assisted_voluntary_return")
        .await;
    let id = case["id"].as_str().unwrap();
    let base = format!("/api/v1/cases/{id}");
    move_to(&app, counsellor, id, "counselling").await;
    post_ok(&app, counsellor, &format!("{base}/counselling-sessions"), json!({ "held_on": "2026-03-01", "mode": "video", "language": "bm", "topics": ["return_process"] })).await;
    let consented = post_ok(&app, counsellor, &format!("{base}/consents"), json!({ "purpose": "return", "given_on": "2026-03-01", "method": "signature", "language": "fr" })).await;
    let consent_id = consented["consents"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        move_to(&app, counsellor, id, "decided").await.0,
        StatusCode::OK
    );
    let (status, back) = app
        .post(
            &format!("{base}/consents/{consent_id}/withdrawal"),
            counsellor,
            json!({ "outcome": "back_to_counselling", "reason": "wants to wait for family news" }),
        )
        .await;
    assert_eq!(
        (status, back["stage"].as_str()),
        (StatusCode::OK, Some("counselling"))
    );
    let (status, problem) = app
        .post(
            &format!("{base}/consents/{consent_id}/withdrawal"),
            counsellor,
            json!({ "outcome": "close_case" }),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("consent_already_withdrawn"))
    );
    let (status, problem) = app
        .post(
            &format!("{base}/transitions"),
            counsellor,
            json!({ "to": "closed" }),
        )
        .await;
    assert_eq!(
        (status, problem["errors"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("closure_reason"))
    );
    let (status, problem) = app
        .post(
            &format!("{base}/transitions"),
            counsellor,
            json!({ "to": "closed", "closure_reason": "withdrew" }),
        )
        .await;
    assert_eq!(
        (status, problem["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("reason_required"))
    );
    let (status, closed) = app
        .post(
            &format!("{base}/transitions"),
            counsellor,
            json!({ "to": "closed", "closure_reason": "withdrew", "reason": "decided to stay" }),
        )
        .await;
    assert_eq!(
        (status, closed["closure"]["reason"].as_str()),
        (StatusCode::OK, Some("withdrew"))
    );
    let (status, reopened) = app
        .post(
            &format!("{base}/reopen"),
            counsellor,
            json!({ "reason": "came back to the office" }),
        )
        .await;
    assert_eq!(
        (status, reopened["stage"].as_str()),
        (StatusCode::OK, Some("counselling"))
    );
}

#[tokio::test]
async fn forced_return_waits_for_protection_concerns() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Lamin", "Jallow").await;
    let case = app.open_case(counsellor, &person, "forced_return").await;
    assert_eq!(case["eurostat_return_type"], "FORC");
    let id = case["id"].as_str().unwrap();
    let base = format!("/api/v1/cases/{id}");
    let (status, problem) = app.post(&format!("{base}/consents"), counsellor, json!({ "purpose": "return", "given_on": "2026-03-01", "method": "signature", "language": "en" })).await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("not_voluntary_return"))
    );
    let (status, _) = app.call(reqwest::Method::PUT, &format!("{base}/return-decision"), Some(&counsellor.token),
        json!({ "reference": "RD-2026-0042", "authority": "Ministère de l'Intérieur", "decided_on": "2026-02-01" })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        move_to(&app, counsellor, id, "decided").await.0,
        StatusCode::OK
    );
    assert_eq!(
        move_to(&app, counsellor, id, "pre_departure").await.0,
        StatusCode::OK
    );
    post_ok(&app, counsellor, &format!("{base}/travel-documents"),
        json!({ "kind": "emergency_travel_document", "number": "ETD 555", "issuing_country": "GMB", "issued_on": "2026-02-20", "expires_on": "2026-05-20" })).await;
    let raised = post_ok(
        &app,
        counsellor,
        &format!("{base}/protection-concerns"),
        json!({ "kind": "suspensive_appeal", "description": "appeal lodged on 28 February" }),
    )
    .await;
    let concern = raised["sensitive"]["protection_concerns"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    post_ok(
        &app,
        counsellor,
        &format!("{base}/escorts"),
        json!({ "kind": "escort_officer", "name": "Brigadier Idrissa Moussa" }),
    )
    .await;

    let (status, problem) = move_to(&app, counsellor, id, "departed").await;
    assert_eq!(
        (status, guard_codes(&problem)),
        (
            StatusCode::CONFLICT,
            vec!["protection_concern_open".to_string()]
        )
    );
    assert_eq!(problem["guards"][0]["records"][0], concern.as_str());
    // The consular officer may move a case to departure but does not see what the concern is.
    let consular = fixture.user(Role::ConsularOfficer);
    let (status, problem) = move_to(&app, consular, id, "departed").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(problem["guards"][0].get("records").is_none());
    let (_, seen) = app.get(&base, consular).await;
    assert!(
        seen.get("sensitive").is_none(),
        "no sensitive section for the consular officer"
    );

    let (status, _) = app
        .post(
            &format!("{base}/protection-concerns/{concern}/closure"),
            consular,
            json!({ "resolution": "x" }),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "only authorised roles close concerns"
    );
    post_ok(
        &app,
        counsellor,
        &format!("{base}/protection-concerns/{concern}/closure"),
        json!({ "resolution": "appeal rejected on 1 March" }),
    )
    .await;
    let (status, departed) = move_to(&app, consular, id, "departed").await;
    assert_eq!(
        (status, departed["stage"].as_str()),
        (StatusCode::OK, Some("departed"))
    );
}

#[tokio::test]
async fn trafficking_presumption_is_not_revealed_to_roles_without_sensitive_access() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Blessing", "Okafor").await;
    let case = app
        .open_case(
            counsellor,
            &person,
            "assisted_voluntary_return_and_reintegration",
        )
        .await;
    let id = case["id"].as_str().unwrap();
    let base = format!("/api/v1/cases/{id}");
    move_to(&app, counsellor, id, "counselling").await;
    post_ok(
        &app,
        counsellor,
        &format!("{base}/screenings"),
        json!({ "under_18": false, "trafficking_indicators": ["sexual_exploitation"] }),
    )
    .await;
    let (_, seen_by_counsellor) = app.get(&base, counsellor).await;
    let decided = |view: &Value| {
        view["next_moves"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["to"] == "decided")
            .cloned()
            .unwrap()
    };
    let codes = |m: Value| {
        m["unmet_guards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["code"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert!(
        codes(decided(&seen_by_counsellor)).contains(&"trafficking_referral_missing".to_string())
    );
    let monitor = fixture.user(Role::Monitor);
    let (_, seen_by_monitor) = app.get(&base, monitor).await;
    let text = seen_by_monitor.to_string();
    assert!(!text.contains("trafficking"), "{text}");
    assert!(codes(decided(&seen_by_monitor)).contains(&"protection_requirement_unmet".to_string()));
    let (_, events) = app.get(&format!("{base}/events"), monitor).await;
    let screening = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "screening_recorded")
        .unwrap();
    assert_eq!(screening["restricted"], true);
    assert!(screening.get("data").is_none());
}
