use crate::PgTx;
use crate::error::map_err;
use async_trait::async_trait;
use bayiri_domain::ids::{OrganisationId, UserId};
use bayiri_store::{Audit, AuditEntry, AuditQuery, Result, decode};
use time::OffsetDateTime;
use uuid::Uuid;

#[async_trait]
impl Audit for PgTx {
    async fn append_audit(&mut self, entry: &AuditEntry) -> Result<()> {
        let actor = entry.actor.map(|a| a.as_uuid());
        let organisation = entry.organisation_id.map(|o| o.as_uuid());
        let detail = decode::to_json(&entry.detail)?;
        sqlx::query!(
            "INSERT INTO audit_log (id, at, actor_id, organisation_id, action, target_kind, target_id, detail, correlation_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9)",
            entry.id,
            entry.at,
            actor,
            organisation,
            entry.action,
            entry.target_kind,
            entry.target_id,
            detail,
            entry.correlation_id,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn list_audit(&mut self, query: &AuditQuery) -> Result<Vec<AuditEntry>> {
        let actor = query.actor.map(|a| a.as_uuid());
        let organisation = query.organisation_id.map(|o| o.as_uuid());
        let limit = i64::from(query.limit);
        let rows = sqlx::query!(
            r#"SELECT id AS "id: Uuid", at AS "at: OffsetDateTime", actor_id AS "actor_id: Uuid",
                      organisation_id AS "organisation_id: Uuid", action, target_kind, target_id, detail::text AS "detail!", correlation_id
               FROM audit_log
               WHERE ($1::uuid IS NULL OR actor_id = $1)
                 AND ($2::uuid IS NULL OR organisation_id = $2)
                 AND ($3::text IS NULL OR action = $3)
                 AND ($4::text IS NULL OR target_id = $4)
                 AND ($5::timestamptz IS NULL OR at >= $5)
                 AND ($6::timestamptz IS NULL OR at < $6)
                 AND ($7::uuid IS NULL OR id < $7)
               ORDER BY id DESC
               LIMIT $8"#,
            actor,
            organisation,
            query.action,
            query.target_id,
            query.from,
            query.to,
            query.before,
            limit
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        rows.into_iter()
            .map(|row| {
                Ok(AuditEntry {
                    id: row.id,
                    at: row.at,
                    actor: row.actor_id.map(UserId::from_uuid),
                    organisation_id: row.organisation_id.map(OrganisationId::from_uuid),
                    action: row.action,
                    target_kind: row.target_kind,
                    target_id: row.target_id,
                    detail: decode::json("audit detail", &row.detail)?,
                    correlation_id: row.correlation_id,
                })
            })
            .collect()
    }
}
