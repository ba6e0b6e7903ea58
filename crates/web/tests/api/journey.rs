//! The return journey through the API: consular requests, manifests and their guards,
//! departure, pre-arrival notifications, arrivals, assistance, spontaneous returnees,
//! monitoring, indicators — with who may see what.

use bayiri_domain::access::Role;
use bayiri_domain::organisation::{Organisation, OrganisationKind};
use bayiri_testkit::{Fixture, TestApp, TestUser};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

pub async fn ok(app: &TestApp, user: &TestUser, path: &str, body: Value) -> Value {
    let (status, body) = app.post(path, user, body).await;
    assert!(status.is_success(), "{path}: {status} {body}");
    body
}

/// A user of another organisation (created if needed) with an API token, by logging in.
pub async fn outside_user(
    app: &TestApp,
    organisation: &str,
    kind: OrganisationKind,
    username: &str,
    role: Role,
    countries: &[&str],
) -> TestUser {
    let store = app.store();
    let mut tx = store.begin().await.unwrap();
    if tx.organisation_by_code(organisation).await.is_err() {
        let org = Organisation::new(
            bayiri_domain::ids::OrganisationId::from_uuid(uuid::Uuid::new_v4()),
            organisation,
            &format!("Organisation {organisation}"),
            kind,
            "NER",
        )
        .unwrap();
        tx.insert_organisation(&org).await.unwrap();
    }
    tx.commit().await.unwrap();
    let user = app
        .service
        .create_user_as_system(
            organisation,
            bayiri_service::NewUser {
                username: username.into(),
                display_name: format!("User {username}"),
                password: "a long enough password 2026".into(),
                role,
                countries: countries.iter().map(|c| c.to_string()).collect(),
                language: Some("en".into()),
            },
        )
        .await
        .unwrap();
    let (status, login) = app
        .call(
            Method::POST,
            "/api/v1/auth/login",
            None,
            json!({ "username": username, "password": "a long enough password 2026" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{login}");
    TestUser {
        user,
        token: login["token"].as_str().unwrap().to_string(),
    }
}

/// Reference data: an airport in Guinea, a land border point in Mali, and the Guinean
/// consulate in Niamey with its consular officer.
pub struct Reference {
    pub airport: String,
    pub border: String,
    pub mission: String,
    pub consular: TestUser,
}

pub async fn reference(app: &TestApp, fixture: &Fixture) -> Reference {
    let admin = fixture.user(Role::Administrator);
    let airport = ok(app, admin, "/api/v1/border-points", json!({ "code": "CKY", "name": "Conakry Gbessia", "kind": "airport", "country": "GIN", "admin1": "Conakry", "latitude": 9.577, "longitude": -13.612 })).await;
    let border = ok(app, admin, "/api/v1/border-points", json!({ "code": "MLI-GOGUI", "name": "Gogui", "kind": "land_border", "country": "MLI", "admin1": "Kayes", "locality": "Gogui" })).await;
    let consular = outside_user(
        app,
        "CONS-GIN",
        OrganisationKind::Consulate,
        "consul.gin",
        Role::ConsularOfficer,
        &["NER"],
    )
    .await;
    let mission = ok(app, admin, "/api/v1/consular-missions", json!({ "organisation": "CONS-GIN", "name": "Consulat général de Guinée à Niamey", "represents": "GIN", "located_in": "NER", "covers": ["BFA"] })).await;
    Reference {
        airport: airport["id"].as_str().unwrap().into(),
        border: border["id"].as_str().unwrap().into(),
        mission: mission["id"].as_str().unwrap().into(),
        consular,
    }
}

/// A case in pre-departure with counselling, consent, a valid travel document; returns its id.
pub async fn ready_case(
    app: &TestApp,
    counsellor: &TestUser,
    given: &str,
    family: &str,
    category: &str,
) -> String {
    let person = app.register_person(counsellor, given, family).await;
    let case = app.open_case(counsellor, &person, category).await;
    let id = case["id"].as_str().unwrap().to_string();
    let base = format!("/api/v1/cases/{id}");
    let to = |stage: &str| json!({ "to": stage });
    if category == "forced_return" {
        let (status, body) = app
            .call(
                Method::PUT,
                &format!("{base}/return-decision"),
                Some(&counsellor.token),
                json!({ "reference": "RD-2026-17", "authority": "Direction de la surveillance du territoire", "decided_on": "2026-02-20" }),
            )
            .await;
        assert!(status.is_success(), "{body}");
        ok(
            app,
            counsellor,
            &format!("{base}/transitions"),
            to("decided"),
        )
        .await;
        ok(
            app,
            counsellor,
            &format!("{base}/transitions"),
            to("pre_departure"),
        )
        .await;
        ok(app, counsellor, &format!("{base}/travel-documents"), json!({ "kind": "laissez_passer", "number": format!("LP{}", &id[..8]), "issuing_country": "GIN", "issued_on": "2026-03-01", "expires_on": "2026-09-01" })).await;
        return id;
    }
    ok(
        app,
        counsellor,
        &format!("{base}/transitions"),
        to("counselling"),
    )
    .await;
    ok(app, counsellor, &format!("{base}/counselling-sessions"), json!({ "held_on": "2026-03-01", "mode": "in_person", "language": "ff", "topics": ["return_process", "right_to_withdraw"] })).await;
    ok(app, counsellor, &format!("{base}/consents"), json!({ "purpose": "return", "given_on": "2026-03-01", "method": "signature", "language": "ff" })).await;
    ok(
        app,
        counsellor,
        &format!("{base}/transitions"),
        to("decided"),
    )
    .await;
    ok(
        app,
        counsellor,
        &format!("{base}/transitions"),
        to("pre_departure"),
    )
    .await;
    ok(app, counsellor, &format!("{base}/travel-documents"), json!({ "kind": "emergency_travel_document", "number": format!("ETD{}", &id[..8]), "issuing_country": "GIN", "issued_on": "2026-03-01", "expires_on": "2026-09-01" })).await;
    id
}

fn operation_body(point: &str, forced: bool, capacity: u32) -> Value {
    json!({
        "reference": if forced { "NIM-CKY-FORCED" } else { "NIM-CKY-2026-03" },
        "kind": "charter_flight", "forced": forced,
        "departure_country": "NER", "destination_country": "GIN", "arrival_point": point,
        "planned_on": "2026-03-10", "capacity": capacity,
        "legs": [{ "mode": "air", "carrier": "Air Côte d'Ivoire", "number": "HF 565", "from": "NIM", "to": "CKY",
                   "departs_at": "2026-03-10T08:00", "arrives_at": "2026-03-10T11:30" }]
    })
}

fn codes(problem: &Value) -> Vec<String> {
    problem["guards"]
        .as_array()
        .map(|g| {
            g.iter()
                .map(|g| g["code"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn consular_request_to_document_issued_verifies_the_nationality() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let reference = reference(&app, &fixture).await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Aminata", "Camara").await;
    let case = app
        .open_case(counsellor, &person, "voluntary_humanitarian_return")
        .await;
    let id = case["id"].as_str().unwrap();
    let body = json!({ "mission_id": reference.mission, "document": "laissez_passer",
        "evidence": [{ "kind": "birth_certificate", "reference": "AN-1997-445" }, { "kind": "photograph" }] });
    let path = format!("/api/v1/cases/{id}/consular-requests");

    let (status, problem) = app.post(&path, counsellor, body.clone()).await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("consent_to_share_missing"))
    );
    ok(&app, counsellor, &format!("/api/v1/cases/{id}/consents"), json!({ "purpose": "data_sharing_with_authorities", "given_on": "2026-03-01", "method": "thumbprint", "language": "ff" })).await;
    let (status, problem) = app
        .post(
            &path,
            counsellor,
            json!({ "mission_id": reference.mission, "evidence": [] }),
        )
        .await;
    assert_eq!(
        (status, problem["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("evidence_required"))
    );
    let (status, request) = app.post(&path, counsellor, body).await;
    assert_eq!(status, StatusCode::CREATED, "{request}");
    assert_eq!(
        request["fee"],
        json!({ "terms": "exempt", "exemption": "humanitarian_return" }),
        "humanitarian returns pay no fee"
    );
    let rid = request["id"].as_str().unwrap();

    // The mission's officer sees the request, without the case; another consulate sees nothing.
    let (_, page) = app
        .get("/api/v1/consular-requests", &reference.consular)
        .await;
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    let seen = &page["items"][0];
    assert_eq!(seen["person"]["family_name"], "Camara");
    assert!(
        seen.get("case_number").is_none() && seen.get("case_id").is_none(),
        "{seen}"
    );
    let other = outside_user(
        &app,
        "CONS-MLI",
        OrganisationKind::Consulate,
        "consul.mli",
        Role::ConsularOfficer,
        &["NER"],
    )
    .await;
    let (_, page) = app.get("/api/v1/consular-requests", &other).await;
    assert!(page["items"].as_array().unwrap().is_empty());
    let (status, mut hidden) = app
        .get(&format!("/api/v1/consular-requests/{rid}"), &other)
        .await;
    let (missing_status, mut missing) = app
        .get(
            "/api/v1/consular-requests/01960000-0000-7000-8000-000000000000",
            &other,
        )
        .await;
    hidden["correlation_id"] = Value::Null;
    missing["correlation_id"] = Value::Null;
    assert_eq!((status, &hidden), (missing_status, &missing));
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .get(&format!("/api/v1/cases/{id}"), &reference.consular)
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "the consulate never sees the case"
    );

    let decide = |version: i64, body: Value| {
        let mut body = body;
        body["expected_version"] = json!(version);
        body
    };
    let decisions = format!("/api/v1/consular-requests/{rid}/decisions");
    ok(&app, &reference.consular, &decisions, decide(1, json!({ "status": "interview_scheduled", "interview_on": "2026-03-04", "interview_place": "Consulat, Niamey" }))).await;
    let (status, stale) = app
        .post(
            &decisions,
            &reference.consular,
            decide(1, json!({ "status": "nationality_confirmed" })),
        )
        .await;
    assert_eq!(
        (status, stale["code"].as_str()),
        (StatusCode::CONFLICT, Some("version_conflict"))
    );
    let (status, refused) = app.post(&decisions, &reference.consular, decide(2, json!({ "status": "document_issued", "document_number": "LP1", "issued_on": "2026-03-02", "expires_on": "2026-06-02" }))).await;
    assert_eq!(
        (status, refused["code"].as_str()),
        (StatusCode::CONFLICT, Some("consular_status_not_allowed"))
    );
    ok(
        &app,
        &reference.consular,
        &decisions,
        decide(2, json!({ "status": "nationality_confirmed" })),
    )
    .await;
    let (status, invalid) = app.post(&decisions, &reference.consular, decide(3, json!({ "status": "document_issued", "issued_on": "2030-01-01", "expires_on": "nope" }))).await;
    let fields: Vec<&str> = invalid["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        (status, fields),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec!["document_number", "issued_on", "expires_on"]
        )
    );
    let issued = ok(&app, &reference.consular, &decisions, decide(3, json!({ "status": "document_issued", "document_number": "LP-2026-0042", "issued_on": "2026-03-02", "expires_on": "2026-06-02" }))).await;
    assert_eq!(issued["status"], "document_issued");
    assert_eq!(issued["history"].as_array().unwrap().len(), 4);

    let (_, person) = app
        .get(&format!("/api/v1/persons/{person}"), counsellor)
        .await;
    assert_eq!(person["nationality"]["verified"]["country"], "GIN");
    assert_eq!(
        person["nationality"]["verified"]["verified_by"],
        reference.consular.user.id.to_string().as_str()
    );
    let (_, case) = app.get(&format!("/api/v1/cases/{id}"), counsellor).await;
    assert_eq!(case["travel_documents"][0]["number"], "LP20260042");
    let (_, page) = app.get("/api/v1/consular-requests", counsellor).await;
    assert_eq!(page["items"][0]["case_number"], case["number"]);
    assert_eq!(page["turnaround"][0]["issued"], 1);
    assert_eq!(page["turnaround"][0]["median_days_to_issue"], 0.0);
}

#[tokio::test]
async fn consular_requests_become_overdue_after_the_limit() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let reference = reference(&app, &fixture).await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Ibrahima", "Sylla").await;
    let case = app.open_case(counsellor, &person, "forced_return").await;
    let id = case["id"].as_str().unwrap();
    ok(&app, counsellor, &format!("/api/v1/cases/{id}/consular-requests"), json!({ "mission_id": reference.mission, "evidence": [{ "kind": "fingerprints" }], "fee_amount": "15000", "fee_currency": "XOF" })).await;
    let (_, page) = app
        .get("/api/v1/consular-requests?overdue=true", counsellor)
        .await;
    assert!(page["items"].as_array().unwrap().is_empty());
    app.clock.advance(time::Duration::days(31));
    // API tokens last 30 days: the mission's officer logs in now.
    let officer = outside_user(
        &app,
        "CONS-GIN",
        OrganisationKind::Consulate,
        "consul.gin.2",
        Role::ConsularOfficer,
        &["NER"],
    )
    .await;
    let (_, page) = app
        .get("/api/v1/consular-requests?overdue=true", &officer)
        .await;
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(page["items"][0]["fee"]["amount"]["minor"], 15000);
    assert_eq!(page["turnaround"][0]["overdue"], 1);
}

#[tokio::test]
async fn a_manifest_refuses_blocked_cases_and_the_journey_ends_with_assistance() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let reference = reference(&app, &fixture).await;
    let counsellor = fixture.counsellor();
    let ready = ready_case(
        &app,
        counsellor,
        "Mamadou",
        "Bah",
        "assisted_voluntary_return",
    )
    .await;
    let child = ready_case(
        &app,
        counsellor,
        "Alpha",
        "Barry",
        "assisted_voluntary_return",
    )
    .await;
    ok(&app, counsellor, &format!("/api/v1/cases/{child}/screenings"), json!({ "under_18": false, "serious_medical_condition": true, "needs_medical_escort": true, "needs_interpreter": true })).await;

    let (status, operation) = app
        .post(
            "/api/v1/operations",
            counsellor,
            operation_body(&reference.airport, false, 1),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{operation}");
    let op = operation["id"].as_str().unwrap();
    let manifest = format!("/api/v1/operations/{op}/manifest");

    let (status, problem) = app
        .post(&manifest, counsellor, json!({ "case_id": child }))
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("guards_unmet"))
    );
    assert_eq!(
        codes(&problem),
        [
            "fitness_to_travel_missing",
            "medical_escort_missing",
            "interpreter_missing"
        ]
    );
    assert!(
        problem["guards"][0]["explanation"]
            .as_str()
            .unwrap()
            .contains("medical needs")
    );
    let (_, number) = app.get(&format!("/api/v1/cases/{ready}"), counsellor).await;
    let number = number["number"].as_str().unwrap().to_string();
    let added = ok(
        &app,
        counsellor,
        &manifest,
        json!({ "case_number": number, "expected_version": 1 }),
    )
    .await;
    assert_eq!(added["seats_taken"], 1);
    let (status, stale) = app
        .post(
            &manifest,
            counsellor,
            json!({ "case_id": child, "expected_version": 1 }),
        )
        .await;
    assert_eq!(
        (status, stale["code"].as_str()),
        (StatusCode::CONFLICT, Some("version_conflict"))
    );
    let (status, full) = app
        .post(&manifest, counsellor, json!({ "case_id": ready }))
        .await;
    assert_eq!(
        (status, full["code"].as_str()),
        (StatusCode::CONFLICT, Some("already_listed"))
    );

    // Carriers get names, documents and assistance codes; never case numbers or needs.
    let response = app
        .send(
            Method::GET,
            &format!("/api/v1/operations/{op}/manifest.csv"),
            Some(&counsellor.token),
            Value::Null,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("manifest-NIM-CKY-2026-03.csv")
    );
    let csv = response.text().await.unwrap();
    assert!(
        csv.starts_with("No,Family name,Given names,Sex,Date of birth,Nationality,Document type"),
        "{csv}"
    );
    assert!(
        csv.contains("BAH,Mamadou,M,1997-05-14,GIN,emergency travel document"),
        "{csv}"
    );
    assert!(!csv.contains(&number));
    let xlsx = app
        .send(
            Method::GET,
            &format!("/api/v1/operations/{op}/manifest.xlsx"),
            Some(&counsellor.token),
            Value::Null,
        )
        .await;
    assert_eq!(xlsx.status(), StatusCode::OK);
    assert_eq!(&xlsx.bytes().await.unwrap()[..2], b"PK");
    let (status, _) = app
        .get(
            &format!("/api/v1/operations/{op}"),
            fixture.user(Role::ReceptionOfficer),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "reception sees the notice, not the operation"
    );

    // Reception in Guinea is told who is coming and what to prepare for.
    let reception = fixture.user(Role::ReceptionOfficer);
    let (_, notices) = app.get("/api/v1/arrivals/expected", reception).await;
    assert_eq!(notices[0]["reference"], "NIM-CKY-2026-03");
    assert_eq!(notices[0]["point_code"], "CKY");
    assert_eq!(notices[0]["persons"][0]["name"], "Mamadou BAH");
    assert!(notices[0]["persons"][0].get("number").is_none());
    let other_country = outside_user(
        &app,
        "NGO-SEN",
        OrganisationKind::Ngo,
        "reception.sen",
        Role::ReceptionOfficer,
        &["SEN"],
    )
    .await;
    let (_, none) = app.get("/api/v1/arrivals/expected", &other_country).await;
    assert!(none.as_array().unwrap().is_empty());

    let (status, departure) = app
        .post(
            &format!("/api/v1/operations/{op}/departure"),
            counsellor,
            json!({}),
        )
        .await;
    assert_eq!(
        (status, departure["status"].as_str()),
        (StatusCode::OK, Some("departed")),
        "{departure}"
    );
    let (_, case) = app.get(&format!("/api/v1/cases/{ready}"), counsellor).await;
    assert_eq!(case["stage"], "departed");

    // Too early: the arrival cannot come before the departure; then confirmed in one call.
    let (status, early) = app
        .post(
            "/api/v1/arrivals",
            reception,
            json!({ "operation_id": op, "arrived_at": "2026-03-01T10:00" }),
        )
        .await;
    assert_eq!(
        (status, early["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("before_departure"))
    );
    app.clock.advance(time::Duration::hours(4));
    let (status, arrivals) = app
        .post("/api/v1/arrivals", reception, json!({ "operation_id": op }))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{arrivals}");
    let arrival = arrivals[0]["id"].as_str().unwrap();
    assert_eq!(arrivals[0]["mode"], "air");
    let (_, case) = app.get(&format!("/api/v1/cases/{ready}"), counsellor).await;
    assert_eq!(case["stage"], "arrived");
    let (_, events) = app
        .get(&format!("/api/v1/cases/{ready}/events"), counsellor)
        .await;
    let kinds: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds[kinds.len() - 2..],
        ["arrival_registered", "stage_changed"]
    );
    let (status, again) = app
        .post("/api/v1/arrivals", reception, json!({ "operation_id": op }))
        .await;
    assert_eq!(
        (status, again["code"].as_str()),
        (StatusCode::CONFLICT, Some("nobody_expected"))
    );

    let person = arrivals[0]["persons"][0]["person_id"].as_str().unwrap();
    let assistance = format!("/api/v1/arrivals/{arrival}/assistance");
    let (status, problem) = app
        .post(
            &assistance,
            reception,
            json!({ "person_id": person, "kind": "pocket_money", "given_by": "" }),
        )
        .await;
    let bad: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        (status, bad),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec!["required", "amount_required"]
        )
    );
    let given = ok(&app, reception, &assistance, json!({ "person_id": person, "kind": "pocket_money", "amount": "500 000", "currency": "GNF", "given_by": "OIM Conakry" })).await;
    assert_eq!(given["assistance"][0]["amount"]["minor"], 500_000);
    assert!(given["awaiting_assistance"].as_array().unwrap().is_empty());

    let analyst = fixture.user(Role::MeAnalyst);
    let (status, indicators) = app.get("/api/v1/indicators/journey", analyst).await;
    assert_eq!(status, StatusCode::OK, "{indicators}");
    assert_eq!(
        indicators["returns_by_mode"],
        json!([{ "month": "2026-03", "country": "GIN", "mode": "air", "returns": 1 }])
    );
    assert_eq!(
        indicators["assistance_within_72_hours"],
        json!({ "arrivals": 1, "assisted_within_72_hours": 1, "share": 1.0 })
    );
}

#[tokio::test]
async fn monitor_reports_are_hidden_from_escorts_and_frozen_once_submitted() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let reference = reference(&app, &fixture).await;
    let counsellor = fixture.counsellor();
    let escort = fixture.user(Role::EscortOfficer);
    let case = ready_case(&app, counsellor, "Ousmane", "Diallo", "forced_return").await;
    let (_, operation) = app
        .post(
            "/api/v1/operations",
            counsellor,
            operation_body(&reference.airport, true, 20),
        )
        .await;
    let op = operation["id"].as_str().unwrap();

    let (status, problem) = app
        .post(
            &format!("/api/v1/operations/{op}/manifest"),
            counsellor,
            json!({ "case_id": case }),
        )
        .await;
    assert_eq!(
        (status, codes(&problem)),
        (
            StatusCode::CONFLICT,
            vec!["escort_officer_missing".to_string()]
        )
    );
    ok(&app, counsellor, &format!("/api/v1/cases/{case}/escorts"), json!({ "kind": "escort_officer", "name": "Brigadier Idrissa Moussa", "organisation": "Police aux frontières" })).await;
    ok(
        &app,
        counsellor,
        &format!("/api/v1/operations/{op}/manifest"),
        json!({ "case_id": case }),
    )
    .await;
    ok(
        &app,
        counsellor,
        &format!("/api/v1/operations/{op}/escort-officers"),
        json!({ "user_id": escort.user.id }),
    )
    .await;

    // The fixture's monitor belongs to the organiser: not independent, so refused.
    let own = fixture.user(Role::Monitor);
    assert_eq!(
        app.get("/api/v1/monitors/me", own).await,
        (StatusCode::OK, Value::Null)
    );
    let (status, _) = app.call(Method::PUT, "/api/v1/monitors/me", Some(&own.token), json!({ "nationality": "NER", "languages": ["fr"], "availability": [{ "from": "2026-03-01", "to": "2026-03-31" }] })).await;
    assert_eq!(status, StatusCode::OK);
    let (status, problem) = app
        .post(
            &format!("/api/v1/operations/{op}/monitors"),
            counsellor,
            json!({ "user_id": own.user.id }),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("monitor_not_independent"))
    );
    let monitor = outside_user(
        &app,
        "CNDH-NER",
        OrganisationKind::Government,
        "monitor.cndh",
        Role::Monitor,
        &["NER"],
    )
    .await;
    let (status, problem) = app.call(Method::PUT, "/api/v1/monitors/me", Some(&monitor.token), json!({ "nationality": "XXX", "languages": [], "availability": [{ "from": "2026-03-31", "to": "2026-03-01" }] })).await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        (status, fields),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec!["nationality", "languages", "availability[0].to"]
        )
    );
    app.call(Method::PUT, "/api/v1/monitors/me", Some(&monitor.token), json!({ "nationality": "SEN", "languages": ["fr", "ff"], "availability": [{ "from": "2026-03-05", "to": "2026-03-15" }] })).await;
    let (_, pool) = app
        .get(&format!("/api/v1/operations/{op}/monitor-pool"), counsellor)
        .await;
    let entry = pool
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["user_id"] == monitor.user.id.to_string().as_str())
        .unwrap();
    assert_eq!(
        (entry["available"].as_bool(), entry["independent"].as_bool()),
        (Some(true), Some(true))
    );
    ok(
        &app,
        counsellor,
        &format!("/api/v1/operations/{op}/monitors"),
        json!({ "user_id": monitor.user.id }),
    )
    .await;

    let reports = format!("/api/v1/operations/{op}/reports");
    let (status, problem) = app
        .post(
            &reports,
            escort,
            json!({ "phase": "pre_departure", "summary": "x" }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{problem}");
    let report = ok(&app, &monitor, &reports, json!({ "phase": "pre_departure", "summary": "Boarding at 06:10, calm.",
        "incidents": [{ "kind": "means_of_restraint", "occurred_at": "2026-03-02T06:30", "description": "Velcro cuffs used on one person for 20 minutes" }],
        "observations": [{ "topic": "information_in_a_language_understood", "finding": "Interpreter in Pular present" }] })).await;
    let rid = report["id"].as_str().unwrap();
    let (status, dup) = app
        .post(
            &reports,
            &monitor,
            json!({ "phase": "pre_departure", "summary": "again" }),
        )
        .await;
    assert_eq!(
        (status, dup["code"].as_str()),
        (StatusCode::CONFLICT, Some("report_exists"))
    );
    let (_, organiser_view) = app.get(&reports, counsellor).await;
    assert!(
        organiser_view.as_array().unwrap().is_empty(),
        "drafts stay with the monitors"
    );
    ok(
        &app,
        &monitor,
        &format!("/api/v1/monitor-reports/{rid}/submission"),
        json!({ "expected_version": 1 }),
    )
    .await;

    // Escorts see the operation and its manifest, never the reports.
    let (status, seen) = app.get(&format!("/api/v1/operations/{op}"), escort).await;
    assert_eq!(
        (status, seen["manifest"].as_array().unwrap().len()),
        (StatusCode::OK, 1)
    );
    assert_eq!(app.get(&reports, escort).await.0, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get(&format!("/api/v1/monitor-reports/{rid}"), escort)
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    let (status, _) = app.call(Method::PUT, &format!("/api/v1/monitor-reports/{rid}"), Some(&escort.token), json!({ "expected_version": 2, "phase": "pre_departure", "summary": "nothing happened" })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app.get(&format!("/api/v1/cases/{case}"), escort).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "escorts read no case");

    let (status, frozen) = app
        .call(
            Method::PUT,
            &format!("/api/v1/monitor-reports/{rid}"),
            Some(&monitor.token),
            json!({ "expected_version": 2, "phase": "pre_departure", "summary": "rewritten" }),
        )
        .await;
    assert_eq!(
        (status, frozen["code"].as_str()),
        (StatusCode::CONFLICT, Some("report_submitted"))
    );
    let correction = ok(&app, &monitor, &reports, json!({ "phase": "pre_departure", "summary": "Correction: restraints used for 35 minutes, not 20.", "corrects": rid })).await;
    assert_eq!(correction["corrects"], rid);
    let (_, stored) = app
        .get(&format!("/api/v1/monitor-reports/{rid}"), &monitor)
        .await;
    assert_eq!(stored["summary"], "Boarding at 06:10, calm.");
    let (_, organiser_view) = app.get(&reports, counsellor).await;
    assert_eq!(
        organiser_view.as_array().unwrap().len(),
        1,
        "the organiser reads submitted reports"
    );
    let (_, audit) = app
        .get(
            "/api/v1/audit?action=monitor_report.read",
            fixture.user(Role::DataProtectionOfficer),
        )
        .await;
    assert!(
        !audit.as_array().unwrap().is_empty(),
        "reading a report is audited"
    );
}

#[tokio::test]
async fn a_spontaneous_returnee_is_registered_on_the_spot_at_a_land_border() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let reference = reference(&app, &fixture).await;
    let reception = fixture.user(Role::ReceptionOfficer);
    let (_, before) = app.get("/api/v1/persons", reception).await;
    let (status, problem) = app.post("/api/v1/arrivals/spontaneous", reception, json!({ "point_id": reference.border, "coming_from": "MLI",
        "given_names": "", "family_name": "Traoré", "sex": "male", "date_of_birth": "2040", "arrived_at": "2030-01-01T00:00" })).await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert!(
        fields.contains(&"arrived_at")
            && fields.contains(&"date_of_birth")
            && fields.contains(&"return_country"),
        "{fields:?}"
    );
    let (_, after) = app.get("/api/v1/persons", reception).await;
    assert_eq!(before, after, "nothing half-written");

    let body = json!({ "point_id": reference.border, "coming_from": "DZA", "given_names": "Seydou", "family_name": "Traoré",
        "sex": "male", "date_of_birth": "1995", "claimed_nationality": "MLI", "languages": ["bm"],
        "community_of_return": { "admin1_name": "Kayes", "locality": "Nioro du Sahel" } });
    let (status, registered) = app
        .post("/api/v1/arrivals/spontaneous", reception, body.clone())
        .await;
    assert_eq!(status, StatusCode::CREATED, "{registered}");
    assert_eq!(registered["category"], "spontaneous_return");
    assert_eq!(registered["arrival"]["mode"], "land");
    assert_eq!(registered["arrival"]["kind"], "spontaneous");
    assert!(
        registered["possible_duplicates"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let case = registered["arrival"]["case_id"].as_str().unwrap();
    let (_, view) = app.get(&format!("/api/v1/cases/{case}"), reception).await;
    assert_eq!(
        (view["stage"].as_str(), view["host_country"].as_str()),
        (Some("arrived"), Some("DZA"))
    );
    let (_, twice) = app
        .post("/api/v1/arrivals/spontaneous", reception, body)
        .await;
    assert_eq!(
        twice["possible_duplicates"][0]["name"], "Seydou TRAORÉ",
        "the duplicate check flags the earlier registration"
    );
    let (status, _) = app.post("/api/v1/arrivals/spontaneous", fixture.counsellor(), json!({ "point_id": reference.border, "coming_from": "DZA", "given_names": "A", "family_name": "B" })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
