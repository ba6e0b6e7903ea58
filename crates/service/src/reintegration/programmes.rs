//! Reintegration programmes, and the budget each has consumed.

use super::refused;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::Money;
use bayiri_domain::access::Permission;
use bayiri_domain::ids::*;
use bayiri_domain::money::Currency;
use bayiri_domain::reintegration::plan::{Plan, PlanStatus};
use bayiri_domain::reintegration::programme::{Programme, ProgrammeInput};
use bayiri_store::{RecordFilter, Records, Tx};
use serde::Serialize;
use serde_json::json;

/// One currency of a programme's budget: what it has, what approved plans commit, what was
/// paid, and what is left to commit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetLine {
    pub currency: Currency,
    /// Absent when the programme sets no budget in this currency.
    pub budget: Option<Money>,
    /// Totals of approved and completed plans.
    pub committed: Money,
    pub paid: Money,
    /// Budget minus committed; absent without a budget.
    pub remaining: Option<Money>,
    /// Plans waiting for approval, and their total.
    pub submitted: Money,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeView {
    pub programme: Programme,
    pub budget: Vec<BudgetLine>,
    pub plans: usize,
}

/// The budget lines of a programme from its plans.
pub(crate) fn budget_lines(programme: &Programme, plans: &[Plan]) -> Vec<BudgetLine> {
    programme
        .currencies()
        .map(|currency| {
            let of = |statuses: &[PlanStatus], f: &dyn Fn(&Plan) -> Money| {
                plans
                    .iter()
                    .filter(|p| p.currency == currency && statuses.contains(&p.status))
                    .fold(0i64, |sum, p| sum.saturating_add(f(p).minor))
            };
            let committed = of(&[PlanStatus::Approved, PlanStatus::Completed], &|p| {
                p.total()
            });
            let paid = of(&[PlanStatus::Approved, PlanStatus::Completed], &|p| {
                p.paid()
            });
            let submitted = of(&[PlanStatus::Submitted], &|p| p.total());
            let budget = programme.budget(currency);
            BudgetLine {
                currency,
                budget,
                committed: Money::new(committed, currency),
                paid: Money::new(paid, currency),
                remaining: budget.map(|b| Money::new(b.minor.saturating_sub(committed), currency)),
                submitted: Money::new(submitted, currency),
            }
        })
        .collect()
}

impl Service {
    fn may_see_programmes(actor: &Actor) -> bool {
        actor.can(Permission::ProgrammeManage)
            || actor.can(Permission::PlanWrite)
            || actor.can(Permission::ReintegrationRead)
    }

    /// A programme of the actor's organisation; any other is "not found".
    pub(crate) async fn own_programme(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        id: ProgrammeId,
    ) -> Result<Programme> {
        let programme: Programme = tx
            .get(id.as_uuid())
            .await
            .map_err(ServiceError::store("programme"))?;
        if programme.organisation_id != actor.organisation() {
            return Err(ServiceError::not_found("programme"));
        }
        Ok(programme)
    }

    pub(crate) async fn plans_of_programme(
        &self,
        tx: &mut Box<dyn Tx>,
        programme: ProgrammeId,
    ) -> Result<Vec<Plan>> {
        Ok(tx
            .find(&RecordFilter {
                party: Some(programme.as_uuid()),
                ..RecordFilter::limit(100_000)
            })
            .await?)
    }

    pub async fn create_programme(
        &self,
        actor: &Actor,
        input: ProgrammeInput,
    ) -> Result<Programme> {
        if !actor.can(Permission::ProgrammeManage) {
            return Err(ServiceError::Forbidden);
        }
        let programme = input.validate(
            ProgrammeId::from_uuid(self.new_id()),
            actor.organisation(),
            self.recorded(actor),
        )?;
        let mut tx = self.inner.store.begin().await?;
        self.check_scheme_exists(&mut tx, &programme.scheme_code)
            .await?;
        tx.insert_new(&programme).await.map_err(|e| match e {
            bayiri_store::StoreError::Duplicate { .. } => ServiceError::AlreadyExists {
                what: format!("programme {}", programme.code),
            },
            other => other.into(),
        })?;
        self.audit(
            &mut tx,
            actor,
            "programme.create",
            "programme",
            programme.id,
            json!({ "code": programme.code }),
        )
        .await?;
        tx.commit().await?;
        Ok(programme)
    }

    pub async fn update_programme(
        &self,
        actor: &Actor,
        id: ProgrammeId,
        expected_version: i64,
        input: ProgrammeInput,
    ) -> Result<Programme> {
        if !actor.can(Permission::ProgrammeManage) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let stored = self.own_programme(&mut tx, actor, id).await?;
        if stored.version != expected_version {
            return Err(ServiceError::VersionConflict {
                current: stored.version,
            });
        }
        let mut programme = input.validate(id, actor.organisation(), self.recorded(actor))?;
        if programme.code != stored.code {
            return Err(refused(
                "programme_code_fixed",
                "a programme keeps its code; plans refer to it",
            ));
        }
        self.check_scheme_exists(&mut tx, &programme.scheme_code)
            .await?;
        // Budgets cannot drop below what approved plans already commit.
        let plans = self.plans_of_programme(&mut tx, id).await?;
        for line in budget_lines(&programme, &plans) {
            if let Some(remaining) = line.remaining
                && remaining.minor < 0
            {
                return Err(refused(
                    "budget_below_committed",
                    format!(
                        "approved plans already commit {} of this programme's budget",
                        line.committed
                    ),
                ));
            }
        }
        programme.version = stored.version + 1;
        tx.save(&programme, stored.version).await?;
        self.audit(
            &mut tx,
            actor,
            "programme.update",
            "programme",
            programme.id,
            json!({ "version": programme.version }),
        )
        .await?;
        tx.commit().await?;
        Ok(programme)
    }

    pub async fn programmes(&self, actor: &Actor) -> Result<Vec<ProgrammeView>> {
        if !Self::may_see_programmes(actor) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let programmes: Vec<Programme> = tx
            .find(&RecordFilter {
                organisation: Some(actor.organisation().as_uuid()),
                ..RecordFilter::limit(500)
            })
            .await?;
        let mut views = Vec::new();
        for programme in programmes {
            let plans = self.plans_of_programme(&mut tx, programme.id).await?;
            views.push(ProgrammeView {
                budget: budget_lines(&programme, &plans),
                plans: plans.len(),
                programme,
            });
        }
        tx.commit().await?;
        Ok(views)
    }

    /// A programme's terms without its budget lines (which read all its plans).
    pub async fn programme_terms(&self, actor: &Actor, id: ProgrammeId) -> Result<Programme> {
        if !Self::may_see_programmes(actor) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let programme = self.own_programme(&mut tx, actor, id).await?;
        tx.commit().await?;
        Ok(programme)
    }

    pub async fn programme(&self, actor: &Actor, id: ProgrammeId) -> Result<ProgrammeView> {
        if !Self::may_see_programmes(actor) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let programme = self.own_programme(&mut tx, actor, id).await?;
        let plans = self.plans_of_programme(&mut tx, id).await?;
        tx.commit().await?;
        Ok(ProgrammeView {
            budget: budget_lines(&programme, &plans),
            plans: plans.len(),
            programme,
        })
    }
}
