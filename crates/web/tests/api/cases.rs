use bayiri_testkit::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

#[tokio::test]
async fn opening_a_case_issues_a_number_of_the_office() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app
        .register_person(counsellor, "Mamadou Lamine", "Diallo")
        .await;
    let first = app
        .open_case(
            counsellor,
            &person,
            "assisted_voluntary_return_and_reintegration",
        )
        .await;
    let second = app
        .open_case(counsellor, &person, "voluntary_humanitarian_return")
        .await;
    assert_eq!(first["number"], "NER-2026-000001");
    assert_eq!(second["number"], "NER-2026-000002");
    assert_eq!(first["stage"], "registered");
    assert_eq!(first["eurostat_return_type"], "ASSI_VOLU");
    assert_eq!(first["principal"]["display_name"], "Mamadou Lamine DIALLO");
    assert_eq!(first["community_of_return"]["admin1"]["pcode"], "GN6");
    assert_eq!(first["version"], 1);

    let response = app
        .send(
            Method::GET,
            &format!("/api/v1/cases/{}", first["id"].as_str().unwrap()),
            Some(&counsellor.token),
            Value::Null,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["etag"], "\"1\"");
    assert_eq!(response.headers()["cache-control"], "no-store");
    let (status, found) = app
        .get("/api/v1/cases/by-number/ner-2026-000002", counsellor)
        .await;
    assert_eq!((status, &found["id"]), (StatusCode::OK, &second["id"]));
}

#[tokio::test]
async fn bad_input_gets_every_field_error_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let (status, problem) = app
        .post(
            "/api/v1/persons",
            counsellor,
            json!({ "registered_in": "XXX", "given_names": "", "family_name": "", "date_of_birth": "2031-02-30", "languages": ["zz"], "sex": "female" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["code"], "validation_failed");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "registered_in",
            "given_names",
            "date_of_birth",
            "languages[0]"
        ]
    );
    let (_, list) = app.get("/api/v1/persons", counsellor).await;
    assert_eq!(
        list["items"].as_array().unwrap().len(),
        0,
        "nothing half-written"
    );

    let (status, problem) = app.post("/api/v1/persons", counsellor, json!({ "registered_in": "NER", "given_names": "A", "family_name": "B", "sex": "unknown_value" })).await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_body"))
    );
    let response = app
        .client
        .post(app.url("/api/v1/persons"))
        .bearer_auth(&counsellor.token)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);

    let person = app.register_person(counsellor, "Awa", "Sarr").await;
    let (status, problem) = app
        .post("/api/v1/cases", counsellor, json!({ "principal": person, "category": "forced_return", "host_country": "NER", "return_country": "NER", "return_country_relation": "origin" }))
        .await;
    assert_eq!(
        (status, problem["errors"][0]["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("same_as_host_country")
        )
    );
    let (status, problem) = app
        .post("/api/v1/cases", counsellor, json!({ "principal": uuid_nil(), "category": "forced_return", "host_country": "NER", "return_country": "SEN", "return_country_relation": "origin" }))
        .await;
    assert_eq!(
        (status, problem["errors"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("principal"))
    );
    let (_, list) = app.get("/api/v1/cases", counsellor).await;
    assert!(list["items"].as_array().unwrap().is_empty());
}

fn uuid_nil() -> String {
    "00000000-0000-7000-8000-000000000000".into()
}

#[tokio::test]
async fn updates_need_the_version_and_stale_ones_are_refused() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Moussa", "Keïta").await;
    let case = app
        .open_case(counsellor, &person, "assisted_voluntary_return")
        .await;
    let path = format!("/api/v1/cases/{}", case["id"].as_str().unwrap());

    let (status, problem) = app
        .call(
            Method::PATCH,
            &path,
            Some(&counsellor.token),
            json!({ "priority": "high" }),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::PRECONDITION_REQUIRED, Some("version_required"))
    );

    let response = app
        .client
        .patch(app.url(&path))
        .bearer_auth(&counsellor.token)
        .header("if-match", "\"1\"")
        .json(&json!({ "priority": "high", "flags": ["family_tracing"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["etag"], "\"2\"");
    let updated: Value = response.json().await.unwrap();
    assert_eq!(
        (updated["priority"].as_str(), updated["flags"][0].as_str()),
        (Some("high"), Some("family_tracing"))
    );

    let (status, problem) = app
        .call(
            Method::PATCH,
            &path,
            Some(&counsellor.token),
            json!({ "expected_version": 1, "priority": "normal" }),
        )
        .await;
    assert_eq!(
        (
            status,
            problem["code"].as_str(),
            problem["current_version"].as_i64()
        ),
        (StatusCode::CONFLICT, Some("version_conflict"), Some(2))
    );
    let (_, now) = app.get(&path, counsellor).await;
    assert_eq!(now["priority"], "high", "the stale write changed nothing");

    let (status, problem) = app
        .call(
            Method::PATCH,
            &path,
            Some(&counsellor.token),
            json!({ "expected_version": 2, "flags": ["Not A Flag"] }),
        )
        .await;
    assert_eq!(
        (status, problem["errors"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("flags[0]"))
    );
}

#[tokio::test]
async fn person_updates_keep_concurrent_edits_apart() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let id = app.register_person(counsellor, "Ousmane", "Sow").await;
    let path = format!("/api/v1/persons/{id}");
    let body = |given: &str, version: i64| json!({ "expected_version": version, "given_names": given, "family_name": "Sow", "sex": "male", "claimed_nationality": "SEN" });
    let (status, updated) = app
        .call(
            Method::PUT,
            &path,
            Some(&counsellor.token),
            body("Usman", 1),
        )
        .await;
    assert_eq!(
        (status, updated["version"].as_i64()),
        (StatusCode::OK, Some(2))
    );
    let (status, problem) = app
        .call(
            Method::PUT,
            &path,
            Some(&counsellor.token),
            body("Ousman", 1),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("version_conflict"))
    );
    let (_, person) = app.get(&path, counsellor).await;
    assert_eq!(person["names"]["given_names"], "Usman");
}

#[tokio::test]
async fn case_list_filters_searches_and_pages() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let names = [
        ("Fatoumata", "Bah"),
        ("Sékou", "N'Diaye"),
        ("Chinedu", "Okafor"),
        ("Aminata", "Touré"),
        ("Ibrahima", "Camara"),
    ];
    let mut ids = Vec::new();
    for (given, family) in names {
        let person = app.register_person(counsellor, given, family).await;
        let case = app
            .open_case(
                counsellor,
                &person,
                "assisted_voluntary_return_and_reintegration",
            )
            .await;
        ids.push(case["id"].as_str().unwrap().to_string());
    }
    let (_, found) = app.get("/api/v1/cases?q=ndiaye", counsellor).await;
    assert_eq!(found["items"].as_array().unwrap().len(), 1);
    assert_eq!(found["items"][0]["principal_name"], "Sékou N'DIAYE");
    let (_, found) = app.get("/api/v1/cases?q=NER-2026-000003", counsellor).await;
    assert_eq!(found["items"][0]["id"], ids[2].as_str());
    let (_, none) = app.get("/api/v1/cases?stage=counselling", counsellor).await;
    assert!(none["items"].as_array().unwrap().is_empty());
    let (status, problem) = app.get("/api/v1/cases?stage=flying", counsellor).await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_query"))
    );

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/v1/cases?limit=2&cursor={c}"),
            None => "/api/v1/cases?limit=2".to_string(),
        };
        let (status, page) = app.get(&path, counsellor).await;
        assert_eq!(status, StatusCode::OK);
        seen.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["id"].as_str().unwrap().to_string()),
        );
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_string()),
            None => break,
        }
    }
    ids.reverse();
    assert_eq!(seen, ids, "every case once, newest first");
}
