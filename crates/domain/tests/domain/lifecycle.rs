//! Journeys through the lifecycle, one guard at a time.

use bayiri_domain::CountryCode;
use bayiri_domain::case::*;
use bayiri_domain::ids::*;
use bayiri_domain::person::{DateOfBirth, DatePrecision, Guardian, GuardianKind};
use bayiri_domain::screening::{ScreeningAnswers, TraffickingIndicator};
use std::collections::BTreeSet;
use time::macros::{date, datetime};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

pub const T0: OffsetDateTime = datetime!(2026-03-02 09:00 UTC);

pub fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

pub fn country(code: &str) -> CountryCode {
    CountryCode::parse(code).expect("country code")
}

pub fn ctx(at: OffsetDateTime) -> CommandContext {
    CommandContext::new(UserId::from_uuid(id(1)), at).with_reason("recorded in the test")
}

pub fn open(category: ReturnCategory) -> Case {
    open_with_event(category).0
}

pub fn open_with_event(category: ReturnCategory) -> (Case, CaseEvent) {
    let open = OpenCase {
        id: CaseId::from_uuid(id(10)),
        number: CaseNumber::parse("NER-2026-000001").expect("number"),
        principal: PersonId::from_uuid(id(11)),
        family_members: vec![],
        category,
        host_country: country("NER"),
        return_country: country("GIN"),
        return_country_relation: ReturnCountryRelation::Origin,
        community_of_return: Community::default(),
        organisation_id: OrganisationId::from_uuid(id(12)),
        office_id: OfficeId::from_uuid(id(13)),
        case_worker: None,
        requested_priority: Default::default(),
        flags: BTreeSet::new(),
    };
    Case::open(open, &ctx(T0)).expect("opens")
}

pub fn counselling(n: u128) -> CounsellingSession {
    CounsellingInput {
        held_on: "2026-03-01".into(),
        mode: CounsellingMode::InPerson,
        language: "ff".into(),
        interpreter: None,
        topics: [
            CounsellingTopic::ReturnProcess,
            CounsellingTopic::RightToWithdraw,
        ]
        .into(),
        notes: None,
    }
    .validate(RecordId::from_uuid(id(n)), ctx(T0).recorded())
    .expect("valid counselling")
}

pub fn consent(n: u128, purpose: ConsentPurpose) -> Consent {
    ConsentInput {
        purpose,
        scope: None,
        given_on: "2026-03-01".into(),
        method: ConsentMethod::Thumbprint,
        witness: None,
        language: "ff".into(),
        interpreter: Some("A. Bah".into()),
    }
    .validate(RecordId::from_uuid(id(n)), ctx(T0).recorded())
    .expect("valid consent")
}

pub fn escort(n: u128, kind: bayiri_domain::journey::readiness::EscortKind) -> CaseCommand {
    CaseCommand::AssignEscort(
        bayiri_domain::journey::readiness::EscortInput {
            kind,
            name: "Escort".into(),
            organisation: None,
        }
        .validate(RecordId::from_uuid(id(n)), ctx(T0).recorded())
        .expect("valid escort"),
    )
}

pub fn travel_document(n: u128, issued_on: Date, expires_on: Date) -> TravelDocument {
    TravelDocument {
        id: RecordId::from_uuid(id(n)),
        kind: TravelDocumentKind::EmergencyTravelDocument,
        number: "ETD123".into(),
        issuing_country: country("GIN"),
        issued_on,
        expires_on,
        recorded: ctx(T0).recorded(),
    }
}

fn run(case: &mut Case, command: CaseCommand) -> Result<Vec<CaseEvent>, CaseError> {
    case.execute(command, &ctx(T0))
}

fn guard_codes(err: CaseError) -> Vec<GuardCode> {
    match err {
        CaseError::GuardsUnmet { guards, .. } => guards.into_iter().map(|g| g.code).collect(),
        other => panic!("expected unmet guards, got {other:?}"),
    }
}

/// A voluntary case that has everything it needs to depart.
fn ready_voluntary_case() -> Case {
    let mut case = open(ReturnCategory::AssistedVoluntaryReturnAndReintegration);
    run(&mut case, CaseCommand::MoveTo(Stage::Counselling)).expect("counselling");
    run(&mut case, CaseCommand::RecordCounselling(counselling(20))).expect("session");
    run(
        &mut case,
        CaseCommand::RecordConsent(consent(21, ConsentPurpose::Return)),
    )
    .expect("consent");
    run(&mut case, CaseCommand::MoveTo(Stage::Decided)).expect("decided");
    run(&mut case, CaseCommand::MoveTo(Stage::PreDeparture)).expect("pre-departure");
    run(
        &mut case,
        CaseCommand::RecordTravelDocument(travel_document(
            22,
            date!(2026 - 02 - 01),
            date!(2026 - 06 - 01),
        )),
    )
    .expect("document");
    case
}

#[test]
fn voluntary_case_reaches_departure_with_consent_and_document() {
    let mut case = ready_voluntary_case();
    let events = run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect("departs");
    assert_eq!(case.stage, Stage::Departed);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].actor, UserId::from_uuid(id(1)));
    assert_eq!(events[0].sequence, case.version);
}

#[test]
fn voluntary_case_without_counselling_or_consent_cannot_be_decided() {
    let mut case = open(ReturnCategory::VoluntaryHumanitarianReturn);
    run(&mut case, CaseCommand::MoveTo(Stage::Counselling)).expect("counselling");
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Decided)).expect_err("blocked");
    assert_eq!(
        guard_codes(err),
        [GuardCode::CounsellingMissing, GuardCode::ConsentMissing]
    );
    assert_eq!(
        case.stage,
        Stage::Counselling,
        "a refused move changes nothing"
    );
}

#[test]
fn withdrawing_consent_sends_the_case_back_to_counselling() {
    let mut case = ready_voluntary_case();
    let consent_id = case.consents[0].id;
    let events = run(
        &mut case,
        CaseCommand::WithdrawConsent {
            consent_id,
            withdrawn_on: date!(2026 - 03 - 02),
            outcome: WithdrawalOutcome::BackToCounselling,
        },
    )
    .expect("withdraws");
    assert_eq!(events.len(), 2);
    assert_eq!(case.stage, Stage::Counselling);
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Decided)).expect_err("blocked");
    assert_eq!(guard_codes(err), [GuardCode::ConsentMissing]);
}

#[test]
fn withdrawing_consent_can_close_the_case_as_withdrew() {
    let mut case = ready_voluntary_case();
    let consent_id = case.consents[0].id;
    run(
        &mut case,
        CaseCommand::WithdrawConsent {
            consent_id,
            withdrawn_on: date!(2026 - 03 - 02),
            outcome: WithdrawalOutcome::CloseCase,
        },
    )
    .expect("withdraws");
    assert_eq!(case.stage, Stage::Closed);
    assert_eq!(
        case.closure.as_ref().map(|c| c.reason),
        Some(ClosureReason::Withdrew)
    );
    // Reopening never lands past the decision, so the consent guard cannot be bypassed.
    run(&mut case, CaseCommand::Reopen).expect("reopens");
    assert_eq!(case.stage, Stage::Counselling);
}

#[test]
fn consent_cannot_be_withdrawn_after_departure() {
    let mut case = ready_voluntary_case();
    run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect("departs");
    let consent_id = case.consents[0].id;
    let err = run(
        &mut case,
        CaseCommand::WithdrawConsent {
            consent_id,
            withdrawn_on: date!(2026 - 03 - 02),
            outcome: WithdrawalOutcome::BackToCounselling,
        },
    )
    .expect_err("too late");
    assert_eq!(err, CaseError::AlreadyDeparted);
}

#[test]
fn forced_return_is_blocked_by_each_open_protection_concern() {
    let mut case = open(ReturnCategory::ForcedReturn);
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Decided)).expect_err("no decision");
    assert_eq!(guard_codes(err), [GuardCode::ReturnDecisionMissing]);
    let decision = ReturnDecisionInput {
        reference: "OQTF-2026-77".into(),
        authority: "Préfecture".into(),
        decided_on: "2026-02-20".into(),
    }
    .validate(ctx(T0).recorded())
    .expect("valid");
    run(&mut case, CaseCommand::RecordReturnDecision(decision)).expect("decision");
    run(&mut case, CaseCommand::MoveTo(Stage::Decided)).expect("decided");
    run(&mut case, CaseCommand::MoveTo(Stage::PreDeparture)).expect("pre-departure");
    run(
        &mut case,
        CaseCommand::RecordTravelDocument(travel_document(
            30,
            date!(2026 - 02 - 01),
            date!(2026 - 06 - 01),
        )),
    )
    .expect("document");
    for (n, kind) in [
        (31, ProtectionConcernKind::NonRefoulementRisk),
        (32, ProtectionConcernKind::PendingAsylumClaim),
        (33, ProtectionConcernKind::SuspensiveAppeal),
        (34, ProtectionConcernKind::Other),
    ] {
        let concern = ProtectionConcernInput {
            kind,
            description: "recorded in interview".into(),
        }
        .validate(RecordId::from_uuid(id(n)), ctx(T0).recorded())
        .expect("valid");
        run(&mut case, CaseCommand::RaiseProtectionConcern(concern)).expect("raised");
    }
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect_err("blocked");
    assert_eq!(
        guard_codes(err),
        [
            GuardCode::ProtectionConcernOpen,
            GuardCode::EscortOfficerMissing
        ]
    );
    run(
        &mut case,
        escort(
            35,
            bayiri_domain::journey::readiness::EscortKind::EscortOfficer,
        ),
    )
    .expect("escort officer");
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect_err("blocked");
    match err {
        CaseError::GuardsUnmet { guards, .. } => {
            assert_eq!(guards.len(), 1);
            assert_eq!(guards[0].code, GuardCode::ProtectionConcernOpen);
            let blocking: Vec<RecordId> = [31, 32, 33].map(|n| RecordId::from_uuid(id(n))).to_vec();
            assert_eq!(
                guards[0].records, blocking,
                "the non-blocking concern is not listed"
            );
        }
        other => panic!("{other:?}"),
    }
    for n in [31, 32, 33] {
        run(
            &mut case,
            CaseCommand::CloseProtectionConcern {
                concern_id: RecordId::from_uuid(id(n)),
                resolution: "claim rejected, appeal exhausted".into(),
            },
        )
        .expect("closed");
    }
    run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect("departs");
}

#[test]
fn unaccompanied_child_needs_guardian_and_best_interests_assessment() {
    let mut case = ready_voluntary_case();
    let dob =
        DateOfBirth::parse("2011-07-01", DatePrecision::Exact, date!(2026 - 03 - 02)).expect("dob");
    run(
        &mut case,
        CaseCommand::RecordScreening {
            id: RecordId::from_uuid(id(40)),
            screened_on: date!(2026 - 03 - 02),
            answers: ScreeningAnswers::default(),
            date_of_birth: Some(dob),
        },
    )
    .expect("screened");
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect_err("blocked");
    assert_eq!(
        guard_codes(err),
        [
            GuardCode::GuardianMissing,
            GuardCode::BestInterestsAssessmentMissing,
            GuardCode::ChildEscortMissing
        ]
    );
    run(
        &mut case,
        escort(
            43,
            bayiri_domain::journey::readiness::EscortKind::ChildEscort,
        ),
    )
    .expect("child escort");
    let guardian = Guardian::new(
        "Aïcha Maïga",
        GuardianKind::ChildProtectionAuthority,
        Some("DPPE Niamey"),
        None,
    )
    .expect("guardian");
    run(&mut case, CaseCommand::AppointGuardian(guardian)).expect("guardian");
    let against = BestInterestsInput {
        assessed_on: "2026-03-02".into(),
        assessed_by: "DPPE".into(),
        outcome: BestInterestsOutcome::ReturnNotInBestInterests,
        summary: None,
    }
    .validate(RecordId::from_uuid(id(41)), ctx(T0).recorded())
    .expect("valid");
    run(&mut case, CaseCommand::RecordBestInterests(against)).expect("assessed");
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect_err("blocked");
    assert_eq!(guard_codes(err), [GuardCode::BestInterestsAgainstReturn]);
    let in_favour = BestInterestsInput {
        assessed_on: "2026-03-02".into(),
        assessed_by: "DPPE".into(),
        outcome: BestInterestsOutcome::ReturnInBestInterests,
        summary: Some("family traced in Labé, willing to receive".into()),
    }
    .validate(RecordId::from_uuid(id(42)), ctx(T0).recorded())
    .expect("valid");
    run(&mut case, CaseCommand::RecordBestInterests(in_favour)).expect("assessed");
    run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect("departs");
}

#[test]
fn presumed_victim_of_trafficking_cannot_leave_counselling_without_referral() {
    let mut case = open(ReturnCategory::AssistedVoluntaryReturnAndReintegration);
    run(&mut case, CaseCommand::MoveTo(Stage::Counselling)).expect("counselling");
    run(&mut case, CaseCommand::RecordCounselling(counselling(50))).expect("session");
    run(
        &mut case,
        CaseCommand::RecordConsent(consent(51, ConsentPurpose::Return)),
    )
    .expect("consent");
    run(
        &mut case,
        CaseCommand::RecordScreening {
            id: RecordId::from_uuid(id(52)),
            screened_on: date!(2026 - 03 - 02),
            answers: ScreeningAnswers {
                under_18: Some(false),
                trafficking_indicators: [TraffickingIndicator::ForcedLabour].into(),
                ..Default::default()
            },
            date_of_birth: None,
        },
    )
    .expect("screened");
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Decided)).expect_err("blocked");
    assert_eq!(guard_codes(err), [GuardCode::TraffickingReferralMissing]);
    let referral = ReferralInput {
        service: ReferralService::AntiTrafficking,
        provider: "Centre d'accueil des victimes".into(),
        sent_on: "2026-03-02".into(),
        note: None,
    }
    .validate(RecordId::from_uuid(id(53)), ctx(T0).recorded())
    .expect("valid");
    run(&mut case, CaseCommand::RecordReferral(referral)).expect("referred");
    run(&mut case, CaseCommand::MoveTo(Stage::Decided)).expect("decided");
}

#[test]
fn expired_travel_document_blocks_departure() {
    let mut case = open(ReturnCategory::AssistedVoluntaryReturn);
    run(&mut case, CaseCommand::MoveTo(Stage::Counselling)).expect("counselling");
    run(&mut case, CaseCommand::RecordCounselling(counselling(60))).expect("session");
    run(
        &mut case,
        CaseCommand::RecordConsent(consent(61, ConsentPurpose::Return)),
    )
    .expect("consent");
    run(&mut case, CaseCommand::MoveTo(Stage::Decided)).expect("decided");
    run(&mut case, CaseCommand::MoveTo(Stage::PreDeparture)).expect("pre-departure");
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect_err("no document");
    assert_eq!(guard_codes(err), [GuardCode::TravelDocumentMissing]);
    run(
        &mut case,
        CaseCommand::RecordTravelDocument(travel_document(
            62,
            date!(2025 - 12 - 01),
            date!(2026 - 03 - 01),
        )),
    )
    .expect("document");
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect_err("expired yesterday");
    assert_eq!(guard_codes(err), [GuardCode::TravelDocumentNotValid]);
}

#[test]
fn spontaneous_return_is_registered_on_arrival() {
    let mut case = open(ReturnCategory::SpontaneousReturn);
    assert_eq!(
        run(&mut case, CaseCommand::MoveTo(Stage::Counselling)),
        Err(CaseError::MoveNotAllowed {
            from: Stage::Registered,
            to: Stage::Counselling
        })
    );
    run(&mut case, CaseCommand::MoveTo(Stage::Arrived)).expect("arrived");
    run(&mut case, CaseCommand::MoveTo(Stage::Reintegration)).expect("reintegration");
}

#[test]
fn closure_reasons_depend_on_stage_and_closed_cases_refuse_commands() {
    let mut case = open(ReturnCategory::AssistedVoluntaryReturnAndReintegration);
    assert!(matches!(
        run(&mut case, CaseCommand::Close(ClosureReason::Completed)),
        Err(CaseError::ClosureNotAllowed { .. })
    ));
    run(&mut case, CaseCommand::Close(ClosureReason::LostContact)).expect("closes");
    assert_eq!(
        run(&mut case, CaseCommand::RecordCounselling(counselling(70))),
        Err(CaseError::CaseClosed)
    );
    run(&mut case, CaseCommand::Reopen).expect("reopens");
    assert_eq!(case.stage, Stage::Registered);
}

#[test]
fn category_cannot_change_after_the_decision() {
    let mut case = ready_voluntary_case();
    let err = run(
        &mut case,
        CaseCommand::Update(CaseChanges {
            category: Some(ReturnCategory::ForcedReturn),
            ..Default::default()
        }),
    )
    .expect_err("refused");
    assert_eq!(err.code(), "change_not_allowed_at_stage");
}

#[test]
fn next_moves_list_guards_for_the_user() {
    let case = ready_voluntary_case();
    let moves = case.next_moves(date!(2026 - 03 - 02));
    let targets: Vec<Stage> = moves.iter().map(|m| m.to).collect();
    assert_eq!(targets, [Stage::Counselling, Stage::Departed]);
    assert!(moves.iter().all(|m| m.unmet_guards.is_empty()));
    let later = case.next_moves(date!(2026 - 07 - 01));
    assert_eq!(
        later[1].unmet_guards[0].code,
        GuardCode::TravelDocumentNotValid
    );
}

#[test]
fn going_back_closing_and_reopening_need_a_reason() {
    let mut case = ready_voluntary_case();
    let silent = CommandContext::new(UserId::from_uuid(id(1)), T0);
    for command in [
        CaseCommand::MoveTo(Stage::Counselling),
        CaseCommand::Close(ClosureReason::Withdrew),
    ] {
        let err = case.execute(command, &silent).expect_err("needs a reason");
        assert_eq!(err.code(), "validation_failed");
    }
    // Moving forward needs none.
    case.execute(CaseCommand::MoveTo(Stage::Departed), &silent)
        .expect("departs");
}

#[test]
fn case_numbers_and_flags_parse() {
    assert!(CaseNumber::parse("NER-2026-000123").is_ok());
    assert!(CaseNumber::parse("nerAGZ-2026-1234567").is_ok());
    for bad in [
        "NER-26-000123",
        "NER-2026-12",
        "N-2026-000123",
        "NER2026000123",
        "",
    ] {
        assert!(CaseNumber::parse(bad).is_err(), "{bad}");
    }
    assert!(Flag::parse("document_lost").is_ok());
    assert!(Flag::parse("Bad Flag!").is_err());
}

/// A merge puts the kept record where the merged one stood, even on a closed case, and the
/// case rebuilt from its events agrees with the case as it was saved.
#[test]
fn a_merge_replaces_the_person_on_every_stage_and_can_be_reverted() {
    let mut case = open(ReturnCategory::AssistedVoluntaryReturnAndReintegration);
    let (_, opening) = open_with_event(ReturnCategory::AssistedVoluntaryReturnAndReintegration);
    let merged = case.principal;
    let kept = PersonId::from_uuid(id(500));
    let merge_id = MergeId::from_uuid(id(501));
    let mut events = vec![opening];
    events.extend(
        case.execute(CaseCommand::Close(ClosureReason::Ineligible), &ctx(T0))
            .expect("closes"),
    );
    let replace = |replaced, by, reverted| CaseCommand::ReplacePerson {
        replaced,
        by,
        merge_id,
        reverted,
    };
    events.extend(
        case.execute(replace(merged, kept, false), &ctx(T0))
            .expect("a closed case is corrected too"),
    );
    assert_eq!(case.principal, kept);
    assert_eq!(Case::from_events(&events).as_ref(), Some(&case));

    // The merged record is no longer on the case, and the kept one cannot be added twice.
    assert_eq!(
        case.execute(replace(merged, kept, false), &ctx(T0)),
        Err(CaseError::PersonNotOnCase)
    );
    events.extend(
        case.execute(replace(kept, merged, true), &ctx(T0))
            .expect("reverts"),
    );
    assert_eq!(case.principal, merged);
    assert_eq!(Case::from_events(&events).as_ref(), Some(&case));
}

#[test]
fn a_merge_never_puts_one_person_twice_on_a_case() {
    let mut case = open(ReturnCategory::AssistedVoluntaryReturnAndReintegration);
    let member = PersonId::from_uuid(id(600));
    case.execute(
        CaseCommand::Update(CaseChanges {
            family_members: Some(vec![FamilyMember {
                person_id: member,
                relationship: bayiri_domain::person::Relationship::Child,
            }]),
            ..CaseChanges::default()
        }),
        &ctx(T0),
    )
    .expect("adds a child");
    let before = case.clone();
    assert_eq!(
        case.execute(
            CaseCommand::ReplacePerson {
                replaced: member,
                by: case.principal,
                merge_id: MergeId::from_uuid(id(601)),
                reverted: false,
            },
            &ctx(T0)
        ),
        Err(CaseError::PersonAlreadyOnCase)
    );
    assert_eq!(case, before, "a refused command changes nothing");
}

/// Medical needs call for a fitness-to-travel clearance valid on the day and a medical
/// escort; an interpreter need calls for an interpreter; an unfit assessment blocks.
#[test]
fn readiness_to_travel_follows_the_needs_screening_found() {
    use bayiri_domain::journey::readiness::*;
    let mut case = ready_voluntary_case();
    run(
        &mut case,
        CaseCommand::RecordScreening {
            id: RecordId::from_uuid(id(50)),
            screened_on: date!(2026 - 03 - 02),
            answers: ScreeningAnswers {
                under_18: Some(false),
                serious_medical_condition: true,
                needs_medical_escort: true,
                needs_interpreter: true,
                ..Default::default()
            },
            date_of_birth: None,
        },
    )
    .expect("screened");
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect_err("blocked");
    assert_eq!(
        guard_codes(err),
        [
            GuardCode::FitnessToTravelMissing,
            GuardCode::MedicalEscortMissing,
            GuardCode::InterpreterMissing
        ]
    );
    let fitness = |n: u128, outcome: FitnessOutcome, until: &str| {
        CaseCommand::RecordFitnessToTravel(
            FitnessInput {
                assessed_on: "2026-03-01".into(),
                assessed_by: "Dr Issa, Hôpital national de Niamey".into(),
                outcome,
                valid_until: until.into(),
                conditions: Some("oxygen on board".into()),
            }
            .validate(RecordId::from_uuid(id(n)), ctx(T0).recorded())
            .expect("valid"),
        )
    };
    run(
        &mut case,
        fitness(51, FitnessOutcome::FitWithConditions, "2026-03-01"),
    )
    .expect("expired clearance recorded");
    run(&mut case, escort(52, EscortKind::Medical)).expect("medical escort");
    run(
        &mut case,
        CaseCommand::ArrangeInterpreter(
            InterpreterInput {
                language: "ff".into(),
                name: "Mariama Sow".into(),
            }
            .validate(RecordId::from_uuid(id(53)), ctx(T0).recorded())
            .expect("valid"),
        ),
    )
    .expect("interpreter");
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect_err("expired");
    assert_eq!(guard_codes(err), [GuardCode::FitnessToTravelMissing]);
    run(&mut case, fitness(54, FitnessOutcome::Unfit, "2026-04-01")).expect("unfit");
    let err = run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect_err("unfit");
    assert_eq!(guard_codes(err), [GuardCode::UnfitToTravel]);
    run(
        &mut case,
        fitness(55, FitnessOutcome::FitWithConditions, "2026-04-01"),
    )
    .expect("fit");
    run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect("departs");
    assert_eq!(
        run(&mut case, escort(56, EscortKind::Other)).expect_err("too late"),
        CaseError::AlreadyDeparted
    );
}

/// Registering an arrival moves the case into `arrived` through the ordinary stage change.
#[test]
fn an_arrival_registration_moves_the_case_to_arrived() {
    use bayiri_domain::journey::arrival::ArrivalFacts;
    use bayiri_domain::journey::operation::TravelMode;
    let facts = ArrivalFacts {
        arrival_id: ArrivalId::from_uuid(id(60)),
        point_id: PointId::from_uuid(id(61)),
        point_code: "CKY".into(),
        mode: TravelMode::Air,
        arrived_at: T0,
        operation_id: None,
    };
    let mut case = ready_voluntary_case();
    let err = run(&mut case, CaseCommand::RegisterArrival(facts.clone())).expect_err("not yet");
    assert!(matches!(err, CaseError::MoveNotAllowed { .. }));
    run(&mut case, CaseCommand::MoveTo(Stage::Departed)).expect("departs");
    let events = run(&mut case, CaseCommand::RegisterArrival(facts.clone())).expect("arrives");
    assert_eq!(case.stage, Stage::Arrived);
    assert_eq!(events.len(), 2);
    assert!(matches!(events[0].kind, EventKind::ArrivalRegistered(_)));
    assert_eq!(
        events[1].kind,
        EventKind::StageChanged {
            from: Stage::Departed,
            to: Stage::Arrived
        }
    );
    let mut spontaneous = open(ReturnCategory::SpontaneousReturn);
    run(&mut spontaneous, CaseCommand::RegisterArrival(facts)).expect("registered on arrival");
    assert_eq!(spontaneous.stage, Stage::Arrived);
}
