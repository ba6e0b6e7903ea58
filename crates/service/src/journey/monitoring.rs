//! Forced-return monitoring: the monitors' pool profiles and their reports per phase.
//!
//! Monitors assigned to an operation write and read its reports; the organiser reads them once
//! submitted. Escort officers never see them. A submitted report is never changed: a
//! correction is a new report naming the one it corrects.

use super::refused;
use crate::cases::invalid;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::{Permission, Role};
use bayiri_domain::case::records::Recorded;
use bayiri_domain::ids::*;
use bayiri_domain::journey::monitoring::*;
use bayiri_store::{StoreError, Tx};
use serde_json::json;

impl Service {
    /// A monitor's own pool profile: nationality, languages, availability.
    pub async fn save_my_monitor_profile(
        &self,
        actor: &Actor,
        input: ProfileInput,
    ) -> Result<MonitorProfile> {
        if actor.role() != Role::Monitor {
            return Err(ServiceError::Forbidden);
        }
        let (nationality, languages, availability) = input.validate()?;
        let mut tx = self.inner.store.begin().await?;
        let existing = match tx.monitor_profile(actor.id()).await {
            Ok(p) => Some(p.version),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        };
        let profile = MonitorProfile {
            user_id: actor.id(),
            organisation_id: actor.organisation(),
            display_name: actor.user.display_name.clone(),
            nationality,
            languages,
            availability,
            version: existing.map_or(1, |v| v + 1),
        };
        tx.save_monitor_profile(&profile, existing).await?;
        self.audit(
            &mut tx,
            actor,
            "monitor.profile_save",
            "user",
            actor.id(),
            json!({}),
        )
        .await?;
        tx.commit().await?;
        Ok(profile)
    }

    pub async fn my_monitor_profile(&self, actor: &Actor) -> Result<Option<MonitorProfile>> {
        if actor.role() != Role::Monitor {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let profile = match tx.monitor_profile(actor.id()).await {
            Ok(p) => Some(p),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        };
        tx.commit().await?;
        Ok(profile)
    }

    /// Starts a report (a draft) on an operation the monitor is assigned to.
    pub async fn create_monitor_report(
        &self,
        actor: &Actor,
        operation: OperationId,
        input: ReportInput,
    ) -> Result<MonitorReport> {
        if !actor.can(Permission::MonitorReportWrite) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let content = input.validate(now)?;
        let mut tx = self.inner.store.begin().await?;
        let (op, _) = self.visible_operation(&mut tx, actor, operation).await?;
        if !op.is_monitor(actor.id()) {
            return Err(ServiceError::not_found("operation"));
        }
        let existing = tx.reports_of(op.id).await?;
        match input.corrects {
            Some(corrected) => {
                let original = existing.iter().find(|r| r.id == corrected).ok_or_else(|| {
                    invalid(
                        "corrects",
                        "unknown_report",
                        "no such report on this operation",
                    )
                })?;
                if original.status != ReportStatus::Submitted {
                    return Err(invalid(
                        "corrects",
                        "report_not_submitted",
                        "a draft is edited, not corrected",
                    ));
                }
            }
            None => {
                if existing.iter().any(|r| {
                    r.author == actor.id() && r.phase == input.phase && r.corrects.is_none()
                }) {
                    return Err(refused(
                        "report_exists",
                        "you already reported on this phase; edit the draft or write a correction",
                    ));
                }
            }
        }
        let report = MonitorReport {
            id: ReportId::from_uuid(self.new_id()),
            operation_id: op.id,
            author: actor.id(),
            author_organisation: actor.organisation(),
            phase: input.phase,
            status: ReportStatus::Draft,
            summary: content.summary,
            incidents: content.incidents,
            observations: content.observations,
            corrects: input.corrects,
            created: Recorded {
                by: actor.id(),
                at: now,
            },
            submitted: None,
            version: 1,
        };
        tx.insert_report(&report).await?;
        self.audit(
            &mut tx,
            actor,
            "monitor_report.create",
            "monitor_report",
            report.id,
            json!({ "operation": op.id, "phase": report.phase }),
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }

    /// A report the actor may read. Escort officers may never read one.
    async fn visible_report(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        id: ReportId,
    ) -> Result<MonitorReport> {
        if actor.role() == Role::EscortOfficer {
            return Err(ServiceError::Forbidden);
        }
        let report = tx
            .report(id)
            .await
            .map_err(ServiceError::store("monitor report"))?;
        let (op, organiser) = self
            .visible_operation(tx, actor, report.operation_id)
            .await
            .map_err(|_| ServiceError::not_found("monitor report"))?;
        let monitor = actor.role() == Role::Monitor && op.is_monitor(actor.id());
        if monitor || (organiser && report.status == ReportStatus::Submitted) {
            Ok(report)
        } else {
            Err(ServiceError::not_found("monitor report"))
        }
    }

    pub async fn monitor_report(&self, actor: &Actor, id: ReportId) -> Result<MonitorReport> {
        let mut tx = self.inner.store.begin().await?;
        let report = self.visible_report(&mut tx, actor, id).await?;
        self.audit(
            &mut tx,
            actor,
            "monitor_report.read",
            "monitor_report",
            report.id,
            json!({}),
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }

    /// The reports of an operation the actor may read, oldest first.
    pub async fn monitor_reports(
        &self,
        actor: &Actor,
        operation: OperationId,
    ) -> Result<Vec<MonitorReport>> {
        if actor.role() == Role::EscortOfficer || !actor.can(Permission::OperationRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let (op, organiser) = self.visible_operation(&mut tx, actor, operation).await?;
        let monitor = actor.role() == Role::Monitor && op.is_monitor(actor.id());
        let reports: Vec<MonitorReport> = tx
            .reports_of(op.id)
            .await?
            .into_iter()
            .filter(|r| monitor || (organiser && r.status == ReportStatus::Submitted))
            .collect();
        if !reports.is_empty() {
            self.audit(
                &mut tx,
                actor,
                "monitor_report.read",
                "operation",
                op.id,
                json!({ "reports": reports.len() }),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(reports)
    }

    /// Edits a draft (its author only) or submits it; a submitted report refuses both.
    pub async fn change_monitor_report(
        &self,
        actor: &Actor,
        id: ReportId,
        expected_version: i64,
        edit: Option<ReportInput>,
        submit: bool,
    ) -> Result<MonitorReport> {
        if !actor.can(Permission::MonitorReportWrite) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let mut tx = self.inner.store.begin().await?;
        let mut report = self.visible_report(&mut tx, actor, id).await?;
        if report.version != expected_version {
            return Err(ServiceError::VersionConflict {
                current: report.version,
            });
        }
        let to_error = |e: ReportError| refused(e.code(), e.to_string());
        if let Some(input) = edit {
            let content = input.validate(now)?;
            report
                .edit(actor.id(), input.phase, content)
                .map_err(to_error)?;
        }
        if submit {
            report
                .submit(Recorded {
                    by: actor.id(),
                    at: now,
                })
                .map_err(to_error)?;
        }
        tx.save_report(&report, expected_version).await?;
        let action = if submit {
            "monitor_report.submit"
        } else {
            "monitor_report.edit"
        };
        self.audit(
            &mut tx,
            actor,
            action,
            "monitor_report",
            report.id,
            json!({ "version": report.version }),
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }
}
