//! Rights guards: the conditions that must hold before a case may move forward.
//!
//! Guards live here, in the domain, so that no page, API call, import or script can move a
//! case past them. A refused move reports *every* unmet guard, each with a stable code (used
//! as a translation key and in API problems), a plain-language explanation and what to do.

use super::Case;
use super::stage::Stage;
use crate::case::records::BestInterestsOutcome;
use crate::ids::RecordId;
use crate::journey::readiness::EscortKind;
use crate::screening::{SpecialNeed, VulnerabilityCategory};
use serde::{Deserialize, Serialize};
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum GuardCode {
    CounsellingMissing,
    ConsentMissing,
    ReturnDecisionMissing,
    TraffickingReferralMissing,
    ProtectionConcernOpen,
    GuardianMissing,
    BestInterestsAssessmentMissing,
    BestInterestsAgainstReturn,
    TravelDocumentMissing,
    TravelDocumentNotValid,
    FitnessToTravelMissing,
    UnfitToTravel,
    MedicalEscortMissing,
    ChildEscortMissing,
    EscortOfficerMissing,
    InterpreterMissing,
}

impl GuardCode {
    pub const ALL: [GuardCode; 16] = [
        GuardCode::CounsellingMissing,
        GuardCode::ConsentMissing,
        GuardCode::ReturnDecisionMissing,
        GuardCode::TraffickingReferralMissing,
        GuardCode::ProtectionConcernOpen,
        GuardCode::GuardianMissing,
        GuardCode::BestInterestsAssessmentMissing,
        GuardCode::BestInterestsAgainstReturn,
        GuardCode::TravelDocumentMissing,
        GuardCode::TravelDocumentNotValid,
        GuardCode::FitnessToTravelMissing,
        GuardCode::UnfitToTravel,
        GuardCode::MedicalEscortMissing,
        GuardCode::ChildEscortMissing,
        GuardCode::EscortOfficerMissing,
        GuardCode::InterpreterMissing,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            GuardCode::CounsellingMissing => "counselling_missing",
            GuardCode::ConsentMissing => "consent_missing",
            GuardCode::ReturnDecisionMissing => "return_decision_missing",
            GuardCode::TraffickingReferralMissing => "trafficking_referral_missing",
            GuardCode::ProtectionConcernOpen => "protection_concern_open",
            GuardCode::GuardianMissing => "guardian_missing",
            GuardCode::BestInterestsAssessmentMissing => "best_interests_assessment_missing",
            GuardCode::BestInterestsAgainstReturn => "best_interests_against_return",
            GuardCode::TravelDocumentMissing => "travel_document_missing",
            GuardCode::TravelDocumentNotValid => "travel_document_not_valid",
            GuardCode::FitnessToTravelMissing => "fitness_to_travel_missing",
            GuardCode::UnfitToTravel => "unfit_to_travel",
            GuardCode::MedicalEscortMissing => "medical_escort_missing",
            GuardCode::ChildEscortMissing => "child_escort_missing",
            GuardCode::EscortOfficerMissing => "escort_officer_missing",
            GuardCode::InterpreterMissing => "interpreter_missing",
        }
    }

    /// Why the move is blocked, in plain words (English; pages translate by code).
    pub fn explanation(&self) -> &'static str {
        match self {
            GuardCode::CounsellingMissing => {
                "A voluntary return must be an informed decision, and no counselling session has been recorded for this case."
            }
            GuardCode::ConsentMissing => {
                "A voluntary return needs the migrant's recorded consent to return, and there is none that has not been withdrawn."
            }
            GuardCode::ReturnDecisionMissing => {
                "A forced return can only proceed on an enforceable return decision, and none has been recorded."
            }
            GuardCode::TraffickingReferralMissing => {
                "The person is a presumed victim of trafficking and must be referred to specialised assistance before anything else happens."
            }
            GuardCode::ProtectionConcernOpen => {
                "A protection concern is open (risk of refoulement, pending asylum claim or suspensive appeal); nobody may be removed while it is."
            }
            GuardCode::GuardianMissing => {
                "The person is an unaccompanied or separated child and no guardian has been recorded."
            }
            GuardCode::BestInterestsAssessmentMissing => {
                "The person is an unaccompanied or separated child and no best-interests assessment has been recorded."
            }
            GuardCode::BestInterestsAgainstReturn => {
                "The latest best-interests assessment found that return is not in the child's best interests."
            }
            GuardCode::TravelDocumentMissing => {
                "No travel document has been recorded for this case."
            }
            GuardCode::TravelDocumentNotValid => {
                "No recorded travel document is valid on the day of departure (all have expired or are not yet issued)."
            }
            GuardCode::FitnessToTravelMissing => {
                "The person has medical needs, and no fitness-to-travel clearance is valid on the day of departure."
            }
            GuardCode::UnfitToTravel => {
                "The latest medical assessment found the person unfit to travel."
            }
            GuardCode::MedicalEscortMissing => {
                "The person needs a medical escort, and none is assigned for the journey."
            }
            GuardCode::ChildEscortMissing => {
                "An unaccompanied or separated child never travels alone, and no escort for the child is assigned for the journey."
            }
            GuardCode::EscortOfficerMissing => {
                "A forced return is escorted, and no escort officer is assigned to the person."
            }
            GuardCode::InterpreterMissing => {
                "The person needs an interpreter, and none is booked for the journey and the arrival."
            }
        }
    }

    /// What the user can do to lift the block.
    pub fn remedy(&self) -> &'static str {
        match self {
            GuardCode::CounsellingMissing => {
                "Record a counselling session held in a language the person understands."
            }
            GuardCode::ConsentMissing => {
                "Record the person's consent to return (method, language, date)."
            }
            GuardCode::ReturnDecisionMissing => {
                "Record the return decision: reference, authority and date."
            }
            GuardCode::TraffickingReferralMissing => {
                "Record a referral to an anti-trafficking service provider."
            }
            GuardCode::ProtectionConcernOpen => {
                "Wait until the concern is resolved; an authorised officer then closes it with the outcome."
            }
            GuardCode::GuardianMissing => "Record the child's guardian on the case.",
            GuardCode::BestInterestsAssessmentMissing => {
                "Have a best-interests assessment carried out and record its outcome."
            }
            GuardCode::BestInterestsAgainstReturn => {
                "The child must not be returned; record a new assessment only if the situation has changed."
            }
            GuardCode::TravelDocumentMissing => {
                "Record the passport, emergency travel document or laissez-passer."
            }
            GuardCode::TravelDocumentNotValid => {
                "Request a new travel document, or correct the departure date."
            }
            GuardCode::FitnessToTravelMissing => {
                "Record a doctor's fitness-to-travel clearance valid on the day of departure."
            }
            GuardCode::UnfitToTravel => {
                "Postpone the departure; record a new assessment once the person is fit to travel."
            }
            GuardCode::MedicalEscortMissing => "Assign a medical escort (doctor or nurse).",
            GuardCode::ChildEscortMissing => {
                "Assign a guardian or child-protection escort to travel with the child."
            }
            GuardCode::EscortOfficerMissing => "Assign an escort officer to the person.",
            GuardCode::InterpreterMissing => "Book an interpreter for the person's language.",
        }
    }
}

/// One unmet guard, as reported to the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnmetGuard {
    pub code: GuardCode,
    pub explanation: String,
    pub remedy: String,
    /// Records involved, e.g. the open protection concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<RecordId>,
}

impl UnmetGuard {
    fn new(code: GuardCode) -> Self {
        Self {
            code,
            explanation: code.explanation().to_string(),
            remedy: code.remedy().to_string(),
            records: Vec::new(),
        }
    }

    fn with_records(mut self, records: Vec<RecordId>) -> Self {
        self.records = records;
        self
    }
}

/// Every guard that blocks moving `case` forward to `to` on `on`. Moves back (to counselling)
/// and closures have no guards.
pub fn unmet_guards(case: &Case, to: Stage, on: Date) -> Vec<UnmetGuard> {
    let mut unmet = Vec::new();
    let past_decision = matches!(to, Stage::Decided | Stage::PreDeparture | Stage::Departed);
    let uasc = case.has_vulnerability(VulnerabilityCategory::UnaccompaniedOrSeparatedChild);
    let presumed_victim =
        case.has_vulnerability(VulnerabilityCategory::PresumedVictimOfTrafficking);

    if past_decision {
        if case.category.is_voluntary() {
            if case.counselling_sessions.is_empty() {
                unmet.push(UnmetGuard::new(GuardCode::CounsellingMissing));
            }
            if !case.has_active_return_consent() {
                unmet.push(UnmetGuard::new(GuardCode::ConsentMissing));
            }
        } else if case.return_decision.is_none() {
            unmet.push(UnmetGuard::new(GuardCode::ReturnDecisionMissing));
        }
        if presumed_victim && !case.has_trafficking_referral() {
            unmet.push(UnmetGuard::new(GuardCode::TraffickingReferralMissing));
        }
    }

    if to == Stage::Departed {
        if !case.category.is_voluntary() {
            let open: Vec<RecordId> = case
                .protection_concerns
                .iter()
                .filter(|c| c.is_open() && c.kind.bars_forced_departure())
                .map(|c| c.id)
                .collect();
            if !open.is_empty() {
                unmet.push(UnmetGuard::new(GuardCode::ProtectionConcernOpen).with_records(open));
            }
        }
        if uasc {
            if case.guardian.is_none() {
                unmet.push(UnmetGuard::new(GuardCode::GuardianMissing));
            }
            match case.best_interests_assessments.last().map(|a| a.outcome) {
                None => unmet.push(UnmetGuard::new(GuardCode::BestInterestsAssessmentMissing)),
                Some(BestInterestsOutcome::ReturnNotInBestInterests) => {
                    unmet.push(UnmetGuard::new(GuardCode::BestInterestsAgainstReturn))
                }
                Some(BestInterestsOutcome::ReturnInBestInterests) => {}
            }
        }
        readiness_guards(case, on, uasc, &mut unmet);
        if case.travel_documents.is_empty() {
            unmet.push(UnmetGuard::new(GuardCode::TravelDocumentMissing));
        } else if !case.travel_documents.iter().any(|d| d.is_valid_on(on)) {
            unmet.push(UnmetGuard::new(GuardCode::TravelDocumentNotValid));
        }
    }
    unmet
}

/// Ready to travel: fitness to travel where medical needs exist, escorts, interpreter.
fn readiness_guards(case: &Case, on: Date, uasc: bool, unmet: &mut Vec<UnmetGuard>) {
    let needs = case
        .screening
        .as_ref()
        .map(|s| s.result.special_needs.clone())
        .unwrap_or_default();
    let has_escort = |kind: EscortKind| case.escorts.iter().any(|e| e.kind == kind);
    let medical = needs.contains(&SpecialNeed::MedicalEscort)
        || case.has_vulnerability(VulnerabilityCategory::SeriousMedicalCondition);
    if medical {
        match case.fitness_to_travel.last() {
            Some(f) if f.outcome == crate::journey::readiness::FitnessOutcome::Unfit => {
                unmet.push(UnmetGuard::new(GuardCode::UnfitToTravel))
            }
            Some(f) if f.clears_travel_on(on) => {}
            _ => unmet.push(UnmetGuard::new(GuardCode::FitnessToTravelMissing)),
        }
    }
    if needs.contains(&SpecialNeed::MedicalEscort) && !has_escort(EscortKind::Medical) {
        unmet.push(UnmetGuard::new(GuardCode::MedicalEscortMissing));
    }
    if uasc && !has_escort(EscortKind::ChildEscort) {
        unmet.push(UnmetGuard::new(GuardCode::ChildEscortMissing));
    }
    if !case.category.is_voluntary() && !has_escort(EscortKind::EscortOfficer) {
        unmet.push(UnmetGuard::new(GuardCode::EscortOfficerMissing));
    }
    if needs.contains(&SpecialNeed::Interpreter) && case.interpreters.is_empty() {
        unmet.push(UnmetGuard::new(GuardCode::InterpreterMissing));
    }
}
