//! Who may do what, and where.
//!
//! A user has one [`Role`], belongs to one organisation and is scoped to a set of countries.
//! Permissions come from the role alone (least privilege: each role gets what its work needs);
//! the scope then decides which records the permission applies to. A record outside the scope
//! is treated as if it did not exist, so its existence is never revealed.

use crate::case::Stage;
use crate::country::CountryCode;
use crate::ids::OrganisationId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Role {
    Administrator,
    Counsellor,
    ConsularOfficer,
    ReceptionOfficer,
    ReintegrationOfficer,
    /// Field monitor: follow-up after return, and forced-return monitoring.
    Monitor,
    /// Monitoring-and-evaluation analyst: indicators only, never individual records.
    MeAnalyst,
    DataProtectionOfficer,
    /// Escort officer of the removing authority: sees the forced-return operations they are
    /// assigned to, with only what the journey needs, and nothing else.
    EscortOfficer,
    /// Staff of a service provider in the directory (an NGO, a training centre, a
    /// micro-finance institution): sees only the referrals sent to their organisation, with
    /// only the fields a referral needs, and answers them.
    ServiceProvider,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Role::Administrator,
        Role::Counsellor,
        Role::ConsularOfficer,
        Role::ReceptionOfficer,
        Role::ReintegrationOfficer,
        Role::Monitor,
        Role::MeAnalyst,
        Role::DataProtectionOfficer,
        Role::EscortOfficer,
        Role::ServiceProvider,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Counsellor => "counsellor",
            Role::ConsularOfficer => "consular_officer",
            Role::ReceptionOfficer => "reception_officer",
            Role::ReintegrationOfficer => "reintegration_officer",
            Role::Monitor => "monitor",
            Role::MeAnalyst => "me_analyst",
            Role::DataProtectionOfficer => "data_protection_officer",
            Role::EscortOfficer => "escort_officer",
            Role::ServiceProvider => "service_provider",
        }
    }

    pub fn parse(input: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == input)
    }

    pub fn can(&self, permission: Permission) -> bool {
        use Permission::*;
        use Role::*;
        match permission {
            PersonRead | CaseRead => !matches!(self, MeAnalyst | EscortOfficer | ServiceProvider),
            // Reviewing duplicates changes whose history a record carries: those who register
            // persons do it.
            PersonWrite | DuplicateReview => matches!(
                self,
                Counsellor | ConsularOfficer | ReceptionOfficer | ReintegrationOfficer
            ),
            CaseCreate => matches!(self, Counsellor | ReceptionOfficer),
            CaseUpdate => matches!(self, Counsellor | ReceptionOfficer | ReintegrationOfficer),
            // Health, trafficking and protection details: those who act on them, and the DPO
            // who oversees their handling.
            SensitiveRead => matches!(
                self,
                Counsellor | ReintegrationOfficer | DataProtectionOfficer
            ),
            CounsellingWrite | ConsentWrite => matches!(self, Counsellor),
            ScreeningWrite | ProtectionWrite | ReferralWrite | ChildProtectionWrite => {
                matches!(self, Counsellor | ReceptionOfficer)
            }
            TravelDocumentWrite => matches!(self, Counsellor | ConsularOfficer),
            ReturnDecisionWrite => matches!(self, Counsellor),
            UserAdmin => matches!(self, Administrator),
            AuditRead => matches!(self, DataProtectionOfficer),
            IndicatorRead => matches!(self, MeAnalyst | Administrator | DataProtectionOfficer),
            ReferenceDataWrite => matches!(self, Administrator),
            ConsularRequestWrite | ReadinessWrite | OperationManage => matches!(self, Counsellor),
            ConsularDecision => matches!(self, ConsularOfficer | Counsellor),
            ConsularRead => matches!(self, Counsellor | ConsularOfficer),
            OperationRead => matches!(
                self,
                Counsellor | EscortOfficer | Monitor | ReceptionOfficer
            ),
            MonitorReportWrite => matches!(self, Monitor),
            ArrivalWrite | AssistanceWrite => matches!(self, ReceptionOfficer),
            ProgrammeManage => matches!(self, Administrator),
            // Drafting and approving plans are both the reintegration officer's; the four-eyes
            // rule (never the drafter or an editor) is enforced on the plan itself.
            NeedsAssessmentWrite | PlanWrite | PlanApprove | TranchePay => {
                matches!(self, ReintegrationOfficer)
            }
            ReintegrationRead => matches!(self, ReintegrationOfficer | Monitor | Counsellor),
            DirectoryWrite | OpportunityWrite => {
                matches!(self, ReintegrationOfficer | Administrator)
            }
            DirectoryRead => matches!(
                self,
                ReintegrationOfficer | Counsellor | Monitor | ReceptionOfficer | Administrator
            ),
            ServiceReferralWrite => matches!(self, ReintegrationOfficer | Counsellor),
            ServiceReferralRespond => matches!(self, ServiceProvider),
            FollowUpWrite => matches!(self, Monitor | ReintegrationOfficer),
            ScoringSchemeManage => matches!(self, Administrator),
        }
    }

    /// Whether this role may move a case into `stage` (closing and reopening included).
    pub fn can_move_to(&self, stage: Stage) -> bool {
        use Role::*;
        use Stage::*;
        match stage {
            Registered | Counselling | Decided | PreDeparture => matches!(self, Counsellor),
            Departed => matches!(self, Counsellor | ConsularOfficer),
            Arrived => matches!(self, ReceptionOfficer | Counsellor),
            Reintegration => matches!(self, ReceptionOfficer | ReintegrationOfficer),
            Monitoring => matches!(self, ReintegrationOfficer | ReceptionOfficer),
            Closed => matches!(self, Counsellor | ReceptionOfficer | ReintegrationOfficer),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    PersonRead,
    PersonWrite,
    /// Deciding whether two person records are the same person, merging and reverting merges.
    DuplicateReview,
    CaseRead,
    CaseCreate,
    CaseUpdate,
    /// Screening answers, vulnerability categories, protection concerns, referrals,
    /// best-interests assessments.
    SensitiveRead,
    CounsellingWrite,
    ConsentWrite,
    ScreeningWrite,
    ProtectionWrite,
    ReferralWrite,
    /// Guardian and best-interests assessment.
    ChildProtectionWrite,
    TravelDocumentWrite,
    ReturnDecisionWrite,
    UserAdmin,
    AuditRead,
    IndicatorRead,
    /// Border points and consular missions: the shared reference lists.
    ReferenceDataWrite,
    /// Send a case's request to a consular mission.
    ConsularRequestWrite,
    /// Record a mission's decision on a request (its consular officers; the requesting
    /// counsellor when the mission answers outside Bayiri).
    ConsularDecision,
    ConsularRead,
    /// Fitness to travel, escorts, interpreters.
    ReadinessWrite,
    /// Create operations, build manifests, assign escorts and monitors, depart.
    OperationManage,
    /// See operations: organisers, and the escorts, monitors and reception staff they concern.
    OperationRead,
    MonitorReportWrite,
    ArrivalWrite,
    AssistanceWrite,
    /// Reintegration programmes: eligibility, ceilings, currencies, budgets.
    ProgrammeManage,
    NeedsAssessmentWrite,
    /// Draft and change reintegration plans, record reached milestones.
    PlanWrite,
    /// Approve a plan someone else drafted (four eyes).
    PlanApprove,
    TranchePay,
    /// Needs assessments, plans, referrals and follow-ups of cases in scope.
    ReintegrationRead,
    DirectoryRead,
    DirectoryWrite,
    OpportunityWrite,
    /// Refer a case to a provider in the directory.
    ServiceReferralWrite,
    /// Accept, decline and complete referrals sent to one's own organisation.
    ServiceReferralRespond,
    /// Record follow-up surveys and re-migration.
    FollowUpWrite,
    ScoringSchemeManage,
}

/// The organisation and countries a user works in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    pub organisation_id: OrganisationId,
    pub countries: BTreeSet<CountryCode>,
}

impl Scope {
    /// A case is in scope when it belongs to the user's organisation and either its host
    /// country or its country of return is one of the user's countries.
    pub fn covers(&self, organisation: OrganisationId, countries: &[CountryCode]) -> bool {
        self.organisation_id == organisation && countries.iter().any(|c| self.countries.contains(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysts_never_see_records() {
        assert!(!Role::MeAnalyst.can(Permission::CaseRead));
        assert!(!Role::MeAnalyst.can(Permission::PersonRead));
        assert!(Role::MeAnalyst.can(Permission::IndicatorRead));
    }

    #[test]
    fn sensitive_data_is_need_to_know() {
        let allowed: Vec<Role> = Role::ALL
            .into_iter()
            .filter(|r| r.can(Permission::SensitiveRead))
            .collect();
        assert_eq!(
            allowed,
            [
                Role::Counsellor,
                Role::ReintegrationOfficer,
                Role::DataProtectionOfficer
            ]
        );
    }

    #[test]
    fn only_administrators_manage_users_and_only_dpos_read_the_audit_log() {
        for role in Role::ALL {
            assert_eq!(role.can(Permission::UserAdmin), role == Role::Administrator);
            assert_eq!(
                role.can(Permission::AuditRead),
                role == Role::DataProtectionOfficer
            );
        }
    }

    #[test]
    fn scope_needs_organisation_and_a_country() {
        let org = OrganisationId::from_uuid(uuid::Uuid::from_u128(1));
        let other = OrganisationId::from_uuid(uuid::Uuid::from_u128(2));
        let ner = CountryCode::parse("NER").expect("code");
        let mli = CountryCode::parse("MLI").expect("code");
        let lby = CountryCode::parse("LBY").expect("code");
        let scope = Scope {
            organisation_id: org,
            countries: [ner].into(),
        };
        assert!(scope.covers(org, &[lby, ner]));
        assert!(!scope.covers(org, &[lby, mli]));
        assert!(!scope.covers(other, &[ner]));
    }
}

/// A person who works in Bayiri. Credentials are kept by the store, never here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: crate::ids::UserId,
    /// Lower-case login name.
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: OrganisationId,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub countries: BTreeSet<CountryCode>,
    /// Interface language: `en`, `fr`, `pt`, `es` or `ar`; empty to follow the browser.
    pub language: String,
    pub disabled: bool,
    pub version: i64,
}

impl User {
    pub fn scope(&self) -> Scope {
        Scope {
            organisation_id: self.organisation_id,
            countries: self.countries.clone(),
        }
    }
}

/// The interface languages Bayiri speaks.
pub const INTERFACE_LANGUAGES: [&str; 5] = ["en", "fr", "pt", "es", "ar"];

/// Login names: 3 to 64 lower-case letters, digits, dots, dashes or underscores.
pub fn parse_username(input: &str) -> Result<String, crate::error::InvalidValue> {
    let name = input.trim().to_lowercase();
    let valid = (3..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'));
    if valid {
        Ok(name)
    } else {
        Err(crate::error::InvalidValue::new(
            "invalid_username",
            "a user name has 3 to 64 lower-case letters, digits, dots, dashes or underscores",
        ))
    }
}

#[cfg(test)]
mod journey_tests {
    use super::*;

    #[test]
    fn escort_officers_see_no_case_and_write_no_report() {
        let escort = Role::EscortOfficer;
        for permission in [
            Permission::CaseRead,
            Permission::PersonRead,
            Permission::SensitiveRead,
            Permission::MonitorReportWrite,
            Permission::OperationManage,
        ] {
            assert!(!escort.can(permission), "{permission:?}");
        }
        assert!(escort.can(Permission::OperationRead));
        assert!(
            Role::ALL
                .iter()
                .all(|r| !r.can_move_to(Stage::Departed) || *r != escort)
        );
    }

    #[test]
    fn only_monitors_write_monitor_reports() {
        let writers: Vec<Role> = Role::ALL
            .into_iter()
            .filter(|r| r.can(Permission::MonitorReportWrite))
            .collect();
        assert_eq!(writers, [Role::Monitor]);
    }
}
