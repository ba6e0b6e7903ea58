//! Organisations and offices. Created from the command line by whoever runs the server (there
//! is no cross-organisation administrator in the web interface by design).

use crate::{Result, Service};
use bayiri_domain::ids::{OfficeId, OrganisationId};
use bayiri_domain::organisation::{Office, Organisation, OrganisationKind};
use bayiri_store::AuditEntry;
use serde_json::json;

#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub code: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub country: String,
}

#[derive(Debug, Clone)]
pub struct NewOffice {
    pub organisation_code: String,
    pub code: String,
    pub name: String,
    pub country: String,
}

impl Service {
    pub(crate) fn system_audit(
        &self,
        action: &str,
        target_kind: &str,
        target_id: String,
        detail: serde_json::Value,
    ) -> AuditEntry {
        AuditEntry {
            id: self.new_id(),
            at: self.now(),
            actor: None,
            organisation_id: None,
            action: action.to_string(),
            target_kind: target_kind.to_string(),
            target_id: Some(target_id),
            detail,
            correlation_id: None,
        }
    }

    /// Registers an organisation (command line only).
    pub async fn create_organisation(&self, input: NewOrganisation) -> Result<Organisation> {
        let organisation = Organisation::new(
            OrganisationId::from_uuid(self.new_id()),
            &input.code,
            &input.name,
            input.kind,
            &input.country,
        )?;
        let mut tx = self.inner.store.begin().await?;
        tx.insert_organisation(&organisation).await?;
        let mut entry = self.system_audit(
            "organisation.create",
            "organisation",
            organisation.id.to_string(),
            json!({ "code": organisation.code.as_str() }),
        );
        entry.organisation_id = Some(organisation.id);
        tx.append_audit(&entry).await?;
        tx.commit().await?;
        Ok(organisation)
    }

    /// Registers an office that issues case numbers (command line only).
    pub async fn create_office(&self, input: NewOffice) -> Result<Office> {
        let mut tx = self.inner.store.begin().await?;
        let organisation = tx
            .organisation_by_code(&input.organisation_code)
            .await
            .map_err(crate::ServiceError::store("organisation"))?;
        let office = Office::new(
            OfficeId::from_uuid(self.new_id()),
            organisation.id,
            &input.code,
            &input.name,
            &input.country,
        )?;
        tx.insert_office(&office).await?;
        let mut entry = self.system_audit(
            "office.create",
            "office",
            office.id.to_string(),
            json!({ "code": office.code.as_str() }),
        );
        entry.organisation_id = Some(organisation.id);
        tx.append_audit(&entry).await?;
        tx.commit().await?;
        Ok(office)
    }

    pub async fn organisations(&self) -> Result<Vec<Organisation>> {
        let mut tx = self.inner.store.begin_read().await?;
        let list = tx.organisations().await?;
        tx.commit().await?;
        Ok(list)
    }

    pub async fn organisation(&self, id: OrganisationId) -> Result<Organisation> {
        let mut tx = self.inner.store.begin_read().await?;
        let organisation = tx
            .organisation(id)
            .await
            .map_err(crate::ServiceError::store("organisation"))?;
        tx.commit().await?;
        Ok(organisation)
    }
}
