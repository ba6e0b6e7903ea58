//! The work queue on a user's home page: their cases by stage, what is overdue, what changed.

use crate::views::CaseListItem;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::case::Stage;
use bayiri_domain::ids::UserId;
use bayiri_store::{CaseQuery, CaseSort};
use std::collections::HashMap;
use time::Duration;

#[derive(Debug, Clone)]
pub struct WorkQueue {
    /// The actor's own cases (as case worker), per stage, in lifecycle order.
    pub mine_by_stage: Vec<(Stage, i64)>,
    /// Cases in scope that stayed longer in their stage than its time limit, longest first.
    pub overdue: Vec<CaseListItem>,
    pub recently_changed: Vec<CaseListItem>,
    /// Follow-ups past their due date (for monitors and reintegration officers).
    pub overdue_follow_ups: Vec<crate::reintegration::FollowUpItem>,
}

const QUEUE_LENGTH: u32 = 10;

impl Service {
    pub async fn work_queue(&self, actor: &Actor) -> Result<WorkQueue> {
        if !actor.can(Permission::CaseRead) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let mut tx = self.inner.store.begin_read().await?;
        let mut mine = CaseQuery::new(actor.scope(), QUEUE_LENGTH);
        mine.case_worker = Some(actor.id());
        let mut mine_by_stage = tx.count_cases_by_stage(&mine).await?;
        mine_by_stage.sort();
        let mut overdue = Vec::new();
        for stage in Stage::ALL {
            let Some(days) = stage.time_limit_days() else {
                continue;
            };
            let mut query = CaseQuery::new(actor.scope(), QUEUE_LENGTH);
            query.stage = Some(stage);
            query.stage_entered_before = Some(now - Duration::days(days));
            query.sort = CaseSort::LongestInStage;
            overdue.extend(tx.list_cases(&query).await?);
        }
        overdue.sort_by_key(|c| c.stage_entered_at);
        overdue.truncate(QUEUE_LENGTH as usize);
        let mut recent = CaseQuery::new(actor.scope(), QUEUE_LENGTH);
        recent.sort = CaseSort::RecentlyUpdated;
        let recently_changed = tx.list_cases(&recent).await?;
        tx.commit().await?;
        let overdue_follow_ups = if Self::may_follow_up(actor) {
            self.overdue_follow_ups(actor, QUEUE_LENGTH).await?
        } else {
            Vec::new()
        };
        Ok(WorkQueue {
            overdue_follow_ups,
            mine_by_stage,
            overdue: overdue.into_iter().map(Into::into).collect(),
            recently_changed: recently_changed.into_iter().map(Into::into).collect(),
        })
    }

    /// Display names of users of the actor's organisation (for timelines); others are absent.
    pub async fn user_names(&self, actor: &Actor) -> Result<HashMap<UserId, String>> {
        let mut tx = self.inner.store.begin_read().await?;
        let users = tx.users(Some(actor.organisation())).await?;
        tx.commit().await?;
        Ok(users.into_iter().map(|u| (u.id, u.display_name)).collect())
    }
}
