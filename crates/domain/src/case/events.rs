//! Case events: the history of a case and the basis of every indicator. Each carries who did
//! it, when, and why; the store keeps them append-only.

use super::records::*;
use super::stage::{ClosureReason, Stage};
use super::{CaseChanges, OpenCase};
use crate::ids::{CaseId, MergeId, PersonId, RecordId, UserId};
use crate::person::Guardian;
use crate::screening::Screening;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseEvent {
    pub case_id: CaseId,
    /// 1 for the opening event, then +1 per event; equals the case version after it.
    pub sequence: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: OffsetDateTime,
    pub actor: UserId,
    pub reason: Option<String>,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EventKind {
    CaseOpened(OpenCase),
    DetailsUpdated(CaseChanges),
    StageChanged {
        from: Stage,
        to: Stage,
    },
    CaseClosed {
        from: Stage,
        closure_reason: ClosureReason,
    },
    CaseReopened {
        to: Stage,
    },
    CounsellingRecorded(CounsellingSession),
    ConsentRecorded(Consent),
    ConsentWithdrawn {
        consent_id: RecordId,
        #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
        withdrawn_on: Date,
    },
    ScreeningRecorded(Screening),
    ProtectionConcernRaised(ProtectionConcern),
    ProtectionConcernClosed {
        concern_id: RecordId,
        resolution: String,
    },
    ReferralRecorded(Referral),
    GuardianAppointed(Guardian),
    BestInterestsAssessed(BestInterestsAssessment),
    TravelDocumentRecorded(TravelDocument),
    ReturnDecisionRecorded(ReturnDecision),
    /// Two person records were found to be the same person and merged: `by` now stands where
    /// `replaced` stood (or the reverse, when the merge is reverted).
    PersonReplaced {
        replaced: PersonId,
        by: PersonId,
        merge_id: MergeId,
        reverted: bool,
    },
    FitnessToTravelRecorded(crate::journey::readiness::FitnessToTravel),
    EscortAssigned(crate::journey::readiness::Escort),
    EscortRemoved {
        escort_id: RecordId,
    },
    InterpreterArranged(crate::journey::readiness::Interpreter),
    /// Recorded with the move into `arrived` when an arrival is registered at a point.
    ArrivalRegistered(crate::journey::arrival::ArrivalFacts),
}

impl EventKind {
    /// Stable name of the event type, as stored and as shown in timelines.
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::CaseOpened(_) => "case_opened",
            EventKind::DetailsUpdated(_) => "details_updated",
            EventKind::StageChanged { .. } => "stage_changed",
            EventKind::CaseClosed { .. } => "case_closed",
            EventKind::CaseReopened { .. } => "case_reopened",
            EventKind::CounsellingRecorded(_) => "counselling_recorded",
            EventKind::ConsentRecorded(_) => "consent_recorded",
            EventKind::ConsentWithdrawn { .. } => "consent_withdrawn",
            EventKind::ScreeningRecorded(_) => "screening_recorded",
            EventKind::ProtectionConcernRaised(_) => "protection_concern_raised",
            EventKind::ProtectionConcernClosed { .. } => "protection_concern_closed",
            EventKind::ReferralRecorded(_) => "referral_recorded",
            EventKind::GuardianAppointed(_) => "guardian_appointed",
            EventKind::BestInterestsAssessed(_) => "best_interests_assessed",
            EventKind::TravelDocumentRecorded(_) => "travel_document_recorded",
            EventKind::ReturnDecisionRecorded(_) => "return_decision_recorded",
            EventKind::PersonReplaced { .. } => "person_replaced",
            EventKind::FitnessToTravelRecorded(_) => "fitness_to_travel_recorded",
            EventKind::EscortAssigned(_) => "escort_assigned",
            EventKind::EscortRemoved { .. } => "escort_removed",
            EventKind::InterpreterArranged(_) => "interpreter_arranged",
            EventKind::ArrivalRegistered(_) => "arrival_registered",
        }
    }

    /// Events whose content is sensitive (screening answers, protection, trafficking, child
    /// protection). Only roles allowed to read sensitive data see their content, and each
    /// such read is audited.
    pub fn is_sensitive(&self) -> bool {
        matches!(
            self,
            EventKind::ScreeningRecorded(_)
                | EventKind::ProtectionConcernRaised(_)
                | EventKind::ProtectionConcernClosed { .. }
                | EventKind::ReferralRecorded(_)
                | EventKind::BestInterestsAssessed(_)
                | EventKind::FitnessToTravelRecorded(_)
        )
    }
}
