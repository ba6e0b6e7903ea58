//! Monitoring: follow-ups and their sustainability surveys, overdue follow-ups for the work
//! queues, re-migration, and the scoring schemes surveys are scored with.

use super::refused;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::case::{CaseCommand, ClosureReason, Stage};
use bayiri_domain::ids::*;
use bayiri_domain::reintegration::followup::*;
use bayiri_domain::reintegration::plan::{Plan, PlanStatus};
use bayiri_domain::reintegration::programme::Programme;
use bayiri_domain::reintegration::scoring::ScoringScheme;
use bayiri_store::{RecordFilter, Records, StoreError, StoredScheme, Tx, due_before};
use serde::Serialize;
use serde_json::json;

/// A follow-up in a work queue, with the case it belongs to.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FollowUpItem {
    pub follow_up: FollowUp,
    pub case_number: String,
    /// Days past its due date.
    pub days_overdue: i64,
}

/// What loading a scheme did.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchemeLoaded {
    pub code: String,
    pub version: u32,
    pub questions: usize,
    pub indicators: usize,
    pub weighted: bool,
}

const DEFAULT_SCHEME_CODE: &str = "default";

impl Service {
    /// Who sees follow-ups: monitors, reintegration officers, counsellors of the case.
    pub(crate) fn may_follow_up(actor: &Actor) -> bool {
        actor.can(Permission::FollowUpWrite) || actor.can(Permission::ReintegrationRead)
    }

    /// The latest version of a scheme; the shipped default when `default` was never loaded.
    pub(crate) async fn scheme_for(
        &self,
        tx: &mut Box<dyn Tx>,
        code: &str,
    ) -> Result<ScoringScheme> {
        match tx.scoring_scheme(code, None).await {
            Ok(stored) => bayiri_store::decode::json("scoring scheme", &stored.state)
                .map_err(ServiceError::from),
            Err(StoreError::NotFound) if code == DEFAULT_SCHEME_CODE => {
                Ok(ScoringScheme::default_scheme())
            }
            Err(StoreError::NotFound) => Err(ServiceError::not_found("scoring scheme")),
            Err(e) => Err(e.into()),
        }
    }

    pub(crate) async fn check_scheme_exists(&self, tx: &mut Box<dyn Tx>, code: &str) -> Result<()> {
        self.scheme_for(tx, code)
            .await
            .map(|_| ())
            .map_err(|e| match e {
                ServiceError::NotFound { .. } => crate::cases::invalid(
                    "scheme_code",
                    "unknown_scheme",
                    "load this scoring scheme first",
                ),
                other => other,
            })
    }

    /// The scheme a case's surveys are scored with: its approved plan's programme's, or the
    /// default.
    async fn scheme_of_case(&self, tx: &mut Box<dyn Tx>, case: CaseId) -> Result<ScoringScheme> {
        let plans: Vec<Plan> = tx
            .find(&RecordFilter {
                case: Some(case.as_uuid()),
                ..RecordFilter::limit(50)
            })
            .await?;
        let approved = plans
            .iter()
            .find(|p| matches!(p.status, PlanStatus::Approved | PlanStatus::Completed));
        let code = match approved {
            Some(plan) => {
                let programme: Programme = tx.get(plan.programme_id.as_uuid()).await?;
                programme.scheme_code
            }
            None => DEFAULT_SCHEME_CODE.to_string(),
        };
        self.scheme_for(tx, &code).await
    }

    /// The scheme (questions and answers) to show on a case's survey form.
    pub async fn survey_scheme(&self, actor: &Actor, case_id: CaseId) -> Result<ScoringScheme> {
        if !actor.can(Permission::FollowUpWrite) && !actor.can(Permission::ReintegrationRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        self.visible_case(&mut tx, actor, case_id).await?;
        let scheme = self.scheme_of_case(&mut tx, case_id).await?;
        tx.commit().await?;
        Ok(scheme)
    }

    /// One follow-up, the number of its case and the scheme its survey is (or will be)
    /// scored with: what the survey form shows. Answers are read back, so it is audited.
    pub async fn follow_up(
        &self,
        actor: &Actor,
        id: FollowUpId,
    ) -> Result<(FollowUp, String, ScoringScheme)> {
        if !Self::may_follow_up(actor) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let follow_up: FollowUp = tx
            .get(id.as_uuid())
            .await
            .map_err(ServiceError::store("follow-up"))?;
        let case = self
            .visible_case(&mut tx, actor, follow_up.case_id)
            .await
            .map_err(|_| ServiceError::not_found("follow-up"))?;
        let scheme = match &follow_up.survey {
            // A survey already scored shows with the version it was scored with.
            Some(survey) => match tx
                .scoring_scheme(
                    &survey.score.scheme_code,
                    Some(i64::from(survey.score.scheme_version)),
                )
                .await
            {
                Ok(stored) => bayiri_store::decode::json("scoring scheme", &stored.state)?,
                Err(StoreError::NotFound) => self.scheme_of_case(&mut tx, case.id).await?,
                Err(e) => return Err(e.into()),
            },
            None => self.scheme_of_case(&mut tx, case.id).await?,
        };
        if follow_up.survey.is_some() {
            self.audit(
                &mut tx,
                actor,
                "follow_up.read",
                "case",
                case.id,
                json!({ "follow_up": follow_up.id }),
            )
            .await?;
        }
        tx.commit().await?;
        Ok((follow_up, case.number.to_string(), scheme))
    }

    /// Records the survey of a due follow-up and scores it with the case's scheme.
    pub async fn record_survey(
        &self,
        actor: &Actor,
        id: FollowUpId,
        expected_version: i64,
        input: SurveyInput,
    ) -> Result<FollowUp> {
        if !actor.can(Permission::FollowUpWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let mut follow_up: FollowUp = tx
            .get(id.as_uuid())
            .await
            .map_err(ServiceError::store("follow-up"))?;
        let case = self
            .visible_case(&mut tx, actor, follow_up.case_id)
            .await
            .map_err(|_| ServiceError::not_found("follow-up"))?;
        if follow_up.version != expected_version {
            return Err(ServiceError::VersionConflict {
                current: follow_up.version,
            });
        }
        let arrived_on = case
            .arrived_at
            .map(|a| a.date())
            .ok_or_else(|| refused("not_arrived", "the returnee has not arrived"))?;
        let scheme = self.scheme_of_case(&mut tx, case.id).await?;
        let survey = input.validate(&scheme, arrived_on, self.recorded(actor))?;
        let score = survey.score.clone();
        follow_up
            .record_survey(survey)
            .map_err(|e| refused(e.code(), "this follow-up is not due any more"))?;
        tx.save(&follow_up, expected_version).await?;
        self.audit(
            &mut tx,
            actor,
            "follow_up.survey",
            "case",
            case.id,
            json!({ "follow_up": follow_up.id, "month": follow_up.month,
                    "scheme": score.scheme_code, "scheme_version": score.scheme_version,
                    "composite": score.composite }),
        )
        .await?;
        tx.commit().await?;
        Ok(follow_up)
    }

    /// Due follow-ups of the actor's cases whose date has passed, most overdue first.
    pub async fn overdue_follow_ups(&self, actor: &Actor, limit: u32) -> Result<Vec<FollowUpItem>> {
        if !Self::may_follow_up(actor) {
            return Err(ServiceError::Forbidden);
        }
        let today = self.today();
        let mut tx = self.inner.store.begin_read().await?;
        let due: Vec<FollowUp> = tx
            .find(&RecordFilter {
                organisation: Some(actor.organisation().as_uuid()),
                countries: Some(
                    actor
                        .user
                        .countries
                        .iter()
                        .map(|c| c.as_str().to_string())
                        .collect(),
                ),
                status: Some(FollowUpStatus::Due.as_str().into()),
                sort_below: Some(due_before(today)),
                ..RecordFilter::limit(limit.saturating_mul(4))
            })
            .await?;
        let mut items = Vec::new();
        for follow_up in due {
            if items.len() >= limit as usize
                || !actor.covers(follow_up.organisation_id, &follow_up.countries)
            {
                continue;
            }
            let case = tx
                .case(follow_up.case_id)
                .await
                .map_err(ServiceError::store("case"))?;
            items.push(FollowUpItem {
                case_number: case.number.to_string(),
                days_overdue: (today - follow_up.due_on).whole_days(),
                follow_up,
            });
        }
        tx.commit().await?;
        Ok(items)
    }

    /// Records that the returnee was registered again abroad: monitoring ends (due
    /// follow-ups are cancelled) and the case closes with that reason, if still open.
    pub async fn record_re_migration(
        &self,
        actor: &Actor,
        case_id: CaseId,
        input: ReMigrationInput,
    ) -> Result<ReMigration> {
        if !actor.can(Permission::FollowUpWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let case = self.visible_case(&mut tx, actor, case_id).await?;
        if case.arrived_at.is_none() {
            return Err(refused(
                "not_arrived",
                "re-migration is recorded after the return",
            ));
        }
        let record = input.validate(
            ReMigrationId::from_uuid(self.new_id()),
            case.id,
            case.principal,
            case.organisation_id,
            case.return_country,
            self.recorded(actor),
        )?;
        tx.insert_new(&record).await?;
        let cancelled = self
            .cancel_follow_ups(&mut tx, case.id, "re_migrated")
            .await?;
        if case.stage != Stage::Closed {
            let reason = format!(
                "registered again in {} ({})",
                record.country.as_str(),
                record.source
            );
            self.command_case_with_reason(
                &mut tx,
                actor,
                case.id,
                CaseCommand::Close(ClosureReason::ReMigrated),
                "case.transition",
                Some(reason),
            )
            .await?;
        }
        self.audit(
            &mut tx,
            actor,
            "re_migration.record",
            "case",
            case.id,
            json!({ "country": record.country, "cancelled_follow_ups": cancelled }),
        )
        .await?;
        tx.commit().await?;
        Ok(record)
    }

    /// Loads a new version of a scoring scheme (an organisation's official weights). The
    /// scheme is checked whole; versions only go up.
    pub async fn load_scoring_scheme(&self, actor: &Actor, json: &str) -> Result<SchemeLoaded> {
        if !actor.can(Permission::ScoringSchemeManage) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let loaded = self.store_scheme(&mut tx, json).await?;
        self.audit(
            &mut tx,
            actor,
            "scoring_scheme.load",
            "scoring_scheme",
            &loaded.code,
            json!({ "version": loaded.version, "weighted": loaded.weighted }),
        )
        .await?;
        tx.commit().await?;
        Ok(loaded)
    }

    /// The same, from the command line (`bayiri scoring-scheme load`).
    pub async fn load_scoring_scheme_as_system(&self, json: &str) -> Result<SchemeLoaded> {
        let mut tx = self.inner.store.begin().await?;
        let loaded = self.store_scheme(&mut tx, json).await?;
        let entry = self.system_audit(
            "scoring_scheme.load",
            "scoring_scheme",
            loaded.code.clone(),
            json!({ "version": loaded.version, "weighted": loaded.weighted }),
        );
        tx.append_audit(&entry).await?;
        tx.commit().await?;
        Ok(loaded)
    }

    async fn store_scheme(&self, tx: &mut Box<dyn Tx>, json: &str) -> Result<SchemeLoaded> {
        let scheme: ScoringScheme = serde_json::from_str(json).map_err(|e| {
            crate::cases::invalid(
                "scheme",
                "invalid_json",
                format!("not a scoring scheme: {e}"),
            )
        })?;
        scheme.check()?;
        let current = match tx.scoring_scheme(&scheme.code, None).await {
            Ok(s) => Some(s.version),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        };
        let floor = current.unwrap_or(if scheme.code == DEFAULT_SCHEME_CODE {
            i64::from(ScoringScheme::default_scheme().version)
        } else {
            0
        });
        if i64::from(scheme.version) <= floor {
            return Err(refused(
                "scheme_version_not_newer",
                format!(
                    "version {} of {} exists; give version {}",
                    floor,
                    scheme.code,
                    floor + 1
                ),
            ));
        }
        let state = bayiri_store::decode::to_json(&scheme)?;
        tx.insert_scoring_scheme(&StoredScheme {
            code: scheme.code.clone(),
            version: i64::from(scheme.version),
            state,
        })
        .await?;
        Ok(SchemeLoaded {
            code: scheme.code,
            version: scheme.version,
            questions: scheme.questions.len(),
            indicators: scheme.indicators.len(),
            weighted: scheme.weighted,
        })
    }

    /// Every scheme at its latest version, the shipped default included.
    pub async fn scoring_schemes(&self, actor: &Actor) -> Result<Vec<ScoringScheme>> {
        if !actor.can(Permission::ScoringSchemeManage)
            && !actor.can(Permission::ProgrammeManage)
            && !actor.can(Permission::ReintegrationRead)
        {
            return Err(ServiceError::Forbidden);
        }
        self.scoring_schemes_as_system().await
    }

    /// The same, for the command line.
    pub async fn scoring_schemes_as_system(&self) -> Result<Vec<ScoringScheme>> {
        let mut tx = self.inner.store.begin_read().await?;
        let stored = tx.scoring_schemes().await?;
        tx.commit().await?;
        let mut schemes: Vec<ScoringScheme> = stored
            .iter()
            .map(|s| bayiri_store::decode::json("scoring scheme", &s.state))
            .collect::<std::result::Result<_, _>>()?;
        if !schemes.iter().any(|s| s.code == DEFAULT_SCHEME_CODE) {
            schemes.insert(0, ScoringScheme::default_scheme());
        }
        Ok(schemes)
    }
}
