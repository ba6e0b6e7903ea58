use crate::PgTx;
use crate::error::map_err;
use async_trait::async_trait;
use bayiri_domain::ids::{OfficeId, OrganisationId};
use bayiri_domain::organisation::{Office, Organisation};
use bayiri_store::{Organisations, Result, StoreError, decode};
use uuid::Uuid;

struct OrganisationRow {
    id: Uuid,
    code: String,
    name: String,
    kind: String,
    country: String,
}

impl OrganisationRow {
    fn into_domain(self) -> Result<Organisation> {
        Ok(Organisation {
            id: OrganisationId::from_uuid(self.id),
            code: bayiri_domain::organisation::OrganisationCode::parse(&self.code)
                .map_err(StoreError::corrupt)?,
            name: self.name,
            kind: decode::organisation_kind(&self.kind)?,
            country: decode::country(&self.country)?,
        })
    }
}

struct OfficeRow {
    id: Uuid,
    organisation_id: Uuid,
    code: String,
    name: String,
    country: String,
}

impl OfficeRow {
    fn into_domain(self) -> Result<Office> {
        Ok(Office {
            id: OfficeId::from_uuid(self.id),
            organisation_id: OrganisationId::from_uuid(self.organisation_id),
            code: bayiri_domain::case::OfficeCode::parse(&self.code)
                .map_err(StoreError::corrupt)?,
            name: self.name,
            country: decode::country(&self.country)?,
        })
    }
}

#[async_trait]
impl Organisations for PgTx {
    async fn insert_organisation(&mut self, organisation: &Organisation) -> Result<()> {
        let id = organisation.id.as_uuid();
        let code = organisation.code.as_str();
        let kind = organisation.kind.as_str();
        let country = organisation.country.as_str();
        sqlx::query!(
            "INSERT INTO organisations (id, code, name, kind, country) VALUES ($1, $2, $3, $4, $5)",
            id,
            code,
            organisation.name,
            kind,
            country,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn organisation(&mut self, id: OrganisationId) -> Result<Organisation> {
        let id = id.as_uuid();
        sqlx::query_as!(
            OrganisationRow,
            r#"SELECT id AS "id: Uuid", code, name, kind, country FROM organisations WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_domain()
    }

    async fn organisation_by_code(&mut self, code: &str) -> Result<Organisation> {
        let code = code.trim().to_ascii_uppercase();
        sqlx::query_as!(
            OrganisationRow,
            r#"SELECT id AS "id: Uuid", code, name, kind, country FROM organisations WHERE code = $1"#,
            code
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_domain()
    }

    async fn organisations(&mut self) -> Result<Vec<Organisation>> {
        sqlx::query_as!(
            OrganisationRow,
            r#"SELECT id AS "id: Uuid", code, name, kind, country FROM organisations ORDER BY code"#
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_iter()
        .map(OrganisationRow::into_domain)
        .collect()
    }

    async fn insert_office(&mut self, office: &Office) -> Result<()> {
        let id = office.id.as_uuid();
        let organisation_id = office.organisation_id.as_uuid();
        let code = office.code.as_str();
        let country = office.country.as_str();
        sqlx::query!(
            "INSERT INTO offices (id, organisation_id, code, name, country) VALUES ($1, $2, $3, $4, $5)",
            id,
            organisation_id,
            code,
            office.name,
            country,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn office(&mut self, id: OfficeId) -> Result<Office> {
        let id = id.as_uuid();
        sqlx::query_as!(
            OfficeRow,
            r#"SELECT id AS "id: Uuid", organisation_id AS "organisation_id: Uuid", code, name, country
               FROM offices WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_domain()
    }

    async fn offices_of(&mut self, organisation: OrganisationId) -> Result<Vec<Office>> {
        let organisation = organisation.as_uuid();
        sqlx::query_as!(
            OfficeRow,
            r#"SELECT id AS "id: Uuid", organisation_id AS "organisation_id: Uuid", code, name, country
               FROM offices WHERE organisation_id = $1 ORDER BY code"#,
            organisation
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_iter()
        .map(OfficeRow::into_domain)
        .collect()
    }

    async fn next_case_sequence(&mut self, office: OfficeId, year: i32) -> Result<u32> {
        let office = office.as_uuid();
        let value = sqlx::query_scalar!(
            r#"INSERT INTO case_sequences (office_id, year, last_value) VALUES ($1, $2, 1)
               ON CONFLICT (office_id, year) DO UPDATE SET last_value = case_sequences.last_value + 1
               RETURNING last_value AS "last_value!: i64""#,
            office,
            year
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        u32::try_from(value).map_err(|_| StoreError::corrupt("case sequence out of range"))
    }
}
