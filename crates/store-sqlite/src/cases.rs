use crate::SqliteTx;
use crate::error::map_err;
use crate::persons::countries_json;
use async_trait::async_trait;
use bayiri_domain::case::{Case, CaseEvent, EventKind, Stage};
use bayiri_domain::ids::{CaseId, OrganisationId, PersonId, UserId};
use bayiri_store::{CaseQuery, CaseSummary, Cases, Result, StoreError, decode};
use time::OffsetDateTime;
use uuid::Uuid;

impl SqliteTx {
    async fn append_events(&mut self, events: &[CaseEvent]) -> Result<()> {
        for event in events {
            let case_id = event.case_id.as_uuid();
            let actor = event.actor.as_uuid();
            let kind = event.kind.name();
            let payload = decode::to_json(&event.kind)?;
            sqlx::query!(
                "INSERT INTO case_events (case_id, sequence, at, actor_id, kind, reason, payload)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                case_id,
                event.sequence,
                event.at,
                actor,
                kind,
                event.reason,
                payload,
            )
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?;
        }
        Ok(())
    }

    /// Rewrites the list of persons on the case (principal and family members).
    async fn write_case_persons(&mut self, case: &Case) -> Result<()> {
        let case_id = case.id.as_uuid();
        sqlx::query!("DELETE FROM case_persons WHERE case_id = $1", case_id)
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?;
        for person in case.persons() {
            let person_id = person.as_uuid();
            let is_principal = person == case.principal;
            sqlx::query!(
                "INSERT INTO case_persons (case_id, person_id, is_principal) VALUES ($1, $2, $3)
                 ON CONFLICT (case_id, person_id) DO NOTHING",
                case_id,
                person_id,
                is_principal
            )
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?;
        }
        Ok(())
    }
}

fn family_changed(events: &[CaseEvent]) -> bool {
    events.iter().any(|e| match &e.kind {
        EventKind::DetailsUpdated(changes) => changes.family_members.is_some(),
        EventKind::PersonReplaced { .. } => true,
        _ => false,
    })
}

#[async_trait]
impl Cases for SqliteTx {
    async fn insert_case(&mut self, case: &Case, events: &[CaseEvent]) -> Result<()> {
        let id = case.id.as_uuid();
        let number = case.number.as_str();
        let principal = case.principal.as_uuid();
        let category = case.category.as_str();
        let host = case.host_country.as_str();
        let destination = case.return_country.as_str();
        let organisation = case.organisation_id.as_uuid();
        let office = case.office_id.as_uuid();
        let worker = case.case_worker.map(|w| w.as_uuid());
        let priority = case.priority.as_str();
        let stage = case.stage.as_str();
        let flags = decode::to_json(&case.flags)?;
        let state = decode::to_json(case)?;
        sqlx::query!(
            "INSERT INTO cases (id, number, principal_id, category, host_country, return_country, organisation_id,
                                office_id, case_worker_id, priority, stage, flags, version, opened_at, updated_at,
                                stage_entered_at, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
            id,
            number,
            principal,
            category,
            host,
            destination,
            organisation,
            office,
            worker,
            priority,
            stage,
            flags,
            case.version,
            case.opened_at,
            case.updated_at,
            case.stage_entered_at,
            state,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        self.append_events(events).await?;
        self.write_case_persons(case).await
    }

    async fn case(&mut self, id: CaseId) -> Result<Case> {
        let id = id.as_uuid();
        let state = sqlx::query_scalar!("SELECT state FROM cases WHERE id = $1", id)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(map_err)?;
        decode::json("case state", &state)
    }

    async fn case_id_by_number(&mut self, number: &str) -> Result<CaseId> {
        let number = number.trim().to_ascii_uppercase();
        let id = sqlx::query_scalar!(
            r#"SELECT id AS "id: Uuid" FROM cases WHERE number = $1"#,
            number
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(CaseId::from_uuid(id))
    }

    async fn save_case(
        &mut self,
        case: &Case,
        expected_version: i64,
        events: &[CaseEvent],
    ) -> Result<()> {
        let id = case.id.as_uuid();
        let category = case.category.as_str();
        let host = case.host_country.as_str();
        let destination = case.return_country.as_str();
        let worker = case.case_worker.map(|w| w.as_uuid());
        let priority = case.priority.as_str();
        let stage = case.stage.as_str();
        let flags = decode::to_json(&case.flags)?;
        let state = decode::to_json(case)?;
        let principal = case.principal.as_uuid();
        let updated = sqlx::query!(
            "UPDATE cases SET category = $1, host_country = $2, return_country = $3, case_worker_id = $4, priority = $5,
                              stage = $6, flags = $7, version = $8, updated_at = $9, stage_entered_at = $10, state = $11,
                              principal_id = $14
             WHERE id = $12 AND version = $13",
            category,
            host,
            destination,
            worker,
            priority,
            stage,
            flags,
            case.version,
            case.updated_at,
            case.stage_entered_at,
            state,
            id,
            expected_version,
            principal,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated != 1 {
            let current = sqlx::query_scalar!(
                r#"SELECT version AS "version!: i64" FROM cases WHERE id = $1"#,
                id
            )
            .fetch_optional(&mut *self.tx)
            .await
            .map_err(map_err)?;
            return Err(
                current.map_or(StoreError::NotFound, |current| StoreError::Conflict {
                    current,
                }),
            );
        }
        self.append_events(events).await?;
        if family_changed(events) {
            self.write_case_persons(case).await?;
        }
        Ok(())
    }

    async fn list_cases(&mut self, query: &CaseQuery) -> Result<Vec<CaseSummary>> {
        let organisation = query.scope.organisation_id.as_uuid();
        let countries = countries_json(&query.scope)?;
        let stage = query.stage.map(|s| s.as_str());
        let category = query.category.map(|c| c.as_str());
        let host = query.host_country.map(|c| c.as_str());
        let destination = query.return_country.map(|c| c.as_str());
        let organisation_filter = query.organisation.map(|o| o.as_uuid());
        let priority = query.priority.map(|p| p.as_str());
        let worker = query.case_worker.map(|w| w.as_uuid());
        let before = query.before.map(|c| c.as_uuid());
        let limit = i64::from(query.limit);
        let sort = query.sort.as_str();
        let rows = sqlx::query!(
            r#"SELECT c.id AS "id: Uuid", c.number, c.principal_id AS "principal_id: Uuid", p.display_name,
                      c.category, c.stage, c.priority, c.host_country, c.return_country,
                      c.organisation_id AS "organisation_id: Uuid", c.case_worker_id AS "case_worker_id: Uuid",
                      c.flags, c.version, c.updated_at AS "updated_at: OffsetDateTime",
                      c.stage_entered_at AS "stage_entered_at: OffsetDateTime"
               FROM cases c JOIN persons p ON p.id = c.principal_id
               WHERE c.organisation_id = $1
                 AND (c.host_country IN (SELECT value FROM json_each($2))
                      OR c.return_country IN (SELECT value FROM json_each($2)))
                 AND ($3 IS NULL OR c.stage = $3)
                 AND ($4 IS NULL OR c.category = $4)
                 AND ($5 IS NULL OR c.host_country = $5)
                 AND ($6 IS NULL OR c.return_country = $6)
                 AND ($7 IS NULL OR c.organisation_id = $7)
                 AND ($8 IS NULL OR c.priority = $8)
                 AND ($9 IS NULL OR EXISTS (SELECT 1 FROM json_each(c.flags) f WHERE f.value = $9))
                 AND ($10 IS NULL OR c.case_worker_id = $10)
                 AND ($11 IS NULL OR p.search_text LIKE '%' || $11 || '%' OR replace(lower(c.number), '-', '') LIKE '%' || replace($11, ' ', '') || '%')
                 AND ($12 IS NULL OR c.id < $12)
                 AND ($14 IS NULL OR julianday(c.stage_entered_at) < julianday($14))
               ORDER BY CASE WHEN $15 = 'updated' THEN julianday(c.updated_at) END DESC,
                        CASE WHEN $15 = 'stage_age' THEN julianday(c.stage_entered_at) END ASC,
                        c.id DESC
               LIMIT $13"#,
            organisation,
            countries,
            stage,
            category,
            host,
            destination,
            organisation_filter,
            priority,
            query.flag,
            worker,
            query.text,
            before,
            limit,
            query.stage_entered_before,
            sort
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        rows.into_iter()
            .map(|row| {
                Ok(CaseSummary {
                    id: CaseId::from_uuid(row.id),
                    number: decode::case_number(&row.number)?,
                    principal: PersonId::from_uuid(row.principal_id),
                    principal_name: row.display_name,
                    category: decode::category(&row.category)?,
                    stage: decode::stage(&row.stage)?,
                    priority: decode::priority(&row.priority)?,
                    host_country: decode::country(&row.host_country)?,
                    return_country: decode::country(&row.return_country)?,
                    organisation_id: OrganisationId::from_uuid(row.organisation_id),
                    case_worker: row.case_worker_id.map(UserId::from_uuid),
                    flags: decode::json("case flags", &row.flags)?,
                    version: row.version,
                    updated_at: row.updated_at,
                    stage_entered_at: row.stage_entered_at,
                })
            })
            .collect()
    }

    async fn count_cases_by_stage(&mut self, query: &CaseQuery) -> Result<Vec<(Stage, i64)>> {
        let organisation = query.scope.organisation_id.as_uuid();
        let countries = countries_json(&query.scope)?;
        let category = query.category.map(|c| c.as_str());
        let host = query.host_country.map(|c| c.as_str());
        let destination = query.return_country.map(|c| c.as_str());
        let organisation_filter = query.organisation.map(|o| o.as_uuid());
        let priority = query.priority.map(|p| p.as_str());
        let worker = query.case_worker.map(|w| w.as_uuid());
        let rows = sqlx::query!(
            r#"SELECT c.stage, COUNT(*) AS "count!: i64"
               FROM cases c JOIN persons p ON p.id = c.principal_id
               WHERE c.organisation_id = $1
                 AND (c.host_country IN (SELECT value FROM json_each($2))
                      OR c.return_country IN (SELECT value FROM json_each($2)))
                 AND ($3 IS NULL OR c.category = $3)
                 AND ($4 IS NULL OR c.host_country = $4)
                 AND ($5 IS NULL OR c.return_country = $5)
                 AND ($6 IS NULL OR c.organisation_id = $6)
                 AND ($7 IS NULL OR c.priority = $7)
                 AND ($8 IS NULL OR EXISTS (SELECT 1 FROM json_each(c.flags) f WHERE f.value = $8))
                 AND ($9 IS NULL OR c.case_worker_id = $9)
                 AND ($10 IS NULL OR p.search_text LIKE '%' || $10 || '%' OR replace(lower(c.number), '-', '') LIKE '%' || replace($10, ' ', '') || '%')
                 AND ($11 IS NULL OR julianday(c.stage_entered_at) < julianday($11))
               GROUP BY c.stage"#,
            organisation,
            countries,
            category,
            host,
            destination,
            organisation_filter,
            priority,
            query.flag,
            worker,
            query.text,
            query.stage_entered_before
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        rows.into_iter()
            .map(|row| Ok((decode::stage(&row.stage)?, row.count)))
            .collect()
    }

    async fn case_events(&mut self, id: CaseId) -> Result<Vec<CaseEvent>> {
        let id = id.as_uuid();
        let rows = sqlx::query!(
            r#"SELECT case_id AS "case_id: Uuid", sequence, at AS "at: OffsetDateTime", actor_id AS "actor_id: Uuid",
                      reason, payload
               FROM case_events WHERE case_id = $1 ORDER BY sequence"#,
            id
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        rows.into_iter()
            .map(|row| {
                Ok(CaseEvent {
                    case_id: CaseId::from_uuid(row.case_id),
                    sequence: row.sequence,
                    at: row.at,
                    actor: UserId::from_uuid(row.actor_id),
                    reason: row.reason,
                    kind: decode::json("case event", &row.payload)?,
                })
            })
            .collect()
    }

    async fn cases_of_person(&mut self, person: PersonId) -> Result<Vec<CaseId>> {
        let person = person.as_uuid();
        let ids = sqlx::query_scalar!(
            r#"SELECT case_id AS "case_id: Uuid" FROM case_persons WHERE person_id = $1 ORDER BY case_id DESC"#,
            person
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(ids.into_iter().map(CaseId::from_uuid).collect())
    }
}
