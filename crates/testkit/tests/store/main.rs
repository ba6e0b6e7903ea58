//! The storage conformance suite and engine-level guarantees, run against the engine selected
//! by `BAYIRI_TEST_DATABASE` (SQLite by default; CI runs PostgreSQL too).

use bayiri_store::StoreError;
use bayiri_store::conformance::SCENARIOS;
use bayiri_testkit::TestDatabase;

macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let database = TestDatabase::new().await;
                bayiri_store::conformance::$name(database.store()).await;
            }
        )*

        #[test]
        fn every_scenario_is_run() {
            let run: Vec<&str> = vec![$(stringify!($name)),*];
            let all: Vec<&str> = SCENARIOS.iter().map(|(name, _)| *name).collect();
            assert_eq!(run, all, "list every conformance scenario here");
        }
    };
}

conformance!(
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

#[tokio::test]
async fn history_and_audit_log_are_append_only_in_the_database() {
    let database = TestDatabase::new().await;
    let store = database.store();
    bayiri_store::conformance::cases_round_trip_with_their_history(store.clone()).await;
    bayiri_store::conformance::audit_log_round_trips_and_filters(store).await;
    for sql in [
        "UPDATE case_events SET reason = 'rewritten'",
        "DELETE FROM case_events",
        "UPDATE audit_log SET action = 'nothing'",
        "DELETE FROM audit_log",
    ] {
        let refused = database.execute_raw(sql).await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("append-only")),
            "{sql}: {refused:?}"
        );
    }
    assert_eq!(
        database
            .execute_raw("SELECT 1 FROM case_events")
            .await
            .map(|_| ()),
        Ok(())
    );
}

#[tokio::test]
async fn an_outage_is_unavailable_never_not_found() {
    let database = TestDatabase::new().await;
    let store = database.store();
    database.close().await;
    match store.begin().await {
        Err(StoreError::Unavailable(_)) => {}
        Err(other) => panic!("expected Unavailable, got {other}"),
        Ok(_) => panic!("a closed pool gave a transaction"),
    }
    assert!(matches!(
        store.ping().await,
        Err(StoreError::Unavailable(_))
    ));
}

#[tokio::test]
async fn an_unreachable_postgres_is_unavailable() {
    // Nothing listens on port 9 (discard) on this machine's loopback.
    let refused =
        bayiri_store_postgres::PgStore::connect("postgres://bayiri@127.0.0.1:9/bayiri").await;
    assert!(
        matches!(refused, Err(StoreError::Unavailable(_))),
        "{refused:?}"
    );
}

#[test]
fn both_engines_have_the_same_migration_versions() {
    let sqlite: Vec<(i64, String)> = bayiri_store_sqlite::MIGRATOR
        .iter()
        .map(|m| (m.version, m.description.to_string()))
        .collect();
    let postgres: Vec<(i64, String)> = bayiri_store_postgres::MIGRATOR
        .iter()
        .map(|m| (m.version, m.description.to_string()))
        .collect();
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, postgres);
}

#[tokio::test]
async fn submitted_monitor_reports_and_assistance_are_append_only_in_the_database() {
    let database = TestDatabase::new().await;
    let store = database.store();
    bayiri_store::conformance::operations_reports_and_arrivals_round_trip(store).await;
    for sql in [
        "UPDATE monitor_reports SET author_id = author_id",
        "DELETE FROM monitor_reports",
        "UPDATE arrival_assistance SET given_at = given_at",
        "DELETE FROM arrival_assistance",
    ] {
        let refused = database.execute_raw(sql).await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("append-only")),
            "{sql}: {refused:?}"
        );
    }
}
