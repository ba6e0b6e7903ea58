//! The shared reference lists: border points and consular missions.

use crate::cases::invalid;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::{MissionId, PointId};
use bayiri_domain::journey::consular::{ConsularMission, MissionInput};
use bayiri_domain::journey::points::{BorderPoint, PointInput};
use bayiri_domain::organisation::OrganisationKind;
use bayiri_store::StoreError;
use serde_json::json;

impl Service {
    /// The maintained list of crossing points; everyone who works in Bayiri may read it.
    pub async fn border_points(
        &self,
        _actor: &Actor,
        country: Option<CountryCode>,
    ) -> Result<Vec<BorderPoint>> {
        let mut tx = self.inner.store.begin_read().await?;
        let points = tx.points(country).await?;
        tx.commit().await?;
        Ok(points)
    }

    pub async fn add_border_point(&self, actor: &Actor, input: PointInput) -> Result<BorderPoint> {
        if !actor.can(Permission::ReferenceDataWrite) {
            return Err(ServiceError::Forbidden);
        }
        let point = input.validate(PointId::from_uuid(self.new_id()), 1)?;
        let mut tx = self.inner.store.begin().await?;
        tx.insert_point(&point).await.map_err(|e| match e {
            StoreError::Duplicate { .. } => {
                invalid("code", "code_taken", "another point already has this code")
            }
            other => other.into(),
        })?;
        self.audit(
            &mut tx,
            actor,
            "point.create",
            "point",
            point.id,
            json!({ "code": point.code }),
        )
        .await?;
        tx.commit().await?;
        Ok(point)
    }

    pub async fn update_border_point(
        &self,
        actor: &Actor,
        id: PointId,
        expected_version: i64,
        input: PointInput,
    ) -> Result<BorderPoint> {
        if !actor.can(Permission::ReferenceDataWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let stored = tx.point(id).await.map_err(ServiceError::store("point"))?;
        if stored.version != expected_version {
            return Err(ServiceError::VersionConflict {
                current: stored.version,
            });
        }
        let point = input.validate(id, stored.version + 1)?;
        tx.update_point(&point, expected_version)
            .await
            .map_err(|e| match e {
                StoreError::Duplicate { .. } => {
                    invalid("code", "code_taken", "another point already has this code")
                }
                other => other.into(),
            })?;
        self.audit(
            &mut tx,
            actor,
            "point.update",
            "point",
            point.id,
            json!({ "version": point.version }),
        )
        .await?;
        tx.commit().await?;
        Ok(point)
    }

    pub async fn consular_missions(&self, _actor: &Actor) -> Result<Vec<ConsularMission>> {
        let mut tx = self.inner.store.begin_read().await?;
        let missions = tx.missions().await?;
        tx.commit().await?;
        Ok(missions)
    }

    /// Adds a mission of a consulate organisation (given by its code).
    pub async fn add_consular_mission(
        &self,
        actor: &Actor,
        organisation_code: &str,
        input: MissionInput,
    ) -> Result<ConsularMission> {
        if !actor.can(Permission::ReferenceDataWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let organisation = match tx.organisation_by_code(organisation_code.trim()).await {
            Ok(o) if o.kind == OrganisationKind::Consulate => o,
            Ok(_) | Err(StoreError::NotFound) => {
                return Err(invalid(
                    "organisation",
                    "not_a_consulate",
                    "no consulate organisation has this code",
                ));
            }
            Err(e) => return Err(e.into()),
        };
        let mission = input.validate(MissionId::from_uuid(self.new_id()), organisation.id)?;
        tx.insert_mission(&mission).await?;
        self.audit(
            &mut tx,
            actor,
            "mission.create",
            "mission",
            mission.id,
            json!({ "represents": mission.represents }),
        )
        .await?;
        tx.commit().await?;
        Ok(mission)
    }
}
