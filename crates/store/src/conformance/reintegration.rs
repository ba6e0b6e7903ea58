//! Conformance of reintegration storage: every record table stores, links to cases, filters,
//! orders and refuses stale saves alike on every engine; proofs and scoring schemes too.

use super::*;
use bayiri_domain::reintegration::followup::{FollowUp, FollowUpStatus};
use bayiri_domain::reintegration::plan::AttachmentMeta;
use time::macros::date;

async fn two_cases(tx: &mut Box<dyn Tx>, code: &str) -> (Organisation, Case, Case) {
    let (org, office) = organisation(tx, code, &format!("{code}O"), "NER").await;
    let mut cases = Vec::new();
    for (n, given) in [(1, "Fatou"), (2, "Ibrahima")] {
        let principal = person(org.id, "NER", given, "Sow");
        tx.insert_person(&principal).await.unwrap();
        let (case, opened) = open_case(
            &office,
            &principal,
            n,
            "NER",
            "SEN",
            ReturnCategory::AssistedVoluntaryReturn,
        );
        tx.insert_case(&case, std::slice::from_ref(&opened))
            .await
            .unwrap();
        cases.push(case);
    }
    let second = cases.pop().unwrap();
    (org, cases.pop().unwrap(), second)
}

fn index(org: &Organisation, cases: &[&Case], key: &str, status: &str) -> RecordIndex {
    RecordIndex {
        id: next_id(),
        version: 1,
        organisation_id: org.id.as_uuid(),
        case_ids: cases.iter().map(|c| c.id.as_uuid()).collect(),
        party_id: None,
        country: Some("SEN".into()),
        status: Some(status.into()),
        sort_key: key.into(),
    }
}

pub async fn every_reintegration_table_round_trips_and_refuses_stale_saves(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, a, b) = two_cases(&mut tx, "RTAB").await;
    for table in RecordTable::ALL {
        // A record of two cases (a collective plan, say), and one of the first case only.
        let mut both = index(&org, &[&a, &b], "2026-05-01", "open");
        let only_a = index(&org, &[&a], "2026-06-01", "open");
        tx.insert_record(table, &both, r#"{"n":1}"#).await.unwrap();
        tx.insert_record(table, &only_a, r#"{"n":2}"#)
            .await
            .unwrap();
        let state = tx.record_state(table, both.id).await.unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&state).unwrap()["n"],
            1
        );
        let of_b = RecordFilter {
            case: Some(b.id.as_uuid()),
            ..RecordFilter::limit(10)
        };
        assert_eq!(
            tx.record_states(table, &of_b).await.unwrap().len(),
            1,
            "{table:?}"
        );
        let of_a = RecordFilter {
            case: Some(a.id.as_uuid()),
            ..RecordFilter::limit(10)
        };
        assert_eq!(tx.record_states(table, &of_a).await.unwrap().len(), 2);

        // A save from a stale read is refused and writes nothing.
        both.version = 2;
        both.status = Some("closed".into());
        both.case_ids = vec![a.id.as_uuid()];
        tx.update_record(table, &both, r#"{"n":10}"#, 1)
            .await
            .unwrap();
        let stale = tx.update_record(table, &both, r#"{"n":11}"#, 1).await;
        assert!(
            matches!(stale, Err(StoreError::Conflict { current: 2 })),
            "{table:?}"
        );
        let state = tx.record_state(table, both.id).await.unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&state).unwrap()["n"],
            10
        );
        // The links follow the saved record.
        assert!(tx.record_states(table, &of_b).await.unwrap().is_empty());
        let closed = RecordFilter {
            status: Some("closed".into()),
            ..RecordFilter::limit(10)
        };
        assert_eq!(tx.record_states(table, &closed).await.unwrap().len(), 1);
        let missing = tx.record_state(table, next_id()).await;
        assert!(matches!(missing, Err(StoreError::NotFound)));
        let mut ghost = index(&org, &[], "x", "open");
        ghost.version = 2;
        let missing = tx.update_record(table, &ghost, "{}", 1).await;
        assert!(matches!(missing, Err(StoreError::NotFound)));
    }
    tx.commit().await.unwrap();
}

fn follow_up(org: &Organisation, case: &Case, arrived: time::Date, month: u32) -> FollowUp {
    FollowUp::scheduled(
        FollowUpId::from_uuid(next_id()),
        case.id,
        org.id,
        vec![case.host_country, case.return_country],
        arrived,
        month,
    )
}

pub async fn follow_ups_filter_by_scope_status_and_due_date(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, a, b) = two_cases(&mut tx, "RFU").await;
    let (other, c, _) = two_cases(&mut tx, "RFU2").await;
    let arrived = date!(2026 - 01 - 15);
    let mut all = Vec::new();
    for (o, case) in [(&org, &a), (&org, &b), (&other, &c)] {
        for month in [3, 6, 12] {
            let f = follow_up(o, case, arrived, month);
            tx.insert_new(&f).await.unwrap();
            all.push(f);
        }
    }
    // Overdue on 2026-08-01: the 3- and 6-month follow-ups, soonest first.
    let overdue = RecordFilter {
        organisation: Some(org.id.as_uuid()),
        status: Some(FollowUpStatus::Due.as_str().into()),
        sort_below: Some(due_before(date!(2026 - 08 - 01))),
        ..RecordFilter::limit(50)
    };
    let found: Vec<FollowUp> = tx.find(&overdue).await.unwrap();
    assert_eq!(found.len(), 4);
    assert!(found.windows(2).all(|w| w[0].due_on <= w[1].due_on));
    assert!(
        found
            .iter()
            .all(|f| f.organisation_id == org.id && f.month < 12)
    );

    // Done ones leave the queue; a stale save of the same follow-up is refused.
    let mut done = found[0].clone();
    let read_version = done.version;
    done.status = FollowUpStatus::Done;
    done.version += 1;
    tx.save(&done, read_version).await.unwrap();
    assert!(matches!(
        tx.save(&done, read_version).await,
        Err(StoreError::Conflict { .. })
    ));
    let found: Vec<FollowUp> = tx.find(&overdue).await.unwrap();
    assert_eq!(found.len(), 3);
    let back: FollowUp = tx.get(done.id.as_uuid()).await.unwrap();
    assert_eq!(back, done);

    // By case, newest first; by country.
    let of_c = RecordFilter {
        case: Some(c.id.as_uuid()),
        descending: true,
        ..RecordFilter::limit(10)
    };
    let months: Vec<u32> = tx
        .find::<FollowUp>(&of_c)
        .await
        .unwrap()
        .iter()
        .map(|f| f.month)
        .collect();
    assert_eq!(months, [12, 6, 3]);
    let in_mali = RecordFilter {
        countries: Some(vec!["MLI".into()]),
        ..RecordFilter::limit(10)
    };
    assert!(tx.find::<FollowUp>(&in_mali).await.unwrap().is_empty());
    let limited = RecordFilter::limit(2);
    assert_eq!(tx.find::<FollowUp>(&limited).await.unwrap().len(), 2);
    tx.commit().await.unwrap();
}

pub async fn proofs_and_scoring_schemes_round_trip(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, a, _) = two_cases(&mut tx, "RPRF").await;
    let plan = index(&org, &[&a], "2026-05-01", "approved");
    tx.insert_record(RecordTable::Plans, &plan, "{}")
        .await
        .unwrap();
    let plan_id = PlanId::from_uuid(plan.id);
    let bytes: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    let meta = AttachmentMeta {
        id: AttachmentId::from_uuid(next_id()),
        file_name: "reçu-tranche-1.jpg".into(),
        content_type: "image/jpeg".into(),
        size: bytes.len() as u64,
        sha256: "ab".repeat(32),
    };
    tx.insert_attachment(&meta, plan_id, &bytes).await.unwrap();
    let (back, of_plan, stored) = tx.attachment(meta.id).await.unwrap();
    assert_eq!((back, of_plan), (meta.clone(), plan_id));
    assert_eq!(stored, bytes);
    assert!(matches!(
        tx.attachment(AttachmentId::from_uuid(next_id())).await,
        Err(StoreError::NotFound)
    ));

    for version in [1, 2] {
        let scheme = StoredScheme {
            code: "rtest".into(),
            version,
            state: format!(r#"{{"version":{version}}}"#),
        };
        tx.insert_scoring_scheme(&scheme).await.unwrap();
    }
    let again = StoredScheme {
        code: "rtest".into(),
        version: 2,
        state: "{}".into(),
    };
    assert!(matches!(
        tx.insert_scoring_scheme(&again).await,
        Err(StoreError::Duplicate { .. })
    ));
    assert_eq!(tx.scoring_scheme("rtest", None).await.unwrap().version, 2);
    let first = tx.scoring_scheme("rtest", Some(1)).await.unwrap();
    assert_eq!(first.version, 1);
    assert!(first.state.contains("\"version\""));
    assert!(matches!(
        tx.scoring_scheme("rtest", Some(3)).await,
        Err(StoreError::NotFound)
    ));
    let latest = tx.scoring_schemes().await.unwrap();
    let ours: Vec<_> = latest.iter().filter(|s| s.code == "rtest").collect();
    assert_eq!(ours.len(), 1);
    assert_eq!(ours[0].version, 2);
    tx.commit().await.unwrap();
}
