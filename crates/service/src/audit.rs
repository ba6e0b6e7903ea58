//! Audit log: every create, update and transition, and every read of sensitive data, is
//! written in the same transaction as the change it records.

use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::ids::UserId;
use bayiri_store::{AuditEntry, AuditQuery, Tx};
use serde_json::Value;
use time::OffsetDateTime;

impl Service {
    /// Builds the audit entry of an action by `actor` on a target.
    pub(crate) fn audit_entry(
        &self,
        actor: &Actor,
        action: &str,
        target_kind: &str,
        target_id: Option<String>,
        detail: Value,
    ) -> AuditEntry {
        AuditEntry {
            id: self.new_id(),
            at: self.now(),
            actor: Some(actor.id()),
            organisation_id: Some(actor.organisation()),
            action: action.to_string(),
            target_kind: target_kind.to_string(),
            target_id,
            detail,
            correlation_id: actor.client.correlation_id.clone(),
        }
    }

    pub(crate) async fn audit(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        action: &str,
        target_kind: &str,
        target_id: impl ToString,
        detail: Value,
    ) -> Result<()> {
        let entry = self.audit_entry(
            actor,
            action,
            target_kind,
            Some(target_id.to_string()),
            detail,
        );
        tx.append_audit(&entry).await.map_err(ServiceError::from)
    }

    /// The audit log of the actor's organisation (data-protection officers only).
    pub async fn audit_log(
        &self,
        actor: &Actor,
        filter: AuditFilter,
    ) -> Result<Vec<crate::views::AuditEntryView>> {
        if !actor.can(Permission::AuditRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let entries = tx
            .list_audit(&AuditQuery {
                actor: filter.actor,
                organisation_id: Some(actor.organisation()),
                action: filter.action,
                target_id: filter.target_id,
                from: filter.from,
                to: filter.to,
                before: filter.before,
                limit: filter.limit.clamp(1, 500),
            })
            .await?;
        tx.commit().await?;
        Ok(entries.into_iter().map(Into::into).collect())
    }
}

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor: Option<UserId>,
    pub action: Option<String>,
    pub target_id: Option<String>,
    pub from: Option<OffsetDateTime>,
    pub to: Option<OffsetDateTime>,
    pub before: Option<uuid::Uuid>,
    pub limit: u32,
}
