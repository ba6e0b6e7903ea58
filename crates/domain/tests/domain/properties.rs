//! Property tests: random command sequences never reach `departed` with an unmet rights guard,
//! never move a case forward on withdrawal of consent, and the state always equals the replay
//! of its events.
//!
//! The oracle below restates each guard from the *state* of the case, independently of
//! `guards.rs`, so a bug in the guard code is caught rather than mirrored.

use crate::lifecycle::{T0, consent, counselling, ctx, id, open, open_with_event, travel_document};
use bayiri_domain::case::*;
use bayiri_domain::ids::RecordId;
use bayiri_domain::person::{DateOfBirth, DatePrecision, Guardian, GuardianKind};
use bayiri_domain::screening::{ScreeningAnswers, TraffickingIndicator, VulnerabilityCategory};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use time::{Date, Duration, OffsetDateTime};

#[derive(Debug, Clone)]
enum Op {
    MoveTo(Stage),
    Close(ClosureReason),
    Reopen,
    Counsel,
    Consent(bool),
    Withdraw(usize, bool),
    Screen {
        child: bool,
        trafficked: bool,
    },
    RaiseConcern(ProtectionConcernKind),
    CloseConcern(usize),
    Refer(bool),
    Guardian,
    Assess(bool),
    Document {
        issued_days_ago: i64,
        valid_days: i64,
    },
    Decision,
    ChangeCategory(ReturnCategory),
    Wait(i64),
}

fn stage() -> impl Strategy<Value = Stage> {
    prop::sample::select(Stage::ALL.to_vec())
}

fn category() -> impl Strategy<Value = ReturnCategory> {
    prop::sample::select(ReturnCategory::ALL.to_vec())
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        // Moves are the most frequent, so sequences go far into the lifecycle.
        6 => stage().prop_map(Op::MoveTo),
        1 => prop::sample::select(ClosureReason::ALL.to_vec()).prop_map(Op::Close),
        1 => Just(Op::Reopen),
        2 => Just(Op::Counsel),
        2 => any::<bool>().prop_map(Op::Consent),
        2 => (0usize..4, any::<bool>()).prop_map(|(i, close)| Op::Withdraw(i, close)),
        2 => (any::<bool>(), any::<bool>()).prop_map(|(child, trafficked)| Op::Screen { child, trafficked }),
        2 => prop::sample::select(vec![
            ProtectionConcernKind::NonRefoulementRisk,
            ProtectionConcernKind::PendingAsylumClaim,
            ProtectionConcernKind::SuspensiveAppeal,
            ProtectionConcernKind::Other,
        ]).prop_map(Op::RaiseConcern),
        2 => (0usize..4).prop_map(Op::CloseConcern),
        1 => any::<bool>().prop_map(Op::Refer),
        1 => Just(Op::Guardian),
        1 => any::<bool>().prop_map(Op::Assess),
        2 => (-5i64..60, 0i64..120).prop_map(|(issued_days_ago, valid_days)| Op::Document { issued_days_ago, valid_days }),
        1 => Just(Op::Decision),
        1 => category().prop_map(Op::ChangeCategory),
        2 => (0i64..90).prop_map(Op::Wait),
    ]
}

/// The guards restated from the state: what must be true of a case that departs on `on`.
fn departure_allowed(case: &Case, on: Date) -> Result<(), String> {
    let categories = case
        .screening
        .as_ref()
        .map(|s| s.result.categories.clone())
        .unwrap_or_default();
    if case.category != ReturnCategory::ForcedReturn {
        let consented = case
            .consents
            .iter()
            .any(|c| c.purpose == ConsentPurpose::Return && c.withdrawal.is_none());
        if !consented {
            return Err("voluntary departure without consent".into());
        }
        if case.counselling_sessions.is_empty() {
            return Err("voluntary departure without counselling".into());
        }
    } else {
        if case.return_decision.is_none() {
            return Err("forced departure without return decision".into());
        }
        let open_bar = case.protection_concerns.iter().any(|c| {
            c.closure.is_none()
                && matches!(
                    c.kind,
                    ProtectionConcernKind::NonRefoulementRisk
                        | ProtectionConcernKind::PendingAsylumClaim
                        | ProtectionConcernKind::SuspensiveAppeal
                )
        });
        if open_bar {
            return Err("forced departure with an open protection concern".into());
        }
    }
    if categories.contains(&VulnerabilityCategory::UnaccompaniedOrSeparatedChild) {
        if case.guardian.is_none() {
            return Err("child departed without guardian".into());
        }
        let favourable = case
            .best_interests_assessments
            .last()
            .is_some_and(|a| a.outcome == BestInterestsOutcome::ReturnInBestInterests);
        if !favourable {
            return Err("child departed without favourable best-interests assessment".into());
        }
    }
    if categories.contains(&VulnerabilityCategory::PresumedVictimOfTrafficking) {
        let referred = case.referrals.iter().any(|r| {
            r.service == ReferralService::AntiTrafficking && r.status != ReferralStatus::Declined
        });
        if !referred {
            return Err("presumed victim departed without referral".into());
        }
    }
    let valid_document = case
        .travel_documents
        .iter()
        .any(|d| d.issued_on <= on && on <= d.expires_on);
    if !valid_document {
        return Err("departure without a valid travel document".into());
    }
    Ok(())
}

fn command_for(op: &Op, case: &Case, n: u128, now: OffsetDateTime) -> Option<CaseCommand> {
    let today = now.date();
    let record = RecordId::from_uuid(id(1000 + n));
    Some(match op {
        Op::MoveTo(stage) => CaseCommand::MoveTo(*stage),
        Op::Close(reason) => CaseCommand::Close(*reason),
        Op::Reopen => CaseCommand::Reopen,
        Op::Counsel => CaseCommand::RecordCounselling(counselling(1000 + n)),
        Op::Consent(for_return) => CaseCommand::RecordConsent(consent(
            1000 + n,
            if *for_return {
                ConsentPurpose::Return
            } else {
                ConsentPurpose::DataProcessing
            },
        )),
        Op::Withdraw(i, close) => CaseCommand::WithdrawConsent {
            consent_id: case.consents.get(*i)?.id,
            withdrawn_on: today,
            outcome: if *close {
                WithdrawalOutcome::CloseCase
            } else {
                WithdrawalOutcome::BackToCounselling
            },
        },
        Op::Screen { child, trafficked } => {
            let born = if *child { "2014-01-01" } else { "1990-01-01" };
            CaseCommand::RecordScreening {
                id: record,
                screened_on: today,
                answers: ScreeningAnswers {
                    trafficking_indicators: if *trafficked {
                        [TraffickingIndicator::SexualExploitation].into()
                    } else {
                        Default::default()
                    },
                    ..Default::default()
                },
                date_of_birth: DateOfBirth::parse(born, DatePrecision::Exact, today).ok(),
            }
        }
        Op::RaiseConcern(kind) => CaseCommand::RaiseProtectionConcern(ProtectionConcern {
            id: record,
            kind: *kind,
            description: "raised".into(),
            recorded: ctx(now).recorded(),
            closure: None,
        }),
        Op::CloseConcern(i) => CaseCommand::CloseProtectionConcern {
            concern_id: case.protection_concerns.get(*i)?.id,
            resolution: "resolved".into(),
        },
        Op::Refer(trafficking) => CaseCommand::RecordReferral(Referral {
            id: record,
            service: if *trafficking {
                ReferralService::AntiTrafficking
            } else {
                ReferralService::Medical
            },
            provider: "provider".into(),
            sent_on: today,
            status: ReferralStatus::Sent,
            note: None,
            recorded: ctx(now).recorded(),
        }),
        Op::Guardian => CaseCommand::AppointGuardian(
            Guardian::new("Guardian", GuardianKind::AppointedLegalGuardian, None, None).ok()?,
        ),
        Op::Assess(favourable) => CaseCommand::RecordBestInterests(BestInterestsAssessment {
            id: record,
            assessed_on: today,
            assessed_by: "child protection".into(),
            outcome: if *favourable {
                BestInterestsOutcome::ReturnInBestInterests
            } else {
                BestInterestsOutcome::ReturnNotInBestInterests
            },
            summary: None,
            recorded: ctx(now).recorded(),
        }),
        Op::Document {
            issued_days_ago,
            valid_days,
        } => {
            let issued = today - Duration::days(*issued_days_ago);
            CaseCommand::RecordTravelDocument(travel_document(
                1000 + n,
                issued,
                issued + Duration::days(*valid_days),
            ))
        }
        Op::Decision => CaseCommand::RecordReturnDecision(ReturnDecision {
            reference: "RD-1".into(),
            authority: "authority".into(),
            decided_on: today,
            recorded: ctx(now).recorded(),
        }),
        Op::ChangeCategory(category) => CaseCommand::Update(CaseChanges {
            category: Some(*category),
            ..Default::default()
        }),
        Op::Wait(_) => return None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn no_sequence_departs_with_an_unmet_guard(
        start in category(),
        ops in prop::collection::vec(op(), 1..60),
    ) {
        let (mut case, opening) = open_with_event(start);
        let mut history: Vec<CaseEvent> = vec![opening];
        let mut now = T0;
        for (n, op) in ops.iter().enumerate() {
            if let Op::Wait(days) = op {
                now += Duration::days(*days);
                continue;
            }
            let Some(command) = command_for(op, &case, n as u128, now) else { continue };
            let before = case.clone();
            match case.execute(command, &ctx(now)) {
                Ok(events) => {
                    let departed_now = events.iter().any(|e| matches!(e.kind, EventKind::StageChanged { to: Stage::Departed, .. }));
                    if departed_now
                        && let Err(why) = departure_allowed(&before, now.date()) {
                            prop_assert!(false, "{why} after {ops:?}");
                        }
                    if let Op::Withdraw(..) = op {
                        prop_assert!(
                            case.stage == Stage::Closed || case.stage <= before.stage,
                            "withdrawal moved the case forward: {:?} -> {:?}", before.stage, case.stage
                        );
                    }
                    history.extend(events);
                }
                Err(_) => prop_assert_eq!(&case, &before, "a refused command changed the case"),
            }
            // A voluntary case past the decision always holds an active consent to return.
            if case.category.is_voluntary() && matches!(case.stage, Stage::Decided | Stage::PreDeparture) {
                prop_assert!(case.has_active_return_consent(), "voluntary case at {:?} without consent", case.stage);
            }
        }
        let replayed = Case::from_events(&history);
        prop_assert_eq!(replayed.as_ref(), Some(&case), "state is the replay of its events");
    }
}

/// The property test is only meaningful if random sequences actually reach departure.
#[test]
fn random_sequences_do_reach_departure() {
    use proptest::test_runner::{Config, TestRunner};
    let mut runner = TestRunner::new(Config {
        cases: 1,
        ..Config::default()
    });
    let strategy = (category(), prop::collection::vec(op(), 1..60));
    let mut departures = 0;
    for _ in 0..2000 {
        let (start, ops) = strategy.new_tree(&mut runner).expect("tree").current();
        let mut case = open(start);
        let mut now = T0;
        for (n, op) in ops.iter().enumerate() {
            if let Op::Wait(days) = op {
                now += Duration::days(*days);
                continue;
            }
            if let Some(command) = command_for(op, &case, n as u128, now) {
                let _ = case.execute(command, &ctx(now));
            }
        }
        if case.stage.is_after_departure()
            || case
                .closure
                .as_ref()
                .is_some_and(|c| c.closed_from.is_after_departure())
        {
            departures += 1;
        }
    }
    assert!(
        departures >= 20,
        "only {departures} of 2000 random sequences departed"
    );
}
