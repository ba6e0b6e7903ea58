//! Reintegration and monitoring: what happens after arrival, and whether the return lasts.
//!
//! - [`needs`]: the needs assessment after arrival (economic, social, psychosocial, skills,
//!   family situation).
//! - [`programme`]: reintegration programmes: eligibility, ceilings, cash / in-kind split,
//!   currencies, budget and follow-up schedule.
//! - [`plan`]: reintegration plans (individual, collective, community), their typed and
//!   budgeted items, the four-eyes approval, milestones and the tranches paid against them.
//! - [`directory`]: the service directory (who offers which services where).
//! - [`referral`]: referrals from a case to a provider and their lifecycle.
//! - [`opportunity`]: jobs, training places, credit schemes and value chains.
//! - [`followup`]: the follow-up schedule after arrival, surveys, re-migration.
//! - [`scoring`]: sustainability scores from a versioned scoring scheme (data, not code).

pub mod directory;
pub mod followup;
pub mod needs;
pub mod opportunity;
pub mod plan;
pub mod programme;
pub mod referral;
pub mod scoring;

use serde::{Deserialize, Serialize};

// Dates of reintegration records travel and are stored as `YYYY-MM-DD` (`iso_date::option`
// for optional ones).
time::serde::format_description!(pub iso_date, Date, "[year]-[month]-[day]");

/// What a plan item pays for or arranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ItemType {
    BusinessStartUp,
    VocationalTraining,
    Education,
    Housing,
    MedicalCare,
    PsychosocialSupport,
    LegalAid,
    FamilyTracing,
    JobPlacement,
    /// Community projects: a well, a shared workshop, a training for the village.
    CommunityProject,
    Other,
}

impl ItemType {
    pub const ALL: [ItemType; 11] = [
        ItemType::BusinessStartUp,
        ItemType::VocationalTraining,
        ItemType::Education,
        ItemType::Housing,
        ItemType::MedicalCare,
        ItemType::PsychosocialSupport,
        ItemType::LegalAid,
        ItemType::FamilyTracing,
        ItemType::JobPlacement,
        ItemType::CommunityProject,
        ItemType::Other,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            ItemType::BusinessStartUp => "business_start_up",
            ItemType::VocationalTraining => "vocational_training",
            ItemType::Education => "education",
            ItemType::Housing => "housing",
            ItemType::MedicalCare => "medical_care",
            ItemType::PsychosocialSupport => "psychosocial_support",
            ItemType::LegalAid => "legal_aid",
            ItemType::FamilyTracing => "family_tracing",
            ItemType::JobPlacement => "job_placement",
            ItemType::CommunityProject => "community_project",
            ItemType::Other => "other",
        }
    }

    pub fn parse(input: &str) -> Option<ItemType> {
        ItemType::ALL.into_iter().find(|t| t.as_str() == input)
    }
}

/// A service a provider of the directory offers, and a referral asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ServiceType {
    BusinessSupport,
    VocationalTraining,
    Education,
    Housing,
    Medical,
    Psychosocial,
    Legal,
    FamilyTracing,
    JobPlacement,
    MicroCredit,
    Shelter,
    ChildProtection,
    AntiTrafficking,
}

impl ServiceType {
    pub const ALL: [ServiceType; 13] = [
        ServiceType::BusinessSupport,
        ServiceType::VocationalTraining,
        ServiceType::Education,
        ServiceType::Housing,
        ServiceType::Medical,
        ServiceType::Psychosocial,
        ServiceType::Legal,
        ServiceType::FamilyTracing,
        ServiceType::JobPlacement,
        ServiceType::MicroCredit,
        ServiceType::Shelter,
        ServiceType::ChildProtection,
        ServiceType::AntiTrafficking,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            ServiceType::BusinessSupport => "business_support",
            ServiceType::VocationalTraining => "vocational_training",
            ServiceType::Education => "education",
            ServiceType::Housing => "housing",
            ServiceType::Medical => "medical",
            ServiceType::Psychosocial => "psychosocial",
            ServiceType::Legal => "legal",
            ServiceType::FamilyTracing => "family_tracing",
            ServiceType::JobPlacement => "job_placement",
            ServiceType::MicroCredit => "micro_credit",
            ServiceType::Shelter => "shelter",
            ServiceType::ChildProtection => "child_protection",
            ServiceType::AntiTrafficking => "anti_trafficking",
        }
    }

    pub fn parse(input: &str) -> Option<ServiceType> {
        ServiceType::ALL.into_iter().find(|t| t.as_str() == input)
    }

    /// The service that delivers a plan item of this type, when there is one.
    pub fn for_item(item: ItemType) -> Option<ServiceType> {
        Some(match item {
            ItemType::BusinessStartUp => ServiceType::BusinessSupport,
            ItemType::VocationalTraining => ServiceType::VocationalTraining,
            ItemType::Education => ServiceType::Education,
            ItemType::Housing => ServiceType::Housing,
            ItemType::MedicalCare => ServiceType::Medical,
            ItemType::PsychosocialSupport => ServiceType::Psychosocial,
            ItemType::LegalAid => ServiceType::Legal,
            ItemType::FamilyTracing => ServiceType::FamilyTracing,
            ItemType::JobPlacement => ServiceType::JobPlacement,
            ItemType::CommunityProject | ItemType::Other => return None,
        })
    }
}
