//! Reintegration records on SQLite.
//!
//! The statements are built at run time because one statement serves every record table;
//! only [`RecordTable::name`] constants are ever put into them, and every value is bound.
//! The conformance suite checks them on every table.

use crate::SqliteTx;
use crate::error::map_err;
use async_trait::async_trait;
use bayiri_domain::ids::*;
use bayiri_domain::reintegration::plan::AttachmentMeta;
use bayiri_store::*;
use sqlx::{AssertSqlSafe, Row};
use uuid::Uuid;

impl SqliteTx {
    async fn link_cases(&mut self, table: RecordTable, index: &RecordIndex) -> Result<()> {
        sqlx::query(
            "DELETE FROM reintegration_record_cases WHERE table_name = $1 AND record_id = $2",
        )
        .bind(table.name())
        .bind(index.id)
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        for case in &index.case_ids {
            sqlx::query(
                "INSERT OR IGNORE INTO reintegration_record_cases (table_name, record_id, case_id) VALUES ($1, $2, $3)",
            )
            .bind(table.name())
            .bind(index.id)
            .bind(case)
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?;
        }
        Ok(())
    }
}

#[async_trait]
impl ReintegrationRecords for SqliteTx {
    async fn insert_record(
        &mut self,
        table: RecordTable,
        index: &RecordIndex,
        state: &str,
    ) -> Result<()> {
        let sql = format!(
            "INSERT INTO {} (id, organisation_id, party_id, country, status, sort_key, version, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            table.name()
        );
        sqlx::query(AssertSqlSafe(sql))
            .bind(index.id)
            .bind(index.organisation_id)
            .bind(index.party_id)
            .bind(&index.country)
            .bind(&index.status)
            .bind(&index.sort_key)
            .bind(index.version)
            .bind(state)
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?;
        self.link_cases(table, index).await
    }

    async fn update_record(
        &mut self,
        table: RecordTable,
        index: &RecordIndex,
        state: &str,
        expected_version: i64,
    ) -> Result<()> {
        let sql = format!(
            "UPDATE {} SET organisation_id = $1, party_id = $2, country = $3, status = $4,
                 sort_key = $5, version = $6, state = $7
             WHERE id = $8 AND version = $9",
            table.name()
        );
        let updated = sqlx::query(AssertSqlSafe(sql))
            .bind(index.organisation_id)
            .bind(index.party_id)
            .bind(&index.country)
            .bind(&index.status)
            .bind(&index.sort_key)
            .bind(index.version)
            .bind(state)
            .bind(index.id)
            .bind(expected_version)
            .execute(&mut *self.tx)
            .await
            .map_err(map_err)?
            .rows_affected();
        if updated == 1 {
            return self.link_cases(table, index).await;
        }
        let sql = format!("SELECT version FROM {} WHERE id = $1", table.name());
        let current: Option<i64> = sqlx::query_scalar(AssertSqlSafe(sql))
            .bind(index.id)
            .fetch_optional(&mut *self.tx)
            .await
            .map_err(map_err)?;
        Err(
            current.map_or(StoreError::NotFound, |current| StoreError::Conflict {
                current,
            }),
        )
    }

    async fn record_state(&mut self, table: RecordTable, id: Uuid) -> Result<String> {
        let sql = format!("SELECT state FROM {} WHERE id = $1", table.name());
        sqlx::query_scalar(AssertSqlSafe(sql))
            .bind(id)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(map_err)
    }

    async fn record_states(
        &mut self,
        table: RecordTable,
        filter: &RecordFilter,
    ) -> Result<Vec<String>> {
        let countries = filter.countries.as_ref().map(decode::to_json).transpose()?;
        let order = if filter.descending { "DESC" } else { "ASC" };
        let sql = format!(
            "SELECT r.state FROM {t} r
             WHERE ($1 IS NULL OR r.organisation_id = $1)
               AND ($2 IS NULL OR EXISTS (SELECT 1 FROM reintegration_record_cases rc
                                          WHERE rc.table_name = '{t}' AND rc.record_id = r.id
                                            AND rc.case_id = $2))
               AND ($3 IS NULL OR r.party_id = $3)
               AND ($4 IS NULL OR r.country IN (SELECT value FROM json_each($4)))
               AND ($5 IS NULL OR r.status = $5)
               AND ($6 IS NULL OR r.sort_key < $6)
             ORDER BY r.sort_key {order}, r.id {order}
             LIMIT $7",
            t = table.name()
        );
        sqlx::query_scalar(AssertSqlSafe(sql))
            .bind(filter.organisation)
            .bind(filter.case)
            .bind(filter.party)
            .bind(countries)
            .bind(&filter.status)
            .bind(&filter.sort_below)
            .bind(i64::from(filter.limit))
            .fetch_all(&mut *self.tx)
            .await
            .map_err(map_err)
    }

    async fn insert_attachment(
        &mut self,
        meta: &AttachmentMeta,
        plan: PlanId,
        bytes: &[u8],
    ) -> Result<()> {
        let state = decode::to_json(meta)?;
        sqlx::query(
            "INSERT INTO plan_attachments (id, plan_id, meta, bytes) VALUES ($1, $2, $3, $4)",
        )
        .bind(meta.id.as_uuid())
        .bind(plan.as_uuid())
        .bind(state)
        .bind(bytes)
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn attachment(&mut self, id: AttachmentId) -> Result<(AttachmentMeta, PlanId, Vec<u8>)> {
        let row = sqlx::query("SELECT plan_id, meta, bytes FROM plan_attachments WHERE id = $1")
            .bind(id.as_uuid())
            .fetch_one(&mut *self.tx)
            .await
            .map_err(map_err)?;
        let plan: Uuid = row.try_get("plan_id").map_err(map_err)?;
        let meta: String = row.try_get("meta").map_err(map_err)?;
        let bytes: Vec<u8> = row.try_get("bytes").map_err(map_err)?;
        Ok((
            decode::json("attachment", &meta)?,
            PlanId::from_uuid(plan),
            bytes,
        ))
    }

    async fn insert_scoring_scheme(&mut self, scheme: &StoredScheme) -> Result<()> {
        // ON CONFLICT rather than a unique violation, so that the transaction stays usable
        // (PostgreSQL aborts a transaction on any error).
        let inserted = sqlx::query(
            "INSERT INTO scoring_schemes (code, version, state) VALUES ($1, $2, $3)
             ON CONFLICT (code, version) DO NOTHING",
        )
        .bind(&scheme.code)
        .bind(scheme.version)
        .bind(&scheme.state)
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if inserted == 0 {
            return Err(StoreError::Duplicate {
                what: format!("scoring scheme {} version {}", scheme.code, scheme.version),
            });
        }
        Ok(())
    }

    async fn scoring_scheme(&mut self, code: &str, version: Option<i64>) -> Result<StoredScheme> {
        let row = sqlx::query(
            "SELECT code, version, state FROM scoring_schemes
             WHERE code = $1 AND ($2 IS NULL OR version = $2)
             ORDER BY version DESC LIMIT 1",
        )
        .bind(code)
        .bind(version)
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        stored_scheme(&row)
    }

    async fn scoring_schemes(&mut self) -> Result<Vec<StoredScheme>> {
        let rows = sqlx::query(
            "SELECT s.code, s.version, s.state FROM scoring_schemes s
             WHERE s.version = (SELECT MAX(version) FROM scoring_schemes l WHERE l.code = s.code)
             ORDER BY s.code",
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        rows.iter().map(stored_scheme).collect()
    }
}

fn stored_scheme(row: &sqlx::sqlite::SqliteRow) -> Result<StoredScheme> {
    Ok(StoredScheme {
        code: row.try_get("code").map_err(map_err)?,
        version: row.try_get("version").map_err(map_err)?,
        state: row.try_get("state").map_err(map_err)?,
    })
}
