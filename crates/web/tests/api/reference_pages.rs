//! The reintegration's reference pages over HTTP: an administrator defines a programme on its
//! form (errors beside the row they belong to, nothing half-written) and changes it; a
//! reintegration officer changes a directory entry with several areas; a stale change shows
//! what is stored now; other roles see the lists without the forms.

use super::journey::outside_user;
use bayiri_domain::access::Role;
use bayiri_domain::organisation::OrganisationKind;
use bayiri_testkit::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::json;

fn form<'a>(csrf: &'a str, per_item_currency: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("_csrf", csrf),
        ("code", "mli-reint-2027"),
        ("name", "Réintégration au Mali et en Guinée"),
        ("countries", "MLI GIN"),
        ("categories", "assisted_voluntary_return_and_reintegration"),
        ("categories", "spontaneous_return"),
        ("currency_0", "XOF"),
        ("per_person_0", "600 000"),
        ("budget_0", "50000000"),
        ("currency_1", "GNF"),
        ("per_person_1", "9000000"),
        ("currency_2", ""),
        ("item_type_0", "business_start_up"),
        ("item_currency_0", per_item_currency),
        ("item_amount_0", "400000"),
        ("item_type_1", ""),
        ("max_cash_percent", "30"),
        ("follow_up_months", "3 6 12 24"),
        ("scheme_code", "default"),
    ]
}

#[tokio::test]
async fn an_administrator_defines_and_changes_a_programme_on_its_page() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let admin = fixture.user(Role::Administrator);
    let (cookie, csrf) = app.session(admin).await;

    // A per-item ceiling in a currency no row names, and a ceiling that is not an amount.
    let mut bad = form(&csrf, "GHS");
    bad.retain(|(k, _)| *k != "per_person_1");
    bad.push(("per_person_1", "beaucoup"));
    let (status, _, html) = app.page(Method::POST, "/programmes", &cookie, &bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("The programme does not pay in this currency."));
    let (_, programmes) = app.get("/api/v1/programmes", admin).await;
    assert!(
        programmes.as_array().unwrap().is_empty(),
        "nothing half-written"
    );
    let (status, _, html) = app
        .page(Method::POST, "/programmes", &cookie, &{
            let mut f = form(&csrf, "XOF");
            f.retain(|(k, _)| *k != "per_person_1");
            f.push(("per_person_1", "beaucoup"));
            f.push(("budget_1", "90000000"));
            f
        })
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = html
        .find(r#"<span class="error">"#)
        .expect("an error shown");
    let row = html.find(r#"id="g-per-person-1""#).unwrap();
    assert!(
        error > row && html[row..error].matches("<label").count() == 0,
        "the error is beside the GNF ceiling"
    );
    assert_eq!(
        html.matches(r#"<span class="error">"#).count(),
        1,
        "one mistake, one error: the budget is not blamed for its ceiling"
    );
    assert!(
        html.contains(r#"value="beaucoup""#),
        "what was typed is kept"
    );

    let (status, headers, _) = app
        .page(Method::POST, "/programmes", &cookie, &form(&csrf, "XOF"))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{headers:?}");
    let (_, programmes) = app.get("/api/v1/programmes", admin).await;
    let created = &programmes[0]["programme"];
    assert_eq!(created["code"], "MLI-REINT-2027");
    assert_eq!(
        created["follow_up_months"],
        serde_json::json!([3, 6, 12, 24])
    );
    assert_eq!(created["ceilings"][0]["per_person"]["minor"], 600000);
    assert_eq!(
        created["ceilings"][0]["per_item"][0]["item_type"],
        "business_start_up"
    );
    assert_eq!(created["categories"].as_array().unwrap().len(), 2);

    // The same code again is refused beside the code.
    let (status, _, html) = app
        .page(Method::POST, "/programmes", &cookie, &form(&csrf, "XOF"))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(html.contains("Another programme already has this code."));

    // Changing it: the form holds the stored programme; the change is saved once.
    let id = created["id"].as_str().unwrap();
    let path = format!("/programmes/{id}");
    let (status, _, html) = app.page(Method::GET, &path, &cookie, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"name="version" value="1""#));
    assert!(html.contains(r#"value="MLI GIN""#) || html.contains(r#"value="GIN MLI""#));
    let mut change = form(&csrf, "XOF");
    change.retain(|(k, _)| !["code", "max_cash_percent"].contains(k));
    change.extend([
        ("code", "MLI-REINT-2027"),
        ("version", "1"),
        ("max_cash_percent", "40"),
        ("active", "on"),
    ]);
    let (status, _, _) = app.page(Method::POST, &path, &cookie, &change).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, html) = app.page(Method::POST, &path, &cookie, &change).await;
    assert_eq!(status, StatusCode::CONFLICT, "a change on a stale page");
    assert!(
        html.contains("Someone changed this record")
            && html.contains(r#"name="version" value="2""#)
    );
    let (_, programmes) = app.get("/api/v1/programmes", admin).await;
    assert_eq!(programmes[0]["programme"]["max_cash_percent"], 40);

    // Others read the programmes but are not shown the form, nor may they use it.
    let (reader, reader_csrf) = app.session(fixture.user(Role::ReintegrationOfficer)).await;
    let (status, _, html) = app.page(Method::GET, "/programmes", &reader, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("MLI-REINT-2027") && !html.contains(r#"id="programme-form""#));
    let (status, _, _) = app.page(Method::GET, &path, &reader, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = app
        .page(
            Method::POST,
            "/programmes",
            &reader,
            &form(&reader_csrf, "XOF"),
        )
        .await;
    assert!(
        status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND,
        "{status}"
    );
}

#[tokio::test]
async fn a_directory_entry_is_changed_with_several_areas() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let officer = fixture.user(Role::ReintegrationOfficer);
    let ngo = outside_user(
        &app,
        "NGO-KAYES",
        OrganisationKind::Ngo,
        "ngo.kayes",
        Role::ServiceProvider,
        &["MLI"],
    )
    .await;
    let (status, provider) = app
        .post(
            "/api/v1/providers",
            officer,
            json!({ "organisation_id": ngo.user.scope().organisation_id, "services": ["psychosocial"],
                    "areas": [{ "country": "MLI", "name": "Kayes", "pcode": "ML01" }] }),
        )
        .await;
    assert!(status.is_success(), "{provider}");
    let path = format!("/directory/{}", provider["id"].as_str().unwrap());
    let (cookie, csrf) = app.session(officer).await;
    let (status, _, html) = app.page(Method::GET, &path, &cookie, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"name="version" value="1""#) && html.contains(r#"value="ML01""#));

    let organisation = ngo.user.scope().organisation_id.to_string();
    let change = |version: &'static str, second_country: &'static str| {
        vec![
            ("_csrf", csrf.clone()),
            ("version", version.to_string()),
            ("organisation_id", organisation.clone()),
            ("services", "psychosocial".to_string()),
            ("services", "vocational_training".to_string()),
            ("area_country_0", "mli".to_string()),
            ("area_name_0", "Kayes".to_string()),
            ("area_pcode_0", "ML01".to_string()),
            ("area_country_1", second_country.to_string()),
            ("area_name_1", "Nioro du Sahel".to_string()),
            ("area_country_2", String::new()),
            ("capacity", "25".to_string()),
            ("phone", "+223 21 52 00 00".to_string()),
        ]
    };
    let send = |form: Vec<(&'static str, String)>| {
        let app = &app;
        let cookie = cookie.clone();
        let path = path.clone();
        async move {
            let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.page(Method::POST, &path, &cookie, &pairs).await
        }
    };
    let (status, _, html) = send(change("1", "XX")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains(r#"value="Nioro du Sahel""#),
        "what was typed is kept"
    );
    let (status, _, _) = send(change("1", "MLI")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, stored) = app
        .get(
            &format!("/api/v1/providers/{}", provider["id"].as_str().unwrap()),
            officer,
        )
        .await;
    assert_eq!(stored["areas"].as_array().unwrap().len(), 2, "{stored}");
    assert_eq!(stored["capacity_per_month"], 25);
    assert_eq!(stored["services"].as_array().unwrap().len(), 2);

    let (status, _, html) = send(change("1", "MLI")).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        html.contains(r#"name="version" value="2""#)
            && html.contains("Someone changed this record")
    );

    // A counsellor reads the directory but is not shown the form.
    let (counsellor, _) = app.session(fixture.counsellor()).await;
    let (status, _, _) = app.page(Method::GET, &path, &counsellor, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_organisation_changes_its_own_opportunities_only() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let officer = fixture.user(Role::ReintegrationOfficer);
    let (status, published) = app
        .post(
            "/api/v1/opportunities",
            officer,
            json!({ "kind": "training", "title": "Soudure (3 mois)", "sector": "métallurgie", "country": "MLI",
                    "area_name": "Kayes", "pcode": "ML01", "offered_by": "CFP de Kayes", "places": 10 }),
        )
        .await;
    assert!(status.is_success(), "{published}");
    let id = published["id"].as_str().unwrap();
    let path = format!("/opportunities/{id}");
    let (cookie, csrf) = app.session(officer).await;
    let (status, _, html) = app.page(Method::GET, &path, &cookie, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"name="version" value="1""#) && html.contains(r#"value="ML01""#));
    let change = [
        ("_csrf", csrf.as_str()),
        ("version", "1"),
        ("kind", "training"),
        ("title", "Soudure (3 mois)"),
        ("sector", "métallurgie"),
        ("country", "mli"),
        ("area_name", "Kayes"),
        ("pcode", "ML01"),
        ("offered_by", "CFP de Kayes"),
        ("places", "14"),
    ];
    let (status, _, _) = app.page(Method::POST, &path, &cookie, &change).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, stored) = app
        .get(&format!("/api/v1/opportunities/{id}"), officer)
        .await;
    assert_eq!(stored["places"], 14);
    let (status, _, html) = app.page(Method::POST, &path, &cookie, &change).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(html.contains(r#"name="version" value="2""#));

    // Another organisation's officer reads it but cannot open its form.
    let other = outside_user(
        &app,
        "NGO-SEGOU",
        OrganisationKind::Ngo,
        "officer.segou",
        Role::ReintegrationOfficer,
        &["MLI"],
    )
    .await;
    let (other_cookie, _) = app.session(&other).await;
    let (_, _, list) = app
        .page(Method::GET, "/opportunities", &other_cookie, &[])
        .await;
    assert!(list.contains("Soudure (3 mois)") && !list.contains(&path));
    let (status, _, _) = app.page(Method::GET, &path, &other_cookie, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
