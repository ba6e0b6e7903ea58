//! The journey's reference pages over HTTP: border points changed by administrators (with
//! stale changes refused), and operations planned with several legs, each leg's errors
//! beside its own fields.

use super::journey::reference;
use bayiri_domain::access::Role;
use bayiri_testkit::TestApp;
use reqwest::{Method, StatusCode};

#[tokio::test]
async fn an_administrator_changes_a_border_point_and_a_stale_change_is_refused() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let points = reference(&app, &fixture).await;
    let (admin, csrf) = app.session(fixture.user(Role::Administrator)).await;
    let path = format!("/points/{}", points.border);

    let (status, _, html) = app.page(Method::GET, &path, &admin, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(r#"name="version" value="1""#) && html.contains(r#"value="Gogui""#),
        "the form holds the stored point at its version"
    );
    let change = |version: &'static str, name: &'static str, active: bool| {
        let mut form = vec![
            ("_csrf", csrf.as_str()),
            ("version", version),
            ("kind", "land_border"),
            ("code", "MLI-GOGUI"),
            ("name", name),
            ("country", "MLI"),
            ("admin1", "Kayes"),
            ("locality", "Gogui"),
            ("latitude", "15,317"),
            ("longitude", "-9.356"),
        ];
        if active {
            form.push(("active", "on"));
        }
        form
    };
    let (status, headers, _) = app
        .page(
            Method::POST,
            &path,
            &admin,
            &change("1", "Gogui (poste de police)", false),
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/points");
    let (_, listed) = app.get("/api/v1/border-points", fixture.counsellor()).await;
    let gogui = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == "MLI-GOGUI")
        .unwrap();
    assert_eq!(gogui["name"], "Gogui (poste de police)");
    assert_eq!(gogui["active"], false);
    assert_eq!(gogui["latitude"], 15.317, "a decimal comma is understood");

    // A change made on the page as it was before is refused and shows what is stored now.
    let (status, _, html) = app
        .page(Method::POST, &path, &admin, &change("1", "Gogui", true))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(html.contains("Someone changed this record"));
    assert!(
        html.contains(r#"name="version" value="2""#) && html.contains("Gogui (poste de police)"),
        "the stored point, at its current version, is in the form"
    );

    // An inactive point is no longer offered for new operations.
    let (counsellor, _) = app.session(fixture.counsellor()).await;
    let (_, _, operations) = app.page(Method::GET, "/operations", &counsellor, &[]).await;
    assert!(operations.contains("CKY — Conakry Gbessia"));
    assert!(!operations.contains("MLI-GOGUI —"));

    // Only administrators change points; others do not learn the form exists.
    let (status, _, _) = app.page(Method::GET, &path, &counsellor, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, counsellor_csrf) = app.session(fixture.counsellor()).await;
    let mut refused = change("2", "Gogui", true);
    refused[0].1 = counsellor_csrf.as_str();
    let (status, _, _) = app.page(Method::POST, &path, &counsellor, &refused).await;
    assert!(
        status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND,
        "{status}"
    );
}

#[tokio::test]
async fn an_operation_is_planned_with_several_legs() {
    let app = TestApp::spawn().await;
    let fixture = app.fixture().await;
    let points = reference(&app, &fixture).await;
    let (cookie, csrf) = app.session(fixture.counsellor()).await;
    let mut form = vec![
        ("_csrf", csrf.as_str()),
        ("reference", "NIM-CKY-CONNEXION"),
        ("kind", "scheduled_flight"),
        ("departure_country", "NER"),
        ("destination_country", "GIN"),
        ("arrival_point", points.airport.as_str()),
        ("planned_on", "2026-03-10"),
        ("capacity", "4"),
        ("mode_0", "air"),
        ("carrier_0", "Air Côte d'Ivoire"),
        ("number_0", "HF 565"),
        ("from_0", "NIM"),
        ("to_0", "ABJ"),
        ("departs_at_0", "2026-03-10T08:00"),
        ("arrives_at_0", "2026-03-10T11:30"),
        ("mode_1", "air"),
        ("carrier_1", "Air Côte d'Ivoire"),
        ("number_1", "HF 632"),
        ("from_1", "ABJ"),
        ("to_1", "CKY"),
        ("departs_at_1", "2026-03-10T10:00"),
        ("arrives_at_1", "2026-03-10T12:30"),
        // The third leg left empty is not a leg.
        ("mode_2", "land"),
    ];
    let (status, _, html) = app.page(Method::POST, "/operations", &cookie, &form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains(r#"id="operation-departs_at_1-error""#)
            && html.contains("This leg leaves before the previous one arrives."),
        "the error is beside the second leg's departure"
    );
    assert!(html.contains(r#"value="HF 632""#), "what was typed is kept");
    let (_, operations) = app.get("/api/v1/operations", fixture.counsellor()).await;
    assert!(
        operations.as_array().unwrap().is_empty(),
        "nothing half-written"
    );

    form.retain(|(k, _)| *k != "departs_at_1");
    form.push(("departs_at_1", "2026-03-10T13:15"));
    form.retain(|(k, _)| *k != "arrives_at_1");
    form.push(("arrives_at_1", "2026-03-10T15:05"));
    let (status, headers, _) = app.page(Method::POST, "/operations", &cookie, &form).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = headers["location"].to_str().unwrap().to_string();
    let id = location.trim_start_matches("/operations/");
    let (_, operation) = app
        .get(&format!("/api/v1/operations/{id}"), fixture.counsellor())
        .await;
    let legs: Vec<_> = operation["legs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["from"].as_str().unwrap(), l["to"].as_str().unwrap()))
        .collect();
    assert_eq!(legs, [("NIM", "ABJ"), ("ABJ", "CKY")]);
    let (_, _, page) = app.page(Method::GET, &location, &cookie, &[]).await;
    assert!(page.contains("HF 565") && page.contains("HF 632"));
}
