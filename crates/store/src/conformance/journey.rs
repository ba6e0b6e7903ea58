//! Conformance of the journey's storage: every engine stores and filters points, missions,
//! consular requests, operations, monitor reports, arrivals and assistance alike.

use super::*;
use bayiri_domain::journey::arrival::*;
use bayiri_domain::journey::consular::*;
use bayiri_domain::journey::monitoring::*;
use bayiri_domain::journey::operation::*;
use bayiri_domain::journey::points::*;

fn point(code: &str, kind: PointKind, country: &str) -> BorderPoint {
    PointInput {
        code: code.into(),
        name: format!("Point {code}"),
        kind,
        country: country.into(),
        admin1: Some("Région".into()),
        locality: None,
        latitude: Some(13.48),
        longitude: Some(2.17),
        active: true,
    }
    .validate(PointId::from_uuid(next_id()), 1)
    .unwrap()
}

fn recorded(at: OffsetDateTime) -> Recorded {
    Recorded {
        by: UserId::from_uuid(next_id()),
        at,
    }
}

fn operation(
    organisation: OrganisationId,
    arrival_point: PointId,
    destination: &str,
) -> ReturnOperation {
    let fields = OperationInput {
        reference: format!("OP-{destination}"),
        kind: OperationKind::CharterFlight,
        forced: false,
        departure_country: "NER".into(),
        destination_country: destination.into(),
        arrival_point,
        planned_on: "2026-05-20".into(),
        capacity: 100,
        legs: vec![LegInput {
            mode: TravelMode::Air,
            carrier: "Air Côte d'Ivoire".into(),
            number: Some("HF 565".into()),
            from: "NIM".into(),
            to: "CKY".into(),
            departs_at: "2026-05-20T08:00".into(),
            arrives_at: "2026-05-20T11:30".into(),
        }],
        notes: None,
    }
    .validate(T0.date())
    .unwrap();
    ReturnOperation {
        id: OperationId::from_uuid(next_id()),
        reference: fields.reference,
        kind: OperationKind::CharterFlight,
        forced: false,
        organisation_id: organisation,
        departure_country: fields.departure_country,
        destination_country: fields.destination_country,
        arrival_point,
        planned_on: fields.planned_on,
        capacity: 100,
        legs: fields.legs,
        escort_officers: vec![],
        monitors: vec![],
        manifest: vec![],
        status: OperationStatus::Planned,
        notes: None,
        created: recorded(T0),
        version: 1,
    }
}

pub async fn journey_reference_lists_round_trip(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, _) = organisation(&mut tx, "CONS", "CONSO", "NER").await;
    let airport = point("CKY", PointKind::Airport, "GIN");
    let border = point("MLI-GOGUI", PointKind::LandBorder, "MLI");
    tx.insert_point(&airport).await.unwrap();
    tx.insert_point(&border).await.unwrap();
    let mission = MissionInput {
        name: "Ambassade de Guinée à Niamey".into(),
        represents: "GIN".into(),
        located_in: "NER".into(),
        covers: vec!["BFA".into()],
    }
    .validate(MissionId::from_uuid(next_id()), org.id)
    .unwrap();
    tx.insert_mission(&mission).await.unwrap();
    tx.commit().await.unwrap();

    // A failed statement ends a PostgreSQL transaction: try the duplicate in one of its own.
    let mut tx = store.begin().await.unwrap();
    assert!(matches!(
        tx.insert_point(&point("CKY", PointKind::Airport, "GIN"))
            .await,
        Err(StoreError::Duplicate { .. })
    ));
    drop(tx);

    let mut tx = store.begin().await.unwrap();
    assert_eq!(tx.point(airport.id).await.unwrap(), airport);
    assert_eq!(
        tx.points(Some(country("MLI"))).await.unwrap(),
        vec![border.clone()]
    );
    assert_eq!(tx.points(None).await.unwrap().len(), 2);
    assert_eq!(tx.mission(mission.id).await.unwrap(), mission);
    assert_eq!(tx.missions().await.unwrap(), vec![mission]);
    let mut retired = border.clone();
    retired.active = false;
    retired.version = 2;
    tx.update_point(&retired, 1).await.unwrap();
    assert!(matches!(
        tx.update_point(&retired, 1).await,
        Err(StoreError::Conflict { current: 2 })
    ));
    tx.commit().await.unwrap();
}

pub async fn consular_requests_round_trip_and_filter(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "IOMX", "NERX", "NER").await;
    let (consulate, _) = organisation(&mut tx, "CONSX", "CONSXO", "NER").await;
    let principal = person(org.id, "NER", "Aminata", "Camara");
    tx.insert_person(&principal).await.unwrap();
    let (case, opened) = open_case(
        &office,
        &principal,
        1,
        "NER",
        "GIN",
        ReturnCategory::VoluntaryHumanitarianReturn,
    );
    tx.insert_case(&case, std::slice::from_ref(&opened))
        .await
        .unwrap();
    let missions: Vec<ConsularMission> = ["GIN", "MLI"]
        .iter()
        .map(|c| {
            MissionInput {
                name: format!("Consulat {c}"),
                represents: (*c).into(),
                located_in: "NER".into(),
                covers: vec![],
            }
            .validate(MissionId::from_uuid(next_id()), consulate.id)
            .unwrap()
        })
        .collect();
    for m in &missions {
        tx.insert_mission(m).await.unwrap();
    }
    let request = |mission: MissionId, at: OffsetDateTime| ConsularRequest {
        id: ConsularRequestId::from_uuid(next_id()),
        mission_id: mission,
        case_id: case.id,
        organisation_id: org.id,
        person_id: principal.id,
        document: TravelDocumentKind::LaissezPasser,
        evidence: vec![Evidence {
            kind: EvidenceKind::BirthCertificate,
            reference: Some("AN-1996-445".into()),
            note: None,
        }],
        fee: Fee::Exempt {
            exemption: FeeExemption::HumanitarianReturn,
        },
        status: ConsularStatus::Requested,
        interview_on: None,
        interview_place: None,
        confirmed_nationality: None,
        issued: None,
        outcome_reason: None,
        history: vec![StatusChange {
            status: ConsularStatus::Requested,
            recorded: recorded(at),
            note: None,
        }],
        version: 1,
    };
    let first = request(missions[0].id, T0);
    let second = request(missions[1].id, T0 + Duration::days(1));
    tx.insert_consular_request(&second).await.unwrap();
    tx.insert_consular_request(&first).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.begin().await.unwrap();
    let all = tx
        .list_consular_requests(&ConsularQuery {
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(all, vec![first.clone(), second.clone()], "oldest first");
    let to_first = tx
        .list_consular_requests(&ConsularQuery {
            missions: Some(vec![missions[0].id]),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(to_first, vec![first.clone()]);
    let none = tx
        .list_consular_requests(&ConsularQuery {
            missions: Some(vec![]),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(none.is_empty(), "no mission, no request");
    let mut decided = first.clone();
    decided
        .decide(
            ConsularDecision::ConfirmNationality {
                country: country("GIN"),
            },
            recorded(T0 + Duration::days(3)),
        )
        .unwrap();
    tx.save_consular_request(&decided, 1).await.unwrap();
    assert!(matches!(
        tx.save_consular_request(&decided, 1).await,
        Err(StoreError::Conflict { current: 2 })
    ));
    let confirmed = tx
        .list_consular_requests(&ConsularQuery {
            status: Some(ConsularStatus::NationalityConfirmed),
            case: Some(case.id),
            organisation: Some(org.id),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(confirmed, vec![decided]);
    tx.commit().await.unwrap();
}

pub async fn operations_reports_and_arrivals_round_trip(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "IOMY", "NERY", "NER").await;
    let (monitors, _) = organisation(&mut tx, "MONY", "MONYO", "NER").await;
    let monitor = user(
        monitors.id,
        "monitor.y",
        bayiri_domain::access::Role::Monitor,
        &["NER"],
    );
    tx.insert_user(&monitor, "hash").await.unwrap();
    let principal = person(org.id, "NER", "Mariama", "Diallo");
    tx.insert_person(&principal).await.unwrap();
    let (case, opened) = open_case(
        &office,
        &principal,
        1,
        "NER",
        "GIN",
        ReturnCategory::AssistedVoluntaryReturn,
    );
    tx.insert_case(&case, std::slice::from_ref(&opened))
        .await
        .unwrap();
    let airport = point("CKY", PointKind::Airport, "GIN");
    tx.insert_point(&airport).await.unwrap();
    let mut op = operation(org.id, airport.id, "GIN");
    let other = operation(org.id, airport.id, "GIN");
    tx.insert_operation(&op).await.unwrap();
    tx.insert_operation(&other).await.unwrap();
    let expected = op.version;
    op.manifest.push(ManifestEntry::of(
        &case,
        vec![],
        op.planned_on,
        recorded(T0),
    ));
    op.monitors.push(MonitorAssignment {
        monitor: monitor.id,
        name: "M".into(),
        assigned: recorded(T0),
    });
    op.version += 1;
    tx.save_operation(&op, expected).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.begin().await.unwrap();
    assert_eq!(tx.operation(op.id).await.unwrap(), op);
    let with_case = tx
        .list_operations(&OperationQuery {
            case: Some(case.id),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(with_case, vec![op.clone()]);
    let of_monitor = tx
        .list_operations(&OperationQuery {
            member: Some(monitor.id),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(of_monitor.len(), 1);
    let to_mali = tx
        .list_operations(&OperationQuery {
            destination_countries: Some(vec![country("MLI")]),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(to_mali.is_empty());
    assert_eq!(
        tx.list_operations(&OperationQuery {
            organisation: Some(org.id),
            status: Some(OperationStatus::Planned),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap()
        .len(),
        2
    );
    assert!(matches!(
        tx.save_operation(&op, expected).await,
        Err(StoreError::Conflict { .. })
    ));

    let profile = MonitorProfile {
        user_id: monitor.id,
        organisation_id: monitors.id,
        display_name: "M".into(),
        nationality: country("SEN"),
        languages: vec![bayiri_domain::LanguageCode::parse("fr").unwrap()],
        availability: vec![],
        version: 1,
    };
    tx.save_monitor_profile(&profile, None).await.unwrap();
    let mut changed = profile.clone();
    changed.version = 2;
    tx.save_monitor_profile(&changed, Some(1)).await.unwrap();
    assert!(matches!(
        tx.save_monitor_profile(&changed, Some(1)).await,
        Err(StoreError::Conflict { current: 2 })
    ));
    assert_eq!(tx.monitor_profiles().await.unwrap(), vec![changed]);

    let mut report = MonitorReport {
        id: ReportId::from_uuid(next_id()),
        operation_id: op.id,
        author: monitor.id,
        author_organisation: monitors.id,
        phase: Phase::PreDeparture,
        status: ReportStatus::Draft,
        summary: "draft".into(),
        incidents: vec![],
        observations: vec![],
        corrects: None,
        created: Recorded {
            by: monitor.id,
            at: T0,
        },
        submitted: None,
        version: 1,
    };
    tx.insert_report(&report).await.unwrap();
    report
        .submit(Recorded {
            by: monitor.id,
            at: T0 + Duration::hours(1),
        })
        .unwrap();
    tx.save_report(&report, 1).await.unwrap();
    assert_eq!(tx.reports_of(op.id).await.unwrap(), vec![report.clone()]);
    assert_eq!(tx.report(report.id).await.unwrap(), report);

    let arrival = Arrival {
        id: ArrivalId::from_uuid(next_id()),
        case_id: case.id,
        case_number: case.number.to_string(),
        case_organisation: org.id,
        point_id: airport.id,
        point_name: airport.name.clone(),
        country: country("GIN"),
        mode: TravelMode::Air,
        arrived_at: T0 + Duration::days(2),
        kind: ArrivalKind::Expected,
        operation_id: Some(op.id),
        persons: vec![ArrivingPerson {
            person_id: principal.id,
            name: principal.display_name(),
        }],
        registered: recorded(T0 + Duration::days(2)),
        registered_by_organisation: org.id,
    };
    tx.insert_arrival(&arrival).await.unwrap();
    let assistance = Assistance {
        id: RecordId::from_uuid(next_id()),
        arrival_id: arrival.id,
        person_id: principal.id,
        kind: AssistanceKind::PocketMoney,
        amount: Some(bayiri_domain::Money::new(
            500_000,
            bayiri_domain::Currency::parse("GNF").unwrap(),
        )),
        detail: None,
        given_by: "OIM Conakry".into(),
        given_at: T0 + Duration::days(2) + Duration::hours(1),
        recorded: recorded(T0 + Duration::days(2)),
    };
    tx.insert_assistance(&assistance).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.begin_read().await.unwrap();
    assert_eq!(tx.arrival(arrival.id).await.unwrap(), arrival);
    let in_guinea = ArrivalQuery {
        countries: Some(vec![country("GIN")]),
        limit: 10,
        ..Default::default()
    };
    assert_eq!(
        tx.list_arrivals(&in_guinea).await.unwrap(),
        vec![arrival.clone()]
    );
    let later = ArrivalQuery {
        since: Some(T0 + Duration::days(3)),
        ..in_guinea.clone()
    };
    assert!(tx.list_arrivals(&later).await.unwrap().is_empty());
    assert!(tx.list_assistance(&later).await.unwrap().is_empty());
    assert_eq!(
        tx.assistance_of(arrival.id).await.unwrap(),
        vec![assistance.clone()]
    );
    assert_eq!(
        tx.list_assistance(&ArrivalQuery {
            case_organisation: Some(org.id),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap(),
        vec![assistance]
    );
}

pub async fn return_events_are_read_for_indicators(store: Arc<dyn Store>) {
    use bayiri_domain::journey::arrival::ArrivalFacts;
    let mut tx = store.begin().await.unwrap();
    let (org, office) = organisation(&mut tx, "IOMZ", "MLIZ", "MLI").await;
    let principal = person(org.id, "MLI", "Seydou", "Traoré");
    tx.insert_person(&principal).await.unwrap();
    let (mut case, opened) = open_case(
        &office,
        &principal,
        1,
        "DZA",
        "MLI",
        ReturnCategory::SpontaneousReturn,
    );
    tx.insert_case(&case, std::slice::from_ref(&opened))
        .await
        .unwrap();
    let facts = ArrivalFacts {
        arrival_id: ArrivalId::from_uuid(next_id()),
        point_id: PointId::from_uuid(next_id()),
        point_code: "MLI-GOGUI".into(),
        mode: TravelMode::Land,
        arrived_at: T0,
        operation_id: None,
    };
    let ctx = CommandContext::new(UserId::from_uuid(next_id()), T0 + Duration::hours(1));
    let events = case
        .execute(CaseCommand::RegisterArrival(facts), &ctx)
        .unwrap();
    tx.save_case(&case, 1, &events).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.begin_read().await.unwrap();
    let read = tx.return_events(&scope(org.id, &["MLI"])).await.unwrap();
    assert_eq!(read.len(), 2);
    assert_eq!(read[0].0, events[0]);
    assert_eq!(read[1].0, events[1]);
    assert_eq!(read[0].1, country("MLI"));
    assert!(
        tx.return_events(&scope(org.id, &["SEN"]))
            .await
            .unwrap()
            .is_empty()
    );
}
