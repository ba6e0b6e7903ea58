use bayiri_testkit::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::Value;

/// The served document is OpenAPI 3.1, and each operation it lists is a route the server
/// answers (never the "no such endpoint" fallback), and vice versa for the routes we know of.
#[tokio::test]
async fn the_openapi_document_matches_the_routes() {
    let app = TestApp::spawn().await;
    let (status, document) = app
        .call(Method::GET, "/api/v1/openapi.json", None, Value::Null)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = document["paths"].as_object().unwrap();
    let mut operations = 0;
    for (path, item) in paths {
        for (method, operation) in item.as_object().unwrap() {
            if !matches!(method.as_str(), "get" | "post" | "put" | "patch" | "delete") {
                continue;
            }
            operations += 1;
            let concrete = path
                .split('/')
                .map(|part| {
                    if part.starts_with('{') {
                        "01960000-0000-7000-8000-000000000000"
                    } else {
                        part
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let (status, body) = app.call(method.clone(), &concrete, None, Value::Null).await;
            assert!(
                !matches!(
                    body["code"].as_str(),
                    Some("route_not_found" | "method_not_allowed")
                ),
                "{method} {path} is documented but not routed: {status} {body}"
            );
            let responses = operation["responses"].as_object().unwrap();
            assert!(
                responses.keys().any(|code| code.starts_with('2')),
                "{method} {path} documents no success"
            );
            if path != "/api/v1/openapi.json" && path != "/api/v1/auth/login" {
                assert!(
                    operation.get("security").is_some(),
                    "{method} {path} documents no security"
                );
                assert_eq!(
                    status,
                    StatusCode::UNAUTHORIZED,
                    "{method} {path} answers without a token"
                );
            }
        }
    }
    assert_eq!(
        operations, 111,
        "update this count when adding an endpoint, and document it"
    );
    // Routes outside the document are not part of the API.
    let (status, body) = app
        .call(Method::GET, "/api/v1/not-an-endpoint", None, Value::Null)
        .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("route_not_found"))
    );
    let (status, body) = app
        .call(Method::DELETE, "/api/v1/cases", None, Value::Null)
        .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::METHOD_NOT_ALLOWED, Some("method_not_allowed"))
    );
}

#[tokio::test]
async fn health_answers_once_the_database_does() {
    let app = TestApp::spawn().await;
    let response = app.send(Method::GET, "/healthz", None, Value::Null).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().get("x-request-id").is_some());
    assert!(
        response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("script-src 'self'")
    );
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    app.database.close().await;
    let (status, problem) = app.call(Method::GET, "/healthz", None, Value::Null).await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, Some("service_unavailable"))
    );
}
