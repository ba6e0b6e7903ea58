//! Duplicate persons through the API: the check before a registration is saved, remembered
//! decisions, merges that move cases and can be reverted, and the review queue.

use bayiri_testkit::{TestApp, TestUser};
use reqwest::StatusCode;
use serde_json::{Value, json};

fn registration(given: &str, family: &str, dob: &str) -> Value {
    json!({ "registered_in": "NER", "given_names": given, "family_name": family, "sex": "male",
            "date_of_birth": dob, "claimed_nationality": "GIN", "languages": ["ff"],
            "contacts": [{ "kind": "phone", "value": "+224 622 11 22 33" }] })
}

async fn person_count(app: &TestApp, user: &TestUser) -> usize {
    let (_, page) = app.get("/api/v1/persons?limit=200", user).await;
    page["items"].as_array().unwrap().len()
}

fn candidate_ids(candidates: &Value) -> Vec<String> {
    candidates
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["person"]["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn registration_shows_likely_duplicates_with_their_reasons_before_saving() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let (status, stored) = app
        .post(
            "/api/v1/persons",
            counsellor,
            registration("Mamadou Saliou", "Diallo", "1997-05-14"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{stored}");
    let stored_id = stored["id"].as_str().unwrap().to_string();

    // The same man, written by another clerk: names respelled, same birth date and phone.
    let again = registration("Mamadu Saliou", "Jallow", "1997-05-14");
    let (status, candidates) = app
        .post("/api/v1/duplicate-checks", counsellor, again.clone())
        .await;
    assert_eq!(status, StatusCode::OK, "{candidates}");
    assert_eq!(candidate_ids(&candidates), vec![stored_id.clone()]);
    let candidate = &candidates[0];
    assert_eq!(candidate["assessment"], "link", "{candidate}");
    assert!(candidate["match_probability"].as_f64().unwrap() > 0.9);
    // The reasons, field by field, add up to the score.
    let fields = candidate["fields"].as_array().unwrap();
    let level = |field: &str| {
        fields
            .iter()
            .find(|f| f["field"] == field)
            .map(|f| f["level"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(level("date_of_birth"), "exact");
    assert_eq!(level("phone"), "exact");
    assert!(
        ["variant", "phonetic", "fuzzy"].contains(&level("family_name").as_str()),
        "Diallo / Jallow: {}",
        level("family_name")
    );
    let sum: f64 = candidate["prior_weight"].as_f64().unwrap()
        + fields
            .iter()
            .map(|f| f["weight"].as_f64().unwrap())
            .sum::<f64>();
    assert!((sum - candidate["match_weight"].as_f64().unwrap()).abs() < 1e-6);

    // Registering without looking is refused with the candidates, and nothing is saved.
    let before = person_count(&app, counsellor).await;
    let (status, problem) = app.post("/api/v1/persons", counsellor, again.clone()).await;
    assert_eq!(status, StatusCode::CONFLICT, "{problem}");
    assert_eq!(problem["code"], "possible_duplicates");
    assert_eq!(
        candidate_ids(&problem["candidates"]),
        vec![stored_id.clone()]
    );
    assert_eq!(person_count(&app, counsellor).await, before);

    // Having looked, the counsellor says it is another man: saved, and the answer remembered.
    let mut checked = again.clone();
    checked["checked_duplicates"] = json!([stored_id]);
    let (status, created) = app.post("/api/v1/persons", counsellor, checked).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let new_id = created["id"].as_str().unwrap();
    let (_, found) = app
        .get(&format!("/api/v1/persons/{new_id}/duplicates"), counsellor)
        .await;
    assert!(
        found["candidates"].as_array().unwrap().is_empty(),
        "{found}"
    );
    assert_eq!(found["decisions"][0]["verdict"], "different_persons");
    assert_eq!(found["decisions"][0]["other"]["id"], stored_id.as_str());
    let (_, audit) = app
        .get(
            &format!("/api/v1/audit?action=person.duplicates_rejected&target_id={new_id}"),
            fixture.user(bayiri_domain::access::Role::DataProtectionOfficer),
        )
        .await;
    assert_eq!(audit.as_array().unwrap().len(), 1, "{audit}");

    // A namesake with another birth date and phone is not proposed at the link level.
    let (_, unrelated) = app
        .post(
            "/api/v1/duplicate-checks",
            counsellor,
            json!({ "registered_in": "NER", "given_names": "Fatoumata", "family_name": "Camara", "sex": "female",
                    "date_of_birth": "1980-01-09", "claimed_nationality": "SEN" }),
        )
        .await;
    assert!(unrelated.as_array().unwrap().is_empty(), "{unrelated}");
}

#[tokio::test]
async fn names_in_arabic_script_find_their_latin_registration() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let stored = app
        .register_person_despite_duplicates(
            counsellor,
            json!({ "registered_in": "NER", "given_names": "Mohamed Lemine", "family_name": "Ould Ahmed", "sex": "male",
                    "date_of_birth": "1994", "date_of_birth_precision": "year_only", "claimed_nationality": "MRT" }),
        )
        .await;
    let (status, candidates) = app
        .post(
            "/api/v1/duplicate-checks",
            counsellor,
            json!({ "registered_in": "NER", "given_names": "محمد الأمين", "family_name": "ولد أحمد", "sex": "male",
                    "date_of_birth": "1994", "date_of_birth_precision": "year_only", "claimed_nationality": "MRT" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{candidates}");
    assert_eq!(candidate_ids(&candidates), vec![stored]);
}

#[tokio::test]
async fn persons_of_other_organisations_and_countries_are_never_proposed() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    app.register_person(fixture.counsellor(), "Ousmane", "Ndiaye")
        .await;
    let same = registration("Ousmane", "N'Diaye", "1997-05-14");
    for outsider in [&fixture.counsellor_b, &fixture.counsellor_tur] {
        let mut theirs = same.clone();
        theirs["registered_in"] = json!(outsider.user.countries.iter().next().unwrap().as_str());
        let (status, candidates) = app.post("/api/v1/duplicate-checks", outsider, theirs).await;
        assert_eq!(status, StatusCode::OK, "{candidates}");
        assert!(
            candidates.as_array().unwrap().is_empty(),
            "{}: {candidates}",
            outsider.user.username
        );
    }
}

#[tokio::test]
async fn a_merge_moves_the_cases_and_reverting_it_moves_them_back() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let kept = app.register_person(counsellor, "Aminata", "Touré").await;
    let merged = app
        .register_person_despite_duplicates(
            counsellor,
            registration("Aminata", "Toure", "1997-05-14"),
        )
        .await;
    let case = app
        .open_case(counsellor, &merged, "assisted_voluntary_return")
        .await;
    let case_id = case["id"].as_str().unwrap();

    // The registration remembered "different persons": a merge needs a new decision first.
    let (status, refused) = app
        .post(
            &format!("/api/v1/persons/{kept}/merges"),
            counsellor,
            json!({ "merged": merged }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    assert_eq!(refused["code"], "decided_different_persons");
    let (status, decided) = app
        .put(
            &format!("/api/v1/persons/{merged}/duplicates/{kept}"),
            counsellor,
            json!({ "verdict": "same_person", "note": "same passport seen" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{decided}");
    let (_, queue) = app.get("/api/v1/duplicates", counsellor).await;
    assert_eq!(queue["confirmed"].as_array().unwrap().len(), 1, "{queue}");

    let (status, merge) = app
        .post(
            &format!("/api/v1/persons/{kept}/merges"),
            counsellor,
            json!({ "merged": merged, "reason": "same passport seen" }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{merge}");
    assert_eq!(merge["moved_cases"], json!([case_id]));
    let (_, moved) = app
        .get(&format!("/api/v1/cases/{case_id}"), counsellor)
        .await;
    assert_eq!(moved["principal"]["id"], kept.as_str(), "{moved}");
    let (_, events) = app
        .get(&format!("/api/v1/cases/{case_id}/events"), counsellor)
        .await;
    assert!(
        events
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "person_replaced"),
        "{events}"
    );
    let (_, merged_record) = app
        .get(&format!("/api/v1/persons/{merged}"), counsellor)
        .await;
    assert_eq!(merged_record["merged_into"], kept.as_str());
    let (_, listed) = app.get("/api/v1/persons?q=toure", counsellor).await;
    assert!(
        listed["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["id"] != merged.as_str()),
        "a merged record is not listed: {listed}"
    );
    let (_, queue) = app.get("/api/v1/duplicates", counsellor).await;
    assert!(queue["confirmed"].as_array().unwrap().is_empty(), "{queue}");
    let (status, twice) = app
        .post(
            &format!("/api/v1/persons/{kept}/merges"),
            counsellor,
            json!({ "merged": merged }),
        )
        .await;
    assert_eq!(
        (status, twice["code"].as_str()),
        (StatusCode::CONFLICT, Some("already_merged"))
    );

    // A reversal needs a reason, and puts everything back.
    let merge_id = merge["id"].as_str().unwrap();
    let (status, problem) = app
        .post(
            &format!("/api/v1/merges/{merge_id}/revert"),
            counsellor,
            json!({ "reason": "  " }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "reason");
    let (status, reverted) = app
        .post(
            &format!("/api/v1/merges/{merge_id}/revert"),
            counsellor,
            json!({ "reason": "two cousins with the same name" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{reverted}");
    let (_, back) = app
        .get(&format!("/api/v1/cases/{case_id}"), counsellor)
        .await;
    assert_eq!(back["principal"]["id"], merged.as_str());
    let (_, record) = app
        .get(&format!("/api/v1/persons/{merged}"), counsellor)
        .await;
    assert!(record.get("merged_into").is_none(), "{record}");
    let (status, again) = app
        .post(
            &format!("/api/v1/merges/{merge_id}/revert"),
            counsellor,
            json!({ "reason": "again" }),
        )
        .await;
    assert_eq!(
        (status, again["code"].as_str()),
        (StatusCode::CONFLICT, Some("merge_already_reverted"))
    );
    let (_, found) = app
        .get(&format!("/api/v1/persons/{kept}/duplicates"), counsellor)
        .await;
    assert_eq!(found["decisions"][0]["verdict"], "different_persons");
    assert_eq!(
        found["merges"][0]["reversal"]["reason"],
        "two cousins with the same name"
    );

    // Both are audited, for the data-protection officer.
    let dpo = fixture.user(bayiri_domain::access::Role::DataProtectionOfficer);
    for action in ["person.merge", "person.merge_revert"] {
        let (_, audit) = app
            .get(&format!("/api/v1/audit?action={action}"), dpo)
            .await;
        assert_eq!(audit.as_array().unwrap().len(), 1, "{action}: {audit}");
    }
}

#[tokio::test]
async fn likely_duplicates_among_recent_registrations_wait_for_review() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let first = app.register_person(counsellor, "Sekou", "Keita").await;
    // Registered with another birth date, then corrected: now the pair looks like one person,
    // and nobody has decided about it.
    let (status, second) = app
        .post(
            "/api/v1/persons",
            counsellor,
            registration("Sékou", "Keïta", "1971-01-01"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{second}");
    let second_id = second["id"].as_str().unwrap();
    let mut corrected = registration("Sékou", "Keïta", "1997-05-14");
    corrected["expected_version"] = json!(1);
    let (status, body) = app
        .put(
            &format!("/api/v1/persons/{second_id}"),
            counsellor,
            corrected,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, queue) = app.get("/api/v1/duplicates", counsellor).await;
    let proposed = queue["proposed"].as_array().unwrap();
    assert_eq!(proposed.len(), 1, "{queue}");
    let pair = [
        proposed[0]["person"]["id"].as_str().unwrap(),
        proposed[0]["other"]["id"].as_str().unwrap(),
    ];
    assert!(pair.contains(&first.as_str()) && pair.contains(&second_id));

    // Decided as different persons: no longer proposed.
    let (status, _) = app
        .put(
            &format!("/api/v1/persons/{first}/duplicates/{second_id}"),
            counsellor,
            json!({ "verdict": "different_persons" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, queue) = app.get("/api/v1/duplicates", counsellor).await;
    assert!(queue["proposed"].as_array().unwrap().is_empty(), "{queue}");
}

#[tokio::test]
async fn bad_review_requests_are_refused_with_the_reason() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let counsellor = fixture.counsellor();
    let person = app.register_person(counsellor, "Binta", "Bah").await;
    let (status, problem) = app
        .put(
            &format!("/api/v1/persons/{person}/duplicates/{person}"),
            counsellor,
            json!({ "verdict": "same_person" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(problem["errors"][0]["code"], "same_record");
    let (status, problem) = app
        .put(
            &format!("/api/v1/persons/{person}/duplicates/{person}"),
            counsellor,
            json!({ "verdict": "maybe" }),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_body"))
    );
    let (status, problem) = app
        .post(
            &format!("/api/v1/persons/{person}/merges"),
            counsellor,
            json!({ "merged": "01960000-0000-7000-8000-000000000009" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(problem["errors"][0]["code"], "unknown_person");
    let (status, problem) = app
        .post(
            "/api/v1/merges/01960000-0000-7000-8000-000000000009/revert",
            counsellor,
            json!({ "reason": "no such merge" }),
        )
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
    // Bad registrations get their field errors from the check as from the registration.
    let (status, problem) = app
        .post(
            "/api/v1/duplicate-checks",
            counsellor,
            json!({ "registered_in": "XXX", "given_names": "", "family_name": "", "sex": "male", "date_of_birth": "2099-01-01" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert!(
        problem["errors"].as_array().unwrap().len() >= 2,
        "{problem}"
    );
}
