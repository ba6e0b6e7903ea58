use crate::SqliteTx;
use crate::error::map_err;
use async_trait::async_trait;
use bayiri_domain::ids::{OrganisationId, PersonId};
use bayiri_domain::person::Person;
use bayiri_store::{PersonQuery, Persons, Result, ScopeFilter, StoreError, decode};
use time::OffsetDateTime;
use uuid::Uuid;

struct PersonRow {
    id: Uuid,
    organisation_id: Uuid,
    registered_in: String,
    details: String,
    merged_into: Option<Uuid>,
    version: i64,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
}

impl PersonRow {
    fn into_domain(self) -> Result<Person> {
        Ok(Person {
            id: PersonId::from_uuid(self.id),
            organisation_id: OrganisationId::from_uuid(self.organisation_id),
            registered_in: decode::country(&self.registered_in)?,
            details: decode::json("person details", &self.details)?,
            merged_into: self.merged_into.map(PersonId::from_uuid),
            version: self.version,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

pub(crate) fn countries_json(scope: &ScopeFilter) -> Result<String> {
    decode::to_json(&scope.countries)
}

#[async_trait]
impl Persons for SqliteTx {
    async fn insert_person(&mut self, person: &Person) -> Result<()> {
        let id = person.id.as_uuid();
        let organisation_id = person.organisation_id.as_uuid();
        let registered_in = person.registered_in.as_str();
        let display_name = person.display_name();
        let search_text = person.search_text();
        let details = decode::to_json(&person.details)?;
        sqlx::query!(
            "INSERT INTO persons (id, organisation_id, registered_in, display_name, search_text, details, version, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            id,
            organisation_id,
            registered_in,
            display_name,
            search_text,
            details,
            person.version,
            person.created_at,
            person.updated_at,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn person(&mut self, id: PersonId) -> Result<Person> {
        let id = id.as_uuid();
        sqlx::query_as!(
            PersonRow,
            r#"SELECT id AS "id: Uuid", organisation_id AS "organisation_id: Uuid", registered_in, details, merged_into AS "merged_into: Uuid", version,
                      created_at AS "created_at: OffsetDateTime", updated_at AS "updated_at: OffsetDateTime"
               FROM persons WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_domain()
    }

    async fn update_person(&mut self, person: &Person, expected_version: i64) -> Result<()> {
        let id = person.id.as_uuid();
        let display_name = person.display_name();
        let search_text = person.search_text();
        let details = decode::to_json(&person.details)?;
        let merged_into = person.merged_into.map(|p| p.as_uuid());
        let updated = sqlx::query!(
            "UPDATE persons SET display_name = $1, search_text = $2, details = $3, version = $4, updated_at = $5, merged_into = $8
             WHERE id = $6 AND version = $7",
            display_name,
            search_text,
            details,
            person.version,
            person.updated_at,
            id,
            expected_version,
            merged_into,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated == 1 {
            return Ok(());
        }
        let current = sqlx::query_scalar!(
            r#"SELECT version AS "version!: i64" FROM persons WHERE id = $1"#,
            id
        )
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Err(
            current.map_or(StoreError::NotFound, |current| StoreError::Conflict {
                current,
            }),
        )
    }

    async fn list_persons(&mut self, query: &PersonQuery) -> Result<Vec<Person>> {
        let organisation = query.scope.organisation_id.as_uuid();
        let countries = countries_json(&query.scope)?;
        let text = query.text.as_deref();
        let before = query.before.map(|p| p.as_uuid());
        let limit = i64::from(query.limit);
        // A person is listed if registered in the scope, or on a case in the scope.
        sqlx::query_as!(
            PersonRow,
            r#"SELECT p.id AS "id: Uuid", p.organisation_id AS "organisation_id: Uuid", p.registered_in, p.details, p.merged_into AS "merged_into: Uuid", p.version,
                      p.created_at AS "created_at: OffsetDateTime", p.updated_at AS "updated_at: OffsetDateTime"
               FROM persons p
               WHERE (
                    (p.organisation_id = $1 AND p.registered_in IN (SELECT value FROM json_each($2)))
                    OR EXISTS (
                        SELECT 1 FROM case_persons cp JOIN cases c ON c.id = cp.case_id
                        WHERE cp.person_id = p.id AND c.organisation_id = $1
                          AND (c.host_country IN (SELECT value FROM json_each($2))
                               OR c.return_country IN (SELECT value FROM json_each($2)))
                    )
                 )
                 AND ($3 IS NULL OR p.search_text LIKE '%' || $3 || '%')
                 AND ($4 IS NULL OR p.id < $4)
                 AND p.merged_into IS NULL
               ORDER BY p.id DESC
               LIMIT $5"#,
            organisation,
            countries,
            text,
            before,
            limit
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_iter()
        .map(PersonRow::into_domain)
        .collect()
    }

    async fn person_on_case_in_scope(
        &mut self,
        person: PersonId,
        scope: &ScopeFilter,
    ) -> Result<bool> {
        let person = person.as_uuid();
        let organisation = scope.organisation_id.as_uuid();
        let countries = countries_json(scope)?;
        let found = sqlx::query_scalar!(
            r#"SELECT EXISTS (
                   SELECT 1 FROM case_persons cp JOIN cases c ON c.id = cp.case_id
                   WHERE cp.person_id = $1 AND c.organisation_id = $2
                     AND (c.host_country IN (SELECT value FROM json_each($3))
                          OR c.return_country IN (SELECT value FROM json_each($3)))
               ) AS "found!: bool""#,
            person,
            organisation,
            countries
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(found)
    }
}
