//! Needs assessments and reintegration plans: drafting within the programme's ceilings,
//! four-eyes approval against the remaining budget, milestones, and tranches paid with proof.

use super::programmes::budget_lines;
use super::refused;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::Money;
use bayiri_domain::access::Permission;
use bayiri_domain::case::{Case, Stage};
use bayiri_domain::ids::*;
use bayiri_domain::money::Currency;
use bayiri_domain::reintegration::needs::{NeedsAssessment, NeedsAssessmentInput};
use bayiri_domain::reintegration::plan::*;
use bayiri_domain::reintegration::programme::Programme;
use bayiri_store::{Records, Tx};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

/// A new plan: the programme it draws on, its kind, the other returnees of a collective plan
/// (by case number), and its content.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DraftPlanInput {
    pub programme_id: ProgrammeId,
    pub kind: PlanKind,
    #[serde(default)]
    pub other_cases: Vec<String>,
    #[serde(flatten)]
    pub content: PlanContentInput,
}

/// A tranche as the paying officer records it; its proofs come as uploads.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrancheInput {
    pub milestone_id: RecordId,
    /// In the plan currency's major units.
    pub amount: String,
    pub modality: Modality,
    /// `YYYY-MM-DD`; today when absent.
    #[serde(default)]
    pub paid_on: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// An uploaded file (a receipt, a photo of what was bought).
#[derive(Debug, Clone)]
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Largest proof accepted.
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;

/// The type of an upload from its first bytes (never from what the client claims).
fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else {
        None
    }
}

fn clean_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(120)
        .collect();
    if cleaned.trim().is_empty() {
        "proof".into()
    } else {
        cleaned.trim().to_string()
    }
}

pub(crate) fn plan_error(error: PlanError) -> ServiceError {
    match error {
        PlanError::Invalid(errors) => ServiceError::Invalid(errors),
        PlanError::OverCeiling(breaches) => ServiceError::OverCeiling { breaches },
        other => refused(other.code(), other.to_string()),
    }
}

impl Service {
    /// A case in scope for reintegration work: visible, and arrived (or further).
    async fn reintegration_case(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        id: CaseId,
    ) -> Result<Case> {
        let case = self.visible_case(tx, actor, id).await?;
        if case.arrived_at.is_none() {
            return Err(refused(
                "not_arrived",
                "reintegration starts once the returnee has arrived",
            ));
        }
        Ok(case)
    }

    /// A plan of the actor's organisation in their countries; any other is "not found".
    pub(crate) async fn visible_plan(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        id: PlanId,
    ) -> Result<Plan> {
        let plan: Plan = tx
            .get(id.as_uuid())
            .await
            .map_err(ServiceError::store("plan"))?;
        if !actor.covers(plan.organisation_id, &plan.countries) {
            return Err(ServiceError::not_found("plan"));
        }
        Ok(plan)
    }

    pub async fn record_needs_assessment(
        &self,
        actor: &Actor,
        case_id: CaseId,
        input: NeedsAssessmentInput,
    ) -> Result<NeedsAssessment> {
        if !actor.can(Permission::NeedsAssessmentWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let case = self.visible_case(&mut tx, actor, case_id).await?;
        let assessment = input.validate(
            AssessmentId::from_uuid(self.new_id()),
            case.id,
            case.organisation_id,
            case.arrived_at.map(|a| a.date()),
            self.recorded(actor),
        )?;
        tx.insert_new(&assessment).await?;
        self.audit(
            &mut tx,
            actor,
            "needs_assessment.record",
            "case",
            case.id,
            json!({ "assessment": assessment.id }),
        )
        .await?;
        tx.commit().await?;
        Ok(assessment)
    }

    pub async fn draft_plan(
        &self,
        actor: &Actor,
        case_id: CaseId,
        input: DraftPlanInput,
    ) -> Result<Plan> {
        if !actor.can(Permission::PlanWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let lead = self.reintegration_case(&mut tx, actor, case_id).await?;
        let programme = self
            .own_programme(&mut tx, actor, input.programme_id)
            .await
            .map_err(|_| crate::cases::invalid("programme_id", "unknown", "choose a programme"))?;
        let mut cases = vec![lead];
        for number in &input.other_cases {
            let number = number.trim();
            if number.is_empty() {
                continue;
            }
            let not_found = || {
                crate::cases::invalid(
                    "other_cases",
                    "unknown_case",
                    format!("no case {number} among your cases"),
                )
            };
            let id = tx
                .case_id_by_number(number)
                .await
                .map_err(|_| not_found())?;
            let case = self
                .reintegration_case(&mut tx, actor, id)
                .await
                .map_err(|e| match e {
                    ServiceError::NotFound { .. } => not_found(),
                    other => other,
                })?;
            if !cases.iter().any(|c| c.id == case.id) {
                cases.push(case);
            }
        }
        match (input.kind, cases.len()) {
            (PlanKind::Individual, n) if n > 1 => {
                return Err(crate::cases::invalid(
                    "other_cases",
                    "individual_plan",
                    "an individual plan is for one returnee; choose a collective plan",
                ));
            }
            (PlanKind::Collective, 1) => {
                return Err(crate::cases::invalid(
                    "other_cases",
                    "collective_plan",
                    "a collective plan names the other returnees' case numbers",
                ));
            }
            _ => {}
        }
        for case in &cases {
            let reasons = programme.ineligibility(case);
            if let Some(first) = reasons.first() {
                return Err(refused(
                    first.code(),
                    format!("{}: {}", case.number, first.message()),
                ));
            }
        }
        let mut beneficiaries = Vec::new();
        let mut countries = Vec::new();
        for case in &cases {
            let person = tx
                .person(case.principal)
                .await
                .map_err(ServiceError::store("person"))?;
            beneficiaries.push(Beneficiary {
                case_id: case.id,
                case_number: case.number.to_string(),
                person_id: person.id,
                name: person.display_name(),
            });
            for c in [case.return_country, case.host_country] {
                if !countries.contains(&c) {
                    countries.push(c);
                }
            }
        }
        let content = input
            .content
            .validate(|| RecordId::from_uuid(self.new_id()))?;
        let plan = Plan::draft(
            PlanId::from_uuid(self.new_id()),
            &programme,
            input.kind,
            beneficiaries,
            actor.organisation(),
            countries,
            content,
            self.recorded(actor),
        )
        .map_err(plan_error)?;
        tx.insert_new(&plan).await?;
        self.audit(
            &mut tx,
            actor,
            "plan.draft",
            "plan",
            plan.id,
            json!({ "programme": programme.code, "total": plan.total().to_string(),
                    "cases": cases.iter().map(|c| c.id).collect::<Vec<_>>() }),
        )
        .await?;
        tx.commit().await?;
        Ok(plan)
    }

    /// Loads a plan and checks the version the user saw; runs `change`; saves and audits.
    async fn change_plan<F>(
        &self,
        actor: &Actor,
        id: PlanId,
        expected_version: i64,
        action: &'static str,
        change: F,
    ) -> Result<Plan>
    where
        F: FnOnce(&Service, &mut Plan, &Programme, &[Plan]) -> Result<serde_json::Value> + Send,
    {
        let mut tx = self.inner.store.begin().await?;
        let mut plan = self.visible_plan(&mut tx, actor, id).await?;
        if plan.version != expected_version {
            return Err(ServiceError::VersionConflict {
                current: plan.version,
            });
        }
        let programme: Programme = tx
            .get(plan.programme_id.as_uuid())
            .await
            .map_err(ServiceError::store("programme"))?;
        let others = if action == "plan.approve" {
            self.plans_of_programme(&mut tx, programme.id).await?
        } else {
            Vec::new()
        };
        let detail = change(self, &mut plan, &programme, &others)?;
        tx.save(&plan, expected_version).await?;
        if action == "plan.approve" {
            // The approval consumes budget: bumping the programme's version makes a
            // concurrent approval against the same budget fail instead of overspending.
            let mut bumped = programme.clone();
            bumped.version += 1;
            tx.save(&bumped, programme.version).await?;
            for beneficiary in &plan.beneficiaries {
                let case = tx
                    .case(beneficiary.case_id)
                    .await
                    .map_err(ServiceError::store("case"))?;
                self.schedule_follow_ups(&mut tx, actor, &case, &programme.follow_up_months)
                    .await?;
            }
        }
        self.audit(&mut tx, actor, action, "plan", plan.id, detail)
            .await?;
        tx.commit().await?;
        Ok(plan)
    }

    pub async fn revise_plan(
        &self,
        actor: &Actor,
        id: PlanId,
        expected_version: i64,
        content: PlanContentInput,
    ) -> Result<Plan> {
        if !actor.can(Permission::PlanWrite) {
            return Err(ServiceError::Forbidden);
        }
        let by = self.recorded(actor);
        self.change_plan(
            actor,
            id,
            expected_version,
            "plan.revise",
            |s, plan, programme, _| {
                let content = content.validate(|| RecordId::from_uuid(s.new_id()))?;
                plan.revise(programme, content, by).map_err(plan_error)?;
                Ok(json!({ "total": plan.total().to_string(), "version": plan.version }))
            },
        )
        .await
    }

    pub async fn submit_plan(
        &self,
        actor: &Actor,
        id: PlanId,
        expected_version: i64,
    ) -> Result<Plan> {
        if !actor.can(Permission::PlanWrite) {
            return Err(ServiceError::Forbidden);
        }
        let by = self.recorded(actor);
        self.change_plan(
            actor,
            id,
            expected_version,
            "plan.submit",
            |_, plan, programme, _| {
                plan.submit(programme, by).map_err(plan_error)?;
                Ok(json!({ "version": plan.version }))
            },
        )
        .await
    }

    pub async fn approve_plan(
        &self,
        actor: &Actor,
        id: PlanId,
        expected_version: i64,
    ) -> Result<Plan> {
        if !actor.can(Permission::PlanApprove) {
            return Err(ServiceError::Forbidden);
        }
        let by = self.recorded(actor);
        self.change_plan(
            actor,
            id,
            expected_version,
            "plan.approve",
            |_, plan, programme, others| {
                let line = budget_lines(programme, others)
                    .into_iter()
                    .find(|l| l.currency == plan.currency);
                let committed = line.map_or(Money::zero(plan.currency), |l| l.committed);
                plan.approve(programme, committed, by).map_err(plan_error)?;
                Ok(json!({ "total": plan.total().to_string(), "version": plan.version }))
            },
        )
        .await
    }

    pub async fn return_plan(
        &self,
        actor: &Actor,
        id: PlanId,
        expected_version: i64,
        note: &str,
    ) -> Result<Plan> {
        if !actor.can(Permission::PlanApprove) {
            return Err(ServiceError::Forbidden);
        }
        let by = self.recorded(actor);
        self.change_plan(
            actor,
            id,
            expected_version,
            "plan.return",
            |_, plan, _, _| {
                plan.return_for_changes(note, by).map_err(plan_error)?;
                Ok(json!({ "version": plan.version }))
            },
        )
        .await
    }

    pub async fn reach_milestone(
        &self,
        actor: &Actor,
        id: PlanId,
        expected_version: i64,
        milestone: RecordId,
        on: Option<&str>,
        note: Option<&str>,
    ) -> Result<Plan> {
        if !actor.can(Permission::PlanWrite) {
            return Err(ServiceError::Forbidden);
        }
        let by = self.recorded(actor);
        let on = match on.map(str::trim) {
            None | Some("") => by.at.date(),
            Some(raw) => bayiri_domain::person::parse_date(raw).map_err(|e| {
                ServiceError::Invalid(bayiri_domain::ValidationErrors::single("reached_on", e))
            })?,
        };
        let note =
            bayiri_domain::text::optional(note, bayiri_domain::person::NOTE_MAX).map_err(|e| {
                ServiceError::Invalid(bayiri_domain::ValidationErrors::single("note", e))
            })?;
        self.change_plan(
            actor,
            id,
            expected_version,
            "plan.milestone",
            |_, plan, _, _| {
                plan.reach_milestone(milestone, on, note, by)
                    .map_err(plan_error)?;
                Ok(json!({ "milestone": milestone, "version": plan.version }))
            },
        )
        .await
    }

    /// Pays a tranche against a reached milestone; the proofs are stored with the plan in the
    /// same transaction.
    pub async fn pay_tranche(
        &self,
        actor: &Actor,
        id: PlanId,
        expected_version: i64,
        input: TrancheInput,
        proofs: Vec<Upload>,
    ) -> Result<Plan> {
        if !actor.can(Permission::TranchePay) {
            return Err(ServiceError::Forbidden);
        }
        let by = self.recorded(actor);
        let mut metas = Vec::new();
        let mut stored = Vec::new();
        for (i, upload) in proofs.into_iter().enumerate() {
            if upload.bytes.is_empty() {
                continue;
            }
            let field = format!("proofs[{i}]");
            if upload.bytes.len() > MAX_UPLOAD_BYTES {
                return Err(crate::cases::invalid(
                    &field,
                    "file_too_large",
                    "a proof is at most 5 MB",
                ));
            }
            let Some(content_type) = sniff(&upload.bytes) else {
                return Err(crate::cases::invalid(
                    &field,
                    "file_type",
                    "attach a JPEG or PNG photo or a PDF",
                ));
            };
            let meta = AttachmentMeta {
                id: AttachmentId::from_uuid(self.new_id()),
                file_name: clean_file_name(&upload.file_name),
                content_type: content_type.into(),
                size: upload.bytes.len() as u64,
                sha256: Sha256::digest(&upload.bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect(),
            };
            metas.push(meta.clone());
            stored.push((meta, upload.bytes));
        }
        let mut tx = self.inner.store.begin().await?;
        let mut plan = self.visible_plan(&mut tx, actor, id).await?;
        if plan.version != expected_version {
            return Err(ServiceError::VersionConflict {
                current: plan.version,
            });
        }
        let amount_of = |currency: Currency| {
            Money::parse_positive(&input.amount, currency).map_err(|e| {
                ServiceError::Invalid(bayiri_domain::ValidationErrors::single("amount", e))
            })
        };
        let amount = amount_of(plan.currency)?;
        let paid_on = match input.paid_on.as_deref().map(str::trim) {
            None | Some("") => by.at.date(),
            Some(raw) => bayiri_domain::person::parse_date(raw).map_err(|e| {
                ServiceError::Invalid(bayiri_domain::ValidationErrors::single("paid_on", e))
            })?,
        };
        let note =
            bayiri_domain::text::optional(input.note.as_deref(), bayiri_domain::person::NOTE_MAX)
                .map_err(|e| {
                ServiceError::Invalid(bayiri_domain::ValidationErrors::single("note", e))
            })?;
        let tranche = Tranche {
            id: RecordId::from_uuid(self.new_id()),
            milestone_id: input.milestone_id,
            amount,
            modality: input.modality,
            paid_on,
            proofs: metas,
            note,
            recorded: by,
        };
        let tranche_id = tranche.id;
        plan.pay_tranche(tranche).map_err(plan_error)?;
        tx.save(&plan, expected_version).await?;
        for (meta, bytes) in &stored {
            tx.insert_attachment(meta, plan.id, bytes).await?;
        }
        self.audit(
            &mut tx,
            actor,
            "plan.tranche",
            "plan",
            plan.id,
            json!({ "tranche": tranche_id, "amount": amount.to_string(),
                    "proofs": stored.len(), "status": plan.status.as_str() }),
        )
        .await?;
        tx.commit().await?;
        Ok(plan)
    }

    pub async fn plan(&self, actor: &Actor, id: PlanId) -> Result<Plan> {
        if !actor.can(Permission::ReintegrationRead) && !actor.can(Permission::PlanWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let plan = self.visible_plan(&mut tx, actor, id).await?;
        tx.commit().await?;
        Ok(plan)
    }

    /// Plans of the actor's organisation waiting for approval, oldest first.
    pub async fn plans_to_approve(&self, actor: &Actor) -> Result<Vec<Plan>> {
        if !actor.can(Permission::PlanApprove) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let plans: Vec<Plan> = tx
            .find(&bayiri_store::RecordFilter {
                organisation: Some(actor.organisation().as_uuid()),
                status: Some(PlanStatus::Submitted.as_str().into()),
                ..bayiri_store::RecordFilter::limit(200)
            })
            .await?;
        tx.commit().await?;
        Ok(plans
            .into_iter()
            .filter(|p| actor.covers(p.organisation_id, &p.countries))
            .collect())
    }

    /// A proof of payment, to download; reading it is audited.
    pub async fn plan_attachment(
        &self,
        actor: &Actor,
        plan: PlanId,
        attachment: AttachmentId,
    ) -> Result<(AttachmentMeta, Vec<u8>)> {
        if !actor.can(Permission::ReintegrationRead) && !actor.can(Permission::PlanWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        self.visible_plan(&mut tx, actor, plan).await?;
        let (meta, of_plan, bytes) = tx
            .attachment(attachment)
            .await
            .map_err(ServiceError::store("attachment"))?;
        if of_plan != plan {
            return Err(ServiceError::not_found("attachment"));
        }
        self.audit(
            &mut tx,
            actor,
            "plan.proof_read",
            "plan",
            plan,
            json!({ "attachment": attachment }),
        )
        .await?;
        tx.commit().await?;
        Ok((meta, bytes))
    }

    /// Whether a case's stage still allows reintegration work.
    pub(crate) fn reintegration_open(case: &Case) -> bool {
        case.stage != Stage::Closed
    }
}
