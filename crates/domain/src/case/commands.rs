//! Commands on a case, the checks they pass, and the events they produce.

use super::events::{CaseEvent, EventKind};
use super::guards::{UnmetGuard, unmet_guards};
use super::records::*;
use super::stage::{ClosureReason, Stage};
use super::{
    Case, CaseNumber, Closure, Community, FamilyMember, Flag, ReturnCategory, ReturnCountryRelation,
};
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{CaseId, MergeId, OfficeId, OrganisationId, PersonId, RecordId, UserId};
use crate::person::{DateOfBirth, Guardian, NOTE_MAX};
use crate::screening::{Priority, Screening, ScreeningAnswers, assess};
use crate::text;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeSet;
use time::{Date, OffsetDateTime};

/// Who issues a command, when, and why. Time is an input: the domain never reads a clock.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandContext {
    pub actor: UserId,
    pub at: OffsetDateTime,
    pub reason: Option<String>,
}

impl CommandContext {
    pub fn new(actor: UserId, at: OffsetDateTime) -> Self {
        Self {
            actor,
            at,
            reason: None,
        }
    }

    pub fn with_reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }

    pub fn recorded(&self) -> Recorded {
        Recorded {
            by: self.actor,
            at: self.at,
        }
    }
}

/// The facts a case is opened with (validated; ids and number assigned by the caller).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenCase {
    pub id: CaseId,
    pub number: CaseNumber,
    pub principal: PersonId,
    pub family_members: Vec<FamilyMember>,
    pub category: ReturnCategory,
    pub host_country: CountryCode,
    pub return_country: CountryCode,
    pub return_country_relation: ReturnCountryRelation,
    pub community_of_return: Community,
    pub organisation_id: OrganisationId,
    pub office_id: OfficeId,
    pub case_worker: Option<UserId>,
    pub requested_priority: Priority,
    pub flags: BTreeSet<Flag>,
}

/// Changes to a case's details; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseChanges {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<ReturnCategory>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_country: Option<CountryCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_country: Option<CountryCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_country_relation: Option<ReturnCountryRelation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community_of_return: Option<Community>,
    /// `Some(None)` removes the case worker.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Uuid))]
    pub case_worker: Option<Option<UserId>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_priority: Option<Priority>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<BTreeSet<Flag>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_members: Option<Vec<FamilyMember>>,
}

/// Distinguishes an explicit `null` (clear the value) from an absent field (leave it).
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

impl CaseChanges {
    pub fn is_empty(&self) -> bool {
        *self == CaseChanges::default()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum CaseCommand {
    Update(CaseChanges),
    /// Move to another stage (not `closed`: use [`CaseCommand::Close`]).
    MoveTo(Stage),
    Close(ClosureReason),
    Reopen,
    RecordCounselling(CounsellingSession),
    RecordConsent(Consent),
    WithdrawConsent {
        consent_id: RecordId,
        withdrawn_on: Date,
        outcome: WithdrawalOutcome,
    },
    RecordScreening {
        id: RecordId,
        screened_on: Date,
        answers: ScreeningAnswers,
        /// The principal's date of birth, which the screening rules read.
        date_of_birth: Option<DateOfBirth>,
    },
    RaiseProtectionConcern(ProtectionConcern),
    CloseProtectionConcern {
        concern_id: RecordId,
        resolution: String,
    },
    RecordReferral(Referral),
    AppointGuardian(Guardian),
    RecordBestInterests(BestInterestsAssessment),
    RecordTravelDocument(TravelDocument),
    RecordReturnDecision(ReturnDecision),
    /// Puts `by` in the place of `replaced` (principal or family member), because the two
    /// records were found to be the same person and merged — or back, when a merge is reverted.
    ReplacePerson {
        replaced: PersonId,
        by: PersonId,
        merge_id: MergeId,
        reverted: bool,
    },
    RecordFitnessToTravel(crate::journey::readiness::FitnessToTravel),
    AssignEscort(crate::journey::readiness::Escort),
    RemoveEscort {
        escort_id: RecordId,
    },
    ArrangeInterpreter(crate::journey::readiness::Interpreter),
    /// Registers the arrival at a point and moves the case into `arrived`.
    RegisterArrival(crate::journey::arrival::ArrivalFacts),
}

/// Why a command was refused. `code()` is stable and used as the API problem code.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CaseError {
    #[error("invalid input: {0}")]
    Invalid(ValidationErrors),
    #[error("a case cannot move from {from} to {to}")]
    MoveNotAllowed { from: Stage, to: Stage },
    #[error("the case cannot move to {to}: {} guard(s) unmet", guards.len())]
    GuardsUnmet { to: Stage, guards: Vec<UnmetGuard> },
    #[error("the case is closed; reopen it first")]
    CaseClosed,
    #[error("the case is not closed")]
    NotClosed,
    #[error("a case at stage {stage} cannot be closed as {reason:?}")]
    ClosureNotAllowed { reason: ClosureReason, stage: Stage },
    #[error("no such record on this case")]
    RecordNotFound,
    #[error("this consent was already withdrawn")]
    ConsentAlreadyWithdrawn,
    #[error("this protection concern was already closed")]
    ConcernAlreadyClosed,
    #[error("the person has already departed")]
    AlreadyDeparted,
    #[error("consent to return applies to voluntary returns only")]
    NotVoluntary,
    #[error("a return decision applies to forced returns only")]
    NotForcedReturn,
    #[error("{field} cannot be changed at stage {stage}")]
    ChangeNotAllowed { field: &'static str, stage: Stage },
    #[error("nothing to change")]
    NothingToChange,
    #[error("the person is not on this case")]
    PersonNotOnCase,
    #[error("the person is already on this case")]
    PersonAlreadyOnCase,
}

impl CaseError {
    pub fn code(&self) -> &'static str {
        match self {
            CaseError::Invalid(_) => "validation_failed",
            CaseError::MoveNotAllowed { .. } => "transition_not_allowed",
            CaseError::GuardsUnmet { .. } => "guards_unmet",
            CaseError::CaseClosed => "case_closed",
            CaseError::NotClosed => "case_not_closed",
            CaseError::ClosureNotAllowed { .. } => "closure_reason_not_allowed",
            CaseError::RecordNotFound => "record_not_found",
            CaseError::ConsentAlreadyWithdrawn => "consent_already_withdrawn",
            CaseError::ConcernAlreadyClosed => "concern_already_closed",
            CaseError::AlreadyDeparted => "already_departed",
            CaseError::NotVoluntary => "not_voluntary_return",
            CaseError::NotForcedReturn => "not_forced_return",
            CaseError::ChangeNotAllowed { .. } => "change_not_allowed_at_stage",
            CaseError::NothingToChange => "nothing_to_change",
            CaseError::PersonNotOnCase => "person_not_on_case",
            CaseError::PersonAlreadyOnCase => "person_already_on_case",
        }
    }
}

impl From<ValidationErrors> for CaseError {
    fn from(errors: ValidationErrors) -> Self {
        CaseError::Invalid(errors)
    }
}

/// Whether the lifecycle has a move from `from` to `to` for this category (guards aside).
pub fn move_exists(category: ReturnCategory, from: Stage, to: Stage) -> bool {
    use Stage::*;
    match (from, to) {
        (Registered, Counselling) => category.departs_through_bayiri(),
        (Registered, Decided) => !category.is_voluntary(),
        (Registered, Arrived) => category == ReturnCategory::SpontaneousReturn,
        (Counselling, Decided) => true,
        (Decided, PreDeparture) => true,
        (Decided | PreDeparture, Counselling) => true,
        (PreDeparture, Departed) => true,
        (Departed, Arrived) => true,
        (Arrived, Reintegration) | (Arrived, Monitoring) => true,
        (Reintegration, Monitoring) => true,
        _ => false,
    }
}

/// A move offered to the user now, with the guards that still block it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MoveOption {
    pub to: Stage,
    pub unmet_guards: Vec<UnmetGuard>,
}

impl Case {
    /// Opens a case. The opening event is sequence 1.
    pub fn open(open: OpenCase, ctx: &CommandContext) -> Result<(Case, CaseEvent), CaseError> {
        if open.host_country == open.return_country {
            return Err(CaseError::Invalid(ValidationErrors::single(
                "return_country",
                InvalidValue::new(
                    "same_as_host_country",
                    "the country of return must differ from the host country",
                ),
            )));
        }
        let event = CaseEvent {
            case_id: open.id,
            sequence: 1,
            at: ctx.at,
            actor: ctx.actor,
            reason: ctx.reason.clone(),
            kind: EventKind::CaseOpened(open),
        };
        let case =
            Case::from_events(std::slice::from_ref(&event)).ok_or(CaseError::RecordNotFound)?;
        Ok((case, event))
    }

    /// Rebuilds a case from its full event history; `None` if the history does not start with
    /// an opening event.
    pub fn from_events(events: &[CaseEvent]) -> Option<Case> {
        let (first, rest) = events.split_first()?;
        let EventKind::CaseOpened(open) = &first.kind else {
            return None;
        };
        let mut case = Case {
            id: open.id,
            number: open.number.clone(),
            principal: open.principal,
            family_members: open.family_members.clone(),
            category: open.category,
            host_country: open.host_country,
            return_country: open.return_country,
            return_country_relation: open.return_country_relation,
            community_of_return: open.community_of_return.clone(),
            organisation_id: open.organisation_id,
            office_id: open.office_id,
            case_worker: open.case_worker,
            requested_priority: open.requested_priority,
            priority: open.requested_priority,
            flags: open.flags.clone(),
            stage: Stage::Registered,
            closure: None,
            counselling_sessions: Vec::new(),
            consents: Vec::new(),
            screening: None,
            protection_concerns: Vec::new(),
            referrals: Vec::new(),
            guardian: None,
            best_interests_assessments: Vec::new(),
            travel_documents: Vec::new(),
            return_decision: None,
            fitness_to_travel: Vec::new(),
            escorts: Vec::new(),
            interpreters: Vec::new(),
            arrived_at: None,
            version: first.sequence,
            opened_at: first.at,
            updated_at: first.at,
            stage_entered_at: first.at,
        };
        for event in rest {
            case.apply(event);
        }
        Some(case)
    }

    /// Moves offered from the current stage, each with the guards that block it on `on`.
    pub fn next_moves(&self, on: Date) -> Vec<MoveOption> {
        Stage::ALL
            .into_iter()
            .filter(|to| move_exists(self.category, self.stage, *to))
            .map(|to| MoveOption {
                to,
                unmet_guards: unmet_guards(self, to, on),
            })
            .collect()
    }

    /// Checks `command` and, if it is allowed, applies it and returns the new events.
    /// On refusal the case is unchanged.
    pub fn execute(
        &mut self,
        command: CaseCommand,
        ctx: &CommandContext,
    ) -> Result<Vec<CaseEvent>, CaseError> {
        let kinds = self.decide(command, ctx)?;
        let mut events = Vec::with_capacity(kinds.len());
        for kind in kinds {
            let event = CaseEvent {
                case_id: self.id,
                sequence: self.version + 1,
                at: ctx.at,
                actor: ctx.actor,
                reason: ctx.reason.clone(),
                kind,
            };
            self.apply(&event);
            events.push(event);
        }
        Ok(events)
    }

    fn decide(
        &self,
        command: CaseCommand,
        ctx: &CommandContext,
    ) -> Result<Vec<EventKind>, CaseError> {
        // A closed case only reopens — except that the record of who was on it is corrected
        // when two person records are merged, whatever the stage.
        let allowed_when_closed = matches!(
            command,
            CaseCommand::Reopen | CaseCommand::ReplacePerson { .. }
        );
        if self.stage == Stage::Closed && !allowed_when_closed {
            return Err(CaseError::CaseClosed);
        }
        let recorded = ctx.recorded();
        let before_departure = self.stage < Stage::Departed;
        // Going back, closing and reopening are exceptions to the journey: say why.
        let needs_reason = match &command {
            CaseCommand::MoveTo(to) => *to < self.stage,
            CaseCommand::Close(_) | CaseCommand::Reopen => true,
            _ => false,
        };
        if needs_reason && ctx.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            return Err(CaseError::Invalid(ValidationErrors::single(
                "reason",
                InvalidValue::new("reason_required", "give the reason for this change"),
            )));
        }
        Ok(match command {
            CaseCommand::Update(changes) => {
                vec![EventKind::DetailsUpdated(self.check_changes(changes)?)]
            }
            CaseCommand::MoveTo(to) => {
                if to == Stage::Closed || !move_exists(self.category, self.stage, to) {
                    return Err(CaseError::MoveNotAllowed {
                        from: self.stage,
                        to,
                    });
                }
                let guards = unmet_guards(self, to, ctx.at.date());
                if !guards.is_empty() {
                    return Err(CaseError::GuardsUnmet { to, guards });
                }
                vec![EventKind::StageChanged {
                    from: self.stage,
                    to,
                }]
            }
            CaseCommand::Close(reason) => {
                if !reason.allowed_at(self.stage) {
                    return Err(CaseError::ClosureNotAllowed {
                        reason,
                        stage: self.stage,
                    });
                }
                vec![EventKind::CaseClosed {
                    from: self.stage,
                    closure_reason: reason,
                }]
            }
            CaseCommand::Reopen => {
                let closure = self.closure.as_ref().ok_or(CaseError::NotClosed)?;
                vec![EventKind::CaseReopened {
                    to: self.reopening_stage(closure),
                }]
            }
            CaseCommand::RecordCounselling(session) => {
                vec![EventKind::CounsellingRecorded(session)]
            }
            CaseCommand::RecordConsent(consent) => {
                if consent.purpose == ConsentPurpose::Return {
                    if !self.category.is_voluntary() {
                        return Err(CaseError::NotVoluntary);
                    }
                    if !before_departure {
                        return Err(CaseError::AlreadyDeparted);
                    }
                }
                vec![EventKind::ConsentRecorded(Consent {
                    recorded,
                    withdrawal: None,
                    ..consent
                })]
            }
            CaseCommand::WithdrawConsent {
                consent_id,
                withdrawn_on,
                outcome,
            } => self.withdrawal_events(consent_id, withdrawn_on, outcome)?,
            CaseCommand::RecordScreening {
                id,
                screened_on,
                answers,
                date_of_birth,
            } => {
                if screened_on > ctx.at.date() {
                    return Err(CaseError::Invalid(ValidationErrors::single(
                        "screened_on",
                        InvalidValue::new("date_in_future", "this date is in the future"),
                    )));
                }
                let result = assess(&answers, date_of_birth.as_ref(), screened_on);
                vec![EventKind::ScreeningRecorded(Screening {
                    id,
                    screened_on,
                    answers,
                    result,
                    recorded,
                })]
            }
            CaseCommand::RaiseProtectionConcern(concern) => {
                vec![EventKind::ProtectionConcernRaised(ProtectionConcern {
                    recorded,
                    closure: None,
                    ..concern
                })]
            }
            CaseCommand::CloseProtectionConcern {
                concern_id,
                resolution,
            } => {
                let concern = self
                    .protection_concerns
                    .iter()
                    .find(|c| c.id == concern_id)
                    .ok_or(CaseError::RecordNotFound)?;
                if !concern.is_open() {
                    return Err(CaseError::ConcernAlreadyClosed);
                }
                let resolution = text::required(&resolution, NOTE_MAX)
                    .map_err(|e| ValidationErrors::single("resolution", e))?;
                vec![EventKind::ProtectionConcernClosed {
                    concern_id,
                    resolution,
                }]
            }
            CaseCommand::RecordReferral(referral) => vec![EventKind::ReferralRecorded(Referral {
                recorded,
                ..referral
            })],
            CaseCommand::AppointGuardian(guardian) => vec![EventKind::GuardianAppointed(guardian)],
            CaseCommand::RecordBestInterests(assessment) => {
                vec![EventKind::BestInterestsAssessed(BestInterestsAssessment {
                    recorded,
                    ..assessment
                })]
            }
            CaseCommand::RecordTravelDocument(document) => {
                if !before_departure {
                    return Err(CaseError::AlreadyDeparted);
                }
                vec![EventKind::TravelDocumentRecorded(TravelDocument {
                    recorded,
                    ..document
                })]
            }
            CaseCommand::RecordReturnDecision(decision) => {
                if self.category.is_voluntary() {
                    return Err(CaseError::NotForcedReturn);
                }
                vec![EventKind::ReturnDecisionRecorded(ReturnDecision {
                    recorded,
                    ..decision
                })]
            }
            CaseCommand::ReplacePerson {
                replaced,
                by,
                merge_id,
                reverted,
            } => {
                if !self.persons().any(|p| p == replaced) {
                    return Err(CaseError::PersonNotOnCase);
                }
                if self.persons().any(|p| p == by) {
                    return Err(CaseError::PersonAlreadyOnCase);
                }
                vec![EventKind::PersonReplaced {
                    replaced,
                    by,
                    merge_id,
                    reverted,
                }]
            }
            CaseCommand::RecordFitnessToTravel(fitness) => {
                if !before_departure {
                    return Err(CaseError::AlreadyDeparted);
                }
                vec![EventKind::FitnessToTravelRecorded(
                    crate::journey::readiness::FitnessToTravel {
                        recorded,
                        ..fitness
                    },
                )]
            }
            CaseCommand::AssignEscort(escort) => {
                if !before_departure {
                    return Err(CaseError::AlreadyDeparted);
                }
                vec![EventKind::EscortAssigned(
                    crate::journey::readiness::Escort { recorded, ..escort },
                )]
            }
            CaseCommand::RemoveEscort { escort_id } => {
                if !before_departure {
                    return Err(CaseError::AlreadyDeparted);
                }
                if !self.escorts.iter().any(|e| e.id == escort_id) {
                    return Err(CaseError::RecordNotFound);
                }
                vec![EventKind::EscortRemoved { escort_id }]
            }
            CaseCommand::ArrangeInterpreter(interpreter) => {
                if !before_departure {
                    return Err(CaseError::AlreadyDeparted);
                }
                vec![EventKind::InterpreterArranged(
                    crate::journey::readiness::Interpreter {
                        recorded,
                        ..interpreter
                    },
                )]
            }
            CaseCommand::RegisterArrival(facts) => {
                if !move_exists(self.category, self.stage, Stage::Arrived) {
                    return Err(CaseError::MoveNotAllowed {
                        from: self.stage,
                        to: Stage::Arrived,
                    });
                }
                let guards = unmet_guards(self, Stage::Arrived, ctx.at.date());
                if !guards.is_empty() {
                    return Err(CaseError::GuardsUnmet {
                        to: Stage::Arrived,
                        guards,
                    });
                }
                vec![
                    EventKind::ArrivalRegistered(facts),
                    EventKind::StageChanged {
                        from: self.stage,
                        to: Stage::Arrived,
                    },
                ]
            }
        })
    }

    /// A case closed before departure reopens before any decision was taken (so no guard can
    /// be bypassed by closing and reopening); one closed after departure returns to where it was.
    fn reopening_stage(&self, closure: &Closure) -> Stage {
        if closure.closed_from.is_after_departure() {
            closure.closed_from
        } else if closure.closed_from == Stage::Registered
            || !self.category.departs_through_bayiri()
        {
            Stage::Registered
        } else {
            Stage::Counselling
        }
    }

    fn withdrawal_events(
        &self,
        consent_id: RecordId,
        withdrawn_on: Date,
        outcome: WithdrawalOutcome,
    ) -> Result<Vec<EventKind>, CaseError> {
        let consent = self
            .consents
            .iter()
            .find(|c| c.id == consent_id)
            .ok_or(CaseError::RecordNotFound)?;
        if !consent.is_active() {
            return Err(CaseError::ConsentAlreadyWithdrawn);
        }
        let mut events = vec![EventKind::ConsentWithdrawn {
            consent_id,
            withdrawn_on,
        }];
        if consent.purpose != ConsentPurpose::Return {
            return Ok(events);
        }
        if self.stage.is_after_departure() {
            return Err(CaseError::AlreadyDeparted);
        }
        let other_consent_remains = self
            .consents
            .iter()
            .any(|c| c.id != consent_id && c.purpose == ConsentPurpose::Return && c.is_active());
        match outcome {
            WithdrawalOutcome::CloseCase => events.push(EventKind::CaseClosed {
                from: self.stage,
                closure_reason: ClosureReason::Withdrew,
            }),
            WithdrawalOutcome::BackToCounselling
                if !other_consent_remains
                    && matches!(self.stage, Stage::Decided | Stage::PreDeparture) =>
            {
                events.push(EventKind::StageChanged {
                    from: self.stage,
                    to: Stage::Counselling,
                })
            }
            WithdrawalOutcome::BackToCounselling => {}
        }
        Ok(events)
    }

    fn check_changes(&self, changes: CaseChanges) -> Result<CaseChanges, CaseError> {
        if changes.is_empty() {
            return Err(CaseError::NothingToChange);
        }
        if let Some(category) = changes.category {
            let stage_fits = match category {
                ReturnCategory::SpontaneousReturn => self.stage == Stage::Registered,
                _ => matches!(self.stage, Stage::Registered | Stage::Counselling),
            };
            if !stage_fits && category != self.category {
                return Err(CaseError::ChangeNotAllowed {
                    field: "category",
                    stage: self.stage,
                });
            }
        }
        let geography_changes = changes.host_country.is_some()
            || changes.return_country.is_some()
            || changes.return_country_relation.is_some();
        if geography_changes && self.stage >= Stage::Departed {
            return Err(CaseError::ChangeNotAllowed {
                field: "return_country",
                stage: self.stage,
            });
        }
        let host = changes.host_country.unwrap_or(self.host_country);
        let destination = changes.return_country.unwrap_or(self.return_country);
        if host == destination {
            return Err(CaseError::Invalid(ValidationErrors::single(
                "return_country",
                InvalidValue::new(
                    "same_as_host_country",
                    "the country of return must differ from the host country",
                ),
            )));
        }
        if let Some(members) = &changes.family_members
            && members.iter().any(|m| m.person_id == self.principal)
        {
            return Err(CaseError::Invalid(ValidationErrors::single(
                "family_members",
                InvalidValue::new(
                    "principal_as_member",
                    "the principal cannot also be a family member",
                ),
            )));
        }
        Ok(changes)
    }

    /// Folds one event into the state.
    pub fn apply(&mut self, event: &CaseEvent) {
        self.version = event.sequence;
        self.updated_at = event.at;
        match &event.kind {
            EventKind::CaseOpened(_) => {}
            EventKind::DetailsUpdated(changes) => self.apply_changes(changes),
            EventKind::StageChanged { to, .. } => {
                self.stage = *to;
                self.stage_entered_at = event.at;
                if *to == Stage::Arrived && self.arrived_at.is_none() {
                    self.arrived_at = Some(event.at);
                }
            }
            EventKind::CaseClosed {
                from,
                closure_reason,
            } => {
                self.closure = Some(Closure {
                    reason: *closure_reason,
                    closed_from: *from,
                });
                self.stage = Stage::Closed;
                self.stage_entered_at = event.at;
            }
            EventKind::CaseReopened { to } => {
                self.closure = None;
                self.stage = *to;
                self.stage_entered_at = event.at;
            }
            EventKind::CounsellingRecorded(session) => {
                self.counselling_sessions.push(session.clone())
            }
            EventKind::ConsentRecorded(consent) => self.consents.push(consent.clone()),
            EventKind::ConsentWithdrawn {
                consent_id,
                withdrawn_on,
            } => {
                if let Some(consent) = self.consents.iter_mut().find(|c| c.id == *consent_id) {
                    consent.withdrawal = Some(ConsentWithdrawal {
                        withdrawn_on: *withdrawn_on,
                        reason: event.reason.clone(),
                        recorded: Recorded {
                            by: event.actor,
                            at: event.at,
                        },
                    });
                }
            }
            EventKind::ScreeningRecorded(screening) => {
                self.screening = Some(screening.clone());
                self.recompute_priority();
            }
            EventKind::ProtectionConcernRaised(concern) => {
                self.protection_concerns.push(concern.clone())
            }
            EventKind::ProtectionConcernClosed {
                concern_id,
                resolution,
            } => {
                if let Some(concern) = self
                    .protection_concerns
                    .iter_mut()
                    .find(|c| c.id == *concern_id)
                {
                    concern.closure = Some(ConcernClosure {
                        resolution: resolution.clone(),
                        recorded: Recorded {
                            by: event.actor,
                            at: event.at,
                        },
                    });
                }
            }
            EventKind::ReferralRecorded(referral) => self.referrals.push(referral.clone()),
            EventKind::GuardianAppointed(guardian) => self.guardian = Some(guardian.clone()),
            EventKind::BestInterestsAssessed(assessment) => {
                self.best_interests_assessments.push(assessment.clone())
            }
            EventKind::TravelDocumentRecorded(document) => {
                self.travel_documents.push(document.clone())
            }
            EventKind::ReturnDecisionRecorded(decision) => {
                self.return_decision = Some(decision.clone())
            }
            EventKind::PersonReplaced { replaced, by, .. } => {
                if self.principal == *replaced {
                    self.principal = *by;
                }
                for member in &mut self.family_members {
                    if member.person_id == *replaced {
                        member.person_id = *by;
                    }
                }
            }
            EventKind::FitnessToTravelRecorded(fitness) => {
                self.fitness_to_travel.push(fitness.clone())
            }
            EventKind::EscortAssigned(escort) => self.escorts.push(escort.clone()),
            EventKind::EscortRemoved { escort_id } => self.escorts.retain(|e| e.id != *escort_id),
            EventKind::InterpreterArranged(interpreter) => {
                self.interpreters.push(interpreter.clone())
            }
            // The move itself is the `stage_changed` event recorded with it.
            // The moment the person arrived, which may be before it was recorded: follow-ups
            // count from it.
            EventKind::ArrivalRegistered(facts) => {
                if self.arrived_at.is_none() {
                    self.arrived_at = Some(facts.arrived_at);
                }
            }
        }
    }

    fn apply_changes(&mut self, changes: &CaseChanges) {
        if let Some(category) = changes.category {
            self.category = category;
        }
        if let Some(country) = changes.host_country {
            self.host_country = country;
        }
        if let Some(country) = changes.return_country {
            self.return_country = country;
        }
        if let Some(relation) = changes.return_country_relation {
            self.return_country_relation = relation;
        }
        if let Some(community) = &changes.community_of_return {
            self.community_of_return = community.clone();
        }
        if let Some(worker) = changes.case_worker {
            self.case_worker = worker;
        }
        if let Some(priority) = changes.requested_priority {
            self.requested_priority = priority;
        }
        if let Some(flags) = &changes.flags {
            self.flags = flags.clone();
        }
        if let Some(members) = &changes.family_members {
            self.family_members = members.clone();
        }
        self.recompute_priority();
    }

    fn recompute_priority(&mut self) {
        let screened = self
            .screening
            .as_ref()
            .map_or(Priority::Normal, |s| s.result.priority);
        self.priority = self.requested_priority.max(screened);
    }
}
