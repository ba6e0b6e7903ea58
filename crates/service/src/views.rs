//! What a user is shown of a record, given their role. Sensitive sections (screening answers,
//! vulnerability categories, protection concerns, referrals, best-interests assessments) are
//! left out entirely — not blanked — for roles that may not read them.

use bayiri_domain::access::{Permission, Role};
use bayiri_domain::case::*;
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::*;
use bayiri_domain::person::{DateOfBirth, Guardian, Nationality, Person, Sex};
use bayiri_domain::screening::{Priority, Screening, SpecialNeed};
use serde::Serialize;
use std::collections::BTreeSet;
use time::{Date, OffsetDateTime};

/// The principal person as shown on a case.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonSummary {
    pub id: PersonId,
    pub display_name: String,
    pub given_names: String,
    pub family_name: String,
    pub original_script_name: Option<String>,
    pub sex: Sex,
    pub date_of_birth: Option<DateOfBirth>,
    pub nationality: Nationality,
}

impl PersonSummary {
    fn unknown(id: PersonId) -> Self {
        Self {
            id,
            display_name: String::new(),
            given_names: String::new(),
            family_name: String::new(),
            original_script_name: None,
            sex: Sex::Unknown,
            date_of_birth: None,
            nationality: Nationality::default(),
        }
    }

    pub fn of(person: &Person) -> Self {
        let names = &person.details.names;
        Self {
            id: person.id,
            display_name: person.display_name(),
            given_names: names.given_names.clone(),
            family_name: names.family_name.clone(),
            original_script_name: names.original_script.as_ref().map(|o| {
                format!("{} {}", o.given_names, o.family_name)
                    .trim()
                    .to_string()
            }),
            sex: person.details.sex,
            date_of_birth: person.details.date_of_birth,
            nationality: person.details.nationality.clone(),
        }
    }
}

/// A guard as shown to a user. For roles without access to sensitive data, a guard that would
/// reveal a trafficking presumption is shown as a generic protection requirement.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuardView {
    pub code: String,
    pub explanation: String,
    pub remedy: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<RecordId>,
}

pub const RESTRICTED_GUARD: &str = "protection_requirement_unmet";

impl GuardView {
    pub fn of(guard: &UnmetGuard, sensitive: bool) -> Self {
        if !sensitive && guard.code == GuardCode::TraffickingReferralMissing {
            return Self {
                code: RESTRICTED_GUARD.into(),
                explanation: "A protection requirement is not met yet.".into(),
                remedy: "A counsellor of the case can see and resolve it.".into(),
                records: Vec::new(),
            };
        }
        Self {
            code: guard.code.as_str().into(),
            explanation: guard.explanation.clone(),
            remedy: guard.remedy.clone(),
            records: if sensitive {
                guard.records.clone()
            } else {
                Vec::new()
            },
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MoveView {
    pub to: Stage,
    /// Whether the viewer's role may make this move at all.
    pub allowed_for_role: bool,
    /// Guards that block the move now; empty means the move can be made.
    pub unmet_guards: Vec<GuardView>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SensitiveView {
    pub screening: Option<Screening>,
    pub protection_concerns: Vec<ProtectionConcern>,
    pub referrals: Vec<Referral>,
    pub best_interests_assessments: Vec<BestInterestsAssessment>,
}

impl SensitiveView {
    pub fn is_empty(&self) -> bool {
        self.screening.is_none()
            && self.protection_concerns.is_empty()
            && self.referrals.is_empty()
            && self.best_interests_assessments.is_empty()
    }
}

/// A case as one user sees it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseView {
    pub id: CaseId,
    pub number: CaseNumber,
    pub category: ReturnCategory,
    /// Eurostat type of return (`ASSI_VOLU`, `NASSI_VOLU`, `ASSI_FORC`, `FORC`).
    pub eurostat_return_type: EurostatReturnType,
    pub host_country: CountryCode,
    pub return_country: CountryCode,
    pub return_country_relation: ReturnCountryRelation,
    pub community_of_return: Community,
    pub organisation_id: OrganisationId,
    pub office_id: OfficeId,
    pub case_worker: Option<UserId>,
    pub priority: Priority,
    pub requested_priority: Priority,
    pub flags: BTreeSet<Flag>,
    pub stage: Stage,
    pub closure: Option<Closure>,
    pub principal: PersonSummary,
    pub family_members: Vec<FamilyMemberView>,
    /// From the latest screening; operational, so shown to everyone on the case.
    pub special_needs: BTreeSet<SpecialNeed>,
    pub counselling_sessions: Vec<CounsellingSession>,
    pub consents: Vec<Consent>,
    pub guardian: Option<Guardian>,
    pub travel_documents: Vec<TravelDocument>,
    pub return_decision: Option<ReturnDecision>,
    /// Fitness-to-travel clearances; their conditions (health data) only for roles that read
    /// sensitive data.
    pub fitness_to_travel: Vec<bayiri_domain::journey::readiness::FitnessToTravel>,
    pub escorts: Vec<bayiri_domain::journey::readiness::Escort>,
    pub interpreters: Vec<bayiri_domain::journey::readiness::Interpreter>,
    /// Present only for roles allowed to read sensitive data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensitive: Option<SensitiveView>,
    pub next_moves: Vec<MoveView>,
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub opened_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub stage_entered_at: OffsetDateTime,
}

/// A family member on a case, with who they are.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FamilyMemberView {
    pub person_id: PersonId,
    pub relationship: bayiri_domain::person::Relationship,
    /// Absent if the person record could not be read.
    pub person: Option<PersonSummary>,
}

impl CaseView {
    /// The view of `case`; `persons` holds the principal and family members.
    pub fn of(case: &Case, persons: &[Person], role: Role, today: Date) -> Self {
        let find = |id: PersonId| persons.iter().find(|p| p.id == id);
        let sensitive = role.can(Permission::SensitiveRead);
        let next_moves = case
            .next_moves(today)
            .into_iter()
            .map(|m| MoveView {
                to: m.to,
                allowed_for_role: role.can_move_to(m.to),
                unmet_guards: m
                    .unmet_guards
                    .iter()
                    .map(|g| GuardView::of(g, sensitive))
                    .collect(),
            })
            .collect();
        Self {
            id: case.id,
            number: case.number.clone(),
            category: case.category,
            eurostat_return_type: case.eurostat(),
            host_country: case.host_country,
            return_country: case.return_country,
            return_country_relation: case.return_country_relation,
            community_of_return: case.community_of_return.clone(),
            organisation_id: case.organisation_id,
            office_id: case.office_id,
            case_worker: case.case_worker,
            priority: case.priority,
            requested_priority: case.requested_priority,
            flags: case.flags.clone(),
            stage: case.stage,
            closure: case.closure.clone(),
            principal: find(case.principal)
                .map(PersonSummary::of)
                .unwrap_or_else(|| PersonSummary::unknown(case.principal)),
            family_members: case
                .family_members
                .iter()
                .map(|m| FamilyMemberView {
                    person_id: m.person_id,
                    relationship: m.relationship,
                    person: find(m.person_id).map(PersonSummary::of),
                })
                .collect(),
            special_needs: case
                .screening
                .as_ref()
                .map(|s| s.result.special_needs.clone())
                .unwrap_or_default(),
            counselling_sessions: case.counselling_sessions.clone(),
            consents: case.consents.clone(),
            guardian: case.guardian.clone(),
            travel_documents: case.travel_documents.clone(),
            return_decision: case.return_decision.clone(),
            fitness_to_travel: case
                .fitness_to_travel
                .iter()
                .map(|f| bayiri_domain::journey::readiness::FitnessToTravel {
                    conditions: if sensitive {
                        f.conditions.clone()
                    } else {
                        None
                    },
                    ..f.clone()
                })
                .collect(),
            escorts: case.escorts.clone(),
            interpreters: case.interpreters.clone(),
            sensitive: sensitive.then(|| SensitiveView {
                screening: case.screening.clone(),
                protection_concerns: case.protection_concerns.clone(),
                referrals: case.referrals.clone(),
                best_interests_assessments: case.best_interests_assessments.clone(),
            }),
            next_moves,
            version: case.version,
            opened_at: case.opened_at,
            updated_at: case.updated_at,
            stage_entered_at: case.stage_entered_at,
        }
    }

    /// Whether showing this view is a read of sensitive data that must be audited.
    pub fn shows_sensitive_data(&self) -> bool {
        self.sensitive.as_ref().is_some_and(|s| !s.is_empty())
    }
}

/// One event of a case's history as one user sees it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventView {
    pub sequence: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: OffsetDateTime,
    pub actor: UserId,
    /// `stage_changed`, `consent_recorded`…
    pub kind: String,
    pub reason: Option<String>,
    /// The event's content; absent when it is sensitive and the viewer may not read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub data: Option<serde_json::Value>,
    pub restricted: bool,
}

impl EventView {
    pub fn of(event: &CaseEvent, role: Role) -> Self {
        let restricted = event.kind.is_sensitive() && !role.can(Permission::SensitiveRead);
        Self {
            sequence: event.sequence,
            at: event.at,
            actor: event.actor,
            kind: event.kind.name().to_string(),
            reason: if restricted {
                None
            } else {
                event.reason.clone()
            },
            data: if restricted {
                None
            } else {
                serde_json::to_value(&event.kind).ok()
            },
            restricted,
        }
    }
}

/// One row of the case list.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseListItem {
    pub id: CaseId,
    pub number: CaseNumber,
    pub principal: PersonId,
    pub principal_name: String,
    pub category: ReturnCategory,
    pub stage: Stage,
    pub priority: Priority,
    pub host_country: CountryCode,
    pub return_country: CountryCode,
    pub organisation_id: OrganisationId,
    pub case_worker: Option<UserId>,
    pub flags: Vec<String>,
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub stage_entered_at: OffsetDateTime,
}

impl From<bayiri_store::CaseSummary> for CaseListItem {
    fn from(s: bayiri_store::CaseSummary) -> Self {
        Self {
            id: s.id,
            number: s.number,
            principal: s.principal,
            principal_name: s.principal_name,
            category: s.category,
            stage: s.stage,
            priority: s.priority,
            host_country: s.host_country,
            return_country: s.return_country,
            organisation_id: s.organisation_id,
            case_worker: s.case_worker,
            flags: s.flags,
            version: s.version,
            updated_at: s.updated_at,
            stage_entered_at: s.stage_entered_at,
        }
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntryView {
    pub id: uuid::Uuid,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: OffsetDateTime,
    pub actor: Option<UserId>,
    pub action: String,
    pub target_kind: String,
    pub target_id: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub detail: serde_json::Value,
    pub correlation_id: Option<String>,
}

impl From<bayiri_store::AuditEntry> for AuditEntryView {
    fn from(e: bayiri_store::AuditEntry) -> Self {
        Self {
            id: e.id,
            at: e.at,
            actor: e.actor,
            action: e.action,
            target_kind: e.target_kind,
            target_id: e.target_id,
            detail: e.detail,
            correlation_id: e.correlation_id,
        }
    }
}
