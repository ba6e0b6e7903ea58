use bayiri_testkit::TestApp;
use futures::future::join_all;
use reqwest::StatusCode;
use serde_json::json;

/// Ten users change the same case at the same moment, each from version 1: exactly one
/// change lands, nine are told the case changed, and the history shows one change.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_never_silently_overwrite() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Idrissa", "Maïga").await;
    let case = app
        .open_case(counsellor, &person, "assisted_voluntary_return")
        .await;
    let path = format!("/api/v1/cases/{}", case["id"].as_str().unwrap());
    let flags = [
        "media_attention",
        "document_lost",
        "family_tracing",
        "site_visit",
        "escort_needed",
        "priority_review",
        "lost_phone",
        "new_address",
        "waiting_list",
        "call_back",
    ];
    let requests = flags.iter().map(|flag| {
        let app = &app;
        let path = path.clone();
        let token = counsellor.token.clone();
        async move {
            app.client
                .patch(app.url(&path))
                .bearer_auth(token)
                .header("if-match", "\"1\"")
                .json(&json!({ "flags": [flag] }))
                .send()
                .await
                .unwrap()
                .status()
        }
    });
    let statuses = join_all(requests).await;
    let ok = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let conflicts = statuses
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    assert_eq!((ok, conflicts), (1, 9), "{statuses:?}");
    let (_, events) = app.get(&format!("{path}/events"), counsellor).await;
    assert_eq!(events.as_array().unwrap().len(), 2);
    let (_, now) = app.get(&path, counsellor).await;
    assert_eq!(now["version"], 2);
    assert_eq!(now["flags"].as_array().unwrap().len(), 1);
}

/// Commands sent without a version all apply, one after the other, on the latest state.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_records_are_all_kept() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Kadiatou", "Barry").await;
    let case = app
        .open_case(counsellor, &person, "assisted_voluntary_return")
        .await;
    let path = format!(
        "/api/v1/cases/{}/counselling-sessions",
        case["id"].as_str().unwrap()
    );
    let requests = (0..6).map(|i| {
        let app = &app;
        let path = path.clone();
        let token = counsellor.token.clone();
        async move {
            let body = json!({ "held_on": "2026-03-01", "mode": "phone", "language": "ff", "topics": ["return_process"], "notes": format!("call {i}") });
            app.client.post(app.url(&path)).bearer_auth(token).json(&body).send().await.unwrap().status()
        }
    });
    let statuses = join_all(requests).await;
    // Without a version a command applies to whatever the case is when it runs; on
    // PostgreSQL two commands may still race for the same version, and the loser is told so.
    let created = statuses
        .iter()
        .filter(|s| **s == StatusCode::CREATED)
        .count();
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::CREATED || *s == StatusCode::CONFLICT),
        "{statuses:?}"
    );
    let (_, now) = app
        .get(
            &format!("/api/v1/cases/{}", case["id"].as_str().unwrap()),
            counsellor,
        )
        .await;
    assert_eq!(
        now["counselling_sessions"].as_array().unwrap().len(),
        created
    );
    assert_eq!(now["version"].as_i64(), Some(1 + created as i64));
}
