//! The `bayiri` binary as an operator uses it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where a test's server keeps its data: a temporary directory, and on the PostgreSQL run
/// (`BAYIRI_TEST_DATABASE=postgres://…`) a database of its own on that server.
struct Place {
    dir: tempfile::TempDir,
    database: Option<String>,
}

impl Place {
    fn new(test: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let database = match std::env::var("BAYIRI_TEST_DATABASE") {
            Ok(url) if url.starts_with("postgres") => {
                let name = format!("bayiri_cli_{test}_{}", std::process::id());
                let status = Command::new("psql")
                    .arg(&url)
                    .args([
                        "-qc",
                        &format!("DROP DATABASE IF EXISTS {name}"),
                        "-qc",
                        &format!("CREATE DATABASE {name}"),
                    ])
                    .status()
                    .expect("psql");
                assert!(status.success());
                Some(format!("{}/{name}", url.rsplit_once('/').unwrap().0))
            }
            _ => None,
        };
        Self { dir, database }
    }

    fn bayiri(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_bayiri"));
        command
            .env_remove("BAYIRI_DATABASE")
            .env_remove("BAYIRI_LISTEN")
            .env("BAYIRI_LOG", "warn")
            .env("BAYIRI_DATA_DIR", self.dir.path());
        if let Some(url) = &self.database {
            command.env("BAYIRI_DATABASE", url);
        }
        command
    }
}

fn run(command: &mut Command) -> String {
    let output = command.output().expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        output.status.success(),
        "{command:?}\nstdout: {stdout}\nstderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

struct Server {
    child: Child,
    base: String,
    output: Vec<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `bayiri serve` on a free port and waits for the line that says where it runs.
fn serve(place: &Place, extra: &[&str], env: &[(&str, &str)]) -> Server {
    let mut command = place.bayiri();
    command
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().expect("serve starts");
    let stdout = child.stdout.take().unwrap();
    // The server is killed and reaped on drop, also when a check below fails.
    let mut server = Server {
        child,
        base: String::new(),
        output: Vec::new(),
    };
    let mut lines = BufReader::new(stdout).lines();
    let started = Instant::now();
    while server.base.is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "serve did not start: {:?}",
            server.output
        );
        let line = lines.next().expect("serve printed where it runs").unwrap();
        if let Some(rest) = line.strip_prefix("Bayiri is running at ") {
            server.base = rest
                .split_whitespace()
                .next()
                .unwrap()
                .trim_end_matches('/')
                .to_string();
        }
        server.output.push(line);
    }
    server
}

#[tokio::test(flavor = "multi_thread")]
async fn an_operator_sets_up_an_organisation_and_a_user_then_logs_in() {
    let place = Place::new("operator");
    let migrated = run(place.bayiri().args(["migrate"]));
    assert!(migrated.contains("schema up to date"), "{migrated}");
    run(place.bayiri().args([
        "org",
        "add",
        "--code",
        "IOM-NER",
        "--name",
        "OIM Niger",
        "--kind",
        "international_organisation",
        "--country",
        "NER",
    ]));
    run(place.bayiri().args([
        "org",
        "add-office",
        "--organisation",
        "IOM-NER",
        "--code",
        "NERAGZ",
        "--name",
        "Agadez",
        "--country",
        "NER",
    ]));
    let mut add = place
        .bayiri()
        .args([
            "user",
            "add",
            "--organisation",
            "IOM-NER",
            "--username",
            "awa",
            "--display-name",
            "Awa Maïga",
            "--role",
            "counsellor",
            "--countries",
            "NER,LBY",
            "--language",
            "fr",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(b"une phrase de passe longue\n")
        .unwrap();
    assert!(add.wait().unwrap().success());
    let listed = run(place.bayiri().args(["user", "list"]));
    assert!(
        listed.contains("awa") && listed.contains("counsellor") && listed.contains("LBY,NER"),
        "{listed}"
    );

    let bad = place
        .bayiri()
        .args([
            "user",
            "add",
            "--organisation",
            "IOM-NER",
            "--username",
            "x",
            "--display-name",
            "X",
            "--role",
            "pilot",
            "--countries",
            "NER",
        ])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown role `pilot`"));

    let server = serve(&place, &[], &[]);
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let health = client
        .get(format!("{}/healthz", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let login: serde_json::Value = client
        .post(format!("{}/api/v1/auth/login", server.base))
        .json(&serde_json::json!({ "username": "awa", "password": "une phrase de passe longue" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["token"].as_str().expect("a token");
    let me: serde_json::Value = client
        .get(format!("{}/api/v1/me", server.base))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["language"], "fr");
    drop(server);

    let disabled = run(place.bayiri().args(["user", "disable", "awa"]));
    assert!(disabled.contains("revoked"));
}

#[tokio::test(flavor = "multi_thread")]
async fn serve_demo_loads_data_and_prints_the_administrator_login() {
    let place = Place::new("demo");
    let server = serve(
        &place,
        &["--demo", "--demo-cases", "150"],
        &[("BAYIRI_ADMIN_PASSWORD", "demo password for tests")],
    );
    let printed = server.output.join("\n");
    assert!(
        printed.contains("Log in as `admin` with password: demo password for tests"),
        "{printed}"
    );
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let login: serde_json::Value = client
        .post(format!("{}/api/v1/auth/login", server.base))
        .json(&serde_json::json!({ "username": "admin", "password": "demo password for tests" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["token"].as_str().expect("admin logs in");
    let cases: serde_json::Value = client
        .get(format!("{}/api/v1/cases?limit=200", server.base))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let items = cases["items"].as_array().unwrap();
    assert!(
        items.len() > 100,
        "the administrator sees the IOM demo cases: {}",
        items.len()
    );
    let stages: std::collections::BTreeSet<&str> =
        items.iter().map(|c| c["stage"].as_str().unwrap()).collect();
    assert!(
        stages.len() >= 6,
        "demo cases cover the lifecycle: {stages:?}"
    );
}

#[tokio::test]
async fn demo_data_is_deterministic() {
    let dump = || async {
        let dir = tempfile::tempdir().unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_bayiri"));
        command
            .env_remove("BAYIRI_DATABASE")
            .env("BAYIRI_ADMIN_PASSWORD", "same password every time")
            .env("BAYIRI_DATA_DIR", dir.path());
        run(command.args([
            "demo",
            "--cases",
            "60",
            "--seed",
            "7",
            "--as-of",
            "2026-11-01",
        ]));
        let url = format!("sqlite://{}", dir.path().join("bayiri.sqlite").display());
        let store = bayiri_store_sqlite::SqliteStore::connect(&url)
            .await
            .unwrap();
        use bayiri_store::Store;
        let mut tx = store.begin_read().await.unwrap();
        let mut lines = Vec::new();
        for organisation in tx.organisations().await.unwrap() {
            let scope = bayiri_store::ScopeFilter {
                organisation_id: organisation.id,
                countries: bayiri_domain::country::CountryCode::all().collect(),
            };
            for case in tx
                .list_cases(&bayiri_store::CaseQuery::new(scope, 200))
                .await
                .unwrap()
            {
                let events = tx.case_events(case.id).await.unwrap();
                lines.push(format!(
                    "{} {} {} {} {} {}",
                    case.id,
                    case.number,
                    case.stage,
                    case.principal_name,
                    case.version,
                    serde_json::to_string(&events).unwrap()
                ));
            }
        }
        lines
    };
    let first = dump().await;
    assert_eq!(first.len(), 60);
    assert_eq!(first, dump().await);
}
