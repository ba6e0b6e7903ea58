use crate::database::TestDatabase;
use bayiri_domain::access::{Role, User};
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::*;
use bayiri_domain::organisation::{Office, Organisation, OrganisationKind};
use bayiri_service::{ManualClock, Service, ServiceConfig, UuidV7Ids};
use bayiri_store::{Store, TokenKind, TokenRecord};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use std::sync::Arc;
use time::OffsetDateTime;
use time::macros::datetime;

/// When tests start: a fixed day, so that dates in test inputs are stable.
pub const START: OffsetDateTime = datetime!(2026-03-02 09:00 UTC);

/// The application running on a random port against a fresh database.
#[derive(Debug)]
pub struct TestApp {
    pub address: SocketAddr,
    pub service: Service,
    pub clock: Arc<ManualClock>,
    pub database: TestDatabase,
    pub client: reqwest::Client,
}

/// A user with a ready bearer token.
#[derive(Debug, Clone)]
pub struct TestUser {
    pub user: User,
    pub token: String,
}

/// Two organisations and a user of each role, to exercise scope and permissions.
///
/// - `ORG-A` (offices `NER` in Niger, `LBY` in Libya): one user per role, all on NER, LBY, GIN,
///   SEN, MLI; plus `counsellor.tur`, a counsellor of `ORG-A` on Türkiye only.
/// - `ORG-B` (office `NERB`): `counsellor.b`, on NER.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub org_a: Organisation,
    pub org_b: Organisation,
    pub office_ner: Office,
    pub users: Vec<(Role, TestUser)>,
    pub counsellor_tur: TestUser,
    pub counsellor_b: TestUser,
}

impl Fixture {
    pub fn user(&self, role: Role) -> &TestUser {
        &self
            .users
            .iter()
            .find(|(r, _)| *r == role)
            .expect("a user for every role")
            .1
    }

    pub fn counsellor(&self) -> &TestUser {
        self.user(Role::Counsellor)
    }
}

impl TestApp {
    pub async fn spawn() -> Self {
        let database = TestDatabase::new().await;
        let clock = Arc::new(ManualClock::new(START));
        let service = Service::new(
            database.store(),
            clock.clone(),
            Arc::new(UuidV7Ids),
            ServiceConfig::default(),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        let served = service.clone();
        tokio::spawn(async move {
            bayiri_web::serve(listener, served, std::future::pending())
                .await
                .expect("server");
        });
        let client = reqwest::Client::builder()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Self {
            address,
            service,
            clock,
            database,
            client,
        }
    }

    pub fn store(&self) -> Arc<dyn Store> {
        self.database.store()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    /// Sends a JSON request (no body when `body` is `Null`) and returns status and JSON body.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Value,
    ) -> (StatusCode, Value) {
        let response = self.send(method, path, token, body).await;
        let status = response.status();
        let text = response.text().await.expect("body");
        let json = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, json)
    }

    pub async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Value,
    ) -> reqwest::Response {
        let mut request = self.client.request(method, self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if !body.is_null() {
            request = request.json(&body);
        }
        request.send().await.expect("request")
    }

    pub async fn get(&self, path: &str, user: &TestUser) -> (StatusCode, Value) {
        self.call(Method::GET, path, Some(&user.token), Value::Null)
            .await
    }

    pub async fn post(&self, path: &str, user: &TestUser, body: Value) -> (StatusCode, Value) {
        self.call(Method::POST, path, Some(&user.token), body).await
    }

    pub async fn put(&self, path: &str, user: &TestUser, body: Value) -> (StatusCode, Value) {
        self.call(Method::PUT, path, Some(&user.token), body).await
    }

    /// Creates organisations, offices and users of every role, with tokens.
    pub async fn fixture(&self) -> Fixture {
        let store = self.store();
        let mut tx = store.begin().await.expect("begin");
        let organisation = |code: &str| {
            Organisation::new(
                OrganisationId::from_uuid(uuid::Uuid::now_v7()),
                code,
                &format!("Organisation {code}"),
                OrganisationKind::InternationalOrganisation,
                "NER",
            )
            .expect("organisation")
        };
        let org_a = organisation("ORG-A");
        let org_b = organisation("ORG-B");
        tx.insert_organisation(&org_a).await.expect("org");
        tx.insert_organisation(&org_b).await.expect("org");
        let office = |org: &Organisation, code: &str, country: &str| {
            Office::new(
                OfficeId::from_uuid(uuid::Uuid::now_v7()),
                org.id,
                code,
                "Office",
                country,
            )
            .expect("office")
        };
        let office_ner = office(&org_a, "NER", "NER");
        tx.insert_office(&office_ner).await.expect("office");
        tx.insert_office(&office(&org_a, "LBY", "LBY"))
            .await
            .expect("office");
        tx.insert_office(&office(&org_b, "NERB", "NER"))
            .await
            .expect("office");
        let mut users = Vec::new();
        for role in Role::ALL {
            let user = self
                .insert_user(
                    &mut tx,
                    &org_a,
                    role.as_str(),
                    role,
                    &["NER", "LBY", "GIN", "SEN", "MLI"],
                )
                .await;
            users.push((role, user));
        }
        let counsellor_tur = self
            .insert_user(
                &mut tx,
                &org_a,
                "counsellor.tur",
                Role::Counsellor,
                &["TUR"],
            )
            .await;
        let counsellor_b = self
            .insert_user(&mut tx, &org_b, "counsellor.b", Role::Counsellor, &["NER"])
            .await;
        tx.commit().await.expect("commit");
        Fixture {
            org_a,
            org_b,
            office_ner,
            users,
            counsellor_tur,
            counsellor_b,
        }
    }

    /// A user with a token issued directly (tests of logging in go through the API instead;
    /// this keeps the password hashing cost out of every other test).
    async fn insert_user(
        &self,
        tx: &mut Box<dyn bayiri_store::Tx>,
        org: &Organisation,
        username: &str,
        role: Role,
        countries: &[&str],
    ) -> TestUser {
        let user = User {
            id: UserId::from_uuid(uuid::Uuid::now_v7()),
            username: username.to_string(),
            display_name: format!("Test {username}"),
            role,
            organisation_id: org.id,
            countries: countries
                .iter()
                .map(|c| CountryCode::parse(c).expect("country"))
                .collect(),
            language: "en".into(),
            disabled: false,
            version: 1,
        };
        tx.insert_user(&user, "$argon2id$v=19$m=19456,t=2,p=1$not-a-real-hash$AAAA")
            .await
            .expect("user");
        let token = format!("bay_test_{}", uuid::Uuid::new_v4().simple());
        let now = self.clock_now();
        tx.insert_token(&TokenRecord {
            id: uuid::Uuid::now_v7(),
            user_id: user.id,
            hash: Sha256::digest(token.as_bytes()).to_vec(),
            kind: TokenKind::Api,
            label: None,
            csrf_secret: None,
            created_at: now,
            expires_at: now + time::Duration::days(30),
            revoked_at: None,
        })
        .await
        .expect("token");
        TestUser { user, token }
    }

    /// A browser session for `user`: the cookie header value and the CSRF token its forms carry.
    pub async fn session(&self, user: &TestUser) -> (String, String) {
        let secret = format!("bay_session_{}", uuid::Uuid::new_v4().simple());
        let csrf_secret = uuid::Uuid::new_v4().as_bytes().to_vec();
        let now = self.clock_now();
        let store = self.store();
        let mut tx = store.begin().await.expect("begin");
        tx.insert_token(&TokenRecord {
            id: uuid::Uuid::now_v7(),
            user_id: user.user.id,
            hash: Sha256::digest(secret.as_bytes()).to_vec(),
            kind: TokenKind::Session,
            label: None,
            csrf_secret: Some(csrf_secret.clone()),
            created_at: now,
            expires_at: now + time::Duration::hours(12),
            revoked_at: None,
        })
        .await
        .expect("session");
        tx.commit().await.expect("commit");
        (
            format!("{}={secret}", bayiri_web::pages::SESSION_COOKIE),
            bayiri_web::pages::csrf_token(&csrf_secret),
        )
    }

    /// A page request with a session cookie; returns status, headers and body.
    pub async fn page(
        &self,
        method: Method,
        path: &str,
        cookie: &str,
        form: &[(&str, &str)],
    ) -> (StatusCode, reqwest::header::HeaderMap, String) {
        let mut request = self
            .client
            .request(method, self.url(path))
            .header("cookie", cookie)
            .header("accept-language", "en");
        if !form.is_empty() {
            request = request.form(form);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        let headers = response.headers().clone();
        (status, headers, response.text().await.expect("body"))
    }

    fn clock_now(&self) -> OffsetDateTime {
        use bayiri_service::Clock;
        self.clock.now()
    }

    /// Registers a person through the API and returns its id.
    pub async fn register_person(&self, user: &TestUser, given: &str, family: &str) -> String {
        let (status, body) = self
            .post(
                "/api/v1/persons",
                user,
                serde_json::json!({
                    "registered_in": "NER",
                    "given_names": given,
                    "family_name": family,
                    "sex": "male",
                    "date_of_birth": "1997-05-14",
                    "claimed_nationality": "GIN",
                    "languages": ["ff", "fr"]
                }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_str().expect("person id").to_string()
    }

    /// Registers a person through the API even if the duplicate check proposes stored persons:
    /// the registering user declares them all to be other persons.
    pub async fn register_person_despite_duplicates(
        &self,
        user: &TestUser,
        registration: Value,
    ) -> String {
        let (status, body) = self
            .post("/api/v1/persons", user, registration.clone())
            .await;
        if status == StatusCode::CREATED {
            return body["id"].as_str().expect("person id").to_string();
        }
        assert_eq!(body["code"], "possible_duplicates", "{status} {body}");
        let seen: Vec<Value> = body["candidates"]
            .as_array()
            .expect("candidates")
            .iter()
            .map(|c| c["person"]["id"].clone())
            .collect();
        let mut again = registration;
        again["checked_duplicates"] = Value::Array(seen);
        let (status, body) = self.post("/api/v1/persons", user, again).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_str().expect("person id").to_string()
    }

    /// Opens a case through the API and returns its body.
    pub async fn open_case(&self, user: &TestUser, person: &str, category: &str) -> Value {
        let (status, body) = self
            .post(
                "/api/v1/cases",
                user,
                serde_json::json!({
                    "principal": person,
                    "category": category,
                    "host_country": "NER",
                    "return_country": "GIN",
                    "return_country_relation": "origin",
                    "community_of_return": { "admin1_name": "Labé", "admin1_pcode": "GN6", "locality": "Pita" }
                }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body
    }
}
