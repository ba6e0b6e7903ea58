//! The reintegration section of a case: everything on one screen, read in one transaction.

use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::ids::*;
use bayiri_domain::reintegration::followup::{FollowUp, ReMigration};
use bayiri_domain::reintegration::needs::NeedsAssessment;
use bayiri_domain::reintegration::plan::Plan;
use bayiri_domain::reintegration::programme::Programme;
use bayiri_domain::reintegration::referral::ServiceReferral;
use bayiri_store::{RecordFilter, Records};
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseReintegration {
    pub case_id: CaseId,
    pub case_number: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "bayiri_domain::reintegration::iso_date::option")]
    pub arrived_on: Option<time::Date>,
    pub assessments: Vec<NeedsAssessment>,
    pub plans: Vec<Plan>,
    pub referrals: Vec<ServiceReferral>,
    /// By due date.
    pub follow_ups: Vec<FollowUp>,
    pub re_migrations: Vec<ReMigration>,
    /// Active programmes of the actor's organisation the case is eligible for.
    pub eligible_programmes: Vec<Programme>,
}

impl Service {
    /// Assessments, plans, referrals, follow-ups and surveys of a case. They hold
    /// psychosocial and family details, so each read is audited.
    pub async fn case_reintegration(
        &self,
        actor: &Actor,
        case_id: CaseId,
    ) -> Result<CaseReintegration> {
        if !actor.can(Permission::ReintegrationRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let case = self.visible_case(&mut tx, actor, case_id).await?;
        let of_case = RecordFilter {
            case: Some(case.id.as_uuid()),
            ..RecordFilter::limit(500)
        };
        let newest_first = RecordFilter {
            descending: true,
            ..of_case.clone()
        };
        let assessments = tx.find(&newest_first).await?;
        let plans = tx.find(&newest_first).await?;
        let referrals = tx.find(&newest_first).await?;
        let follow_ups = tx.find(&of_case).await?;
        let re_migrations = tx.find(&of_case).await?;
        let programmes: Vec<Programme> = tx
            .find(&RecordFilter {
                organisation: Some(actor.organisation().as_uuid()),
                status: Some("active".into()),
                ..RecordFilter::limit(200)
            })
            .await?;
        let eligible_programmes = programmes
            .into_iter()
            .filter(|p| p.ineligibility(&case).is_empty())
            .collect();
        self.audit(
            &mut tx,
            actor,
            "reintegration.read",
            "case",
            case.id,
            json!({}),
        )
        .await?;
        tx.commit().await?;
        Ok(CaseReintegration {
            case_id: case.id,
            case_number: case.number.to_string(),
            arrived_on: case.arrived_at.map(|a| a.date()),
            assessments,
            plans,
            referrals,
            follow_ups,
            re_migrations,
            eligible_programmes,
        })
    }
}
