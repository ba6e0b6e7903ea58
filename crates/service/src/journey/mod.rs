//! Use cases of the return journey: consular verification, readiness to travel, operations and
//! manifests, forced-return monitoring, arrivals and assistance, indicators.
//!
//! Consular officers, reception officers of the receiving country, escort officers and
//! monitors usually belong to other organisations than the one running a case. They reach
//! only the records addressed to them (a request to their mission, an operation heading to
//! their country, an operation they are assigned to), projected to the fields their work
//! needs; anything else is "not found".

mod arrivals;
mod consular;
pub mod export;
mod indicators;
mod monitoring;
mod operations;
mod points;
mod readiness;
pub mod views;

pub use arrivals::{ConfirmArrivalInput, SpontaneousInput, SpontaneousRegistration};
pub use consular::{ConsularFilter, ConsularPage};
pub use indicators::JourneyIndicators;
pub use operations::ManifestAddInput;

use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::case::{Case, CaseCommand, CaseError, CommandContext};
use bayiri_domain::ids::CaseId;
use bayiri_store::Tx;
use serde_json::json;

impl Service {
    /// Runs a case command inside `tx` on behalf of `actor`, who reached the case through a
    /// journey record (a request, a manifest, an arrival) rather than through case scope.
    /// The case is saved with its events and the change audited, as every case change is.
    pub(crate) async fn command_case_in(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        case_id: CaseId,
        command: CaseCommand,
        action: &'static str,
    ) -> Result<Case> {
        self.command_case_with_reason(tx, actor, case_id, command, action, None)
            .await
    }

    /// [`Service::command_case_in`] with the reason the event records (closing needs one).
    pub(crate) async fn command_case_with_reason(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        case_id: CaseId,
        command: CaseCommand,
        action: &'static str,
        reason: Option<String>,
    ) -> Result<Case> {
        let mut case = tx
            .case(case_id)
            .await
            .map_err(ServiceError::store("case"))?;
        let stored_version = case.version;
        let before = case.clone();
        let mut ctx = CommandContext::new(actor.id(), self.now());
        ctx.reason = reason;
        let events = case.execute(command, &ctx).map_err(|e| match e {
            CaseError::GuardsUnmet { to, guards } => ServiceError::GuardsUnmet {
                to,
                guards: guards
                    .iter()
                    .map(|g| crate::views::GuardView::of(g, false))
                    .collect(),
            },
            other => other.into(),
        })?;
        tx.save_case(&case, stored_version, &events).await?;
        self.after_case_change(tx, actor, &before, &case).await?;
        let kinds: Vec<&str> = events.iter().map(|e| e.kind.name()).collect();
        self.audit(
            tx,
            actor,
            action,
            "case",
            case.id,
            json!({ "events": kinds, "version": case.version, "stage": case.stage }),
        )
        .await?;
        Ok(case)
    }
}

impl Service {
    /// The service clock's time (forms use it as their default moment).
    pub fn now_for_forms(&self) -> time::OffsetDateTime {
        self.now()
    }
}

pub(crate) fn refused(code: &'static str, message: impl Into<String>) -> ServiceError {
    ServiceError::Refused {
        code,
        message: message.into(),
    }
}
