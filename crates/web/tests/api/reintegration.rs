//! Reintegration through the API: needs assessment, a plan over the ceilings refused, a
//! corrected plan approved by a second officer, a tranche paid with its receipt, a referral
//! answered by the provider's own user, follow-ups that fall overdue, a scored survey and
//! re-migration — with who may see what.

use super::journey::outside_user;
use bayiri_domain::access::Role;
use bayiri_domain::organisation::OrganisationKind;
use bayiri_testkit::{TestApp, TestUser};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// A tiny but real PNG (the magic bytes are what the server checks).
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0, 0,
    1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
];

fn b64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

async fn must(app: &TestApp, user: &TestUser, method: Method, path: &str, body: Value) -> Value {
    let (status, body) = app
        .call(method.clone(), path, Some(&user.token), body)
        .await;
    assert!(status.is_success(), "{method} {path}: {status} {body}");
    body
}

/// A returnee registered on arrival at a land border into Mali; returns the case id.
async fn arrived_case(app: &TestApp, admin: &TestUser, reception: &TestUser) -> String {
    let point = must(app, admin, Method::POST, "/api/v1/border-points", json!({ "code": "MLI-GOGUI", "name": "Gogui", "kind": "land_border", "country": "MLI", "admin1": "Kayes" })).await;
    let registered = must(app, reception, Method::POST, "/api/v1/arrivals/spontaneous", json!({
        "point_id": point["id"], "coming_from": "DZA", "given_names": "Seydou", "family_name": "Keïta",
        "sex": "male", "date_of_birth": "1994", "claimed_nationality": "MLI", "languages": ["bm", "fr"],
        "contacts": [{ "kind": "phone", "value": "+223 76 12 34 56" }],
        "community_of_return": { "admin1_name": "Kayes", "locality": "Nioro du Sahel" } })).await;
    registered["arrival"]["case_id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn programme() -> Value {
    json!({ "code": "MLI-REINT-2026", "name": "Réintégration Mali 2026", "countries": ["MLI"],
            "ceilings": [{ "currency": "XOF", "per_person": "600000",
                           "per_item": [{ "item_type": "business_start_up", "per_person": "400000" }] }],
            "max_cash_percent": 30,
            "budgets": [{ "currency": "XOF", "amount": "1000000" }] })
}

fn plan(programme: &Value, business: &str, business_modality: &str) -> Value {
    json!({ "programme_id": programme["id"], "kind": "individual", "title": "Boutique de céréales à Nioro",
            "currency": "XOF",
            "items": [
                { "item_type": "business_start_up", "description": "Stock and scales", "budget": business, "modality": business_modality },
                { "item_type": "vocational_training", "description": "Book-keeping course", "budget": "100000", "modality": "cash" }
            ],
            "milestones": [
                { "description": "Stock bought", "amount": business },
                { "description": "Course attended", "amount": "100000" }
            ] })
}

#[tokio::test]
async fn a_return_is_planned_paid_referred_followed_up_and_scored() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let admin = fixture.user(Role::Administrator);
    let officer = fixture.user(Role::ReintegrationOfficer);
    let case = arrived_case(&app, admin, fixture.user(Role::ReceptionOfficer)).await;

    // Arrival started the default schedule: 3, 6 and 12 months.
    let section = must(
        &app,
        officer,
        Method::GET,
        &format!("/api/v1/cases/{case}/reintegration"),
        Value::Null,
    )
    .await;
    let months: Vec<i64> = section["follow_ups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["month"].as_i64().unwrap())
        .collect();
    assert_eq!(months, [3, 6, 12]);
    assert_eq!(section["follow_ups"][0]["due_on"], "2026-06-02");

    let programme = must(&app, admin, Method::POST, "/api/v1/programmes", programme()).await;
    let (status, problem) = app
        .post(
            "/api/v1/programmes",
            admin,
            programme_with_code("MLI-REINT-2026"),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("already_exists"))
    );

    must(&app, officer, Method::POST, &format!("/api/v1/cases/{case}/needs-assessments"), json!({
        "economic": { "level": "high", "note": "no income since return" }, "social": { "level": "medium" },
        "psychosocial": { "level": "medium" }, "skills": ["trading", "driving"], "priorities": ["business_start_up"] })).await;

    // Over the business ceiling and the cash share: refused with both reasons, nothing kept.
    let (status, problem) = app
        .post(
            &format!("/api/v1/cases/{case}/plans"),
            officer,
            plan(&programme, "500000", "cash"),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("over_ceiling")),
        "{problem}"
    );
    let rules: Vec<&str> = problem["breaches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["item_type", "cash_share"], "{problem}");
    let section = must(
        &app,
        officer,
        Method::GET,
        &format!("/api/v1/cases/{case}/reintegration"),
        Value::Null,
    )
    .await;
    assert!(section["plans"].as_array().unwrap().is_empty());

    // The corrected plan, submitted; its drafter cannot approve it.
    let draft = must(
        &app,
        officer,
        Method::POST,
        &format!("/api/v1/cases/{case}/plans"),
        plan(&programme, "350000", "in_kind"),
    )
    .await;
    let id = draft["id"].as_str().unwrap();
    let submitted = must(
        &app,
        officer,
        Method::POST,
        &format!("/api/v1/plans/{id}/submit"),
        json!({ "expected_version": draft["version"] }),
    )
    .await;
    let (status, problem) = app
        .post(
            &format!("/api/v1/plans/{id}/approve"),
            officer,
            json!({ "expected_version": submitted["version"] }),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("four_eyes"))
    );
    let second = outside_user(
        &app,
        "ORG-A",
        OrganisationKind::InternationalOrganisation,
        "approver",
        Role::ReintegrationOfficer,
        &["MLI"],
    )
    .await;
    let queue = must(
        &app,
        &second,
        Method::GET,
        "/api/v1/plans/to-approve",
        Value::Null,
    )
    .await;
    assert_eq!(queue.as_array().unwrap().len(), 1);
    let approved = must(
        &app,
        &second,
        Method::POST,
        &format!("/api/v1/plans/{id}/approve"),
        json!({ "expected_version": submitted["version"] }),
    )
    .await;
    assert_eq!(approved["status"], "approved");
    let budget = must(
        &app,
        admin,
        Method::GET,
        &format!("/api/v1/programmes/{}", programme["id"].as_str().unwrap()),
        Value::Null,
    )
    .await;
    assert_eq!(
        budget["budget"][0]["committed"]["minor"], 450000,
        "{budget}"
    );
    assert_eq!(budget["budget"][0]["remaining"]["minor"], 550000);

    // First tranche: the milestone first, then the payment with its receipt.
    let milestone = approved["milestones"][0]["id"].as_str().unwrap();
    let reached = must(
        &app,
        officer,
        Method::POST,
        &format!("/api/v1/plans/{id}/milestones/{milestone}/reached"),
        json!({ "expected_version": approved["version"] }),
    )
    .await;
    let tranche = json!({ "expected_version": reached["version"], "milestone_id": milestone, "amount": "350000", "modality": "in_kind" });
    let mut without = tranche.clone();
    without["proofs"] = json!([]);
    let (status, problem) = app
        .post(&format!("/api/v1/plans/{id}/tranches"), officer, without)
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("proof_missing"))
    );
    let mut not_an_image = tranche.clone();
    not_an_image["proofs"] =
        json!([{ "file_name": "receipt.exe", "content_base64": b64(b"MZ\x90\x00") }]);
    let (status, problem) = app
        .post(
            &format!("/api/v1/plans/{id}/tranches"),
            officer,
            not_an_image,
        )
        .await;
    assert_eq!(
        (status, problem["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("file_type"))
    );
    let mut with = tranche.clone();
    with["proofs"] = json!([{ "file_name": "reçu boutique.png", "content_base64": b64(PNG) }]);
    let paid = must(
        &app,
        officer,
        Method::POST,
        &format!("/api/v1/plans/{id}/tranches"),
        with,
    )
    .await;
    assert_eq!(paid["tranches"][0]["amount"]["minor"], 350000);
    let proof = &paid["tranches"][0]["proofs"][0];
    assert_eq!(proof["content_type"], "image/png");
    let response = app
        .send(
            Method::GET,
            &format!(
                "/api/v1/plans/{id}/attachments/{}",
                proof["id"].as_str().unwrap()
            ),
            Some(officer.token.as_str()),
            Value::Null,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(response.bytes().await.unwrap().as_ref(), PNG);

    // A referral to an NGO of the directory, answered by the NGO's own user.
    let provider_user = outside_user(
        &app,
        "NGO-KAYES",
        OrganisationKind::Ngo,
        "ngo.kayes",
        Role::ServiceProvider,
        &["MLI"],
    )
    .await;
    let provider = must(&app, admin, Method::POST, "/api/v1/providers", json!({
        "organisation_id": provider_user.user.scope().organisation_id, "services": ["psychosocial", "vocational_training"],
        "areas": [{ "country": "MLI", "name": "Kayes", "pcode": "ML01" }], "capacity_per_month": 20, "phone": "+223 21 52 00 00" })).await;
    let found = must(
        &app,
        officer,
        Method::GET,
        "/api/v1/providers?service=psychosocial&country=MLI&pcode=ML0103",
        Value::Null,
    )
    .await;
    assert_eq!(found.as_array().unwrap().len(), 1);
    let referral = must(&app, officer, Method::POST, &format!("/api/v1/cases/{case}/service-referrals"), json!({
        "provider_id": provider["id"], "service": "psychosocial", "reason": "Sleeps badly since return; wishes to talk." })).await;
    let rid = referral["id"].as_str().unwrap();
    let inbox = must(
        &app,
        &provider_user,
        Method::GET,
        "/api/v1/service-referrals",
        Value::Null,
    )
    .await;
    assert_eq!(inbox.as_array().unwrap().len(), 1);
    let person = inbox[0]["person"].as_object().unwrap();
    let mut keys: Vec<&str> = person.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        ["languages", "locality", "name", "person_id", "phone"],
        "only what the referral needs"
    );
    let (status, _) = app
        .get(&format!("/api/v1/cases/{case}"), &provider_user)
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a provider never opens the case"
    );
    let (status, _) = app
        .post(
            &format!("/api/v1/service-referrals/{rid}/answers"),
            officer,
            json!({ "expected_version": 1, "action": "accept" }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "only the provider accepts");
    let accepted = must(
        &app,
        &provider_user,
        Method::POST,
        &format!("/api/v1/service-referrals/{rid}/answers"),
        json!({ "expected_version": 1, "action": "accept", "text": "First session on Monday" }),
    )
    .await;
    let (status, problem) = app
        .post(
            &format!("/api/v1/service-referrals/{rid}/answers"),
            &provider_user,
            json!({ "expected_version": 1, "action": "complete", "text": "done" }),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("version_conflict"))
    );
    let completed = must(&app, &provider_user, Method::POST, &format!("/api/v1/service-referrals/{rid}/answers"), json!({ "expected_version": accepted["version"], "action": "complete", "text": "Four sessions held; sleeping better." })).await;
    assert_eq!(completed["status"], "completed");
    let other_ngo = outside_user(
        &app,
        "NGO-GAO",
        OrganisationKind::Ngo,
        "ngo.gao",
        Role::ServiceProvider,
        &["MLI"],
    )
    .await;
    let (status, _) = app
        .get(&format!("/api/v1/service-referrals/{rid}"), &other_ngo)
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "another provider sees nothing"
    );
    let seen = must(
        &app,
        officer,
        Method::GET,
        &format!("/api/v1/service-referrals/{rid}"),
        Value::Null,
    )
    .await;
    assert_eq!(
        seen["completion"]["text"],
        "Four sessions held; sleeping better."
    );

    // Three months on, the first follow-up is overdue in the monitor's queue.
    app.clock.set(time::macros::datetime!(2026-06-10 09:00 UTC));
    // Tokens issued in March have expired by June: the staff log in again.
    let monitor = &outside_user(
        &app,
        "ORG-A",
        OrganisationKind::InternationalOrganisation,
        "monitor.june",
        Role::Monitor,
        &["MLI"],
    )
    .await;
    let officer = &outside_user(
        &app,
        "ORG-A",
        OrganisationKind::InternationalOrganisation,
        "officer.june",
        Role::ReintegrationOfficer,
        &["MLI"],
    )
    .await;
    let overdue = must(
        &app,
        monitor,
        Method::GET,
        "/api/v1/follow-ups/overdue",
        Value::Null,
    )
    .await;
    assert_eq!(overdue.as_array().unwrap().len(), 1, "{overdue}");
    assert_eq!(overdue[0]["days_overdue"], 8);
    let follow_up = &overdue[0]["follow_up"];
    let fid = follow_up["id"].as_str().unwrap();
    let (status, problem) = app.post(&format!("/api/v1/follow-ups/{fid}/survey"), monitor, json!({ "expected_version": follow_up["version"], "method": "home_visit", "answers": { "work_status": "sometimes" } })).await;
    assert_eq!(
        (status, problem["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_answer"))
    );
    let answers = json!({
        "income_satisfaction": "satisfied", "work_status": "regular", "food_reduced": "never", "debt_burden": "less",
        "productive_assets": "yes", "housing": "good", "health_access": "limited", "school_access": "all",
        "documents": "yes", "safe_water": "good", "community_participation": "sometimes", "support_network": "yes",
        "discrimination": "dont_know", "distress": "sometimes", "wish_to_migrate": "refused" });
    let surveyed = must(&app, monitor, Method::POST, &format!("/api/v1/follow-ups/{fid}/survey"), json!({ "expected_version": follow_up["version"], "method": "home_visit", "answers": answers })).await;
    let score = &surveyed["survey"]["score"];
    assert_eq!(
        (
            score["scheme_code"].as_str(),
            score["scheme_version"].as_i64(),
            score["weighted"].as_bool()
        ),
        (Some("default"), Some(1), Some(false))
    );
    // Economic: (0.75 + 1 + 1 + 0.67 + 1) / 5; psychosocial from the three answered only.
    assert_eq!(score["economic"], 0.884);
    assert_eq!(score["psychosocial"], 0.6667);
    assert!(score["composite"].as_f64().is_some());
    assert_eq!(
        score["missing_questions"],
        json!(["discrimination", "wish_to_migrate"])
    );
    let overdue = must(
        &app,
        monitor,
        Method::GET,
        "/api/v1/follow-ups/overdue",
        Value::Null,
    )
    .await;
    assert!(overdue.as_array().unwrap().is_empty());

    // Registered again in Libya: monitoring ends and the case closes with that reason.
    must(
        &app,
        monitor,
        Method::POST,
        &format!("/api/v1/cases/{case}/re-migration"),
        json!({ "country": "LBY", "source": "Partner registration in Tripoli" }),
    )
    .await;
    let view = must(
        &app,
        officer,
        Method::GET,
        &format!("/api/v1/cases/{case}"),
        Value::Null,
    )
    .await;
    assert_eq!(
        (view["stage"].as_str(), view["closure"]["reason"].as_str()),
        (Some("closed"), Some("re_migrated")),
        "{view}"
    );
    let section = must(
        &app,
        officer,
        Method::GET,
        &format!("/api/v1/cases/{case}/reintegration"),
        Value::Null,
    )
    .await;
    let statuses: Vec<&str> = section["follow_ups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["done", "cancelled", "cancelled"]);
    assert_eq!(section["re_migrations"][0]["country"], "LBY");
}

fn programme_with_code(code: &str) -> Value {
    let mut p = programme();
    p["code"] = json!(code);
    p
}

#[tokio::test]
async fn budgets_bound_approvals_and_official_weights_load_as_new_versions() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let admin = fixture.user(Role::Administrator);
    let officer = fixture.user(Role::ReintegrationOfficer);
    let second = outside_user(
        &app,
        "ORG-A",
        OrganisationKind::InternationalOrganisation,
        "approver2",
        Role::ReintegrationOfficer,
        &["MLI"],
    )
    .await;
    let case = arrived_case(&app, admin, fixture.user(Role::ReceptionOfficer)).await;
    let mut small = programme_with_code("MLI-SMALL");
    small["budgets"] = json!([{ "currency": "XOF", "amount": "400000" }]);
    small["follow_up_months"] = json!([1, 6]);
    let programme = must(&app, admin, Method::POST, "/api/v1/programmes", small).await;
    let draft = must(
        &app,
        officer,
        Method::POST,
        &format!("/api/v1/cases/{case}/plans"),
        plan(&programme, "350000", "in_kind"),
    )
    .await;
    let id = draft["id"].as_str().unwrap();
    let submitted = must(
        &app,
        officer,
        Method::POST,
        &format!("/api/v1/plans/{id}/submit"),
        json!({ "expected_version": draft["version"] }),
    )
    .await;
    let (status, problem) = app
        .post(
            &format!("/api/v1/plans/{id}/approve"),
            &second,
            json!({ "expected_version": submitted["version"] }),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("budget_exhausted")),
        "{problem}"
    );
    // Returned for changes and made smaller, it fits; the programme's months replace the default.
    let returned = must(&app, &second, Method::POST, &format!("/api/v1/plans/{id}/return"), json!({ "expected_version": submitted["version"], "note": "Keep within the remaining budget" })).await;
    assert_eq!(returned["status"], "draft");
    let mut content = plan(&programme, "250000", "in_kind");
    content["expected_version"] = returned["version"].clone();
    let revised = must(
        &app,
        officer,
        Method::PUT,
        &format!("/api/v1/plans/{id}"),
        content,
    )
    .await;
    let submitted = must(
        &app,
        officer,
        Method::POST,
        &format!("/api/v1/plans/{id}/submit"),
        json!({ "expected_version": revised["version"] }),
    )
    .await;
    must(
        &app,
        &second,
        Method::POST,
        &format!("/api/v1/plans/{id}/approve"),
        json!({ "expected_version": submitted["version"] }),
    )
    .await;
    let section = must(
        &app,
        officer,
        Method::GET,
        &format!("/api/v1/cases/{case}/reintegration"),
        Value::Null,
    )
    .await;
    let live: Vec<i64> = section["follow_ups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "due")
        .map(|f| f["month"].as_i64().unwrap())
        .collect();
    assert_eq!(live, [1, 6]);

    // An organisation's official weights: a new version of a scheme, never the same one twice.
    let mut scheme = serde_json::to_value(
        bayiri_domain::reintegration::scoring::ScoringScheme::default_scheme(),
    )
    .unwrap();
    let (status, problem) = app
        .post("/api/v1/scoring-schemes", admin, scheme.clone())
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::CONFLICT, Some("scheme_version_not_newer"))
    );
    scheme["version"] = json!(2);
    scheme["weighted"] = json!(true);
    scheme["dimension_weights"]["economic"] = json!(2.0);
    scheme["indicators"][0]["weight"] = json!(0.0);
    let (status, problem) = app
        .post("/api/v1/scoring-schemes", admin, scheme.clone())
        .await;
    assert_eq!(
        (status, problem["errors"][0]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_weight"))
    );
    scheme["indicators"][0]["weight"] = json!(3.0);
    let loaded = must(&app, admin, Method::POST, "/api/v1/scoring-schemes", scheme).await;
    assert_eq!(
        (loaded["code"].as_str(), loaded["version"].as_i64()),
        (Some("default"), Some(2))
    );
    let schemes = must(
        &app,
        officer,
        Method::GET,
        "/api/v1/scoring-schemes",
        Value::Null,
    )
    .await;
    assert_eq!(schemes[0]["version"], 2);
    let used = must(
        &app,
        officer,
        Method::GET,
        &format!("/api/v1/cases/{case}/survey-scheme"),
        Value::Null,
    )
    .await;
    assert_eq!(used["version"], 2);
}

/// A `multipart/form-data` body with text fields and one file, as a browser sends the tranche
/// form.
fn multipart(fields: &[(&str, &str)], file: (&str, &str, &[u8])) -> (String, Vec<u8>) {
    let boundary = "----bayiri-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    let (name, file_name, bytes) = file;
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: image/png\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn location(headers: &reqwest::header::HeaderMap) -> String {
    headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn the_pages_refuse_over_ceiling_plans_keep_four_eyes_and_take_receipts_with_their_token() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let admin = fixture.user(Role::Administrator);
    let officer = fixture.user(Role::ReintegrationOfficer);
    let case = arrived_case(&app, admin, fixture.user(Role::ReceptionOfficer)).await;
    let programme = must(&app, admin, Method::POST, "/api/v1/programmes", programme()).await;
    let programme_id = programme["id"].as_str().unwrap();
    let (cookie, csrf) = app.session(officer).await;

    let plan_form = |business: &'static str| {
        vec![
            ("_csrf", csrf.clone()),
            ("programme_id", programme_id.to_string()),
            ("kind", "individual".into()),
            ("title", "Boutique de céréales".into()),
            ("currency", "XOF".into()),
            ("item_type_0", "business_start_up".into()),
            ("item_description_0", "Stock and scales".into()),
            ("item_budget_0", business.into()),
            ("item_modality_0", "in_kind".into()),
            ("item_type_1", "vocational_training".into()),
            ("item_description_1", "Book-keeping course".into()),
            ("item_budget_1", "100000".into()),
            ("item_modality_1", "cash".into()),
            ("item_type_2", String::new()),
            ("milestone_description_0", "Stock bought".into()),
            ("milestone_amount_0", business.into()),
            ("milestone_description_1", "Course attended".into()),
            ("milestone_amount_1", "100000".into()),
        ]
    };

    // Over the business start-up ceiling of 400,000 XOF: the form comes back naming it.
    let over = plan_form("500000");
    let over: Vec<(&str, &str)> = over.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, _, html) = app
        .page(
            Method::POST,
            &format!("/cases/{case}/plans"),
            &cookie,
            &over,
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        html.contains("500,000 XOF for Business start-up is more than the 400,000 XOF allowed."),
        "{html}"
    );
    assert!(
        html.contains("value=\"Boutique de céréales\""),
        "what was typed comes back"
    );
    let section = must(
        &app,
        officer,
        Method::GET,
        &format!("/api/v1/cases/{case}/reintegration"),
        Value::Null,
    )
    .await;
    assert!(
        section["plans"].as_array().unwrap().is_empty(),
        "nothing saved"
    );

    // Corrected, saved and submitted; its drafter is not offered the approval.
    let fixed = plan_form("350000");
    let fixed: Vec<(&str, &str)> = fixed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, headers, _) = app
        .page(
            Method::POST,
            &format!("/cases/{case}/plans"),
            &cookie,
            &fixed,
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let plan_path = location(&headers).split('?').next().unwrap().to_string();
    assert!(plan_path.starts_with("/plans/"), "{plan_path}");
    let (status, _, _) = app
        .page(
            Method::POST,
            &format!("{plan_path}/submit"),
            &cookie,
            &[("_csrf", &csrf), ("expected_version", "1")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, html) = app.page(Method::GET, &plan_path, &cookie, &[]).await;
    assert!(
        !html.contains("/approve\""),
        "the drafter is not offered the approval"
    );
    let (status, _, html) = app
        .page(
            Method::POST,
            &format!("{plan_path}/approve"),
            &cookie,
            &[("_csrf", &csrf), ("expected_version", "2")],
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "four eyes, even when forced");
    assert!(html.contains("another officer must"), "{html}");

    // A second officer approves; the first marks the milestone reached.
    let second = outside_user(
        &app,
        "ORG-A",
        OrganisationKind::InternationalOrganisation,
        "approver",
        Role::ReintegrationOfficer,
        &["MLI"],
    )
    .await;
    let (second_cookie, second_csrf) = app.session(&second).await;
    let post = |path: String, cookie: String, form: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.page(Method::POST, &path, &cookie, &form).await.0
        }
    };
    let token = |csrf: &str, version: &str| {
        vec![
            ("_csrf", csrf.to_string()),
            ("expected_version", version.to_string()),
        ]
    };

    // Returned for changes; the drafter revises it on the plan page, whose form comes
    // prefilled with the plan, and submits it again.
    let mut returning = token(&second_csrf, "2");
    returning.push(("note", "Add the course's fees".into()));
    let status = post(
        format!("{plan_path}/return"),
        second_cookie.clone(),
        returning,
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, html) = app.page(Method::GET, &plan_path, &cookie, &[]).await;
    assert!(html.contains(&format!("action=\"{plan_path}/revise\"")));
    assert!(
        html.contains("value=\"Stock and scales\""),
        "the form is prefilled"
    );
    assert!(
        html.contains("Add the course&#39;s fees"),
        "the note is shown, escaped"
    );
    let mut revised = plan_form("350000");
    for (key, value) in revised.iter_mut() {
        if *key == "item_budget_1" || *key == "milestone_amount_1" {
            *value = "150000".into();
        }
    }
    revised.push(("expected_version", "3".into()));
    let status = post(format!("{plan_path}/revise"), cookie.clone(), revised).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let status = post(
        format!("{plan_path}/submit"),
        cookie.clone(),
        token(&csrf, "4"),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    // Returning it did not make the second officer an editor: they approve.
    let status = post(
        format!("{plan_path}/approve"),
        second_cookie.clone(),
        token(&second_csrf, "5"),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let plan = must(
        &app,
        officer,
        Method::GET,
        &format!("/api/v1{plan_path}"),
        Value::Null,
    )
    .await;
    let milestone = plan["milestones"][0]["id"].as_str().unwrap().to_string();
    let version = plan["version"].to_string();
    let (status, _, _) = app
        .page(
            Method::POST,
            &format!("{plan_path}/milestones"),
            &cookie,
            &[
                ("_csrf", &csrf),
                ("expected_version", &version),
                ("milestone_id", &milestone),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let version = (plan["version"].as_i64().unwrap() + 1).to_string();

    // The tranche form is multipart: without the session's token it is refused and nothing paid.
    let fields = |token: &str| {
        vec![
            ("expected_version", version.clone()),
            ("milestone_id", milestone.clone()),
            ("amount", "350000".to_string()),
            ("modality", "in_kind".to_string()),
            ("_csrf", token.to_string()),
        ]
    };
    let post_tranche = |fields: Vec<(&'static str, String)>| {
        let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (content_type, body) = multipart(&borrowed, ("proof", "receipt.png", PNG));
        app.client
            .post(app.url(&format!("{plan_path}/tranches")))
            .header("cookie", &cookie)
            .header("accept-language", "en")
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let refused = post_tranche(fields("forged")).await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let paid = post_tranche(fields(&csrf)).await.unwrap();
    assert_eq!(paid.status(), StatusCode::SEE_OTHER);
    let plan = must(
        &app,
        officer,
        Method::GET,
        &format!("/api/v1{plan_path}"),
        Value::Null,
    )
    .await;
    assert_eq!(
        plan["tranches"].as_array().unwrap().len(),
        1,
        "paid once, by the valid form"
    );
    let proof = plan["tranches"][0]["proofs"][0]["id"].as_str().unwrap();
    let response = app
        .client
        .get(app.url(&format!("{plan_path}/attachments/{proof}")))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.bytes().await.unwrap().as_ref(), PNG);

    // A service provider's user has a referral inbox and no way into the case.
    let provider_user = outside_user(
        &app,
        "NGO-KAYES",
        OrganisationKind::Ngo,
        "ngo.kayes",
        Role::ServiceProvider,
        &["MLI"],
    )
    .await;
    let (provider_cookie, _) = app.session(&provider_user).await;
    let (status, headers, _) = app.page(Method::GET, "/", &provider_cookie, &[]).await;
    assert_eq!(
        (status, location(&headers).as_str()),
        (StatusCode::SEE_OTHER, "/referrals")
    );
    let (status, _, _) = app
        .page(
            Method::GET,
            &format!("/cases/{case}"),
            &provider_cookie,
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = app
        .page(Method::GET, &plan_path, &provider_cookie, &[])
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
