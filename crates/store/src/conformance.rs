//! The conformance suite: what every storage engine must do, written once.
//!
//! Each scenario takes a store on a fresh, migrated database and panics on failure. The
//! testkit runs every scenario against the engine selected by `BAYIRI_TEST_DATABASE`, and CI
//! runs the suite on both SQLite and PostgreSQL. [`SCENARIOS`] lists them all so that a runner
//! cannot forget one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::*;
use bayiri_domain::access::Role;
use bayiri_domain::case::*;
use bayiri_domain::country::CountryCode;
use bayiri_domain::organisation::OrganisationKind;
use bayiri_domain::person::*;
use bayiri_domain::screening::{Priority, ScreeningAnswers};
use std::collections::BTreeSet;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

pub type Scenario = fn(Arc<dyn Store>) -> Pin<Box<dyn Future<Output = ()> + Send>>;

macro_rules! scenarios {
    ($($name:ident),* $(,)?) => {
        /// Every scenario, by name.
        pub const SCENARIOS: &[(&str, Scenario)] = &[
            $((stringify!($name), |store| Box::pin($name(store)))),*
        ];
    };
}

scenarios!(
    migrations_are_all_applied,
    organisations_and_offices_round_trip,
    case_numbers_are_sequential_per_office_and_year,
    users_round_trip_and_refuse_stale_updates,
    tokens_expire_and_revoke,
    persons_round_trip_in_any_script,
    stale_person_update_is_refused,
    missing_records_are_not_found,
    person_list_is_scoped_and_searchable,
    cases_round_trip_with_their_history,
    stale_case_save_is_refused_and_writes_nothing,
    concurrent_case_writers_never_overwrite_each_other,
    case_list_filters_scope_and_pages,
    case_list_text_search_matches_names_and_numbers,
    case_queue_sorts_counts_and_finds_overdue_work,
    persons_on_cases_are_found_through_them,
    uncommitted_work_is_rolled_back,
    audit_log_round_trips_and_filters,
    duplicate_decisions_are_remembered_per_pair,
    merges_move_cases_and_revert_once,
    changed_persons_come_in_order_of_change,
    journey_reference_lists_round_trip,
    consular_requests_round_trip_and_filter,
    operations_reports_and_arrivals_round_trip,
    return_events_are_read_for_indicators,
    every_reintegration_table_round_trips_and_refuses_stale_saves,
    follow_ups_filter_by_scope_status_and_due_date,
    proofs_and_scoring_schemes_round_trip,
);

mod journey;
mod reintegration;
pub use journey::*;
pub use reintegration::*;

static COUNTER: AtomicU64 = AtomicU64::new(1);

/// Distinct, time-ordered ids, like the UUIDv7 ids the service issues.
pub fn next_id() -> uuid::Uuid {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let millis = 1_780_000_000_000u64 + n;
    uuid::Builder::from_unix_timestamp_millis(
        millis,
        &n.to_be_bytes()
            .iter()
            .chain([0u8; 2].iter())
            .copied()
            .collect::<Vec<_>>()
            .try_into()
            .unwrap(),
    )
    .into_uuid()
}

const T0: OffsetDateTime = datetime!(2026-05-04 08:30:00.123456 UTC);

fn country(code: &str) -> CountryCode {
    CountryCode::parse(code).unwrap()
}

/// An organisation with one office, both inserted.
pub async fn organisation(
    tx: &mut Box<dyn Tx>,
    code: &str,
    office_code: &str,
    office_country: &str,
) -> (Organisation, Office) {
    let organisation = Organisation::new(
        OrganisationId::from_uuid(next_id()),
        code,
        &format!("{code} organisation"),
        OrganisationKind::InternationalOrganisation,
        "NER",
    )
    .unwrap();
    tx.insert_organisation(&organisation).await.unwrap();
    let office = Office::new(
        OfficeId::from_uuid(next_id()),
        organisation.id,
        office_code,
        "Office",
        office_country,
    )
    .unwrap();
    tx.insert_office(&office).await.unwrap();
    (organisation, office)
}

pub fn person(
    organisation: OrganisationId,
    registered_in: &str,
    given: &str,
    family: &str,
) -> Person {
    let input = PersonInput {
        given_names: given.into(),
        family_name: family.into(),
        sex: Some(Sex::Female),
        date_of_birth: Some("1996".into()),
        claimed_nationality: Some("GIN".into()),
        languages: vec!["ff".into(), "fr".into()],
        ..Default::default()
    };
    let details = input.validate(T0.date(), None).unwrap();
    Person::new(
        PersonId::from_uuid(next_id()),
        organisation,
        country(registered_in),
        details,
        T0,
    )
}

pub fn user(organisation: OrganisationId, username: &str, role: Role, countries: &[&str]) -> User {
    User {
        id: UserId::from_uuid(next_id()),
        username: username.into(),
        display_name: format!("User {username}"),
        role,
        organisation_id: organisation,
        countries: countries.iter().map(|c| country(c)).collect(),
        language: "fr".into(),
        disabled: false,
        version: 1,
    }
}

pub fn open_case(
    office: &Office,
    principal: &Person,
    sequence: u32,
    host: &str,
    destination: &str,
    category: ReturnCategory,
) -> (Case, CaseEvent) {
    let open = OpenCase {
        id: CaseId::from_uuid(next_id()),
        number: CaseNumber::new(&office.code, 2026, sequence),
        principal: principal.id,
        family_members: vec![],
        category,
        host_country: country(host),
        return_country: country(destination),
        return_country_relation: ReturnCountryRelation::Origin,
        community_of_return: Community::default(),
        organisation_id: office.organisation_id,
        office_id: office.id,
        case_worker: None,
        requested_priority: Priority::Normal,
        flags: BTreeSet::new(),
    };
    Case::open(open, &CommandContext::new(UserId::from_uuid(next_id()), T0)).unwrap()
}

fn scope(organisation: OrganisationId, countries: &[&str]) -> ScopeFilter {
    ScopeFilter {
        organisation_id: organisation,
        countries: countries.iter().map(|c| country(c)).collect(),
    }
}

pub async fn migrations_are_all_applied(store: Arc<dyn Store>) {
    let known = store.migration_versions();
    assert!(!known.is_empty());
    assert_eq!(store.applied_migrations().await.unwrap(), known);
    store.ping().await.unwrap();
}

pub async fn organisations_and_offices_round_trip(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "IOM-NER", "NER", "NER").await;
    assert_eq!(tx.organisation(org.id).await.unwrap(), org);
    assert_eq!(tx.organisation_by_code("iom-ner").await.unwrap(), org);
    assert_eq!(tx.office(office.id).await.unwrap(), office);
    assert_eq!(tx.offices_of(org.id).await.unwrap(), vec![office.clone()]);
    assert_eq!(tx.organisations().await.unwrap(), vec![org.clone()]);
    tx.commit().await.unwrap();

    let mut tx = store.begin().await.unwrap();
    let mut twin = org.clone();
    twin.id = OrganisationId::from_uuid(next_id());
    assert!(matches!(
        tx.insert_organisation(&twin).await,
        Err(StoreError::Duplicate { .. })
    ));
}

pub async fn case_numbers_are_sequential_per_office_and_year(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (_, ner) = organisation(&mut tx, "ORG-A", "NER", "NER").await;
    let (_, lby) = organisation(&mut tx, "ORG-B", "LBY", "LBY").await;
    assert_eq!(tx.next_case_sequence(ner.id, 2026).await.unwrap(), 1);
    assert_eq!(tx.next_case_sequence(ner.id, 2026).await.unwrap(), 2);
    assert_eq!(tx.next_case_sequence(lby.id, 2026).await.unwrap(), 1);
    assert_eq!(tx.next_case_sequence(ner.id, 2027).await.unwrap(), 1);
    tx.commit().await.unwrap();
    let mut tx = store.begin().await.unwrap();
    assert_eq!(
        tx.next_case_sequence(ner.id, 2026).await.unwrap(),
        3,
        "sequences survive the transaction"
    );
}

pub async fn users_round_trip_and_refuse_stale_updates(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, _) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let mut awa = user(org.id, "awa.maiga", Role::Counsellor, &["NER", "LBY"]);
    tx.insert_user(&awa, "$argon2id$hash").await.unwrap();
    assert_eq!(tx.user(awa.id).await.unwrap(), awa);
    let (found, hash) = tx.user_credentials("AWA.MAIGA").await.unwrap();
    assert_eq!((found, hash.as_str()), (awa.clone(), "$argon2id$hash"));
    tx.commit().await.unwrap();
    // A refused write ends its transaction on PostgreSQL, so it gets one of its own.
    let mut tx = store.begin().await.unwrap();
    assert!(matches!(
        tx.insert_user(&user(org.id, "awa.maiga", Role::Monitor, &["NER"]), "x")
            .await,
        Err(StoreError::Duplicate { .. })
    ));
    drop(tx);

    let mut tx = store.begin().await.unwrap();
    awa.language = "ar".into();
    awa.version = 2;
    tx.update_user(&awa, 1).await.unwrap();
    awa.version = 3;
    assert!(matches!(
        tx.update_user(&awa, 1).await,
        Err(StoreError::Conflict { current: 2 })
    ));
    tx.set_password_hash(awa.id, "$argon2id$new").await.unwrap();
    assert_eq!(
        tx.user_credentials("awa.maiga").await.unwrap().1,
        "$argon2id$new"
    );
    assert_eq!(tx.users(Some(org.id)).await.unwrap().len(), 1);
    assert_eq!(tx.count_users().await.unwrap(), 1);
}

pub async fn tokens_expire_and_revoke(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, _) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let u = user(org.id, "token.user", Role::Counsellor, &["NER"]);
    tx.insert_user(&u, "h").await.unwrap();
    let token = |hash: &[u8], expires_at| TokenRecord {
        id: next_id(),
        user_id: u.id,
        hash: hash.to_vec(),
        kind: TokenKind::Session,
        label: Some("browser".into()),
        csrf_secret: Some(vec![7; 32]),
        created_at: T0,
        expires_at,
        revoked_at: None,
    };
    let live = token(&[1; 32], T0 + Duration::hours(12));
    let other = token(&[2; 32], T0 + Duration::hours(12));
    let expired = token(&[3; 32], T0 + Duration::minutes(1));
    for t in [&live, &other, &expired] {
        tx.insert_token(t).await.unwrap();
    }
    let (found, found_user) = tx
        .live_token(&[1; 32], T0 + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!((found, found_user), (live.clone(), u.clone()));
    assert!(
        matches!(
            tx.live_token(&[3; 32], T0 + Duration::hours(1)).await,
            Err(StoreError::NotFound)
        ),
        "expired"
    );
    assert!(
        matches!(tx.live_token(&[9; 32], T0).await, Err(StoreError::NotFound)),
        "unknown"
    );
    assert_eq!(
        tx.revoke_user_tokens(u.id, T0, Some(live.id))
            .await
            .unwrap(),
        2
    );
    assert!(
        tx.live_token(&[1; 32], T0).await.is_ok(),
        "the kept token stays"
    );
    assert!(matches!(
        tx.live_token(&[2; 32], T0).await,
        Err(StoreError::NotFound)
    ));
    tx.revoke_token(live.id, T0).await.unwrap();
    assert!(matches!(
        tx.live_token(&[1; 32], T0).await,
        Err(StoreError::NotFound)
    ));
    assert!(
        matches!(
            tx.revoke_token(live.id, T0).await,
            Err(StoreError::NotFound)
        ),
        "already revoked"
    );
    assert_eq!(tx.tokens_of(u.id).await.unwrap().len(), 3);
}

pub async fn persons_round_trip_in_any_script(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, _) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let mut p = person(org.id, "NER", "Aïssatou", "Djaló");
    p.details.names.original_script = Some(ScriptName {
        script: Script::Arab,
        given_names: "عائشة".into(),
        family_name: "جالو".into(),
    });
    p.details.names.aliases.push(Alias {
        given_names: "Aissatu".into(),
        family_name: "Jallow".into(),
        note: Some("«ancien» dossier".into()),
    });
    tx.insert_person(&p).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.begin_read().await.unwrap();
    assert_eq!(tx.person(p.id).await.unwrap(), p);
}

pub async fn stale_person_update_is_refused(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, _) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let mut p = person(org.id, "NER", "Mamadou", "Diallo");
    tx.insert_person(&p).await.unwrap();
    p.details.names.given_names = "Mamadu".into();
    p.version = 2;
    tx.update_person(&p, 1).await.unwrap();
    let mut stale = p.clone();
    stale.details.names.given_names = "Mamoudou".into();
    stale.version = 2;
    assert!(matches!(
        tx.update_person(&stale, 1).await,
        Err(StoreError::Conflict { current: 2 })
    ));
    assert_eq!(
        tx.person(p.id).await.unwrap().details.names.given_names,
        "Mamadu"
    );
}

pub async fn missing_records_are_not_found(store: Arc<dyn Store>) {
    let mut tx = store.begin_read().await.unwrap();
    let missing = next_id();
    assert!(matches!(
        tx.person(PersonId::from_uuid(missing)).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        tx.case(CaseId::from_uuid(missing)).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        tx.user(UserId::from_uuid(missing)).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        tx.organisation(OrganisationId::from_uuid(missing)).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        tx.office(OfficeId::from_uuid(missing)).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        tx.user_credentials("nobody").await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        tx.case_id_by_number("NER-2026-999999").await,
        Err(StoreError::NotFound)
    ));
    assert!(
        tx.case_events(CaseId::from_uuid(missing))
            .await
            .unwrap()
            .is_empty()
    );
}

pub async fn person_list_is_scoped_and_searchable(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, _) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let (other, _) = organisation(&mut tx, "OTHER", "LBY", "LBY").await;
    let mut mine = Vec::new();
    for (given, family) in [("Sékou", "N'Diaye"), ("Awa", "Traoré"), ("Moussa", "Keïta")] {
        let p = person(org.id, "NER", given, family);
        tx.insert_person(&p).await.unwrap();
        mine.push(p);
    }
    tx.insert_person(&person(org.id, "MLI", "Out", "OfCountry"))
        .await
        .unwrap();
    tx.insert_person(&person(other.id, "NER", "Other", "Organisation"))
        .await
        .unwrap();
    let query = |text: Option<&str>, before, limit| PersonQuery {
        scope: scope(org.id, &["NER"]),
        text: text.map(bayiri_domain::names::search_key),
        before,
        limit,
    };
    let all = tx.list_persons(&query(None, None, 10)).await.unwrap();
    let ids: Vec<PersonId> = all.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        mine.iter().rev().map(|p| p.id).collect::<Vec<_>>(),
        "in scope only, newest first"
    );
    let found = tx
        .list_persons(&query(Some("ndiaye"), None, 10))
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].details.names.family_name, "N'Diaye");
    assert_eq!(
        tx.list_persons(&query(Some("SEKOU"), None, 10))
            .await
            .unwrap()
            .len(),
        1
    );
    let first_page = tx.list_persons(&query(None, None, 2)).await.unwrap();
    let second_page = tx
        .list_persons(&query(None, Some(first_page[1].id), 2))
        .await
        .unwrap();
    assert_eq!(second_page.len(), 1);
    assert_eq!(second_page[0].id, mine[0].id);
}

pub async fn cases_round_trip_with_their_history(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let principal = person(org.id, "NER", "Fatoumata", "Bah");
    let child = person(org.id, "NER", "Binta", "Bah");
    tx.insert_person(&principal).await.unwrap();
    tx.insert_person(&child).await.unwrap();
    let (mut case, opened) = open_case(
        &office,
        &principal,
        1,
        "NER",
        "GIN",
        ReturnCategory::AssistedVoluntaryReturnAndReintegration,
    );
    tx.insert_case(&case, std::slice::from_ref(&opened))
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.begin().await.unwrap();
    let stored = tx.case(case.id).await.unwrap();
    assert_eq!(stored, case);
    let ctx = CommandContext::new(UserId::from_uuid(next_id()), T0 + Duration::hours(2))
        .with_reason("counselling started «today»");
    let mut events = case
        .execute(CaseCommand::MoveTo(Stage::Counselling), &ctx)
        .unwrap();
    events.extend(
        case.execute(
            CaseCommand::RecordScreening {
                id: RecordId::from_uuid(next_id()),
                screened_on: T0.date(),
                answers: ScreeningAnswers::default(),
                date_of_birth: principal.details.date_of_birth,
            },
            &ctx,
        )
        .unwrap(),
    );
    events.extend(
        case.execute(
            CaseCommand::Update(CaseChanges {
                family_members: Some(vec![FamilyMember {
                    person_id: child.id,
                    relationship: Relationship::Child,
                }]),
                flags: Some([Flag::parse("family_tracing").unwrap()].into()),
                ..Default::default()
            }),
            &ctx,
        )
        .unwrap(),
    );
    tx.save_case(&case, 1, &events).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.begin_read().await.unwrap();
    let stored = tx.case(case.id).await.unwrap();
    assert_eq!(stored, case);
    assert_eq!(stored.version, 4);
    let history = tx.case_events(case.id).await.unwrap();
    assert_eq!(history.len(), 4);
    assert_eq!(history[0], opened);
    assert_eq!(history[1..], events[..]);
    assert_eq!(
        Case::from_events(&history).as_ref(),
        Some(&stored),
        "the stored state is the replay of the stored events"
    );
    assert_eq!(
        tx.case_id_by_number(case.number.as_str()).await.unwrap(),
        case.id
    );
    assert_eq!(tx.cases_of_person(child.id).await.unwrap(), vec![case.id]);
}

pub async fn stale_case_save_is_refused_and_writes_nothing(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let principal = person(org.id, "NER", "Ousmane", "Sow");
    tx.insert_person(&principal).await.unwrap();
    let (case, opened) = open_case(
        &office,
        &principal,
        1,
        "NER",
        "SEN",
        ReturnCategory::AssistedVoluntaryReturn,
    );
    tx.insert_case(&case, &[opened]).await.unwrap();
    tx.commit().await.unwrap();

    let ctx = CommandContext::new(UserId::from_uuid(next_id()), T0).with_reason("conformance");
    let mut first = case.clone();
    let first_events = first
        .execute(CaseCommand::MoveTo(Stage::Counselling), &ctx)
        .unwrap();
    let mut second = case.clone();
    let second_events = second
        .execute(CaseCommand::Close(ClosureReason::Ineligible), &ctx)
        .unwrap();

    let mut tx = store.begin().await.unwrap();
    tx.save_case(&first, 1, &first_events).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.begin().await.unwrap();
    assert!(matches!(
        tx.save_case(&second, 1, &second_events).await,
        Err(StoreError::Conflict { current: 2 })
    ));
    drop(tx);
    let mut tx = store.begin_read().await.unwrap();
    assert_eq!(tx.case(case.id).await.unwrap().stage, Stage::Counselling);
    assert_eq!(
        tx.case_events(case.id).await.unwrap().len(),
        2,
        "the refused events were not appended"
    );
    let missing = CaseId::from_uuid(next_id());
    let mut ghost = case.clone();
    ghost.id = missing;
    drop(tx);
    let mut tx = store.begin().await.unwrap();
    assert!(matches!(
        tx.save_case(&ghost, 1, &[]).await,
        Err(StoreError::NotFound)
    ));
}

/// Many writers load the same version and try to save at once: exactly one wins, every other
/// is refused with a conflict, and the history has exactly one new event.
pub async fn concurrent_case_writers_never_overwrite_each_other(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let principal = person(org.id, "NER", "Ibrahima", "Camara");
    tx.insert_person(&principal).await.unwrap();
    let (case, opened) = open_case(
        &office,
        &principal,
        1,
        "NER",
        "GIN",
        ReturnCategory::VoluntaryHumanitarianReturn,
    );
    tx.insert_case(&case, &[opened]).await.unwrap();
    tx.commit().await.unwrap();

    let writers = 8;
    let barrier = Arc::new(tokio::sync::Barrier::new(writers));
    let mut handles = Vec::new();
    for i in 0..writers {
        let store = store.clone();
        let barrier = barrier.clone();
        let id = case.id;
        handles.push(tokio::spawn(async move {
            barrier.wait().await;
            let mut tx = store.begin().await?;
            let mut current = tx.case(id).await?;
            let expected = 1;
            let ctx = CommandContext::new(UserId::from_uuid(next_id()), T0)
                .with_reason(format!("writer {i}"));
            let command = if i % 2 == 0 {
                CaseCommand::MoveTo(Stage::Counselling)
            } else {
                CaseCommand::Close(ClosureReason::LostContact)
            };
            // Every writer acts on what it believes is version 1 (as a client that read it).
            current.version = current.version.min(expected);
            let events = match current.execute(command, &ctx) {
                Ok(events) => events,
                Err(_) => return Err(StoreError::Conflict { current: 0 }),
            };
            tx.save_case(&current, expected, &events).await?;
            tx.commit().await
        }));
    }
    let mut won = 0;
    let mut conflicts = 0;
    for handle in handles {
        match handle.await.unwrap() {
            Ok(()) => won += 1,
            Err(StoreError::Conflict { .. }) => conflicts += 1,
            Err(other) => panic!("unexpected error: {other}"),
        }
    }
    assert_eq!((won, conflicts), (1, writers - 1));
    let mut tx = store.begin_read().await.unwrap();
    assert_eq!(tx.case_events(case.id).await.unwrap().len(), 2);
    assert_eq!(tx.case(case.id).await.unwrap().version, 2);
}

pub async fn case_list_filters_scope_and_pages(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let (other, other_office) = organisation(&mut tx, "OTHER", "NERX", "NER").await;
    let principal = person(org.id, "NER", "Adama", "Koné");
    tx.insert_person(&principal).await.unwrap();
    let outsider = person(other.id, "NER", "Adama", "Koné");
    tx.insert_person(&outsider).await.unwrap();
    let specs = [
        (
            "NER",
            "GIN",
            ReturnCategory::AssistedVoluntaryReturnAndReintegration,
        ),
        ("NER", "MLI", ReturnCategory::VoluntaryHumanitarianReturn),
        ("LBY", "GIN", ReturnCategory::ForcedReturn),
        ("MAR", "SEN", ReturnCategory::AssistedVoluntaryReturn),
        ("LBY", "NGA", ReturnCategory::VoluntaryHumanitarianReturn),
    ];
    let mut cases = Vec::new();
    for (i, (host, destination, category)) in specs.iter().enumerate() {
        let (mut case, opened) = open_case(
            &office,
            &principal,
            i as u32 + 1,
            host,
            destination,
            *category,
        );
        let mut events = vec![opened];
        if i == 1 {
            let ctx =
                CommandContext::new(UserId::from_uuid(next_id()), T0).with_reason("conformance");
            events.extend(
                case.execute(CaseCommand::MoveTo(Stage::Counselling), &ctx)
                    .unwrap(),
            );
            events.extend(
                case.execute(
                    CaseCommand::Update(CaseChanges {
                        requested_priority: Some(Priority::Urgent),
                        flags: Some([Flag::parse("media_attention").unwrap()].into()),
                        ..Default::default()
                    }),
                    &ctx,
                )
                .unwrap(),
            );
        }
        tx.insert_case(&case, &events).await.unwrap();
        cases.push(case);
    }
    let (foreign, opened) = open_case(
        &other_office,
        &outsider,
        1,
        "NER",
        "GIN",
        ReturnCategory::AssistedVoluntaryReturn,
    );
    tx.insert_case(&foreign, &[opened]).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.begin_read().await.unwrap();
    let ids = |list: Vec<CaseSummary>| list.into_iter().map(|c| c.id).collect::<Vec<_>>();
    let base = |countries: &[&str]| CaseQuery::new(scope(org.id, countries), 50);
    // Scope: host or return country in the user's countries, own organisation only.
    assert_eq!(
        ids(tx.list_cases(&base(&["NER"])).await.unwrap()),
        vec![cases[1].id, cases[0].id]
    );
    assert_eq!(
        ids(tx.list_cases(&base(&["GIN"])).await.unwrap()),
        vec![cases[2].id, cases[0].id]
    );
    assert_eq!(
        tx.list_cases(&base(&["NER", "LBY", "MAR"]))
            .await
            .unwrap()
            .len(),
        5
    );
    assert!(tx.list_cases(&base(&["TUR"])).await.unwrap().is_empty());
    let mut q = base(&["NER", "LBY", "MAR"]);
    q.stage = Some(Stage::Counselling);
    assert_eq!(ids(tx.list_cases(&q).await.unwrap()), vec![cases[1].id]);
    let mut q = base(&["NER", "LBY", "MAR"]);
    q.category = Some(ReturnCategory::VoluntaryHumanitarianReturn);
    assert_eq!(
        ids(tx.list_cases(&q).await.unwrap()),
        vec![cases[4].id, cases[1].id]
    );
    let mut q = base(&["NER", "LBY", "MAR"]);
    q.host_country = Some(country("LBY"));
    q.return_country = Some(country("GIN"));
    assert_eq!(ids(tx.list_cases(&q).await.unwrap()), vec![cases[2].id]);
    let mut q = base(&["NER", "LBY", "MAR"]);
    q.priority = Some(Priority::Urgent);
    assert_eq!(ids(tx.list_cases(&q).await.unwrap()), vec![cases[1].id]);
    let mut q = base(&["NER", "LBY", "MAR"]);
    q.flag = Some("media_attention".into());
    assert_eq!(ids(tx.list_cases(&q).await.unwrap()), vec![cases[1].id]);
    let mut q = base(&["NER", "LBY", "MAR"]);
    q.organisation = Some(other.id);
    assert!(
        tx.list_cases(&q).await.unwrap().is_empty(),
        "another organisation's cases never appear"
    );
    // Pages of two, following the cursor, visit every case exactly once.
    let mut seen = Vec::new();
    let mut before = None;
    loop {
        let mut q = base(&["NER", "LBY", "MAR"]);
        q.limit = 2;
        q.before = before;
        let page = tx.list_cases(&q).await.unwrap();
        if page.is_empty() {
            break;
        }
        before = page.last().map(|c| c.id);
        seen.extend(page.into_iter().map(|c| c.id));
    }
    assert_eq!(seen, cases.iter().rev().map(|c| c.id).collect::<Vec<_>>());
    let summary = &tx.list_cases(&base(&["MLI"])).await.unwrap()[0];
    assert_eq!(summary.principal_name, "Adama KONÉ");
    assert_eq!(summary.flags, vec!["media_attention".to_string()]);
    assert_eq!(summary.priority, Priority::Urgent);
}

pub async fn case_list_text_search_matches_names_and_numbers(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let mut aliased = person(org.id, "NER", "Mamadou", "Diallo");
    aliased.details.names.aliases.push(Alias {
        given_names: "Mamadu".into(),
        family_name: "Jallow".into(),
        note: None,
    });
    let plain = person(org.id, "NER", "Chinedu", "Okafor");
    tx.insert_person(&aliased).await.unwrap();
    tx.insert_person(&plain).await.unwrap();
    let (first, e1) = open_case(
        &office,
        &aliased,
        123,
        "NER",
        "GIN",
        ReturnCategory::AssistedVoluntaryReturn,
    );
    let (second, e2) = open_case(
        &office,
        &plain,
        124,
        "NER",
        "NGA",
        ReturnCategory::AssistedVoluntaryReturn,
    );
    tx.insert_case(&first, &[e1]).await.unwrap();
    tx.insert_case(&second, &[e2]).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.begin_read().await.unwrap();
    let search = |text: &str| {
        let mut q = CaseQuery::new(scope(org.id, &["NER"]), 50);
        q.text = Some(bayiri_domain::names::search_key(text));
        q
    };
    for (text, expected) in [
        ("jallow", first.id),
        ("DIALLO", first.id),
        ("okafor chinedu", second.id),
        ("ner 2026 000124", second.id),
        ("NER-2026-000123", first.id),
        ("000124", second.id),
    ] {
        let found: Vec<CaseId> = tx
            .list_cases(&search(text))
            .await
            .unwrap()
            .into_iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(found, vec![expected], "search {text:?}");
    }
    // Wildcards typed by a user are not wildcards.
    assert!(tx.list_cases(&search("ner%124")).await.unwrap().is_empty());
    assert!(tx.list_cases(&search("nobody")).await.unwrap().is_empty());
}

pub async fn persons_on_cases_are_found_through_them(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "ORG", "NER", "NER").await;
    // Registered in Mali, but on a case of the organisation in Niger.
    let principal = person(org.id, "MLI", "Kadiatou", "Sidibé");
    tx.insert_person(&principal).await.unwrap();
    let (case, opened) = open_case(
        &office,
        &principal,
        1,
        "NER",
        "MLI",
        ReturnCategory::AssistedVoluntaryReturn,
    );
    tx.insert_case(&case, &[opened]).await.unwrap();
    assert!(
        tx.person_on_case_in_scope(principal.id, &scope(org.id, &["NER"]))
            .await
            .unwrap()
    );
    assert!(
        !tx.person_on_case_in_scope(principal.id, &scope(org.id, &["TUR"]))
            .await
            .unwrap()
    );
    assert!(
        !tx.person_on_case_in_scope(
            principal.id,
            &scope(OrganisationId::from_uuid(next_id()), &["NER"])
        )
        .await
        .unwrap()
    );
    let listed = tx
        .list_persons(&PersonQuery {
            scope: scope(org.id, &["NER"]),
            text: None,
            before: None,
            limit: 10,
        })
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
}

pub async fn uncommitted_work_is_rolled_back(store: Arc<dyn Store>) {
    let org_id;
    {
        let mut tx = store.begin().await.unwrap();
        let (org, _) = organisation(&mut tx, "GONE", "NER", "NER").await;
        org_id = org.id;
        // dropped without commit
    }
    let mut tx = store.begin_read().await.unwrap();
    assert!(matches!(
        tx.organisation(org_id).await,
        Err(StoreError::NotFound)
    ));
}

pub async fn audit_log_round_trips_and_filters(store: Arc<dyn Store>) {
    let org = OrganisationId::from_uuid(next_id());
    let actor = UserId::from_uuid(next_id());
    let mut tx = store.begin().await.unwrap();
    let mut entries = Vec::new();
    for (i, action) in ["case.create", "case.read_sensitive", "case.transition"]
        .iter()
        .enumerate()
    {
        let entry = AuditEntry {
            id: next_id(),
            at: T0 + Duration::minutes(i as i64),
            actor: Some(actor),
            organisation_id: Some(org),
            action: action.to_string(),
            target_kind: "case".into(),
            target_id: Some(format!("case-{i}")),
            detail: serde_json::json!({ "i": i, "note": "é" }),
            correlation_id: Some("req-1".into()),
        };
        tx.append_audit(&entry).await.unwrap();
        entries.push(entry);
    }
    let mut stranger = entries[0].clone();
    stranger.id = next_id();
    stranger.organisation_id = Some(OrganisationId::from_uuid(next_id()));
    tx.append_audit(&stranger).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.begin_read().await.unwrap();
    let mine = AuditQuery {
        organisation_id: Some(org),
        limit: 10,
        ..Default::default()
    };
    let all = tx.list_audit(&mine).await.unwrap();
    assert_eq!(all, entries.iter().rev().cloned().collect::<Vec<_>>());
    let sensitive = tx
        .list_audit(&AuditQuery {
            action: Some("case.read_sensitive".into()),
            ..mine.clone()
        })
        .await
        .unwrap();
    assert_eq!(sensitive, vec![entries[1].clone()]);
    let window = tx
        .list_audit(&AuditQuery {
            from: Some(T0 + Duration::seconds(30)),
            to: Some(T0 + Duration::seconds(90)),
            ..mine.clone()
        })
        .await
        .unwrap();
    assert_eq!(window, vec![entries[1].clone()]);
    let target = tx
        .list_audit(&AuditQuery {
            target_id: Some("case-2".into()),
            ..mine.clone()
        })
        .await
        .unwrap();
    assert_eq!(target, vec![entries[2].clone()]);
    let page = tx
        .list_audit(&AuditQuery {
            before: Some(entries[2].id),
            limit: 1,
            ..mine
        })
        .await
        .unwrap();
    assert_eq!(page, vec![entries[1].clone()]);
}

pub async fn case_queue_sorts_counts_and_finds_overdue_work(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let principal = person(org.id, "NER", "Salif", "Coulibaly");
    tx.insert_person(&principal).await.unwrap();
    let worker_user = user(org.id, "case.worker", Role::Counsellor, &["NER"]);
    tx.insert_user(&worker_user, "h").await.unwrap();
    let worker = worker_user.id;
    let mut cases = Vec::new();
    // Three cases opened a day apart; the oldest moves to counselling last, the newest gets a worker.
    for i in 0..3u32 {
        let (mut case, opened) = open_case(
            &office,
            &principal,
            i + 1,
            "NER",
            "MLI",
            ReturnCategory::AssistedVoluntaryReturn,
        );
        let at = T0 + Duration::days(i64::from(i));
        case.opened_at = at;
        case.updated_at = at;
        case.stage_entered_at = at;
        let mut events = vec![CaseEvent { at, ..opened }];
        if i == 2 {
            let ctx = CommandContext::new(UserId::from_uuid(next_id()), at);
            events.extend(
                case.execute(
                    CaseCommand::Update(CaseChanges {
                        case_worker: Some(Some(worker)),
                        ..Default::default()
                    }),
                    &ctx,
                )
                .unwrap(),
            );
        }
        tx.insert_case(&case, &events).await.unwrap();
        cases.push(case);
    }
    let ctx = CommandContext::new(UserId::from_uuid(next_id()), T0 + Duration::days(10));
    let mut oldest = cases[0].clone();
    let events = oldest
        .execute(CaseCommand::MoveTo(Stage::Counselling), &ctx)
        .unwrap();
    tx.save_case(&oldest, 1, &events).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.begin_read().await.unwrap();
    let base = || CaseQuery::new(scope(org.id, &["NER"]), 10);
    let ids = |list: Vec<CaseSummary>| list.into_iter().map(|c| c.id).collect::<Vec<_>>();
    let mut q = base();
    q.sort = CaseSort::RecentlyUpdated;
    assert_eq!(
        ids(tx.list_cases(&q).await.unwrap()),
        vec![cases[0].id, cases[2].id, cases[1].id]
    );
    let mut q = base();
    q.sort = CaseSort::LongestInStage;
    assert_eq!(
        ids(tx.list_cases(&q).await.unwrap()),
        vec![cases[1].id, cases[2].id, cases[0].id]
    );
    let mut q = base();
    q.stage_entered_before = Some(T0 + Duration::hours(36));
    assert_eq!(
        ids(tx.list_cases(&q).await.unwrap()),
        vec![cases[1].id],
        "only the case long in its stage"
    );
    let mut counts = tx.count_cases_by_stage(&base()).await.unwrap();
    counts.sort();
    assert_eq!(
        counts,
        vec![(Stage::Registered, 2), (Stage::Counselling, 1)]
    );
    let mut mine = base();
    mine.case_worker = Some(worker);
    assert_eq!(
        tx.count_cases_by_stage(&mine).await.unwrap(),
        vec![(Stage::Registered, 1)]
    );
    assert_eq!(ids(tx.list_cases(&mine).await.unwrap()), vec![cases[2].id]);
}

// ---------------------------------------------------------------------------------------------
// Duplicate persons

use bayiri_domain::duplicates::*;

pub async fn duplicate_decisions_are_remembered_per_pair(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, _) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let reviewer = user(org.id, "reviewer", Role::Counsellor, &["NER"]);
    tx.insert_user(&reviewer, "hash").await.unwrap();
    let a = person(org.id, "NER", "Mamadou", "Diallo");
    let b = person(org.id, "NER", "Mamadu", "Jallow");
    let c = person(org.id, "NER", "Awa", "Diallo");
    for p in [&a, &b, &c] {
        tx.insert_person(p).await.unwrap();
    }
    let decided = |verdict, minutes| DuplicateDecision {
        pair: PersonPair::new(b.id, a.id).unwrap(),
        verdict,
        organisation_id: org.id,
        note: Some("checked «in person»".into()),
        decided: bayiri_domain::case::records::Recorded {
            by: reviewer.id,
            at: T0 + Duration::minutes(minutes),
        },
    };
    let first = decided(DuplicateVerdict::DifferentPersons, 1);
    tx.save_duplicate_decision(&first).await.unwrap();
    assert_eq!(
        tx.duplicate_decision(PersonPair::new(a.id, b.id).unwrap())
            .await
            .unwrap()
            .as_ref(),
        Some(&first),
        "a pair is the same whichever way round it is asked for"
    );
    assert_eq!(
        tx.duplicate_decision(PersonPair::new(a.id, c.id).unwrap())
            .await
            .unwrap(),
        None
    );
    // A new decision replaces the standing one.
    let second = decided(DuplicateVerdict::SamePerson, 2);
    tx.save_duplicate_decision(&second).await.unwrap();
    assert_eq!(
        tx.duplicate_decisions_of(a.id).await.unwrap(),
        vec![second.clone()]
    );
    assert_eq!(
        tx.duplicate_decisions_of(b.id).await.unwrap(),
        vec![second.clone()]
    );
    assert!(tx.duplicate_decisions_of(c.id).await.unwrap().is_empty());
    assert_eq!(
        tx.unmerged_same_person_decisions(org.id, 10).await.unwrap(),
        vec![second.clone()]
    );
    assert!(
        tx.unmerged_same_person_decisions(OrganisationId::from_uuid(next_id()), 10)
            .await
            .unwrap()
            .is_empty()
    );
    // Once one of them is merged, the pair is no longer waiting for a merge.
    let mut merged = b.clone();
    merged.merged_into = Some(a.id);
    merged.version += 1;
    tx.update_person(&merged, b.version).await.unwrap();
    assert_eq!(tx.person(b.id).await.unwrap().merged_into, Some(a.id));
    assert!(
        tx.unmerged_same_person_decisions(org.id, 10)
            .await
            .unwrap()
            .is_empty()
    );
    tx.commit().await.unwrap();
}

pub async fn merges_move_cases_and_revert_once(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let reviewer = user(org.id, "reviewer", Role::Counsellor, &["NER"]);
    tx.insert_user(&reviewer, "hash").await.unwrap();
    let kept = person(org.id, "NER", "Ousmane", "Ndiaye");
    let merged = person(org.id, "NER", "Usman", "N'Diaye");
    tx.insert_person(&kept).await.unwrap();
    tx.insert_person(&merged).await.unwrap();
    let (mut case, opened) = open_case(
        &office,
        &merged,
        1,
        "NER",
        "SEN",
        ReturnCategory::AssistedVoluntaryReturn,
    );
    tx.insert_case(&case, &[opened]).await.unwrap();
    let merge_id = MergeId::from_uuid(next_id());
    let events = case
        .execute(
            CaseCommand::ReplacePerson {
                replaced: merged.id,
                by: kept.id,
                merge_id,
                reverted: false,
            },
            &CommandContext::new(reviewer.id, T0),
        )
        .unwrap();
    tx.save_case(&case, 1, &events).await.unwrap();
    let merge = PersonMerge {
        id: merge_id,
        organisation_id: org.id,
        kept: kept.id,
        merged: merged.id,
        moved_cases: vec![case.id],
        reason: Some("same passport".into()),
        recorded: bayiri_domain::case::records::Recorded {
            by: reviewer.id,
            at: T0,
        },
        reversal: None,
    };
    tx.insert_merge(&merge).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.begin().await.unwrap();
    assert_eq!(tx.case(case.id).await.unwrap().principal, kept.id);
    assert_eq!(tx.cases_of_person(kept.id).await.unwrap(), vec![case.id]);
    assert!(tx.cases_of_person(merged.id).await.unwrap().is_empty());
    let listed = tx
        .list_cases(&CaseQuery::new(scope(org.id, &["NER"]), 10))
        .await
        .unwrap();
    assert_eq!(listed[0].principal, kept.id);
    assert_eq!(listed[0].principal_name, kept.display_name());
    assert_eq!(tx.merge(merge_id).await.unwrap(), merge);
    assert_eq!(tx.merges_of(kept.id).await.unwrap(), vec![merge.clone()]);
    assert_eq!(tx.merges_of(merged.id).await.unwrap(), vec![merge.clone()]);
    // A record stands merged into one other record at a time.
    let twice = PersonMerge {
        id: MergeId::from_uuid(next_id()),
        ..merge.clone()
    };
    assert!(matches!(
        tx.insert_merge(&twice).await,
        Err(StoreError::Duplicate { .. })
    ));
    tx.commit().await.unwrap();

    let mut tx = store.begin().await.unwrap();
    let reversal = MergeReversal {
        reason: "two brothers after all".into(),
        recorded: bayiri_domain::case::records::Recorded {
            by: reviewer.id,
            at: T0 + Duration::hours(1),
        },
    };
    tx.record_merge_reversal(merge_id, &reversal).await.unwrap();
    assert_eq!(
        tx.merge(merge_id).await.unwrap().reversal.as_ref(),
        Some(&reversal)
    );
    assert!(matches!(
        tx.record_merge_reversal(merge_id, &reversal).await,
        Err(StoreError::Conflict { .. })
    ));
    assert!(matches!(
        tx.record_merge_reversal(MergeId::from_uuid(next_id()), &reversal)
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        tx.merge(MergeId::from_uuid(next_id())).await,
        Err(StoreError::NotFound)
    ));
    // Once reverted, the record may be merged again.
    tx.insert_merge(&twice).await.unwrap();
    tx.commit().await.unwrap();
}

pub async fn changed_persons_come_in_order_of_change(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, _) = organisation(&mut tx, "ORG", "NER", "NER").await;
    let mut persons = Vec::new();
    for (i, (given, family)) in [
        ("Fanta", "Camara"),
        ("Sekou", "Keita"),
        ("Aminata", "Touré"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut p = person(org.id, "NER", given, family);
        p.updated_at = T0 + Duration::seconds(i as i64);
        tx.insert_person(&p).await.unwrap();
        persons.push(p);
    }
    let ids = |list: &[Person]| list.iter().map(|p| p.id).collect::<Vec<_>>();
    let all = tx.persons_changed_after(None, 10).await.unwrap();
    assert_eq!(ids(&all), ids(&persons));
    // Paging with the last one seen as the cursor.
    let first = tx.persons_changed_after(None, 2).await.unwrap();
    let last = first.last().unwrap();
    let rest = tx
        .persons_changed_after(Some((last.updated_at, last.id)), 10)
        .await
        .unwrap();
    assert_eq!(ids(&rest), vec![persons[2].id]);
    // A change moves a person to the end, merged records included; lists leave them out.
    let mut changed = persons[0].clone();
    changed.merged_into = Some(persons[1].id);
    changed.version += 1;
    changed.updated_at = T0 + Duration::minutes(5);
    tx.update_person(&changed, persons[0].version)
        .await
        .unwrap();
    let after = tx
        .persons_changed_after(Some((persons[2].updated_at, persons[2].id)), 10)
        .await
        .unwrap();
    assert_eq!(after, vec![changed.clone()]);
    let listed = tx
        .list_persons(&PersonQuery {
            scope: scope(org.id, &["NER"]),
            text: None,
            before: None,
            limit: 10,
        })
        .await
        .unwrap();
    assert!(!ids(&listed).contains(&changed.id));
    assert_eq!(listed.len(), 2);
    tx.commit().await.unwrap();
}
