//! Use cases of reintegration and monitoring: programmes and their budgets, needs
//! assessments, plans with four-eyes approval and tranches paid against milestones, the
//! service directory and referrals, opportunities, follow-ups with sustainability surveys,
//! re-migration, and scoring schemes.
//!
//! Case-bound records (assessments, plans, referrals, follow-ups) are reached through the
//! case, so they follow its organisation and country scope. A service provider's users are
//! the exception: they reach only the referrals sent to their organisation, projected to
//! what a referral needs, and never the case.

mod directory;
mod followups;
mod plans;
mod programmes;
mod views;

pub use directory::ReferralAnswer;
pub use followups::{FollowUpItem, SchemeLoaded};
pub use plans::{DraftPlanInput, TrancheInput, Upload};
pub use programmes::{BudgetLine, ProgrammeView};
pub use views::CaseReintegration;

use crate::journey::refused;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::case::Case;
use bayiri_domain::ids::*;
use bayiri_domain::reintegration::followup::{self, FollowUp, FollowUpStatus};
use bayiri_store::{RecordFilter, Records, Tx};
use serde_json::json;

impl Service {
    /// Called after every case change, in its transaction: the first arrival in the country
    /// of return starts the follow-up schedule (the default months; a plan's programme may
    /// change them when it is approved).
    pub(crate) async fn after_case_change(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        before: &Case,
        after: &Case,
    ) -> Result<()> {
        if before.arrived_at.is_none() && after.arrived_at.is_some() {
            self.schedule_follow_ups(tx, actor, after, &followup::DEFAULT_MONTHS)
                .await?;
        }
        Ok(())
    }

    /// Brings a case's follow-ups in line with `months` after its arrival: adds the missing
    /// ones and cancels due ones no longer in the schedule. Done follow-ups stay as they are.
    pub(crate) async fn schedule_follow_ups(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        case: &Case,
        months: &[u32],
    ) -> Result<()> {
        let Some(arrived_at) = case.arrived_at else {
            return Ok(());
        };
        let existing = self.follow_ups_of(tx, case.id).await?;
        let change = followup::reschedule(&existing, months);
        for month in &change.add {
            let follow_up = FollowUp::scheduled(
                FollowUpId::from_uuid(self.new_id()),
                case.id,
                case.organisation_id,
                vec![case.host_country, case.return_country],
                arrived_at.date(),
                *month,
            );
            tx.insert_new(&follow_up).await?;
        }
        for id in &change.cancel {
            let mut follow_up = existing
                .iter()
                .find(|f| f.id == *id)
                .cloned()
                .ok_or(ServiceError::not_found("follow-up"))?;
            let version = follow_up.version;
            follow_up
                .cancel("schedule_changed")
                .map_err(|e| refused(e.code(), "the follow-up is no longer due"))?;
            tx.save(&follow_up, version).await?;
        }
        if !change.add.is_empty() || !change.cancel.is_empty() {
            self.audit(
                tx,
                actor,
                "follow_up.schedule",
                "case",
                case.id,
                json!({ "added_months": change.add, "cancelled": change.cancel.len() }),
            )
            .await?;
        }
        Ok(())
    }

    pub(crate) async fn follow_ups_of(
        &self,
        tx: &mut Box<dyn Tx>,
        case: CaseId,
    ) -> Result<Vec<FollowUp>> {
        Ok(tx
            .find(&RecordFilter {
                case: Some(case.as_uuid()),
                ..RecordFilter::limit(100)
            })
            .await?)
    }

    /// Cancels the due follow-ups of a case (re-migration ends monitoring).
    pub(crate) async fn cancel_follow_ups(
        &self,
        tx: &mut Box<dyn Tx>,
        case: CaseId,
        because: &str,
    ) -> Result<usize> {
        let mut cancelled = 0;
        for mut follow_up in self.follow_ups_of(tx, case).await? {
            if follow_up.status != FollowUpStatus::Due {
                continue;
            }
            let version = follow_up.version;
            if follow_up.cancel(because).is_ok() {
                tx.save(&follow_up, version).await?;
                cancelled += 1;
            }
        }
        Ok(cancelled)
    }
}
