//! The stages of a case and the moves between them.
//!
//! `registered → counselling → decided → pre_departure → departed → arrived → reintegration →
//! monitoring → closed`, with these additional moves:
//! - a forced return may go from `registered` straight to `decided` (an enforceable return
//!   decision replaces the voluntary decision; counselling remains possible);
//! - a spontaneous return is registered on arrival: `registered → arrived`;
//! - `decided` and `pre_departure` may go back to `counselling` (the migrant reconsiders, or
//!   withdraws consent);
//! - `arrived → monitoring` for returns without reintegration assistance;
//! - every open case may be closed with a reason, and a closed case may be reopened.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Stage {
    Registered,
    Counselling,
    Decided,
    PreDeparture,
    Departed,
    Arrived,
    Reintegration,
    Monitoring,
    Closed,
}

impl Stage {
    pub const ALL: [Stage; 9] = [
        Stage::Registered,
        Stage::Counselling,
        Stage::Decided,
        Stage::PreDeparture,
        Stage::Departed,
        Stage::Arrived,
        Stage::Reintegration,
        Stage::Monitoring,
        Stage::Closed,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Stage::Registered => "registered",
            Stage::Counselling => "counselling",
            Stage::Decided => "decided",
            Stage::PreDeparture => "pre_departure",
            Stage::Departed => "departed",
            Stage::Arrived => "arrived",
            Stage::Reintegration => "reintegration",
            Stage::Monitoring => "monitoring",
            Stage::Closed => "closed",
        }
    }

    pub fn parse(input: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.as_str() == input)
    }

    /// How long a case should take at most in this stage before it counts as overdue in work
    /// queues (days). Follow-up runs twelve months after arrival, so monitoring allows a year
    /// and a month.
    pub fn time_limit_days(&self) -> Option<i64> {
        match self {
            Stage::Registered => Some(14),
            Stage::Counselling => Some(30),
            Stage::Decided => Some(21),
            Stage::PreDeparture => Some(60),
            Stage::Departed => Some(3),
            Stage::Arrived => Some(14),
            Stage::Reintegration => Some(180),
            Stage::Monitoring => Some(395),
            Stage::Closed => None,
        }
    }

    /// Whether the person has left the host country at this stage.
    pub fn is_after_departure(&self) -> bool {
        matches!(
            self,
            Stage::Departed | Stage::Arrived | Stage::Reintegration | Stage::Monitoring
        )
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a case was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ClosureReason {
    /// Return and reintegration ran their course.
    Completed,
    /// The migrant withdrew their decision to return.
    Withdrew,
    LostContact,
    /// The person migrated again (registered abroad after return).
    ReMigrated,
    Deceased,
    /// Handed over to another organisation, which opens its own case.
    Transferred,
    /// Not eligible for the programme.
    Ineligible,
}

impl ClosureReason {
    pub const ALL: [ClosureReason; 7] = [
        ClosureReason::Completed,
        ClosureReason::Withdrew,
        ClosureReason::LostContact,
        ClosureReason::ReMigrated,
        ClosureReason::Deceased,
        ClosureReason::Transferred,
        ClosureReason::Ineligible,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            ClosureReason::Completed => "completed",
            ClosureReason::Withdrew => "withdrew",
            ClosureReason::LostContact => "lost_contact",
            ClosureReason::ReMigrated => "re_migrated",
            ClosureReason::Deceased => "deceased",
            ClosureReason::Transferred => "transferred",
            ClosureReason::Ineligible => "ineligible",
        }
    }

    pub fn parse(input: &str) -> Option<ClosureReason> {
        ClosureReason::ALL.into_iter().find(|r| r.as_str() == input)
    }

    /// Whether a case may close for this reason at `stage`: a case completes or re-migrates
    /// only after arrival; a migrant withdraws or is found ineligible only before departure.
    pub fn allowed_at(&self, stage: Stage) -> bool {
        let arrived = matches!(
            stage,
            Stage::Arrived | Stage::Reintegration | Stage::Monitoring
        );
        match self {
            ClosureReason::Completed | ClosureReason::ReMigrated => arrived,
            ClosureReason::Withdrew | ClosureReason::Ineligible => {
                stage < Stage::Departed && stage != Stage::Closed
            }
            _ => stage != Stage::Closed,
        }
    }
}
